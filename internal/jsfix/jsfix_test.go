package jsfix

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/dop251/goja/ast"
)

// run compiles src with Compile (or goja.Compile when plain) and returns
// the value of its last expression as a string.
func run(t *testing.T, src string, plain bool) string {
	t.Helper()
	var prg *goja.Program
	var err error
	if plain {
		prg, err = goja.Compile("t.js", src, false)
	} else {
		prg, err = Compile("t.js", src, false)
	}
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	v, err := goja.New().RunProgram(prg)
	if err != nil {
		t.Fatalf("run: %v", err)
	}
	return v.String()
}

func TestExtraArgumentsDoNotReachVars(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"captured param", `function f(a){ var e; return () => a + e } String(f(1, 2)())`, "NaN"},
		{"nullish assign", `function n(a){ var e; e ??= 'default'; return () => a + e } n(1, 2)()`, "1default"},
		{"strict arguments", `function p(a){ 'use strict'; var e; return () => [a, e, arguments.length] } String(p(1, 2)())`, "1,,2"},
		{"destructuring var", `function d(a){ var {x, y: [z]} = {x: 1, y: [2]}, w; return () => a + w } String(d(1, 2)())`, "NaN"},
		{"for var", `function g(a){ for (var i in {}) ; return () => [a, i] } String(g(1, 'x')()[1])`, "undefined"},
		{"function declaration kept", `function h(a){ var g; function g(){ return 'fn' } return () => a + g() } h(1, 2)()`, "1fn"},
		{"param redeclared kept", `function k(a){ var a; return () => a } k(7, 8)()`, "7"},
		{"var after use", `function m(a){ const r = () => [a, typeof v]; var v = 3; return r } m(1, 2)()[1]`, "number"},
		{"nested", `function o(a){ return function (b){ var c; return () => a + b + c } } String(o(1)(2, 3)())`, "NaN"},
		{"method", `const obj = { m(a){ var e; return () => [a, e] } }; String(obj.m(1, 2)()[1])`, "undefined"},
		{"class method", `class C { m(a){ var e; return () => [a, e] } } String(new C().m(1, 2)()[1])`, "undefined"},
		{"eval", `function q(a){ var e; return eval('e') } String(q(1, 2))`, "undefined"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := run(t, c.src, false); got != c.want {
				t.Errorf("%s = %q, want %q", c.src, got, c.want)
			}
		})
	}
	// The bug is goja's: if a goja update fixes it, this says so (and the
	// package can go).
	if got := run(t, cases[0].src, true); got == "NaN" {
		t.Logf("goja.Compile no longer shows the bug (f(1, 2)() is NaN): jsfix may be unneeded")
	}
}

func TestFixOnceAfterDirectives(t *testing.T) {
	// A function in a var initializer is reached through the body and the
	// DeclarationList: fixed once, it runs its inserted statement once.
	src := `var outer = function (a) { var e; return () => [a, e] }; String(outer(1, 2)()[1])`
	if got := run(t, src, false); got != "undefined" {
		t.Fatalf("got %q", got)
	}
	prg, err := goja.Parse("t.js", `function f(a){ 'use strict'; var e, g; return () => a }`)
	if err != nil {
		t.Fatal(err)
	}
	Fix(prg)
	body := prg.Body[0].(*ast.FunctionDeclaration).Function.Body.List
	if len(body) != 5 { // directive, e = void 0, g = void 0, var, return
		t.Fatalf("got %d statements, want 5: the directive, two inits, var, return", len(body))
	}
	if es, ok := body[0].(*ast.ExpressionStatement); !ok {
		t.Fatalf("first statement %T, want the directive", body[0])
	} else if _, ok := es.Expression.(*ast.StringLiteral); !ok {
		t.Fatalf("first statement %T, want the directive", es.Expression)
	}
}

func TestErrorsAreGojas(t *testing.T) {
	_, err1 := Compile("t.js", "var x = (;", false)
	_, err2 := goja.Compile("t.js", "var x = (;", false)
	if err1 == nil || err2 == nil || err1.Error() != err2.Error() {
		t.Fatalf("errors differ: %v vs %v", err1, err2)
	}
}
