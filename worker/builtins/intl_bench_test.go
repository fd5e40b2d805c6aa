package builtins

import (
	"testing"

	"github.com/dop251/goja"
)

// BenchmarkIntlBuild is what a script's first use of Intl costs: the
// namespace with every constructor (no locale data is parsed until a
// constructor needs it).
func BenchmarkIntlBuild(b *testing.B) {
	for b.Loop() {
		rt := goja.New()
		Install(rt)
		newInstaller(rt).intlGlobal()
	}
}

// BenchmarkSegmenterWords segments a paragraph into words.
func BenchmarkSegmenterWords(b *testing.B) {
	rt, _, _ := newTestRuntime(b)
	v, err := rt.RunString(`(() => { const s = new Intl.Segmenter('en', { granularity: 'word' }); const t = "Don't stop. It's 3.14 now! Mr. Smith went to Washington. ".repeat(20); return () => [...s.segment(t)].length })()`)
	if err != nil {
		b.Fatal(err)
	}
	f, _ := goja.AssertFunction(v)
	for b.Loop() {
		if _, err := f(goja.Undefined()); err != nil {
			b.Fatal(err)
		}
	}
}
