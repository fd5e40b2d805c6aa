package worker

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/mcrepl/mcrepl/flags"
	"github.com/mcrepl/mcrepl/trace"
)

// runWebSocket runs src at date with the event log in mode and returns
// stdout (console and event log) and the report.
func runWebSocket(t *testing.T, date string, mode trace.Mode, src string) (out, report string) {
	t.Helper()
	var stdout, stderr, rep bytes.Buffer
	fl, rep0 := flags.Validate(date, nil, time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC))
	if fl == nil {
		t.Fatal(rep0)
	}
	w, err := New(Config{Stdout: &stdout, Stderr: &stderr, EventLog: mode, Flags: fl})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := w.Run(ctx, "ws.js", src); err != nil {
		t.Fatalf("run: %v (stderr %q)", err, stderr.String())
	}
	if err := w.Report(&rep); err != nil {
		t.Fatal(err)
	}
	return stdout.String(), rep.String()
}

// The event log names each end, shows what was sent (all), what arrived,
// the close frames with their code and reason, the automatic reply and
// the error after the handshake.
func TestWebSocketEventLog(t *testing.T) {
	out, rep := runWebSocket(t, "2026-11-01", trace.All, `
		const [c, s] = new WebSocketPair();
		c.accept(); s.accept();
		c.send('lost');
		setTimeout(() => {
			s.onmessage = (e) => console.log('got', e.data);
			c.send(new Uint8Array([1, 2]));
			setTimeout(() => c.close(4000, 'bye'), 1);
		}, 1);
	`)
	for _, want := range []string{
		"[post] ws#1 → ws#2 'lost'\n",
		"[drop] ws#1 → ws#2 'lost': no 'message' listener when it arrived: workerd delivers it to nobody\n",
		"[event] message ws#2 ← 'lost' (0 listeners)\n",
		"[post] ws#1 → ws#2 <2 bytes>\n",
		"[event] message ws#2 ← Blob { size: 2, type: '' } (1 listener)\n",
		"[post] ws#1 → ws#2 close frame (code 4000, reason 'bye')\n",
		"[post] ws#2 → ws#1 close frame (code 4000, reason 'bye') (automatic reply)\n",
		"[event] close ws#2 code 4000, reason 'bye' (0 listeners)\n",
		"[event] close ws#1 code 4000, reason 'bye' (0 listeners)\n",
		"[event] error ws#2 ← 'Uncaught Error: Network connection lost.' (0 listeners)\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("event log lacks %q:\n%s", want, out)
		}
	}
	if !strings.Contains(rep, "ws#2: 1 message lost (posted on ws#1): 'lost'") || strings.Contains(rep, "left open") {
		t.Errorf("report:\n%s", rep)
	}
}

// The report: messages waiting for an end never accepted, and the ends
// left open, which of them never replied (before the automatic reply).
func TestWebSocketReport(t *testing.T) {
	_, rep := runWebSocket(t, "2026-03-01", trace.Off, `
		const [a, b] = new WebSocketPair();
		a.accept();
		a.send('one'); a.send('two');
		const [c, s] = new WebSocketPair();
		c.accept(); s.accept();
		c.close(1000);
	`)
	for _, want := range []string{
		"ws#2: 2 messages queued (posted on ws#1): 'one', 'two'\n    why: ws#2 was never accepted",
		"ws#1: 1 WebSocket left open\n    why: it was accepted and never closed",
		"ws#3: 1 WebSocket left open\n    why: it called close() and ws#4 never replied",
		"ws#4: 1 WebSocket left open\n    why: it received ws#3's close frame and never replied",
	} {
		if !strings.Contains(rep, want) {
			t.Errorf("report lacks %q:\n%s", want, rep)
		}
	}
}

// Two ends that answer each other forever do not starve the timers: the
// delivery task gives way after a bounded number of messages.
func TestWebSocketPingPongLetsTimersIn(t *testing.T) {
	out, _ := runWebSocket(t, "2026-11-01", trace.Off, `
		const [c, s] = new WebSocketPair();
		c.accept(); s.accept();
		let n = 0, stop = false;
		s.onmessage = () => { if (!stop) s.send('pong'); };
		c.onmessage = () => { n++; if (!stop) c.send('ping'); };
		setTimeout(() => { stop = true; console.log('timer ran', n > 0); c.close(); }, 1);
		c.send('ping');
	`)
	if out != "timer ran true\n" {
		t.Fatalf("got %q", out)
	}
}

// BenchmarkWebSocketRoundTrip is one round trip over a WebSocketPair,
// beside BenchmarkPortRoundTrip, the same over a MessageChannel, in one
// run: go test ./worker -bench RoundTrip.
func BenchmarkWebSocketRoundTrip(b *testing.B) {
	benchRoundTrip(b, `
		const [c, s] = new WebSocketPair();
		c.accept(); s.accept();
		s.onmessage = (e) => s.send(e.data);
		c.onmessage = () => { if (++n < N) c.send('ping'); else c.close(); };
		c.send('ping');`)
}

func BenchmarkPortRoundTrip(b *testing.B) {
	benchRoundTrip(b, `
		const { port1, port2 } = new MessageChannel();
		port2.onmessage = (e) => port2.postMessage(e.data);
		port1.onmessage = () => { if (++n < N) port1.postMessage('ping'); else port1.close(); };
		port1.postMessage('ping');`)
}

func benchRoundTrip(b *testing.B, body string) {
	var out, errb bytes.Buffer
	w, err := New(Config{Stdout: &out, Stderr: &errb})
	if err != nil {
		b.Fatal(err)
	}
	defer w.Close()
	src := "let n = 0; const N = " + itoa(b.N) + ";" + body
	b.ResetTimer()
	if err := w.Run(context.Background(), "bench.js", src); err != nil {
		b.Fatalf("%v: %s", err, errb.String())
	}
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
