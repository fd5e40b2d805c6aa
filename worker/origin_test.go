package worker_test

import (
	"bytes"
	"context"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/flags"
	"github.com/mcrepl/mcrepl/trace"
	"github.com/mcrepl/mcrepl/worker"
)

// originWorker is an isolate that tracks origins, and its output.
func originWorker(t *testing.T) (w *worker.Worker, out, errb *bytes.Buffer) {
	t.Helper()
	out, errb = &bytes.Buffer{}, &bytes.Buffer{}
	w, err := worker.New(worker.Config{Flags: flags.Resolve("2026-11-17", nil), Stdout: out, Stderr: errb})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(w.Close)
	w.TrackOrigins()
	return w, out, errb
}

// TestOriginsCarried: what code makes is reported with the origin it ran
// under, carried through promise reactions, timers, port deliveries and
// AsyncLocalStorage's own context (which still works inside it), and only
// that origin's report lists it.
func TestOriginsCarried(t *testing.T) {
	w, out, errb := originWorker(t)
	type origin struct{ name string }
	a, b := &origin{"a"}, &origin{"b"}
	run := func(o any, src string) {
		w.Post(func(rt *goja.Runtime) {
			w.SetOrigin(o)
			if _, err := rt.RunString(src); err != nil {
				w.ReportException(err)
			}
		})
	}
	run(nil, `
		// An unstarted port with one queued message: one problem per call.
		globalThis.mk = (what) => { const { port1, port2 } = new MessageChannel(); port2.postMessage(what); globalThis[what] = port1; };
		const { AsyncLocalStorage } = process.getBuiltinModule('node:async_hooks');
		globalThis.als = new AsyncLocalStorage();
		mk('top');`)
	run(a, `
		mk('a-sync');
		Promise.resolve().then(() => mk('a-reaction'));
		als.run('S', () => setTimeout(() => { mk('a-timer'); console.log('store', als.getStore()); }, 5));
		const ch = new MessageChannel();
		ch.port2.onmessage = () => { mk('a-delivery'); ch.port2.close(); };
		ch.port1.postMessage(1);
		new ReadableStream().getReader().read();
		// A reaction of a's, run when b's code resolves its promise.
		globalThis.gate = new Promise((r) => { globalThis.open = r; });
		gate.then(() => mk('a-gated'));`)
	run(b, `setTimeout(() => new ReadableStream().getReader().read(), 1); open();`)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := w.Wait(ctx); err != nil {
		t.Fatal(err)
	}
	if errb.Len() > 0 || strings.TrimSpace(out.String()) != "store S" {
		t.Fatalf("stdout %q, stderr %q", out.String(), errb.String())
	}
	names := func(ps []trace.Problem) string {
		var s []string
		for _, p := range ps {
			if len(p.Data) > 0 {
				s = append(s, p.Data[0])
			} else {
				s = append(s, p.Port)
			}
		}
		sort.Strings(s)
		return strings.Join(s, " ")
	}
	for _, c := range []struct {
		name string
		got  []trace.Problem
		want string
	}{
		{"a", w.ProblemsOf(a), "'a-delivery' 'a-gated' 'a-reaction' 'a-sync' 'a-timer' ReadableStream #1"},
		{"b", w.ProblemsOf(b), "ReadableStream #2"},
		{"nil", w.ProblemsOf(nil), "'top'"},
		{"all", w.Problems(), "'a-delivery' 'a-gated' 'a-reaction' 'a-sync' 'a-timer' 'top' ReadableStream #1 ReadableStream #2"},
	} {
		if got := names(c.got); got != c.want {
			t.Errorf("%s: got %s, want %s", c.name, got, c.want)
		}
	}
}

// TestTakeProblemsOf: an origin's last report lets go of what was kept only
// to report it: its stuck pipe, its unreachable port's queued messages, its
// losses. Another origin's stay, and so does what the script still reaches.
func TestTakeProblemsOf(t *testing.T) {
	w, _, errb := originWorker(t)
	type origin struct{ name string }
	a, b := &origin{"a"}, &origin{"b"}
	const src = `
		new ReadableStream().pipeTo(new WritableStream());  // stuck: the source never ends
		new MessageChannel().port2.postMessage('queued');    // nobody reaches it
		{ const c = new MessageChannel(); c.port2.postMessage('dropped'); c.port1.close(); }  // a loss
		globalThis[NAME] = new MessageChannel();
		globalThis[NAME].port2.postMessage('held');         // still reached`
	for _, o := range []*origin{a, b} {
		w.Post(func(rt *goja.Runtime) {
			w.SetOrigin(o)
			if _, err := rt.RunString(strings.ReplaceAll(src, "NAME", "'"+o.name+"'")); err != nil {
				w.ReportException(err)
			}
		})
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := w.Wait(ctx); err != nil {
		t.Fatal(err)
	}
	kinds := func(ps []trace.Problem) string {
		var s []string
		for _, p := range ps {
			s = append(s, p.What)
		}
		sort.Strings(s)
		return strings.Join(s, " ")
	}
	const all = "dropped pending still queued still queued unfinished"
	if got := kinds(w.TakeProblemsOf(a)); got != all {
		t.Fatalf("a's last report: %s, want %s (stderr %s)", got, all, errb.String())
	}
	runtime.GC()
	runtime.GC()
	// What a's code still reaches stays; its stuck streams are weakly held and gone.
	if got, want := kinds(w.ProblemsOf(a)), "still queued"; got != want {
		t.Errorf("a after its last report: %s, want %s", got, want)
	}
	if got := kinds(w.ProblemsOf(b)); got != all {
		t.Errorf("b: %s, want %s", got, all)
	}
}
