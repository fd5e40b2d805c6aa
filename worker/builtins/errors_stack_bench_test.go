package builtins

import (
	"testing"

	"github.com/dop251/goja"
)

// Throwing and catching errors in a hot loop, and reading their stacks,
// beside the same loops on a bare goja runtime (goja's own stacks): the
// cost of V8-shaped stacks on every constructed error.
//
//	go test -bench Error -run XXX ./worker/builtins/

const (
	benchThrowCatch = `function f() { throw new Error('x') } for (let i = 0; i < 100; i++) { try { f() } catch (e) {} }`
	benchStack      = `function g() { return new Error('x') } for (let i = 0; i < 100; i++) { g().stack }`
)

func benchGoja(b *testing.B, src string) {
	rt := goja.New()
	prg := goja.MustCompile("bench.js", src, false)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := rt.RunProgram(prg); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkErrorThrowCatch(b *testing.B)     { benchJS(b, benchThrowCatch) }
func BenchmarkErrorThrowCatchGoja(b *testing.B) { benchGoja(b, benchThrowCatch) }
func BenchmarkErrorStack(b *testing.B)          { benchJS(b, benchStack) }
func BenchmarkErrorStackGoja(b *testing.B)      { benchGoja(b, benchStack) }
