package loader

import (
	"context"
	"strings"
	"testing"

	"github.com/mcrepl/mcrepl/worker"
)

// TestLowerClassic runs classic scripts with syntax goja cannot compile,
// which esbuild lowers, and checks their output and that positions still
// point at the user's text.
func TestLowerClassic(t *testing.T) {
	for _, c := range []struct{ name, src, out, err string }{
		{"async generator and for await", `async function* gen() { yield 1; yield 2 }
(async () => { const xs = []; for await (const x of gen()) xs.push(x); console.log(xs.join()) })();`, "1,2\n", ""},
		{"using", `{ using r = { [Symbol.dispose]() { console.log('disposed') } }; console.log('in') }`, "in\ndisposed\n", ""},
		{"position of an error after lowering", `async function* gen() { yield 1 }
var top = 1;
undefinedName;`, "", "Uncaught ReferenceError: undefinedName is not defined\n    at lower.js:3:1\n"},
		{"top-level declarations stay global", `async function* g() {}
var v = 1; console.log(typeof globalThis.g, globalThis.v)`, "function 1\n", ""},
		// esbuild's helpers and temporaries are no globals (V8 has none);
		// a var the user names as esbuild would is still one.
		{"esbuild's helpers are not globals", `async function* g() { yield 1 }
class K { static #p = 2; static get p() { return K.#p } }
var __mine = 3;
(async () => { for await (const x of g()) console.log(x, K.p);
console.log(Object.keys(globalThis).filter((k) => k.startsWith('_')).join() || 'none', typeof __await) })();`, "1 2\n__mine undefined\n", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			prg, serr := compileClassic("lower.js", c.src)
			if serr != nil {
				t.Fatal(serr)
			}
			var out, errw strings.Builder
			w, err := worker.New(worker.Config{Stdout: &out, Stderr: &errw})
			if err != nil {
				t.Fatal(err)
			}
			defer w.Close()
			p := &Program{name: "lower.js", kind: Classic, prg: prg, src: c.src}
			_ = p.Run(context.Background(), w)
			if out.String() != c.out || errw.String() != c.err {
				t.Errorf("got %q, %q; want %q, %q", out.String(), errw.String(), c.out, c.err)
			}
		})
	}
}

// TestLowerKeepsSyntaxErrors checks that a script esbuild cannot lower
// either keeps goja's syntax error.
func TestLowerKeepsSyntaxErrors(t *testing.T) {
	if _, serr := compileClassic("bad.js", "let = = 1"); serr == nil || serr.Line != 1 {
		t.Fatalf("got %v, want goja's SyntaxError at line 1", serr)
	}
}
