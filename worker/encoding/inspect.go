package encoding

import (
	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/inspect"
)

// registerInspect makes console.log show a TextEncoder or TextDecoder with
// its getters' values, as workerd does.
func (s *state) registerInspect() {
	prev := inspect.Custom(s.rt)
	inspect.RegisterCustom(s.rt, func(o *goja.Object, opts inspect.Options, recurse func(goja.Value) string) (string, bool) {
		if s.encoders.Get(o) != nil {
			return inspect.Braces("TextEncoder {", []string{"encoding: " + recurse(s.rt.ToValue("utf-8"))}), true
		}
		if t := s.decoders.Get(o); t != nil {
			return inspect.Braces("TextDecoder {", []string{
				"encoding: " + recurse(s.rt.ToValue(t.d.name)),
				"fatal: " + recurse(s.rt.ToValue(t.d.fatal)),
				"ignoreBOM: " + recurse(s.rt.ToValue(t.d.ignoreBOM)),
			}), true
		}
		if prev != nil {
			return prev(o, opts, recurse)
		}
		return "", false
	})
}
