package trace

import (
	"bytes"
	"strings"
	"testing"
)

func TestTextRecords(t *testing.T) {
	cases := []struct {
		rec  Record
		want string
	}{
		{Record{Kind: KindEvent, Type: "message", Port: "ch1.port2", Data: "'hi'", Trusted: Bool(true), Listeners: Count(1)},
			"[event] message ch1.port2 ← 'hi' (1 listener)\n"},
		{Record{Kind: KindEvent, Type: "message", Port: "ch1.port2", Data: "'x'", Trusted: Bool(false), Listeners: Count(2)},
			"[event] message ch1.port2 ← 'x' (dispatchEvent, 2 listeners)\n"},
		{Record{Kind: KindEvent, Type: "close", Port: "ch3.port1", Trusted: Bool(true), Listeners: Count(0)},
			"[event] close ch3.port1 (0 listeners)\n"},
		{Record{Kind: KindPost, Port: "ch1.port1", To: "ch1.port2", Data: "{ a: 1 }"},
			"[post] ch1.port1 → ch1.port2 { a: 1 }\n"},
		{Record{Kind: KindQueue, Port: "ch1.port1", Data: "'q'", Queued: 2},
			"[queue] ch1.port1 ← 'q' (not started, 2 queued)\n"},
		{Record{Kind: KindDrop, Port: "ch1.port1", To: "ch1.port2", Data: "1", Reason: "the sending port is closed"},
			"[drop] ch1.port1 → ch1.port2 1: the sending port is closed\n"},
		{Record{Kind: KindStart, Port: "ch1.port2", Queued: 1, Reason: "start()"},
			"[start] ch1.port2 (start(), 1 queued message)\n"},
		{Record{Kind: KindImmediate, Data: "performWorkUntilDeadline", Queued: 3},
			"[immediate] setImmediate #3 performWorkUntilDeadline (a task after the timers due now, not a port message)\n"},
	}
	for _, c := range cases {
		var b bytes.Buffer
		New(&b, All, Text).Write(c.rec)
		if b.String() != c.want {
			t.Errorf("got %q, want %q", b.String(), c.want)
		}
	}
}

func TestJSONRecords(t *testing.T) {
	var b bytes.Buffer
	l := New(&b, Events, JSON)
	l.Write(Record{Kind: KindEvent, Type: "message", Port: "ch1.port2", Data: "'hi'", Trusted: Bool(true), Listeners: Count(0)})
	l.Write(Record{Kind: KindEvent, Type: "close", Port: "ch1.port1", Trusted: Bool(false), Listeners: Count(1)})
	l.Write(Record{Kind: KindImmediate, Data: "flush", Queued: 1})
	want := `{"kind":"event","type":"message","port":"ch1.port2","data":"'hi'","trusted":true,"listeners":0}
{"kind":"event","type":"close","port":"ch1.port1","trusted":false,"listeners":1}
{"kind":"immediate","data":"flush","queued":1}
`
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

func TestDisabledLog(t *testing.T) {
	var l *Log
	if l.Enabled() || l.Verbose() {
		t.Fatal("a nil log is enabled")
	}
	l.Write(Record{Kind: KindEvent}) // must not panic
	if New(&bytes.Buffer{}, Off, Text) != nil {
		t.Fatal("New with Off returned a log")
	}
	if v := New(&bytes.Buffer{}, Events, Text); !v.Enabled() || v.Verbose() {
		t.Fatal("events mode: want enabled, not verbose")
	}
}

func TestParse(t *testing.T) {
	for _, s := range []string{"off", "events", "all"} {
		m, err := ParseMode(s)
		if err != nil || m.String() != s {
			t.Errorf("ParseMode(%q) = %v, %v", s, m, err)
		}
	}
	if _, err := ParseMode("verbose"); err == nil {
		t.Error("ParseMode accepted verbose")
	}
	for _, s := range []string{"text", "json"} {
		f, err := ParseFormat(s)
		if err != nil || f.String() != s {
			t.Errorf("ParseFormat(%q) = %v, %v", s, f, err)
		}
	}
	if _, err := ParseFormat("yaml"); err == nil {
		t.Error("ParseFormat accepted yaml")
	}
}

func TestCutAndOneLine(t *testing.T) {
	long := strings.Repeat("é", DataWidth+5)
	if got := Cut(long); len([]rune(got)) != DataWidth || !strings.HasSuffix(got, "…") {
		t.Errorf("Cut: %q", got)
	}
	if got := Cut("short"); got != "short" {
		t.Errorf("Cut: %q", got)
	}
	if got := OneLine("{\n  a: 1,\n  b: 2\n}"); got != "{ a: 1, b: 2 }" {
		t.Errorf("OneLine: %q", got)
	}
}

func TestWriteReport(t *testing.T) {
	var b bytes.Buffer
	if err := WriteReport(&b, nil); err != nil || b.Len() != 0 {
		t.Fatalf("no problems: wrote %q, %v", b.String(), err)
	}
	err := WriteReport(&b, []Problem{{Port: "ch1.port1", From: "ch1.port2", What: "still queued", Count: 4,
		Data: []string{"1", "2", "3"}, Reason: "why", Fix: "fix"}})
	want := "[report] what did not happen:\n" +
		"  ch1.port1: 4 messages still queued (posted on ch1.port2): 1, 2, 3, …\n" +
		"    why: why\n    fix: fix\n"
	if err != nil || b.String() != want {
		t.Errorf("got\n%q\nwant\n%q", b.String(), want)
	}
}

func TestWritePorts(t *testing.T) {
	var b bytes.Buffer
	_ = WritePorts(&b, nil)
	if b.String() != "no ports\n" {
		t.Errorf("got %q", b.String())
	}
	b.Reset()
	_ = WritePorts(&b, []PortInfo{{Label: "ch1.port1", State: "pending", Queued: 2}})
	want := "port         state    queued listeners\nch1.port1    pending       2         0\n"
	if b.String() != want {
		t.Errorf("got\n%q\nwant\n%q", b.String(), want)
	}
}

func TestTagged(t *testing.T) {
	var b strings.Builder
	tag := ""
	for _, f := range []Format{Text, JSON} {
		b.Reset()
		l := New(Tagged(&b, f, func() string { return tag }), Events, f)
		tag = ""
		l.Write(Record{Kind: KindStart, Port: "ch1.port1", Reason: "start()"})
		tag = "#1 GET /"
		l.Write(Record{Kind: KindStart, Port: "ch1.port1", Reason: "start()"})
		want := "[start] ch1.port1 (start(), 0 queued messages)\n[#1 GET /] [start] ch1.port1 (start(), 0 queued messages)\n"
		if f == JSON {
			want = `{"kind":"start","port":"ch1.port1","reason":"start()"}` + "\n" +
				`{"request":"#1 GET /","kind":"start","port":"ch1.port1","reason":"start()"}` + "\n"
		}
		if b.String() != want {
			t.Errorf("%v:\n got %q\nwant %q", f, b.String(), want)
		}
	}
}
