package builtins

import (
	"testing"

	"github.com/dop251/goja"
)

// TestIsStackGetter: the getter of a constructed error's stack and of
// Error.captureStackTrace's is mcrepl's; a script's getter, bound or not,
// and a builtin are not.
func TestIsStackGetter(t *testing.T) {
	rt, _, _ := newTestRuntime(t)
	for src, want := range map[string]bool{
		`Object.getOwnPropertyDescriptor(new TypeError('x'), 'stack').get`:                                               true,
		`(() => { const o = {}; Error.captureStackTrace(o); return Object.getOwnPropertyDescriptor(o, 'stack').get })()`: true,
		`(function () { return 1 })`:                                              false,
		`(function () { return 1 }).bind(null)`:                                   false,
		`Object.getOwnPropertyDescriptor(new Error('x'), 'stack').get.bind(null)`: false,
		`Object.getOwnPropertyDescriptor(new Error('x'), 'stack').set`:            false,
		`Object.keys`: false,
	} {
		v, err := rt.RunString(src)
		if err != nil {
			t.Fatal(err)
		}
		if got := IsStackGetter(v); got != want {
			t.Errorf("IsStackGetter(%s) = %v, want %v", src, got, want)
		}
	}
	if IsStackGetter(goja.Undefined()) {
		t.Error("IsStackGetter(undefined) = true")
	}
}
