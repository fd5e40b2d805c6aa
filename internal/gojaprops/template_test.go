package gojaprops

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"
)

// TestCopyTemplate: a factory replaced in a copy runs when the global is
// first made, once, and the global is then the value goja made; a copy is
// installed only over the template it was made of.
func TestCopyTemplate(t *testing.T) {
	rt := goja.New()
	tmpl, ok := CopyTemplate(rt.GlobalObject())
	if !ok {
		t.Skip("goja's layout is not the one expected (Available reports it)")
	}
	orig := tmpl.Props["Set"]
	if orig == nil {
		t.Fatal("the template has no factory for Set")
	}
	calls := 0
	tmpl.Props[unistring.String("Set")] = func(r *goja.Runtime) goja.Value {
		calls++
		return orig(r)
	}
	if !tmpl.Install(rt.GlobalObject()) {
		t.Fatal("Install refused the global it was copied from")
	}
	if calls != 0 {
		t.Fatalf("the factory ran %d times before anything read Set", calls)
	}
	v, err := rt.RunString(`[typeof Set, new Set([1, 2]).size, Object.getOwnPropertyDescriptor(globalThis, "Set").writable, Object.keys(globalThis).length]`)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := goja.New().RunString(`[typeof Set, new Set([1, 2]).size, Object.getOwnPropertyDescriptor(globalThis, "Set").writable, Object.keys(globalThis).length]`)
	if got, w := v.String(), want.String(); got != w {
		t.Errorf("with the copy: %s, without: %s", got, w)
	}
	if calls != 1 {
		t.Errorf("the factory ran %d times, want once", calls)
	}
	if tmpl.Install(goja.New().GlobalObject()) != true {
		t.Error("Install refused a fresh runtime's global (the same goja template)")
	}
	other := goja.New()
	again, _ := CopyTemplate(other.GlobalObject())
	again.Install(other.GlobalObject())
	if tmpl.Install(other.GlobalObject()) {
		t.Error("Install replaced a template that is no longer the one it was copied from")
	}
}
