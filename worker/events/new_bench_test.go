package events_test

import (
	"testing"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/events"
)

// BenchmarkNew is the start-up cost of the realm: events.New and InstallGlobals on a
// fresh runtime (the runtime is made outside the timer).
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		rt := goja.New()
		b.StartTimer()
		r := events.New(rt, events.Env{TargetThis: true, ToStringTag: true})
		r.InstallGlobals()
	}
}
