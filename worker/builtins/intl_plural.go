package builtins

import (
	"math"
	"strconv"

	"github.com/dop251/goja"
)

type pluralRules struct {
	loc     *numLocale
	locale  string
	ordinal bool
	nf      *numberFormat
}

// enOrdinal is English's ordinal rule (1st, 2nd, 3rd, 4th, 11th, 21st).
func enOrdinal(i int64) string {
	switch {
	case i%10 == 1 && i%100 != 11:
		return "one"
	case i%10 == 2 && i%100 != 12:
		return "two"
	case i%10 == 3 && i%100 != 13:
		return "few"
	}
	return "other"
}

// select is the plural category of n: its operands i (integer digits) and
// v (visible fraction digits) as the formatter would print n.
func (pr *pluralRules) choose(n float64) string {
	parts := pr.nf.formatParts(n, "")
	var intDigits, frac string
	for _, p := range parts {
		switch p.typ {
		case "integer":
			intDigits += p.value
		case "fraction":
			frac = p.value
		}
	}
	i, _ := strconv.ParseInt(intDigits, 10, 64)
	if pr.ordinal {
		if pr.loc.tag == "en-US" || pr.loc.tag == "en-GB" {
			return enOrdinal(i)
		}
		if pr.loc.tag == "fr" && i == 1 && frac == "" {
			return "one"
		}
		return "other"
	}
	// CLDR's operand n is the number as formatted (es "1,0" is one)
	fn, err := strconv.ParseFloat(intDigits+"."+frac+"0", 64)
	if err != nil {
		fn = n
	}
	return pr.loc.plural(i, len(frac), fn)
}

// pluralRanges are CLDR's plural ranges where the range's category is not
// "other", by numLocale tag, type and the categories of start and end (en,
// es, ja and zh have none: every range is "other").
var pluralRangesLazy = lazyValue[map[string]map[string]string]{f: func() map[string]map[string]string {
	return map[string]map[string]string{
		"de": {"cardinal other+one": "one"},
		"fr": {"cardinal one+one": "one", "ordinal one+one": "one"},
		"tr": {"cardinal other+one": "one"},
	}
}}

func pluralRanges() map[string]map[string]string { return pluralRangesLazy.get() }

// rangeCategory is selectRange's category from those of the two ends.
func (pr *pluralRules) rangeCategory(start, end string) string {
	typ := "cardinal"
	if pr.ordinal {
		typ = "ordinal"
	}
	if c, ok := pluralRanges()[pr.loc.tag][typ+" "+start+"+"+end]; ok {
		return c
	}
	return "other"
}

func (pr *pluralRules) categories() []string {
	if pr.ordinal {
		switch pr.loc.tag {
		case "en-US", "en-GB":
			return []string{"one", "two", "few", "other"}
		case "fr":
			return []string{"one", "other"}
		}
		return []string{"other"}
	}
	return pr.loc.categories
}

func (b *installer) pluralRulesCtor() goja.Value {
	rt := b.rt
	var states slots[pluralRules]
	c, proto := b.ctor("Intl.PluralRules", 0, func(call goja.ConstructorCall) *goja.Object {
		opts := b.optionsObject(call.Argument(1))
		typ := b.getOption(opts, "type", "Intl.PluralRules", []string{"cardinal", "ordinal"}, "cardinal")
		nf := b.newNumberFormat(call.Argument(0), call.Argument(1))
		states.put(call.This, &pluralRules{loc: nf.loc, locale: nf.locale, ordinal: typ == "ordinal", nf: nf})
		return nil
	})
	Named(rt, c, "PluralRules", 0)
	b.native[c] = "PluralRules"
	this := func(v goja.Value, method string) *pluralRules {
		pr := states.get(v)
		if pr == nil {
			b.typeError("Method Intl.PluralRules.prototype." + method + " called on incompatible receiver " + b.describe(v))
		}
		return pr
	}
	b.supportedLocalesOf(c)
	b.method(proto, "resolvedOptions", 0, func(call goja.FunctionCall) goja.Value {
		pr := this(call.This, "resolvedOptions")
		o := rt.NewObject()
		set := func(k string, v any) { _ = o.Set(k, v) }
		set("locale", pr.locale)
		if pr.ordinal {
			set("type", "ordinal")
		} else {
			set("type", "cardinal")
		}
		set("notation", "standard")
		set("minimumIntegerDigits", pr.nf.minInt)
		if pr.nf.maxSD > 0 {
			set("minimumSignificantDigits", pr.nf.minSD)
			set("maximumSignificantDigits", pr.nf.maxSD)
		} else {
			set("minimumFractionDigits", pr.nf.minFD)
			set("maximumFractionDigits", pr.nf.maxFD)
		}
		var cats []any
		for _, c := range pr.categories() {
			cats = append(cats, c)
		}
		set("pluralCategories", rt.NewArray(cats...))
		set("roundingIncrement", 1)
		set("roundingMode", "halfExpand")
		set("roundingPriority", "auto")
		set("trailingZeroDisplay", "auto")
		return o
	})
	b.method(proto, "select", 1, func(call goja.FunctionCall) goja.Value {
		pr := this(call.This, "select")
		return rt.ToValue(pr.choose(call.Argument(0).ToFloat()))
	})
	b.method(proto, "selectRange", 2, func(call goja.FunctionCall) goja.Value {
		pr := this(call.This, "selectRange")
		start, end := call.Argument(0), call.Argument(1)
		if goja.IsUndefined(start) {
			b.typeError("Invalid startRange : undefined")
		}
		if goja.IsUndefined(end) {
			b.typeError("Invalid endRange : undefined")
		}
		num := func(v goja.Value) float64 {
			if _, ok := v.(*goja.Symbol); ok {
				b.typeError("Cannot convert a Symbol value to a number")
			}
			if typeOf(v) == "bigint" {
				b.typeError("Cannot convert a BigInt value to a number")
			}
			return v.ToFloat()
		}
		x, y := num(start), num(end)
		if math.IsNaN(x) {
			b.rangeError("Invalid startRange : NaN")
		}
		if math.IsNaN(y) {
			b.rangeError("Invalid endRange : NaN")
		}
		return rt.ToValue(pr.rangeCategory(pr.choose(x), pr.choose(y)))
	})
	b.tag(proto, "Intl.PluralRules")
	return c
}
