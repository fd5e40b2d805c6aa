package events_test

import (
	"testing"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/events"
)

// BenchmarkNew is the start-up cost of the realm: events.New and InstallGlobals on a
// fresh runtime. The runtime is made outside the timer, with the globals the realm reads
// already built, as the builtins have them when the worker makes its realm.
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		rt := goja.New()
		for _, name := range []string{"Object", "Error", "TypeError", "Function", "Reflect"} {
			if o, ok := rt.Get(name).(*goja.Object); ok {
				o.Keys()
				if p, ok := o.Get("prototype").(*goja.Object); ok {
					p.Keys()
				}
			}
		}
		b.StartTimer()
		r := events.New(rt, events.Env{TargetThis: true, ToStringTag: true})
		r.InstallGlobals()
	}
}
