package events

import (
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"
)

// weakSlots finds what was put, nothing else, and after a collection lets
// go of the entries of collected objects without losing live ones.
func TestWeakSlots(t *testing.T) {
	rt := goja.New()
	var s weakSlots[int]
	if s.get(rt.NewObject()) != nil || s.get(goja.Undefined()) != nil {
		t.Fatal("found something in an empty table")
	}
	kept := rt.NewObject()
	one := 1
	s.put(kept, &one)
	if s.get(rt.NewObject()) != nil {
		t.Fatal("found an object that was never put")
	}
	const garbage = 1000
	for i := range garbage {
		n := i
		s.put(rt.NewObject(), &n)
	}
	// The sentinel's cleanup runs on the runtime's cleanup goroutine after
	// a collection; wait for it (the test's own deadline bounds the wait).
	for !s.collected.Load() {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	last := rt.NewObject()
	s.put(last, &one)
	if n := len(s.m) + len(s.recent); n > 2 {
		t.Errorf("%d entries left after a collection of %d garbage objects", n, garbage)
	}
	for _, o := range []*goja.Object{kept, last} {
		if p := s.get(o); p == nil || *p != 1 {
			t.Errorf("lost a live object's entry: %v", p)
		}
	}
}

// BenchmarkDispatchMessage is the event side of one delivered message:
// building a MessageEvent and dispatching it to one JS listener that reads
// its data, from Go code called by JS (as a delivery microtask is), without
// the channel, the cloner or the microtask queue.
func BenchmarkDispatchMessage(b *testing.B) {
	rt := goja.New()
	r := New(rt, Env{})
	r.InstallGlobals()
	v, err := rt.RunString(`const t = new EventTarget(); globalThis.sum = 0;
		t.addEventListener('message', (e) => { globalThis.sum += e.data; }); t`)
	if err != nil {
		b.Fatal(err)
	}
	port := v.(*goja.Object)
	data := rt.ToValue(1)
	_ = rt.Set("deliver", func(n int) {
		for range n {
			if ex, _ := r.DispatchMessage(port, "message", data, Propagate); ex != nil {
				panic(ex)
			}
		}
	})
	deliver, _ := goja.AssertFunction(rt.Get("deliver"))
	b.ReportAllocs()
	b.ResetTimer()
	if _, err := deliver(goja.Undefined(), rt.ToValue(b.N)); err != nil {
		b.Fatal(err)
	}
	b.StopTimer()
	if got := rt.Get("sum").ToInteger(); got != int64(b.N) {
		b.Fatalf("the listener saw %d messages, want %d", got, b.N)
	}
}

// Delivered MessageEvents keep their state in their proxy's handler (delivered.go), whose
// place in goja is learnt with reflect: a goja upgrade that moves it must be noticed, not
// silently fall back to the slower weak slots.
func TestDeliveredLayoutIsKnown(t *testing.T) {
	if !deliveredAvailable() {
		t.Fatal("goja's proxy layout is not the one delivered.go reads")
	}
}

// The reads a listener usually makes leave a delivered event's fields lazy (a materialised
// event costs what the lazy fields save), and what needs own properties materialises them.
func TestCommonReadsStayLazy(t *testing.T) {
	if !deliveredAvailable() {
		t.Skip("no lazy events")
	}
	rt := goja.New()
	r := New(rt, Env{})
	r.InstallGlobals()
	v, err := rt.RunString(`const t = new EventTarget(); globalThis.seen = [];
		t.addEventListener('message', (e) => {
			seen.push(e);
			globalThis.res = [e.data, e.source, e.ports.length, e.origin, e.lastEventId, e.type, e.target, e.currentTarget, e.foo,
				typeof e.preventDefault, e instanceof MessageEvent, 'data' in e, e.hasOwnProperty('data'), Object.prototype.toString.call(e),
				Object.getOwnPropertyDescriptor(e, 'ports').value.length].join();
		}); t`)
	if err != nil {
		t.Fatal(err)
	}
	port := v.(*goja.Object)
	if ex, _ := r.DispatchMessage(port, "message", rt.ToValue(7), Propagate); ex != nil {
		t.Fatal(ex)
	}
	ev := rt.Get("seen").(*goja.Object).Get("0")
	d := r.deliveredOf(ev)
	if d == nil {
		t.Fatal("not a delivered event")
	}
	if !d.ev.lazy {
		t.Error("materialised by a read")
	}
	if got := rt.Get("res").String(); !strings.HasPrefix(got, "7,") || !strings.Contains(got, ",message,") || !strings.HasSuffix(got, ",true,true,true,[object Object],0") {
		t.Errorf("reads gave %s", got)
	}
	if _, err := rt.RunString(`Object.keys(seen[0])`); err != nil {
		t.Fatal(err)
	}
	if d.ev.lazy {
		t.Error("Object.keys did not materialise")
	}
}
