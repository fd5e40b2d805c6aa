package events

import (
	"testing"

	"github.com/dop251/goja"
)

// TestThrowTypeErrorKeepsPercent: a message is thrown as it is, never read
// as a format (goja's NewTypeError formats its first argument: a URL's
// "%20" became "%!(NOVERB)").
func TestThrowTypeErrorKeepsPercent(t *testing.T) {
	rt := goja.New()
	r := New(rt, Env{})
	_ = rt.Set("boom", r.Func("boom", 0, func(goja.FunctionCall) goja.Value {
		r.ThrowTypeError("cannot load data:,hi%20there (100%s)")
		return nil
	}))
	v, err := rt.RunString(`try { boom() } catch (e) { e.message }`)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := v.String(), "cannot load data:,hi%20there (100%s)"; got != want {
		t.Errorf("message %q, want %q", got, want)
	}
}
