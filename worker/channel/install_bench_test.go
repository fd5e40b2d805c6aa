package channel_test

import (
	"testing"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/channel"
	"github.com/mcrepl/mcrepl/worker/events"
)

// BenchmarkInstall is the start-up cost of the channel: Install and Expose on a fresh
// realm (the runtime and the realm are made outside the timer).
func BenchmarkInstall(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		r := events.New(goja.New(), events.Env{TargetThis: true, ToStringTag: true})
		r.InstallGlobals()
		b.StartTimer()
		c := channel.Install(channel.Env{Realm: r})
		c.Expose(r.ScopeProto)
	}
}
