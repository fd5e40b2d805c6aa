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

// BenchmarkInstallErrorStacks is the share of Install that replaces the
// error constructors (installErrorStacks), on a runtime with the rest
// installed.
func BenchmarkInstallErrorStacks(b *testing.B) {
	for b.Loop() {
		b.StopTimer()
		rt := goja.New()
		in := newInstaller(rt)
		b.StartTimer()
		in.installErrorStacks()
	}
}
