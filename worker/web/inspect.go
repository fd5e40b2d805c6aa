package web

import (
	"strings"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/inspect"
)

// registerInspect makes console.log show performance and navigator as
// workerd does: performance's getters with their values, and navigator's
// languages with the [length] that V8 shows for an array made in C++.
func (s *state) registerInspect() {
	prev := inspect.Custom(s.rt)
	inspect.RegisterCustom(s.rt, func(o *goja.Object, opts inspect.Options, recurse func(goja.Value) string) (string, bool) {
		num := func(n int) string { return recurse(s.rt.ToValue(n)) }
		switch o {
		case s.performance:
			entries := []string{"timeOrigin: " + num(0)}
			if perfClasses(s.env.Flags) {
				// workerd lists nodeTiming's getters from the most derived
				// class up, hence the order.
				var timing []string
				for _, k := range []string{"idleTime", "loopExit", "loopStart", "environment", "bootstrapComplete", "v8Start", "nodeStart"} {
					timing = append(timing, k+": "+num(0))
				}
				timing = append([]string{"uvMetricsInfo: { loopCount: 0, events: 0, eventsWaiting: 0 }"}, timing...)
				timing = append(timing, "name: "+recurse(s.rt.ToValue("node")), "entryType: "+recurse(s.rt.ToValue("node")),
					"startTime: "+num(0), "duration: "+num(0))
				entries = append(entries, "eventCounts: EventCounts(0) {}",
					"nodeTiming: "+strings.ReplaceAll(inspect.Braces("PerformanceNodeTiming {", timing), "\n", "\n  "))
			}
			return inspect.Braces("Performance {", entries), true
		case s.navigator:
			var entries []string
			for _, k := range s.navigator.Keys() {
				v := s.navigator.Get(k)
				if k == "languages" {
					if a, ok := v.(*goja.Object); ok {
						n := int(a.Get("length").ToInteger())
						var items []string
						for i := 0; i < n; i++ {
							items = append(items, recurse(a.Get(itoa(i))))
						}
						items = append(items, "[length]: "+num(n))
						entries = append(entries, k+": [ "+strings.Join(items, ", ")+" ]")
						continue
					}
				}
				entries = append(entries, k+": "+recurse(v))
			}
			return inspect.Braces("Navigator {", entries), true
		}
		if prev != nil {
			return prev(o, opts, recurse)
		}
		return "", false
	})
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
