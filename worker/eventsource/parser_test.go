package eventsource

import (
	"reflect"
	"testing"
	"time"
)

func TestParser(t *testing.T) {
	cases := []struct {
		name   string
		chunks []string
		want   []message
		retry  time.Duration
	}{
		{"data lines", []string{"data: a\ndata:b\ndata\n\n"}, []message{{"message", "a\nb\n", ""}}, 0},
		{"id and event", []string{"id: 1\nevent: x\ndata: d\n\n"}, []message{{"x", "d", "1"}}, 0},
		{"id with NUL ignored", []string{"id: 1\n\nid: 2\x00\ndata: d\n\n"}, []message{{"message", "d", "1"}}, 0},
		{"no data, no event", []string{"event: x\n\ndata: y\n\n"}, []message{{"message", "y", ""}}, 0},
		{"comment and unknown field", []string{": c\nfoo: bar\ndata: z\n\n"}, []message{{"message", "z", ""}}, 0},
		{"CR, CRLF, LF", []string{"data: a\r\rdata: b\r\n\r\ndata: c\n\n"}, []message{{"message", "a", ""}, {"message", "b", ""}, {"message", "c", ""}}, 0},
		{"CRLF split", []string{"data: a\r", "\n\r", "\n"}, []message{{"message", "a", ""}}, 0},
		{"line split", []string{"da", "ta: sp", "lit\n", "\n"}, []message{{"message", "split", ""}}, 0},
		{"last event without blank line", []string{"data: a\n\ndata: b\n"}, []message{{"message", "a", ""}}, 0},
		{"retry clamped", []string{"retry: 5\n", "retry: x\n"}, nil, minReconnectionTime},
		{"retry big", []string{"retry: 99999999999999999999\n"}, nil, maxReconnectionTime},
		{"retry in range", []string{"retry: 3000\n"}, nil, 3 * time.Second},
	}
	for _, c := range cases {
		p := newParser("")
		var got []message
		for _, ch := range c.chunks {
			got = p.feed(ch, got)
		}
		if !reflect.DeepEqual(got, c.want) || p.retry != c.retry {
			t.Errorf("%s: got %q retry %v, want %q retry %v", c.name, got, p.retry, c.want, c.retry)
		}
	}
}

func TestDecoder(t *testing.T) {
	cases := []struct {
		name   string
		chunks [][]byte
		want   string
	}{
		{"bom dropped once", [][]byte{[]byte("\uFEFF\uFEFFa")}, "\uFEFFa"},
		{"bom split", [][]byte{{0xEF}, {0xBB, 0xBF}, []byte("a")}, "a"},
		{"sequence split", [][]byte{{0xF0, 0x9F}, {0x98}, {0x80}}, "\U0001F600"},
		{"invalid", [][]byte{{0xFF, 0xC3, 0x41}}, "\uFFFD\uFFFDA"},
		{"broken sequence across chunks", [][]byte{{0xE2, 0x82}, {0x0A}}, "\uFFFD\n"},
		{"no BOM after text", [][]byte{[]byte("a"), []byte("\uFEFF")}, "a\uFEFF"},
	}
	for _, c := range cases {
		var d decoder
		got := ""
		for _, ch := range c.chunks {
			got += d.decode(ch)
		}
		if got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

func TestMimeEssence(t *testing.T) {
	for in, want := range map[string]string{
		"text/event-stream":                   "text/event-stream",
		" Text/Event-Stream ; charset=utf-8 ": "text/event-stream",
		"text/plain":                          "text/plain",
		"event-stream":                        "",
		"":                                    "",
	} {
		if got := mimeEssence(in); got != want {
			t.Errorf("mimeEssence(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestOriginOf(t *testing.T) {
	for in, want := range map[string]string{
		"https://example.com/a":    "https://example.com",
		"http://127.0.0.1:8080/x":  "http://127.0.0.1:8080",
		"data:text/event-stream,x": "null",
	} {
		if got := originOf(in); got != want {
			t.Errorf("originOf(%q) = %q, want %q", in, got, want)
		}
	}
}
