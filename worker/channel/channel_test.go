package channel_test

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/flags"
	"github.com/mcrepl/mcrepl/trace"
	"github.com/mcrepl/mcrepl/worker"
)

func newWorker(t testing.TB, mode trace.Mode, format trace.Format, out *bytes.Buffer) *worker.Worker {
	t.Helper()
	w, err := worker.New(worker.Config{Flags: flags.Resolve("2025-08-15", nil), Stdout: out, Stderr: out,
		EventLog: mode, EventLogFormat: format})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(w.Close)
	return w
}

func run(t *testing.T, w *worker.Worker, src string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := w.Run(ctx, "test.js", src); err != nil {
		t.Fatal(err)
	}
}

// The record of an event comes just before what its listeners print.
func TestEventLogOrder(t *testing.T) {
	cases := []struct {
		name   string
		mode   trace.Mode
		format trace.Format
		src    string
		want   string
	}{
		{"events", trace.Events, trace.Text, `
			const { port1, port2 } = new MessageChannel();
			port2.onmessage = (e) => console.log('got', e.data);
			port1.postMessage('hi');
			port1.postMessage({ n: 1 });
			port2.close();`,
			`[event] close ch1.port1 (0 listeners)
[event] close ch1.port2 (0 listeners)
[event] message ch1.port2 ← 'hi' (1 listener)
got hi
[event] message ch1.port2 ← { n: 1 } (1 listener)
got { n: 1 }
`},
		{"all", trace.All, trace.Text, `
			const { port1, port2 } = new MessageChannel();
			port1.postMessage('queued');
			port2.start();
			port1.postMessage('live');
			port1.close();
			port1.postMessage('late');`,
			`[queue] ch1.port2 ← 'queued' (not started, 1 queued)
[start] ch1.port2 (start(), 1 queued message)
[post] ch1.port1 → ch1.port2 'live'
[event] close ch1.port2 (0 listeners)
[event] close ch1.port1 (0 listeners)
[drop] ch1.port1 → ch1.port2 'late': the sending port is closed
[event] message ch1.port2 ← 'queued' (0 listeners)
[event] message ch1.port2 ← 'live' (0 listeners)
`},
		{"json", trace.Events, trace.JSON, `
			const { port1, port2 } = new MessageChannel();
			port2.addEventListener('message', () => {});
			port2.dispatchEvent(new MessageEvent('message', { data: [1] }));`,
			`{"kind":"event","type":"message","port":"ch1.port2","data":"[ 1 ]","trusted":false,"listeners":1}
`},
		{"off", trace.Off, trace.Text, `
			const { port1, port2 } = new MessageChannel();
			port2.onmessage = (e) => console.log(e.data);
			port1.postMessage('only the console');`,
			"only the console\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var out bytes.Buffer
			run(t, newWorker(t, c.mode, c.format, &out), c.src)
			if out.String() != c.want {
				t.Errorf("got\n%s\nwant\n%s", out.String(), c.want)
			}
		})
	}
}

// The changelog's example posts on port2 and listens on port2: the report
// says where the message went and how to fix it.
func TestReportChangelogExample(t *testing.T) {
	var out bytes.Buffer
	w := newWorker(t, trace.Off, trace.Text, &out)
	run(t, w, `const {port1, port2} = new MessageChannel(); port2.onmessage = e => console.log(e.data); port2.postMessage('Hello from port2!')`)
	ps := w.Problems()
	if len(ps) != 1 {
		t.Fatalf("got %d problems: %+v", len(ps), ps)
	}
	p := ps[0]
	if p.Port != "ch1.port1" || p.From != "ch1.port2" || p.Count != 1 || p.Data[0] != "'Hello from port2!'" ||
		!strings.Contains(p.Reason, "never started") || !strings.Contains(p.Fix, "post on ch1.port1") {
		t.Errorf("got %+v", p)
	}
}

func TestReportKinds(t *testing.T) {
	var out bytes.Buffer
	w := newWorker(t, trace.Off, trace.Text, &out)
	run(t, w, `
		const a = new MessageChannel();
		a.port1.postMessage(1);
		a.port2.start();                       // started with no listener: 1 is lost
		const b = new MessageChannel();
		b.port1.postMessage(2);
		b.port2.close();                       // queued then closed: 2 is dropped
		b.port1.postMessage(3);                // posted on a closed port
		const c = new MessageChannel();
		const f = () => {};
		c.port2.addEventListener('message', f);
		c.port1.postMessage(4);                // scheduled ...
		c.port2.removeEventListener('message', f); // ... and lost
		c.port1.postMessage(5);                // queued again: the port is pending
	`)
	var got []string
	for _, p := range w.Problems() {
		got = append(got, p.Port+" "+p.What+" "+strings.Join(p.Data, ","))
	}
	want := []string{
		"ch3.port2 still queued 5",
		"ch2.port2 dropped 2",
		"ch2.port1 → ch2.port2 dropped 3",
		"ch1.port2 lost 1", // losses come in the order they happened:
		"ch3.port2 lost 4", // these two when their microtasks ran
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestPorts(t *testing.T) {
	var out bytes.Buffer
	w := newWorker(t, trace.Off, trace.Text, &out)
	run(t, w, `
		const a = new MessageChannel();
		a.port2.onmessage = () => {};
		a.port2.postMessage('x');
		new MessageChannel().port1.close();`)
	want := []trace.PortInfo{
		{Label: "ch1.port1", State: "pending", Queued: 1},
		{Label: "ch1.port2", State: "started", Listeners: 1},
		{Label: "ch2.port1", State: "closed"},
		{Label: "ch2.port2", State: "closed"},
	}
	got := w.Ports()
	if len(got) != len(want) {
		t.Fatalf("got %+v", got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("port %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
}

// benchScript installs a channel whose port2 counts what it receives, and a
// post(n) that posts n messages from port1.
const benchScript = `
	const { port1, port2 } = new MessageChannel();
	let received = 0;
	port2.onmessage = (e) => { received++; };
	globalThis.post = (n) => { for (let i = 0; i < n; i++) port1.postMessage(i); };
	globalThis.postObject = (n) => { for (let i = 0; i < n; i++) port1.postMessage({ i, s: 'text' }); };
	globalThis.received = () => received;
	const et = new EventTarget();
	et.addEventListener('ping', () => {});
	const ev = new Event('ping');
	globalThis.dispatch = (n) => { for (let i = 0; i < n; i++) et.dispatchEvent(ev); };
`

func bench(b *testing.B, mode trace.Mode, fn string) {
	var out bytes.Buffer
	w, err := worker.New(worker.Config{Flags: flags.Resolve("2025-08-15", nil), Stdout: &out, EventLog: mode})
	if err != nil {
		b.Fatal(err)
	}
	defer w.Close()
	w.Do(func(rt *goja.Runtime) {
		if _, err := rt.RunString(benchScript); err != nil {
			b.Fatal(err)
		}
	})
	b.ReportAllocs()
	b.ResetTimer()
	w.Do(func(rt *goja.Runtime) {
		f, _ := goja.AssertFunction(rt.Get(fn))
		if _, err := f(goja.Undefined(), rt.ToValue(b.N)); err != nil {
			b.Fatal(err)
		}
	})
	b.StopTimer()
	if fn != "dispatch" {
		w.Do(func(rt *goja.Runtime) {
			if n := rt.Get("received").Export(); n == nil {
				b.Fatal("no counter")
			}
		})
	}
}

// BenchmarkPostDeliver is one postMessage of a small integer to a started
// port and its delivery to one listener (a microtask and a MessageEvent).
func BenchmarkPostDeliver(b *testing.B) { bench(b, trace.Off, "post") }

// BenchmarkPostDeliverObject is BenchmarkPostDeliver with a small object
// ({ i, s: 'text' }) for message: the cloner's share.
func BenchmarkPostDeliverObject(b *testing.B) { bench(b, trace.Off, "postObject") }

// BenchmarkPostDeliverLogged is the same with the event log on (text,
// written to a buffer).
func BenchmarkPostDeliverLogged(b *testing.B) { bench(b, trace.Events, "post") }

// BenchmarkDispatchEvent is one synchronous dispatchEvent to one listener.
func BenchmarkDispatchEvent(b *testing.B) { bench(b, trace.Off, "dispatch") }

// A function entered from Go through (*worker.Worker).Call keeps workerd's
// order: the message is delivered in a microtask queued at post time, after
// the microtasks queued before it and before those queued after it.
func TestCallKeepsMicrotaskOrder(t *testing.T) {
	var out bytes.Buffer
	w := newWorker(t, trace.Off, trace.Text, &out)
	w.Do(func(rt *goja.Runtime) {
		v, err := rt.RunString(`(() => {
			const { port1, port2 } = new MessageChannel();
			const log = [];
			port2.onmessage = (e) => { log.push('port2 got ' + e.data); port2.postMessage('reply'); };
			port1.onmessage = (e) => { log.push('port1 got ' + e.data); };
			port1.postMessage('ping');
			Promise.resolve().then(() => log.push('then 1')).then(() => log.push('then 2'))
				.then(() => console.log(log.join(', ')));
		})`)
		if err != nil {
			t.Fatal(err)
		}
		fn, _ := goja.AssertFunction(v)
		if _, err := w.Call(fn, goja.Undefined()); err != nil {
			t.Fatal(err)
		}
	})
	if want := "port2 got ping, then 1, port1 got reply, then 2\n"; out.String() != want {
		t.Errorf("got %q, want %q", out.String(), want)
	}
}

// In legacy mode a second throw ends a batch; the rest is reported lost.
func TestReportBatchAborted(t *testing.T) {
	var out bytes.Buffer
	w := newWorker(t, trace.Off, trace.Text, &out)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_ = w.Run(ctx, "test.js", `
		const { port1, port2 } = new MessageChannel();
		port1.postMessage(1); port1.postMessage(2); port1.postMessage(3);
		addEventListener('unhandledrejection', (e) => e.preventDefault());
		port2.onmessage = (e) => { if (e.data === 1 || e.data === 'x') throw 'x'; };`)
	ps := w.Problems()
	if len(ps) != 1 || ps[0].What != "lost" || ps[0].Count != 2 || strings.Join(ps[0].Data, ",") != "2,3" {
		t.Errorf("got %+v", ps)
	}
}

// A primitive is its own structured clone: it arrives as posted whether the
// port is started (with the log quiet or verbose) or still pending, and is
// reported as posted when dropped; a symbol is refused.
func TestPostPrimitives(t *testing.T) {
	const src = `
		const values = [0, -0, NaN, 1.5, 10n, 'text', '', true, false, null, undefined];
		const started = new MessageChannel(), pending = new MessageChannel();
		const got = [];
		started.port2.onmessage = (e) => { got.push(e.data); };
		for (const v of values) { started.port1.postMessage(v); pending.port1.postMessage(v); }
		started.port1.postMessage();
		try { started.port1.postMessage(Symbol('s')); } catch (e) { console.log(e.name + ': ' + e.message); }
		const closed = new MessageChannel();
		closed.port2.close();
		closed.port1.postMessage(-0);
		closed.port1.postMessage('gone');
		setTimeout(() => {
			const same = (a, b) => a.length === b.length && a.every((x, i) => Object.is(x, b[i]));
			console.log('started', same(got, [...values, undefined]));
			const later = [];
			pending.port2.onmessage = (e) => { later.push(e.data); };
			setTimeout(() => console.log('pending', same(later, values)), 0);
		}, 0);`
	const want = "DataCloneError: Symbol(s) could not be cloned.\nstarted true\npending true\n"
	for _, mode := range []trace.Mode{trace.Off, trace.All} {
		var out bytes.Buffer
		w := newWorker(t, mode, trace.JSON, &out)
		run(t, w, src)
		var printed []string
		for _, l := range strings.SplitAfter(out.String(), "\n") {
			if !strings.HasPrefix(l, "{") {
				printed = append(printed, l)
			}
		}
		if got := strings.Join(printed, ""); got != want {
			t.Errorf("%v: got\n%s\nwant\n%s", mode, got, want)
		}
		var dropped []string
		for _, p := range w.Problems() {
			if p.Port == "ch3.port1 → ch3.port2" {
				dropped = p.Data
			}
		}
		if strings.Join(dropped, " ") != "-0 'gone'" {
			t.Errorf("%v: dropped %q", mode, dropped)
		}
	}
}
