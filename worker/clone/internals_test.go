package clone

import (
	"encoding/json"
	"fmt"
	"reflect"
	"runtime"
	"testing"

	"github.com/dop251/goja"
)

// TestFastPathsAreActive fails when goja's internals no longer have the layout internals.go
// learns: the cloner still works then, through goja's public API, but slowly.
func TestFastPathsAreActive(t *testing.T) {
	_, c := newTestRuntime(t, Options{})
	if !c.fast {
		t.Fatal("goja's layout changed: the cloner's fast paths are off (see internals.go)")
	}
	implOnce.Do(learnImplTypes)
	if len(implKinds) == 0 {
		t.Fatal("goja's layout changed: objects are classified without their implementation type")
	}
	if !fast.date.ok {
		t.Error("goja's layout changed: cloned Dates are made by the constructor (see dates.go)")
	}
	if !fast.model.ok {
		t.Error("goja's layout changed: cloned objects and arrays are made by NewObject and NewArray (see models.go)")
	}
	if rt := goja.New(); New(rt, Hooks{}, Options{}).in.makers[watchSet] == nil {
		t.Error("goja's layout changed: a Cloner makes Set and the other watched built-ins at once (see lazyglobals.go)")
	}
	c.in.need(watchMap)
	if rt := goja.New(); ownGetter(rt.Get("RegExp").ToObject(rt).Get("prototype").ToObject(rt), "global") == nil {
		t.Error("goja's layout changed: the RegExp getters are read through getOwnPropertyDescriptor (see intrinsics.go)")
	}
	for name, f := range map[string]goja.Callable{"hasOwnProperty": c.in.hasOwn, "Map.prototype.set": c.in.mapSet} {
		if reflect.ValueOf(f).Pointer() == reflect.ValueOf(goja.Callable(nil)).Pointer() {
			t.Errorf("%s: no Callable", name)
		}
	}
}

// fastSlowDiff serializes the value that make returns once with the fast paths and once
// without (make is called before each, so a value whose getters change it is rebuilt) and
// describes the first difference between the two messages or errors, or returns "".
func fastSlowDiff(c *Cloner, make func() goja.Value) string {
	defer func(was bool) { c.fast = was }(c.fast)
	var msgs [2]*Message
	var errs [2]string
	for i, on := range [2]bool{true, false} {
		c.fast = on && fast.ok
		m, err := c.Serialize(make())
		msgs[i] = m
		if err != nil {
			errs[i] = err.Error()
		}
	}
	if errs[0] != errs[1] {
		return fmt.Sprintf("fast path error %q, public API error %q", errs[0], errs[1])
	}
	if msgs[0] == nil || msgs[1] == nil {
		return ""
	}
	a, b := msgs[0], msgs[1]
	for i := range max(len(a.data), len(b.data)) {
		if i >= len(a.data) || i >= len(b.data) || a.data[i] != b.data[i] {
			return fmt.Sprintf("byte %d: fast path % x, public API % x", i, a.data[max(0, i-8):min(len(a.data), i+8)], b.data[max(0, i-8):min(len(b.data), i+8)])
		}
	}
	if !reflect.DeepEqual(a.buffers, b.buffers) || !reflect.DeepEqual(a.errs, b.errs) {
		return "buffers or errors differ"
	}
	return ""
}

// TestFastMatchesSlow pins the fast paths to the public-API ones on what the fuzzer does not
// generate: accessors, attributes, integer keys, and getters that change the object being
// written.
func TestFastMatchesSlow(t *testing.T) {
	cases := []string{
		`({ a: 1, b: "two", c: [3, 4], d: { e: null } })`,
		`({ 2: "two", a: 1, 1: "one", "01": 0, "-1": -1, 4294967295: "big" })`,
		`({ __proto__: null, x: 1 })`,
		`Object.defineProperty({ a: 1, c: 3 }, "b", { value: 2, enumerable: false })`,
		`Object.defineProperty({ a: 1 }, "b", { value: 2, enumerable: true, writable: false })`,
		`({ a: 1, get b() { return 2 }, c: 3 })`,
		`({ get a() { delete this.b; return 1 }, b: 2, c: 3 })`,
		`({ get a() { this.z = 9; return 1 }, b: 2 })`,
		`({ get a() { Object.defineProperty(this, "b", { get() { return "late" }, enumerable: false }); return 1 }, b: 2 })`,
		`(() => { const o = { a: 1, b: 2 }; o.inner = { get x() { delete o.b; o.b = "again"; return 0 } }; return { o } })()`,
		`(() => { const o = { a: { get x() { delete o.b; return 1 } }, b: 2 }; return o })()`,
		`({ get a() { throw new TypeError("getter threw") }, b: 1 })`,
		`({ [Symbol("s")]: 1, a: 2 })`,
		`[1, "two", { three: 3 }, [4]]`,
		`(() => { const a = [1, 2, 3]; a.extra = "x"; return a })()`,
		`(() => { const a = [1, 2, 3]; Object.defineProperty(a, 1, { get() { return "got" }, enumerable: true }); return a })()`,
		`(() => { const a = [1, 2, 3]; Object.defineProperty(a, 1, { value: 2, enumerable: false }); return a })()`,
		`(() => { const a = [1, , 3]; return a })()`,
		`(() => { const a = [{ get x() { a.length = 1; return 0 } }, 2, 3]; return a })()`,
		`(() => { const a = [{ get x() { a.pop(); a.push("new"); return 0 } }, 2, 3]; return a })()`,
		`(() => { const a = [{ get x() { a.extra = 1; return 0 } }, 2]; return a })()`,
		`(() => { const a = []; a.push(a); return a })()`,
		`new Map([[1, "a"], ["b", { c: 2 }]])`,
		`(() => { const m = new Map([[1, { get x() { m.set(2, "late"); m.delete(1); return 0 } }]]); return m })()`,
		`(() => { const s = new Set([1, "a"]); s.add({ get x() { s.add("late"); return 0 } }); return s })()`,
		`(() => { class M extends Map {}; return new M([[1, 2]]) })()`,
		`(() => { const o = {}; for (let i = 0; i < 40; i++) o["k" + i] = i; delete o.k3; return o })()`,
	}
	rt, c := newTestRuntime(t, Options{})
	for _, src := range cases {
		d := fastSlowDiff(c, func() goja.Value {
			v, err := rt.RunString(src)
			if err != nil {
				t.Fatalf("%s: %v", src, err)
			}
			return v
		})
		if d != "" {
			t.Errorf("%s: %s", src, d)
		}
	}
}

// TestFastDeserializeMatchesSlow compares objects built through goja's internals with objects
// built through its public API, as JavaScript sees them: keys in order, descriptors, values,
// and what happens when they are changed afterwards.
func TestFastDeserializeMatchesSlow(t *testing.T) {
	rt, c := newTestRuntime(t, Options{})
	if _, err := rt.RunString(`
		function describe(v, depth) {
			if (typeof v !== "object" || v === null) return typeof v + ":" + String(v);
			if (depth > 3) return "...";
			const out = [Object.prototype.toString.call(v), Object.getPrototypeOf(v) === Object.prototype,
				Array.isArray(v) ? "len=" + v.length : "", Object.isExtensible(v)];
			for (const k of Reflect.ownKeys(v)) {
				const d = Object.getOwnPropertyDescriptor(v, k);
				out.push(String(k) + "=" + [d.writable, d.enumerable, d.configurable].join() + ":" + describe(d.value, depth + 1));
			}
			if (v instanceof Map) for (const [k, x] of v) out.push("entry " + describe(k, depth + 1) + "=>" + describe(x, depth + 1));
			return "{" + out.join(" ") + "}";
		}
		function afterChange(v) {
			if (typeof v !== "object" || v === null) return "";
			v.added = 1; v[0] = "zero"; delete v.a; v.b = "set";
			if (Array.isArray(v)) { v.push("pushed"); v.length = 2; }
			let json; try { json = JSON.stringify(v) } catch (e) { json = String(e) }
			return describe(v, 0) + " " + json + " " + Object.keys(v) + " " + ("b" in v) + " " + v.hasOwnProperty("a");
		}`); err != nil {
		t.Fatal(err)
	}
	describe, _ := goja.AssertFunction(rt.Get("describe"))
	afterChange, _ := goja.AssertFunction(rt.Get("afterChange"))
	cases := []string{
		`({ a: 1, b: "two", c: [3, 4], d: { e: null } })`,
		`({ 2: "two", a: 1, 1: "one", "01": 0, "-1": -1, 4294967295: "big", ["__proto__"]: { p: 1 } })`,
		`({ "é": "accent", "🙂": "emoji" })`, // a lone surrogate in a key survives only the fast path
		`[1, "two", { three: 3 }, [4], null, undefined]`,
		`(() => { const a = [1, 2, 3]; a.extra = "x"; return a })()`,
		`(() => { const a = [1, 2]; a.push(a); return a })()`,
		`(() => { const o = { a: 1 }; o.self = o; o.list = [o, o]; return o })()`,
		`[]`, `({})`,
		`new Map([[1, "a"], ["b", { c: 2 }]])`,
		`(() => { const o = {}; for (let i = 0; i < 40; i++) o["k" + i] = i; return o })()`,
		`[new Date(0), new Date(NaN), /x/g]`,
	}
	for _, src := range cases {
		var got [2]string
		for i, on := range [2]bool{true, false} {
			v, err := rt.RunString(src)
			if err != nil {
				t.Fatalf("%s: %v", src, err)
			}
			m, err := c.Serialize(v)
			if err != nil {
				t.Fatalf("%s: %v", src, err)
			}
			c.fast = on && fast.ok
			clone, err := c.Deserialize(m)
			c.fast = fast.ok
			if err != nil {
				t.Fatalf("%s: %v", src, err)
			}
			d, err := describe(nil, clone, rt.ToValue(0))
			if err != nil {
				t.Fatalf("%s: %v", src, err)
			}
			a, err := afterChange(nil, clone)
			if err != nil {
				t.Fatalf("%s: %v", src, err)
			}
			got[i] = d.String() + "\n" + a.String()
		}
		if got[0] != got[1] {
			t.Errorf("%s:\nfast:   %s\npublic: %s", src, got[0], got[1])
		}
	}
}

// TestNestedCollections pins collections inside collections, whose deserialization shares the
// argument slice of the built-ins.
func TestNestedCollections(t *testing.T) {
	rt, _ := newTestRuntime(t, Options{})
	v, err := rt.RunString(`
		const inner = new Map([["ik", new Set([1, new Map([[2, 3]])])]]);
		const outer = new Map([[new Map([["k", "v"]]), inner], ["x", new Set([inner, "y"])]]);
		const c = structuredClone(outer);
		const [k0, v0] = [...c][0];
		[k0.get("k"), v0.get("ik").size, [...[...v0.get("ik")][1]][0].join(), [...c.get("x")][0] === v0, [...c.get("x")][1]].join("|")`)
	if err != nil {
		t.Fatal(err)
	}
	if got := v.String(); got != "v|2|2,3|true|y" {
		t.Errorf("got %s", got)
	}
}

// TestClonedDates: a cloned Date, a copy of the Cloner's model (dates.go), is a Date of its own
// whatever the time value, the model and the other clones untouched by what is done to it.
func TestClonedDates(t *testing.T) {
	rt, c := newTestRuntime(t, Options{})
	rt.Set("structuredClone", c.structuredClone)
	v, err := rt.RunString(`
		const src = [new Date(0), new Date(1755216000000), new Date(-1), new Date(8.64e15), new Date(-8.64e15),
			new Date(NaN), new Date(1.5)];
		const a = structuredClone(src), b = structuredClone(src);
		const out = [];
		for (let i = 0; i < src.length; i++) {
			const x = a[i];
			out.push(x instanceof Date, Object.prototype.toString.call(x), Object.is(x.getTime(), src[i].getTime()),
				x !== src[i], x !== b[i], Object.keys(x).length, Object.getPrototypeOf(x) === Date.prototype);
			x.extra = i;
			x.setTime(12345);
			out.push(b[i].extra === undefined, Object.is(b[i].getTime(), src[i].getTime()), x.getTime() === 12345,
				Object.keys(x).join());
		}
		const m = structuredClone({ d: new Date(5) });
		out.push(m.d.getTime(), Object.keys(m.d).length, String(new Date(-1).toISOString() === structuredClone(new Date(-1)).toISOString()));
		JSON.stringify(out);
	`)
	if err != nil {
		t.Fatal(err)
	}
	var want []any
	for range 7 {
		want = append(want, true, "[object Date]", true, true, true, 0, true, true, true, true, "extra")
	}
	want = append(want, 5, 0, "true")
	wantJSON, _ := json.Marshal(want)
	if got := v.String(); got != string(wantJSON) {
		t.Errorf("got  %s\nwant %s", got, wantJSON)
	}
}

// TestLargeMapsCloned: a Map or Set of more than 8 entries, whose hash table the deserializer
// sizes at once (presize), keeps its entries, their order and lookups, and grows as any.
func TestLargeMapsCloned(t *testing.T) {
	rt, c := newTestRuntime(t, Options{})
	c.ready()
	if c.fast && fast.omHashT == nil {
		t.Error("goja's layout changed: cloned Maps grow their hash table step by step (presize)")
	}
	rt.Set("structuredClone", c.structuredClone)
	jsHolds(t, rt, `
		const keys = [NaN, -0, "a", 1.5, true, null, undefined, 10n];
		for (let i = 0; i < 500; i++) keys.push(i + 1, "k" + i, { i });
		const m = new Map(keys.map((k, i) => [k, i])), s = new Set(keys);
		const [cm, cs] = structuredClone([m, s]);
		let ok = cm.size === m.size && cs.size === s.size && cm.get(NaN) === 0 && cm.get(0) === 1 && cs.has(NaN) && cs.has(0);
		const mk = [...cm.keys()], sk = [...cs];
		for (let i = 0; i < keys.length; i++) {
			const k = keys[i];
			if (typeof k === "object" && k !== null) {
				ok = ok && mk[i].i === k.i && sk[i].i === k.i && cm.get(mk[i]) === i && cs.has(sk[i]);
			} else {
				ok = ok && Object.is(mk[i], k === 0 && Object.is(k, -0) ? 0 : k) && cm.get(k) === i && cs.has(k);
			}
		}
		for (let i = 0; i < 2000; i++) { cm.set("n" + i, i); cs.add("n" + i); }
		for (let i = 0; i < 500; i++) { cm.delete(i); cs.delete("k" + i); }
		ok && cm.size === keys.length + 2000 - 500 && cs.size === keys.length + 2000 - 500 && cm.get("n1999") === 1999 &&
			!cm.has(499) && cs.has(499) && !cs.has("k3") && m.size === keys.length;
	`, "a large Map or Set did not clone as it is")
}

// TestSharedKeysCloned: structuredClone's keys go through the serializer's cache of shared keys
// (sharedKey); many keys, colliding in the cache, empty, integer-like and non-ASCII keys, keys
// built at run time and repeated across objects all come back in order.
func TestSharedKeysCloned(t *testing.T) {
	rt, c := newTestRuntime(t, Options{})
	rt.Set("structuredClone", c.structuredClone)
	jsHolds(t, rt, `
		const mk = (n, salt) => {
			const o = {};
			for (let i = 0; i < n; i++) o[i % 7 === 0 ? String(i) : "k" + i + salt] = i;
			o[""] = "empty"; o["\u00e9t\u00e9"] = 1; o["\ud800x"] = 2; o.last = salt;
			return o;
		};
		const src = { a: mk(300, ""), b: [mk(50, "x"), mk(50, "x"), mk(70, "")], c: { a: 1, b: { a: 2, c: 3 } } };
		let ok = true;
		for (let round = 0; round < 3; round++) {
			const cl = structuredClone(src);
			const same = (x, y) => {
				const kx = Object.keys(x), ky = Object.keys(y);
				if (kx.length !== ky.length) return false;
				for (let i = 0; i < kx.length; i++) {
					if (kx[i] !== ky[i]) return false;
					const vx = x[kx[i]], vy = y[ky[i]];
					if (typeof vx === "object" && vx !== null ? !same(vx, vy) : vx !== vy) return false;
				}
				return true;
			};
			ok = ok && same(src, cl) && cl !== src && cl.b[0] !== cl.b[1];
		}
		ok;
	`, "keys did not come back as they were")
}

// TestClonedModels: cloned ordinary objects of more than 8 properties and cloned arrays, copies
// of the Cloner's models (models.go), are objects of their own: what is done to one changes
// neither the source, nor another clone, nor the next clones.
func TestClonedModels(t *testing.T) {
	rt, c := newTestRuntime(t, Options{})
	rt.Set("structuredClone", c.structuredClone)
	// The same steps on structuredClone's copies and on copies made by hand, which must look alike.
	v, err := rt.RunString(`
		const big = {};
		for (let i = 0; i < 12; i++) big["p" + i] = i;
		big[7] = "seven";
		const src = { big, arr: [1, "two", { x: 3 }], empty: [], withProps: Object.assign([1, 2], { extra: "e" }) };
		const kinds = ["big", "arr", "empty", "withProps"];
		let kept;
		const steps = (clone, weak) => {
			const out = [];
			const see = (x) => out.push(Array.isArray(x), Object.getPrototypeOf(x) === (Array.isArray(x) ? Array.prototype : Object.prototype),
				Object.keys(x).join(), Object.getOwnPropertyNames(x).join(), JSON.stringify(x), Object.isExtensible(x));
			const a = clone(src), b = clone(src);
			for (const k of kinds) see(a[k]);
			a.big.q = 1; delete a.big.p0; a.big[1] = 1;
			a.arr.push(4); a.arr.y = 5; a.arr.length = 1; a.empty[3] = 3; a.withProps.extra2 = 1; delete a.withProps.extra;
			Object.defineProperty(a.empty, "length", { writable: false });
			for (const k of kinds) { see(a[k]); see(b[k]); see(src[k]); }
			const c2 = clone(src);
			for (const k of kinds) see(c2[k]);
			out.push(JSON.stringify(Object.getOwnPropertyDescriptor(a.empty, "length")), JSON.stringify(Object.getOwnPropertyDescriptor(c2.empty, "length")));
			out.push(...weak(a, b));
			return JSON.stringify(out);
		};
		const copy = (x) => { const y = Array.isArray(x) ? [] : {}; for (const k of Object.keys(x)) y[k] = x[k] && typeof x[k] === "object" ? copy(x[k]) : x[k]; return y; };
		const cloned = steps(structuredClone, (a, b) => {
			kept = a;
			// Weak keys work on the copies.
			const wm = new WeakMap([[a.big, 1], [a.arr, 2], [structuredClone(new Date(3)), 3], [structuredClone({}), 4]]);
			return [wm.get(a.big), wm.get(a.arr), wm.has(b.big)];
		});
		const byHand = steps(copy, () => [1, 2, false]);
		cloned === byHand || "got  " + cloned + "\nwant " + byHand;
	`)
	if err != nil {
		t.Fatal(err)
	}
	if v.ExportType().Kind() == reflect.String {
		t.Error(v.String())
	}
	runtime.GC()
	runtime.GC()
	if _, err := rt.RunString(`for (let i = 0; i < 1000; i++) new WeakMap().set(structuredClone({ i }), i); kept.big.p1`); err != nil {
		t.Fatal(err)
	}
	runtime.GC()
}

// jsHolds runs src, a script whose completion value says whether what it checks holds, and
// fails the test with failure when it does not.
func jsHolds(t *testing.T, rt *goja.Runtime, src, failure string) {
	t.Helper()
	v, err := rt.RunString(src)
	if err != nil {
		t.Fatal(err)
	}
	if !v.ToBoolean() {
		t.Error(failure)
	}
}
