package clone

import (
	"testing"

	"github.com/dop251/goja"
)

// BenchmarkNew is what a Cloner adds to an isolate's start-up: capturing the built-ins (the
// learning of goja's internals waits for the first clone). The runtime is reused, so goja's
// built-ins that capturing makes are made once; BenchmarkNewFresh makes a runtime for each.
func BenchmarkNew(b *testing.B) {
	rt := goja.New()
	b.ReportAllocs()
	for b.Loop() {
		New(rt, Hooks{}, Options{})
	}
}

// BenchmarkNewFresh is BenchmarkNew in a fresh runtime each time, as at start-up: the cost of
// the built-ins that capturing makes is included (the runtime's own is not).
func BenchmarkNewFresh(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		rt := goja.New()
		b.StartTimer()
		New(rt, Hooks{}, Options{})
	}
}
