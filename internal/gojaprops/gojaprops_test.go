package gojaprops

import (
	"runtime"
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
