package clone

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"
)

// newWatchingRuntime returns a runtime that has made none of the watched globals, a Cloner
// for it and a structuredClone global that uses it.
func newWatchingRuntime(t *testing.T) (*goja.Runtime, *Cloner) {
	t.Helper()
	rt := goja.New()
	c := New(rt, Hooks{}, Options{})
	for i, name := range watched {
		if c.in.captured[i] {
			t.Fatalf("%s was captured when the Cloner was made", name)
		}
	}
	c.Install(rt.GlobalObject())
	return rt, c
}

// TestWatchedGlobalsTampered replaces the watched built-ins after the Cloner is made and
// before the first clone: the clone still uses goja's own, as when they were captured at once.
func TestWatchedGlobalsTampered(t *testing.T) {
	rt, _ := newWatchingRuntime(t)
	v, err := rt.RunString(`
		const M = Map, S = Set, DV = DataView, U8 = Uint8Array, F64 = Float64Array;
		const TA = Object.getPrototypeOf(U8.prototype);
		const buf = new ArrayBuffer(16);
		const src = { m: new M([[1, "a"], [2, "b"]]), s: new S([3, 4]), dv: new DV(buf, 4, 8),
			u8: new U8(buf, 2, 3), f64: new F64([1.5, 2.5]) };
		const get = (o, k) => Object.getOwnPropertyDescriptor(o, k).get;
		const mapGet = M.prototype.get, setHas = S.prototype.has;
		const dvOffset = get(DV.prototype, "byteOffset"), dvLength = get(DV.prototype, "byteLength");
		const taOffset = get(TA, "byteOffset"), taLength = get(TA, "length");
		const calls = [];
		Map.prototype.set = function () { calls.push("Map.set"); };
		Map.prototype.forEach = function () { calls.push("Map.forEach"); };
		Set.prototype.add = function () { calls.push("Set.add"); };
		Set.prototype.forEach = function () { calls.push("Set.forEach"); };
		for (const k of ["buffer", "byteOffset", "byteLength"])
			Object.defineProperty(DV.prototype, k, { get() { calls.push("DataView." + k); return 0; } });
		for (const k of ["buffer", "byteOffset", "length"])
			Object.defineProperty(TA, k, { get() { calls.push("TypedArray." + k); return 0; } });
		Object.defineProperty(TA, Symbol.toStringTag, { get() { calls.push("TypedArray.tag"); return "Int8Array"; } });
		globalThis.Map = function () { calls.push("Map"); };
		globalThis.Set = function () { calls.push("Set"); };
		globalThis.DataView = function () { calls.push("DataView"); };
		globalThis.Uint8Array = function () { calls.push("Uint8Array"); };
		globalThis.Float64Array = function () { calls.push("Float64Array"); };
		const out = structuredClone(src);
		[
			calls.join() || "none",
			out.m instanceof M && mapGet.call(out.m, 2), out.s instanceof S && setHas.call(out.s, 4),
			out.dv instanceof DV && dvOffset.call(out.dv) + ":" + dvLength.call(out.dv),
			out.u8 instanceof U8 && taOffset.call(out.u8) + ":" + taLength.call(out.u8),
			out.f64 instanceof F64 && out.f64[1],
		].join(" ")
	`)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := v.String(), "none b true 4:8 2:3 2.5"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestWatchedGlobalsUnread deserializes values of every watched kind in a runtime whose
// script never read (or deleted) their globals: the clones are goja's own objects.
func TestWatchedGlobalsUnread(t *testing.T) {
	src, sc := newWatchingRuntime(t)
	v, err := src.RunString(`const buf = new ArrayBuffer(8); [new Map([[1, 2]]), new Set([3]), new DataView(buf, 1, 2),
		new Int16Array(buf, 2, 2), new BigUint64Array([5n])]`)
	if err != nil {
		t.Fatal(err)
	}
	m, err := sc.Serialize(v)
	if err != nil {
		t.Fatal(err)
	}
	dst, dc := newWatchingRuntime(t)
	if _, err := dst.RunString(`delete globalThis.Set; delete globalThis.DataView`); err != nil {
		t.Fatal(err)
	}
	out, err := dc.Deserialize(m)
	if err != nil {
		t.Fatal(err)
	}
	if err := dst.Set("out", out); err != nil {
		t.Fatal(err)
	}
	got, err := dst.RunString(`[
		typeof Set, typeof DataView,
		out[0] instanceof Map && out[0].get(1),
		Object.prototype.toString.call(out[1]), out[1].has(3), Object.getPrototypeOf(out[1]).constructor.name,
		Object.prototype.toString.call(out[2]), out[2].byteOffset, out[2].byteLength,
		out[3] instanceof Int16Array, out[3].byteOffset, out[3].length,
		out[4] instanceof BigUint64Array, out[4][0],
	].join(" ")`)
	if err != nil {
		t.Fatal(err)
	}
	if want := "undefined undefined 2 [object Set] true Set [object DataView] 1 2 true 2 2 true 5"; got.String() != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestWatchedGlobalsInvisible compares what a script sees of the global object and the
// watched globals with and without a Cloner.
func TestWatchedGlobalsInvisible(t *testing.T) {
	const probe = `(() => {
		const out = [];
		const g = Object.getOwnPropertyNames(globalThis);
		out.push(g.join());
		for (const name of g) {
			const d = Object.getOwnPropertyDescriptor(globalThis, name);
			out.push(name + ":" + d.writable + d.enumerable + d.configurable + typeof d.value);
		}
		for (const name of ["Map", "Set", "DataView", "Uint8Array", "BigInt64Array"]) {
			const c = globalThis[name];
			out.push(name, c.name, c.length, Object.getOwnPropertyNames(c).join(), Object.getOwnPropertyNames(c.prototype).join(),
				String(c), Object.getPrototypeOf(c.prototype) === Object.prototype);
		}
		out.push(globalThis.Set === globalThis.Set, new Set([1]).has(1));
		return out.join("\n");
	})()`
	plain := goja.New()
	want, err := plain.RunString(probe)
	if err != nil {
		t.Fatal(err)
	}
	rt, _ := newWatchingRuntime(t)
	if _, err := rt.RunString(`delete globalThis.structuredClone`); err != nil {
		t.Fatal(err)
	}
	got, err := rt.RunString(probe)
	if err != nil {
		t.Fatal(err)
	}
	if got.String() != want.String() {
		t.Errorf("the global object differs with a Cloner:\n%s\nwithout:\n%s", got, want)
	}
}

// TestOwnGetter compares ownGetter with Object.getOwnPropertyDescriptor's get.
func TestOwnGetter(t *testing.T) {
	rt := goja.New()
	v, err := rt.RunString(`[RegExp.prototype, Object.getPrototypeOf(Uint8Array.prototype), DataView.prototype,
		Object.defineProperty({}, "x", { get() { return 1 }, configurable: true }), { y: 1 }]`)
	if err != nil {
		t.Fatal(err)
	}
	gopd, _ := goja.AssertFunction(rt.Get("Object").ToObject(rt).Get("getOwnPropertyDescriptor"))
	for i, name := range []string{"global", "buffer", "byteOffset", "x", "y"} {
		o := v.ToObject(rt).Get(string(rune('0' + i))).ToObject(rt)
		d, err := gopd(goja.Undefined(), o, rt.ToValue(name))
		if err != nil {
			t.Fatal(err)
		}
		var want *goja.Object
		if get, ok := d.ToObject(rt).Get("get").(*goja.Object); ok {
			want = get
		}
		if got := ownGetter(o, unistring.String(name)); got != nil && got != want {
			t.Errorf("%s: ownGetter is not the descriptor's getter", name)
		} else if got == nil && i == 0 {
			t.Errorf("%s: ownGetter found no getter", name)
		}
	}
}
