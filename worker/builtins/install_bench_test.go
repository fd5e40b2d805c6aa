package builtins

import (
	"testing"

	"github.com/dop251/goja"
)

// BenchmarkInstall is what the builtins add to every isolate's start-up.
func BenchmarkInstall(b *testing.B) {
	for b.Loop() {
		rt := goja.New()
		Install(rt)
	}
}

// BenchmarkNewRuntime is goja.New alone, for comparison.
func BenchmarkNewRuntime(b *testing.B) {
	for b.Loop() {
		goja.New()
	}
}
