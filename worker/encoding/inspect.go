package encoding

import (
	"strings"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/inspect"
)

// registerInspect makes console.log show a TextEncoder or TextDecoder with
// its getters' values, as workerd does.
func (s *state) registerInspect() {
	prev := inspect.Custom(s.rt)
	inspect.RegisterCustom(s.rt, func(o *goja.Object, opts inspect.Options, recurse func(goja.Value) string) (string, bool) {
		if s.encoders.Get(o) != nil {
			return braces("TextEncoder {", []string{"encoding: " + recurse(s.rt.ToValue("utf-8"))}), true
		}
		if t := s.decoders.Get(o); t != nil {
			return braces("TextDecoder {", []string{
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

// braces joins entries the way Node's util.inspect does for an object
// whose entries are known: on one line when they fit in its break length
// of 80 columns (its reduceToSingleString), one per line otherwise.
func braces(open string, entries []string) string {
	if len(entries) == 0 {
		return open + "}"
	}
	total := len(entries) + len(entries) + len(open) + 10
	multi := false
	for _, e := range entries {
		total += len(e)
		if strings.Contains(e, "\n") {
			multi = true
		}
	}
	if !multi && total <= 80 {
		return open + " " + strings.Join(entries, ", ") + " }"
	}
	return open + "\n  " + strings.Join(entries, ",\n  ") + "\n}"
}
