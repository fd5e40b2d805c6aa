package builtins

import (
	_ "embed"
	"encoding/json"
	"math"
	"strings"

	"github.com/dop251/goja"
)

// Intl.RelativeTimeFormat for the eight locales. data/relativetime.json
// holds CLDR's relative-time patterns as V8 (workerd) prints them, per
// locale, style and unit: "+one" / "-other" ... with {0} for the number,
// and "auto-1" / "auto0" / "auto1" (some locales also ±2) for numeric:
// 'auto'. It is parsed on first use.

//go:embed data/relativetime.json
var relativeTimeJSON []byte

var relativeTimeDataLazy = lazyValue[map[string]map[string]map[string]string]{f: func() map[string]map[string]map[string]string {
	var m map[string]map[string]map[string]string
	if err := json.Unmarshal(relativeTimeJSON, &m); err != nil {
		panic(err) // the embedded file is ours
	}
	return m
}}

func relativeTimeData() map[string]map[string]map[string]string { return relativeTimeDataLazy.get() }

var relativeUnits = []string{"year", "quarter", "month", "week", "day", "hour", "minute", "second"}

type relativeTimeFormat struct {
	loc                    *numLocale
	locale, style, numeric string
	nf                     *numberFormat
	plural                 *pluralRules
}

func (b *installer) relativeTimeFormatCtor() goja.Value {
	rt := b.rt
	var states slots[relativeTimeFormat]
	const class = "Intl.RelativeTimeFormat"
	c, proto := b.ctor(class, 0, func(call goja.ConstructorCall) *goja.Object {
		opts := b.optionsObject(call.Argument(1))
		nf := b.newNumberFormat(call.Argument(0), goja.Undefined())
		f := &relativeTimeFormat{loc: nf.loc, locale: nf.locale, nf: nf}
		f.style = b.getOption(opts, "style", class, []string{"long", "short", "narrow"}, "long")
		f.numeric = b.getOption(opts, "numeric", class, []string{"always", "auto"}, "always")
		f.plural = &pluralRules{loc: nf.loc, nf: nf}
		states.put(call.This, f)
		return nil
	})
	Named(rt, c, "RelativeTimeFormat", 0)
	b.native[c] = "RelativeTimeFormat"
	this := func(v goja.Value, method string) *relativeTimeFormat {
		f := states.get(v)
		if f == nil {
			b.typeError("Method Intl.RelativeTimeFormat.prototype." + method + " called on incompatible receiver " + b.describe(v))
		}
		return f
	}
	b.supportedLocalesOf(c)
	b.method(proto, "resolvedOptions", 0, func(call goja.FunctionCall) goja.Value {
		f := this(call.This, "resolvedOptions")
		o := rt.NewObject()
		_ = o.Set("locale", f.locale)
		_ = o.Set("style", f.style)
		_ = o.Set("numeric", f.numeric)
		_ = o.Set("numberingSystem", "latn")
		return o
	})
	b.method(proto, "format", 2, func(call goja.FunctionCall) goja.Value {
		f := this(call.This, "format")
		return rt.ToValue(joinRel(b.relativeRelParts(f, call.Argument(0), call.Argument(1), "format")))
	})
	b.method(proto, "formatToParts", 2, func(call goja.FunctionCall) goja.Value {
		f := this(call.This, "formatToParts")
		var out []any
		for _, p := range b.relativeRelParts(f, call.Argument(0), call.Argument(1), "formatToParts") {
			o := rt.NewObject()
			_ = o.Set("type", p.typ)
			_ = o.Set("value", p.value)
			if p.unit != "" {
				_ = o.Set("unit", p.unit)
			}
			out = append(out, o)
		}
		return rt.NewArray(out...)
	})
	b.tag(proto, class)
	return c
}

// relPart is a part with the unit formatToParts gives the number's parts.
type relPart struct{ typ, value, unit string }

func joinRel(ps []relPart) string {
	var s strings.Builder
	for _, p := range ps {
		s.WriteString(p.value)
	}
	return s.String()
}

func (b *installer) relativeRelParts(f *relativeTimeFormat, value, unitV goja.Value, method string) []relPart {
	x := value.ToFloat()
	unit := b.toString(unitV).String()
	u := strings.TrimSuffix(unit, "s")
	valid := false
	for _, k := range relativeUnits {
		valid = valid || k == u
	}
	if !valid {
		b.rangeError("Invalid unit argument for Intl.RelativeTimeFormat.prototype." + method + "() '" + unit + "'")
	}
	if math.IsNaN(x) || math.IsInf(x, 0) {
		b.rangeError("Value need to be finite number for Intl.RelativeTimeFormat.prototype." + method + "()")
	}
	e := relativeTimeData()[f.loc.tag][f.style[:1]+":"+u]
	if f.numeric == "auto" && x == math.Trunc(x) && math.Abs(x) <= 2 {
		key := "auto" + itoa(int64(x))
		if s, ok := e[key]; ok {
			return []relPart{{typ: "literal", value: s}}
		}
	}
	sign := "+"
	if math.Signbit(x) {
		sign = "-"
	}
	cat := f.plural.choose(math.Abs(x))
	pat, ok := e[sign+cat]
	if !ok {
		pat = e[sign+"other"]
	}
	before, after, _ := strings.Cut(pat, "{0}")
	var out []relPart
	if before != "" {
		out = append(out, relPart{typ: "literal", value: before})
	}
	for _, p := range f.nf.formatParts(math.Abs(x), "") {
		out = append(out, relPart{typ: p.typ, value: p.value, unit: u})
	}
	if after != "" {
		out = append(out, relPart{typ: "literal", value: after})
	}
	return out
}
