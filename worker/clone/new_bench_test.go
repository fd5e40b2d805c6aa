package clone

import (
	"testing"

	"github.com/dop251/goja"
)

// BenchmarkNew is what a Cloner adds to an isolate's start-up: capturing the built-ins (the
// learning of goja's internals waits for the first clone).
func BenchmarkNew(b *testing.B) {
	rt := goja.New()
	b.ReportAllocs()
	for b.Loop() {
		New(rt, Hooks{}, Options{})
	}
}
