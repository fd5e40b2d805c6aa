package builtins

import (
	"strings"

	"github.com/dop251/goja"
)

// installDate makes Date.prototype.toString and toTimeString name the UTC
// zone as V8 does, from ICU's long name: "GMT+0000 (Coordinated Universal
// Time)", where goja writes Go's abbreviation "(UTC)". UTC is the zone of
// every Worker on Cloudflare and of workerd without TZ; other zones keep
// Go's abbreviation (docs/differences.md). toISOString writes a year
// outside 0-9999 with six digits and its sign (+010000, -000001), as the
// language says, where goja writes as few as it needs (+10000, -0001);
// toJSON calls it.
func (b *installer) installDate() {
	p := b.proto("Date")
	if p == nil {
		return
	}
	if orig, ok := goja.AssertFunction(p.Get("toISOString")); ok {
		b.method(p, "toISOString", 0, func(call goja.FunctionCall) goja.Value {
			v, err := orig(call.This, call.Arguments...)
			if err != nil {
				panic(err)
			}
			if s := v.String(); extendedYear(s) {
				return b.rt.ToValue(padYear(s))
			}
			return v
		})
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

// extendedYear reports whether s, an ISO string of goja's, has a signed
// (extended) year.
func extendedYear(s string) bool { return len(s) > 0 && (s[0] == '+' || s[0] == '-') }

// padYear pads the signed year of s to six digits.
func padYear(s string) string {
	end := strings.IndexByte(s[1:], '-') + 1
	if end <= 0 || end-1 >= 6 {
		return s
	}
	return s[:1] + strings.Repeat("0", 6-(end-1)) + s[1:]
}
