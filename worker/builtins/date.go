package builtins

import (
	"strings"

	"github.com/dop251/goja"
)

// installDate makes Date.prototype.toString and toTimeString name the UTC
// zone as V8 does, from ICU's long name: "GMT+0000 (Coordinated Universal
// Time)", where goja writes Go's abbreviation "(UTC)". UTC is the zone of
// every Worker on Cloudflare and of workerd without TZ; other zones keep
// Go's abbreviation (docs/differences.md).
func (b *installer) installDate() {
	p := b.proto("Date")
	if p == nil {
		return
	}
	for _, name := range [...]string{"toString", "toTimeString"} {
		orig, ok := goja.AssertFunction(p.Get(name))
		if !ok {
			continue
		}
		b.method(p, name, 0, func(call goja.FunctionCall) goja.Value {
			v, err := orig(call.This, call.Arguments...)
			if err != nil {
				panic(err)
			}
			if s := v.String(); strings.HasSuffix(s, " (UTC)") {
				return b.rt.ToValue(strings.TrimSuffix(s, "(UTC)") + "(Coordinated Universal Time)")
			}
			return v
		})
	}
}
