package builtins

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"

	"github.com/mcrepl/mcrepl/internal/gojaprops"
)

// TestOnFirstUse: the globals patched when goja makes them are not made at
// start-up, and every way of reaching them finds them patched.
func TestOnFirstUse(t *testing.T) {
	rt := goja.New()
	Install(rt)
	if installerFor(rt).lazy == nil {
		t.Fatal("no hooking template: goja's layout changed (the patches are applied at start-up)")
	}
	for _, name := range []string{"Map", "WeakMap", "WeakSet", "Math"} {
		if p, ok := gojaprops.Own(rt.GlobalObject(), unistring.String(name)); !ok || !p.Builtin {
			t.Errorf("%s was made at start-up", name)
		}
	}
	const check = `[typeof Map.groupBy, Map.groupBy.length, typeof Math.sumPrecise, Math.f16round(1.337),
		WeakMap.prototype.set.name, new WeakMap().set(Symbol('x'), 1) instanceof WeakMap, new WeakSet().has(Symbol('y'))].join()`
	const want = "function,2,function,1.3369140625,set,true,false"
	for _, c := range []struct{ name, src string }{
		{"read", ``},
		{"descriptor", `var d = Object.getOwnPropertyDescriptor(globalThis, 'Map'); if (!d.writable || d.enumerable || !d.configurable || typeof d.value.groupBy !== 'function') throw new Error('descriptor');`},
		{"keys", `if (!Object.getOwnPropertyNames(globalThis).includes('WeakSet')) throw new Error('keys');`},
		{"for-in", `for (var k in globalThis) {}`},
		{"hasOwn", `if (!Object.hasOwn(globalThis, 'Math')) throw new Error('hasOwn');`},
	} {
		got := run(t, c.src+`; print(`+check+`)`)
		if got != want+"\n" {
			t.Errorf("%s: got %q, want %q", c.name, got, want)
		}
	}
	// A script that replaces the global first: Map.groupBy of the isolate's
	// own Map still works (intrinsic), and the original is patched.
	got := run(t, `var M = Object.getOwnPropertyDescriptor(globalThis, 'Map').value; globalThis.Map = 1;
		print(typeof M.groupBy, M.groupBy([1, 2, 3], x => x % 2).get(1))`)
	if got != "function 1,3\n" {
		t.Errorf("replaced: got %q", got)
	}
	got = run(t, `globalThis.Map = 1; delete globalThis.Math; print(typeof Map, typeof globalThis.Math)`)
	if got != "number undefined\n" {
		t.Errorf("replaced first: got %q", got)
	}
	// What a script sees is what the patches at start-up gave: keys, their
	// order, descriptors.
	const survey = `(() => {
		const out = [];
		const d = (o, k) => { const x = Object.getOwnPropertyDescriptor(o, k); return String(k) + ':' + (x ? [typeof x.value, x.writable, x.enumerable, x.configurable, typeof x.get].join('/') : '-'); };
		out.push(Object.getOwnPropertyNames(globalThis).join());
		for (const o of [Map, Math, WeakMap.prototype, WeakSet.prototype, Uint8Array, Int8Array.prototype])
			out.push(Reflect.ownKeys(o).map(k => d(o, k)).join());
		out.push(String(Map.groupBy), Map.groupBy.name, Math.sumPrecise.length, WeakSet.prototype.add.name);
		return out.join('\n');
	})()`
	lazy := goja.New()
	Install(lazy)
	noLazyGlobals = true
	eager := goja.New()
	Install(eager)
	noLazyGlobals = false
	if installerFor(eager).lazy != nil {
		t.Fatal("eager runtime has hooks")
	}
	a, errA := lazy.RunString(survey)
	b, errB := eager.RunString(survey)
	if errA != nil || errB != nil {
		t.Fatal(errA, errB)
	}
	if a.String() != b.String() {
		t.Errorf("lazy:\n%s\neager:\n%s", a, b)
	}
}
