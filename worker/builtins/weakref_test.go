package builtins

import (
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestWeakRefCollected drops the only reference to a WeakRef's target and
// to a registered object, collects, and checks that deref() is stable
// within the turn that made the WeakRef, undefined after, and that the
// FinalizationRegistry callback ran with its held value.
func TestWeakRefCollected(t *testing.T) {
	rt, loop, out := newTestRuntime(t)
	if _, err := rt.RunString(`
		var ref, reg = new FinalizationRegistry((held) => print('finalized', held));
		(function () {
			const o = {}, p = {};
			ref = new WeakRef(o);
			reg.register(p, 'p');
		})();
		print('same turn', typeof ref.deref());
	`); err != nil {
		t.Fatal(err)
	}
	loop.turn() // the turn ends: the target is no longer kept
	deadline := time.Now().Add(5 * time.Second)
	for {
		runtime.GC()
		v, err := rt.RunString(`ref.deref() === undefined`)
		if err != nil {
			t.Fatal(err)
		}
		if v.ToBoolean() || time.Now().After(deadline) {
			break
		}
		loop.turn()
		time.Sleep(10 * time.Millisecond)
	}
	for i := 0; i < 50 && !contains(out.String(), "finalized"); i++ {
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
		// a WeakRef operation arms the task that runs pending callbacks
		if _, err := rt.RunString(`new WeakRef({})`); err != nil {
			t.Fatal(err)
		}
		loop.turn()
	}
	want := "same turn object\nfinalized p\n"
	if out.String() != want {
		t.Fatalf("got %q, want %q", out.String(), want)
	}
	if v, _ := rt.RunString(`ref.deref()`); v != nil && v.String() != "undefined" {
		t.Fatalf("deref() after collection: %v", v)
	}
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }

// TestFinalizationUnregister checks that an unregistered cell never calls
// back, with the target itself as the token (the usual pattern, which must
// not keep the target alive).
func TestFinalizationUnregister(t *testing.T) {
	rt, loop, out := newTestRuntime(t)
	if _, err := rt.RunString(`
		var reg = new FinalizationRegistry((held) => print('finalized', held));
		(function () {
			const a = {}, b = {};
			reg.register(a, 'a', a);
			reg.register(b, 'b', b);
			print(reg.unregister(a), reg.unregister(a));
		})();
	`); err != nil {
		t.Fatal(err)
	}
	loop.turn()
	for i := 0; i < 50 && !contains(out.String(), "finalized"); i++ {
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
		if _, err := rt.RunString(`new WeakRef({})`); err != nil {
			t.Fatal(err)
		}
		loop.turn()
	}
	if want := "true false\nfinalized b\n"; out.String() != want {
		t.Fatalf("got %q, want %q", out.String(), want)
	}
}
