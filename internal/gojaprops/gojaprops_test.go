package gojaprops

import (
	"runtime"
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"
)

// TestAvailable fails when goja's layout is no longer the one this package
// writes: callers then fall back to the public API, which is slower.
func TestAvailable(t *testing.T) {
	if !Available() {
		t.Fatal("goja's layout changed: gojaprops is off (see learn)")
	}
}

const describe = `(o) => {
	"use strict";
	const out = [Object.getPrototypeOf(o) === P, JSON.stringify(Object.getOwnPropertyDescriptors(o)), Object.keys(o).join()];
	for (const k of Object.keys(o)) { try { o[k] = "changed"; out.push("wrote " + k) } catch (e) { out.push(e.constructor.name) } }
	Object.defineProperty(o, "b", { value: "redefined", writable: true });
	out.push(delete o.a, o.b, Object.keys(o).join(), "a" in o);
	o.late = 1;
	out.push(Object.keys(o).join(), JSON.stringify(o), Object.isFrozen(Object.freeze(o)));
	return out.join(" | ");
}`

func TestDefineReadOnlyMatchesPublicAPI(t *testing.T) {
	rt := goja.New()
	proto, _ := rt.RunString(`globalThis.P = { inherited: 1 }`)
	fn, _ := rt.RunString(describe)
	desc, _ := goja.AssertFunction(fn)
	names := []string{"a", "b", "ports", "__proto__", "é"}
	build := func(fast bool) string {
		o := rt.CreateObject(proto.(*goja.Object))
		values := []goja.Value{rt.ToValue(1), rt.ToValue("two"), rt.NewArray(), goja.Null(), goja.Undefined()}
		if fast {
			us := make([]unistring.String, len(names))
			for i, n := range names {
				us[i] = unistring.NewFromString(n)
			}
			if !DefineReadOnly(o, us, values) {
				t.Fatal("DefineReadOnly declined a fresh object")
			}
		} else {
			for i, n := range names {
				if err := o.DefineDataProperty(n, values[i], goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_TRUE); err != nil {
					t.Fatal(err)
				}
			}
		}
		runtime.GC() // the properties must be seen by the collector
		v, err := desc(nil, o)
		if err != nil {
			t.Fatal(err)
		}
		return v.String()
	}
	if got, want := build(true), build(false); got != want {
		t.Errorf("fast:   %s\npublic: %s", got, want)
	}
}

func TestDefineReadOnlyDeclines(t *testing.T) {
	rt := goja.New()
	one := []unistring.String{"a"}
	val := []goja.Value{rt.ToValue(1)}
	withProp := rt.NewObject()
	_ = withProp.Set("x", 1)
	arr := rt.NewArray()
	prox := rt.ToValue(rt.NewProxy(rt.NewObject(), &goja.ProxyTrapConfig{})).(*goja.Object)
	for name, o := range map[string]*goja.Object{"has a property": withProp, "array": arr, "proxy": prox} {
		if DefineReadOnly(o, one, val) {
			t.Errorf("%s: accepted", name)
		}
	}
	if DefineReadOnly(rt.NewObject(), []unistring.String{"a", "b"}, val) {
		t.Error("accepted names and values of different lengths")
	}
	if DefineReadOnly(rt.NewObject(), nil, nil) {
		t.Error("accepted no properties")
	}
}

// A relocated, tagged object behaves as it did where goja made it, is found by its new
// address, and survives collections; other objects are not tagged.
func TestRelocateAndTag(t *testing.T) {
	rt := goja.New()
	tag := strings.Clone("Object")
	proto, _ := rt.RunString(`globalThis.P = { inherited: 1 }`)
	type holder struct {
		state [3]int // the object is not at the start of its allocation
		obj   goja.Object
	}
	h := &holder{state: [3]int{1, 2, 3}}
	if !Relocate(&h.obj, rt.CreateObject(proto.(*goja.Object))) {
		t.Fatal("Relocate declined a fresh object")
	}
	if !Tag(&h.obj, &tag) {
		t.Fatal("Tag declined")
	}
	runtime.GC()
	fn, _ := rt.RunString(`(o) => { o.a = 1; Object.defineProperty(o, "b", { value: 2, enumerable: true }); return [o.inherited, Object.keys(o).join(), Object.prototype.toString.call(o), Object.getPrototypeOf(o) === P, (function () { return this; }).call(o) === o].join() }`)
	f, _ := goja.AssertFunction(fn)
	v, err := f(nil, &h.obj)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := v.String(), "1,a,b,[object Object],true,true"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	if !Tagged(&h.obj, &tag) {
		t.Error("the tag is lost")
	}
	if h.state != [3]int{1, 2, 3} {
		t.Errorf("the state beside the object changed: %v", h.state)
	}
	other := strings.Clone("Object")
	for name, o := range map[string]*goja.Object{"plain": rt.NewObject(), "proto": proto.(*goja.Object), "array": rt.NewArray()} {
		if Tagged(o, &tag) {
			t.Errorf("%s: tagged", name)
		}
	}
	if Tagged(&h.obj, &other) {
		t.Error("tagged with another string of the same contents")
	}
	if Relocate(&goja.Object{}, rt.NewArray()) {
		t.Error("relocated an array")
	}
}

// Own sees data properties, accessors and their getters, and Object.prototype's built-ins as
// such until code changes them.
func TestOwn(t *testing.T) {
	rt := goja.New()
	v, err := rt.RunString(`const o = { d: 1, get a() { return 2; } }; [o, Object.getOwnPropertyDescriptor(o, 'a').get, Object.prototype]`)
	if err != nil {
		t.Fatal(err)
	}
	arr := v.(*goja.Object)
	o, get, op := arr.Get("0").(*goja.Object), arr.Get("1").(*goja.Object), arr.Get("2").(*goja.Object)
	check := func(what string, obj *goja.Object, name string, want Property) {
		t.Helper()
		got, ok := Own(obj, unistring.NewFromString(name))
		if !ok || got != want {
			t.Errorf("%s: got %+v (ok %v), want %+v", what, got, ok, want)
		}
	}
	check("data", o, "d", Property{Found: true})
	check("accessor", o, "a", Property{Found: true, Accessor: true, Getter: get})
	check("missing", o, "x", Property{})
	check("built-in", op, "hasOwnProperty", Property{Builtin: true})
	if _, err := rt.RunString(`Object.prototype.hasOwnProperty; delete Object.prototype.toString; Object.defineProperty(Object.prototype, 'valueOf', { get() {} })`); err != nil {
		t.Fatal(err)
	}
	check("built-in, made", op, "hasOwnProperty", Property{Found: true})
	check("built-in, deleted", op, "toString", Property{})
	vo, _ := Own(op, "valueOf")
	if !vo.Found || !vo.Accessor || vo.Getter == nil {
		t.Errorf("redefined built-in: %+v", vo)
	}
	if _, ok := Own(rt.NewArray(), "length"); ok {
		t.Error("an array's properties are not an ordinary object's")
	}
}

// TestRename: a fresh Go function gets its name and length in place, with
// goja's attributes and key order; anything else is refused.
func TestRename(t *testing.T) {
	rt := goja.New()
	f := rt.ToValue(func(goja.FunctionCall) goja.Value { return goja.Undefined() }).(*goja.Object)
	if !Rename(f, rt.ToValue("setTimeout"), rt.ToValue(2)) {
		t.Fatal("Rename refused a fresh Go function")
	}
	v, err := rt.RunString(`(f) => [f.name, f.length, String(f), Object.getOwnPropertyNames(f).join(),
		JSON.stringify(Object.getOwnPropertyDescriptor(f, "name")), JSON.stringify(Object.getOwnPropertyDescriptor(f, "length"))].join("|")`)
	if err != nil {
		t.Fatal(err)
	}
	show, _ := goja.AssertFunction(v)
	got, err := show(goja.Undefined(), f)
	if err != nil {
		t.Fatal(err)
	}
	want := `setTimeout|2|function setTimeout() { [native code] }|length,name|` +
		`{"value":"setTimeout","writable":false,"enumerable":false,"configurable":true}|` +
		`{"value":2,"writable":false,"enumerable":false,"configurable":true}`
	if got.String() != want {
		t.Errorf("after Rename:\n got %s\nwant %s", got, want)
	}
	// Not a fresh Go function: a JavaScript one, a plain object, one whose name was redefined.
	js, _ := rt.RunString(`(function js() {})`)
	redefined := rt.ToValue(func(goja.FunctionCall) goja.Value { return nil }).(*goja.Object)
	if err := redefined.DefineDataProperty("name", rt.ToValue("x"), goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE); err != nil {
		t.Fatal(err)
	}
	for _, o := range []*goja.Object{js.(*goja.Object), rt.NewObject(), redefined} {
		if Rename(o, rt.ToValue("y"), rt.ToValue(0)) {
			t.Errorf("Rename changed %v", o)
		}
	}
}

// TestUntagged: an ordinary object is untagged until Tag marks it; other objects never are.
func TestUntagged(t *testing.T) {
	rt := goja.New()
	o := rt.NewObject()
	if !Untagged(o) {
		t.Fatal("a fresh ordinary object is not untagged")
	}
	tag := strings.Clone("Object")
	if !Tag(o, &tag) || Untagged(o) {
		t.Error("a tagged object still counts as untagged")
	}
	arr := rt.NewArray()
	if Untagged(arr) || Untagged(nil) {
		t.Error("an array (or nil) counts as an untagged ordinary object")
	}
}

// TestTrampolines: Func and Constructor make host functions that call what
// they are given, every one through the same code (goja names them after
// it, which is the point: one lookup in the function table for all).
func TestTrampolines(t *testing.T) {
	rt := goja.New()
	f1 := Func(rt, func(goja.FunctionCall) goja.Value { return rt.ToValue(1) })
	f2 := Func(rt, func(call goja.FunctionCall) goja.Value { return call.Argument(0) })
	c1 := Constructor(rt, func(call goja.ConstructorCall) *goja.Object {
		call.This.Set("made", 1)
		return nil
	})
	c2 := Constructor(rt, func(goja.ConstructorCall) *goja.Object { return rt.NewObject() })
	rt.Set("f1", f1)
	rt.Set("f2", f2)
	rt.Set("C1", c1)
	v, err := rt.RunString(`[f1(), f2("x"), new C1().made].join()`)
	if err != nil || v.String() != "1,x,1" {
		t.Fatalf("calls = %v, %v; want 1,x,1", v, err)
	}
	if a, b := f1.Get("name").String(), f2.Get("name").String(); a != b {
		t.Errorf("Func names %q and %q: want one trampoline", a, b)
	}
	if a, b := c1.Get("name").String(), c2.Get("name").String(); a != b {
		t.Errorf("Constructor names %q and %q: want one trampoline", a, b)
	}
}
