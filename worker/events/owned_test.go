package events_test

import (
	"bytes"
	"context"
	"runtime"
	"testing"
	"time"
	"weak"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/flags"
	"github.com/mcrepl/mcrepl/worker"
	"github.com/mcrepl/mcrepl/worker/events"
)

// ownedBehaviour exercises EventTargets, AbortSignals and AbortControllers wherever the realm
// looks up their state: methods and accessors, brand checks, subclasses, inspection, the
// clone's refusal, AbortSignal.any and timeout, listeners removed by a signal.
const ownedBehaviour = `
	const t = new EventTarget();
	t.addEventListener('x', (e) => console.log('x', e.target === t, e.currentTarget === t));
	console.log(t.dispatchEvent(new Event('x')), t instanceof EventTarget, Object.prototype.toString.call(t));
	class Bus extends EventTarget { constructor() { super(); this.n = 1; } hello() { return 'hi ' + this.n; } }
	const b = new Bus();
	b.addEventListener('y', function () { console.log('y', this === b, b.hello()); });
	b.dispatchEvent(new Event('y'));
	console.log(b instanceof Bus, b instanceof EventTarget, Object.keys(b).join());
	const c = new AbortController();
	const s = c.signal;
	console.log(c.signal === s, s.aborted, String(s.reason), s instanceof EventTarget, s instanceof AbortSignal);
	s.onabort = (e) => console.log('onabort', e.type, e.target === s);
	s.addEventListener('abort', () => console.log('listener', s.reason.name, s.reason.message));
	const removed = new AbortController();
	t.addEventListener('x', () => console.log('never'), { signal: removed.signal });
	removed.abort();
	t.dispatchEvent(new Event('x'));
	const any = AbortSignal.any([s, new AbortController().signal]);
	any.addEventListener('abort', () => console.log('any', any.reason === s.reason));
	c.abort();
	console.log(s.aborted, any.aborted, typeof s.onabort);
	console.log(c, AbortSignal.abort('why'));
	for (const v of [t, b, s, c]) {
		try { structuredClone(v); } catch (e) { console.log(e.name, e.message); }
	}
	for (const [m, self] of [[EventTarget.prototype.dispatchEvent, {}], [Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get, t],
		[Object.getOwnPropertyDescriptor(AbortController.prototype, 'signal').get, s], [AbortController.prototype.abort, b]]) {
		try { m.call(self, new Event('z')); console.log('no error'); } catch (e) { console.log(e.name); }
	}
	const late = AbortSignal.timeout(1);
	late.onabort = () => console.log('timeout', late.reason.name);
	try { AbortSignal.any([t]); } catch (e) { console.log(e.name, e.message); }
`

func runOwned(t *testing.T) string {
	t.Helper()
	var out bytes.Buffer
	w, err := worker.New(worker.Config{Flags: flags.Resolve("2025-08-15", nil), Stdout: &out, Stderr: &out})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := w.Run(ctx, "test.js", ownedBehaviour); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

// The state kept with the objects behaves as the state kept in the realm's tables.
func TestOwnedStateBehavesAsTables(t *testing.T) {
	owned := runOwned(t)
	restore := events.SetStateInTables(true)
	tables := runOwned(t)
	restore()
	if owned != tables {
		t.Errorf("kept with the objects:\n%s\nin the tables:\n%s", owned, tables)
	}
	for _, want := range []string{"x true true", "y true hi 1", "onabort abort true", "listener AbortError", "any true",
		"DataCloneError", "TypeError", "timeout TimeoutError"} {
		if !bytes.Contains([]byte(owned), []byte(want)) {
			t.Errorf("output lacks %q:\n%s", want, owned)
		}
	}
}

// An EventTarget, an AbortSignal or an AbortController the script no longer reaches is
// collected, even when a listener closes over it: the realm keeps none of them.
func TestOwnedObjectsCollected(t *testing.T) {
	var out bytes.Buffer
	w, err := worker.New(worker.Config{Flags: flags.Resolve("2025-08-15", nil), Stdout: &out, Stderr: &out})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	var kept []weak.Pointer[goja.Object]
	w.Do(func(rt *goja.Runtime) {
		v, err := rt.RunString(`(() => {
			const made = [];
			const t = new EventTarget(); t.addEventListener('x', () => t); made.push(t);
			class Bus extends EventTarget {}
			const b = new Bus(); b.onx = () => b; b.addEventListener('x', () => b); made.push(b);
			const c = new AbortController(); c.signal.addEventListener('abort', () => c); made.push(c, c.signal);
			const a = AbortSignal.abort(); a.onabort = () => a; made.push(a);
			const d = new AbortController(); d.abort(); made.push(d, d.signal);
			return made;
		})()`)
		if err != nil {
			t.Fatal(err)
		}
		arr := v.(*goja.Object)
		for i := range int(arr.Get("length").ToInteger()) {
			kept = append(kept, weak.Make(arr.Get(string(rune('0'+i))).(*goja.Object)))
		}
		// Overwrite what the VM's stack may still hold of the last result.
		if _, err := rt.RunString(`for (let i = 0; i < 10; i++) [i, {i}, String(i)];`); err != nil {
			t.Fatal(err)
		}
	})
	alive := func() int {
		n := 0
		for _, p := range kept {
			if p.Value() != nil {
				n++
			}
		}
		return n
	}
	// Events' and DOMExceptions' slots let go of their state at the first put after a
	// collection: make an event between collections.
	for i := 0; i < 50 && alive() > 0; i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
		w.Do(func(rt *goja.Runtime) { _, _ = rt.RunString(`new Event('x'); new DOMException('x')`) })
	}
	if n := alive(); n > 0 {
		t.Fatalf("%d of %d unreachable EventTargets, AbortSignals and AbortControllers were not collected", n, len(kept))
	}
}
