package builtins

import (
	"github.com/dop251/goja"
)

// Intl.ListFormat for the eight locales: CLDR's list patterns, kept as the
// four separators of each (type, style): between two items, after the
// first of more, between middle items, before the last.

type listSeps struct{ two, start, middle, end string }

func seps(two, start, middle, end string) listSeps { return listSeps{two, start, middle, end} }

func same(s string) listSeps { return listSeps{s, s, s, s} }

// listPatterns()[locale][type+style]: type c(onjunction), d(isjunction),
// u(nit); style l(ong), s(hort), n(arrow).
var listPatternsLazy = lazyValue[map[string]map[string]listSeps]{f: func() map[string]map[string]listSeps {
	return map[string]map[string]listSeps{
		"en-US": {
			"cl": seps(" and ", ", ", ", ", ", and "), "cs": seps(" & ", ", ", ", ", ", & "), "cn": same(", "),
			"dl": seps(" or ", ", ", ", ", ", or "), "ds": seps(" or ", ", ", ", ", ", or "), "dn": seps(" or ", ", ", ", ", ", or "),
			"ul": same(", "), "us": same(", "), "un": same(" "),
		},
		"en-GB": {
			"cl": seps(" and ", ", ", ", ", " and "), "cs": seps(" and ", ", ", ", ", " and "), "cn": same(", "),
			"dl": seps(" or ", ", ", ", ", " or "), "ds": seps(" or ", ", ", ", ", " or "), "dn": seps(" or ", ", ", ", ", " or "),
			"ul": same(", "), "us": same(", "), "un": same(" "),
		},
		"de": {
			"cl": seps(" und ", ", ", ", ", " und "), "cs": seps(" und ", ", ", ", ", " und "), "cn": seps(" und ", ", ", ", ", " und "),
			"dl": seps(" oder ", ", ", ", ", " oder "), "ds": seps(" oder ", ", ", ", ", " oder "), "dn": seps(" oder ", ", ", ", ", " oder "),
			"ul": seps(", ", ", ", ", ", " und "), "us": seps(", ", ", ", ", ", " und "), "un": seps(", ", ", ", ", ", " und "),
		},
		"fr": {
			"cl": seps(" et ", ", ", ", ", " et "), "cs": seps(" et ", ", ", ", ", " et "), "cn": same(", "),
			"dl": seps(" ou ", ", ", ", ", " ou "), "ds": seps(" ou ", ", ", ", ", " ou "), "dn": seps(" ou ", ", ", ", ", " ou "),
			"ul": seps(" et ", ", ", ", ", " et "), "us": seps(" et ", ", ", ", ", " et "), "un": same(" "),
		},
		"es": {
			"cl": seps(" y ", ", ", ", ", " y "), "cs": seps(" y ", ", ", ", ", " y "), "cn": seps(" y ", ", ", ", ", " y "),
			"dl": seps(" o ", ", ", ", ", " o "), "ds": seps(" o ", ", ", ", ", " o "), "dn": seps(" o ", ", ", ", ", " o "),
			"ul": seps(" y ", ", ", ", ", " y "), "us": seps(" y ", ", ", ", ", ", "), "un": same(" "),
		},
		"ja": {
			"cl": same("、"), "cs": same("、"), "cn": same("、"),
			"dl": seps("または", "、", "、", "、または"), "ds": seps("または", "、", "、", "、または"), "dn": seps("または", "、", "、", "、または"),
			"ul": same(" "), "us": same(" "), "un": same(""),
		},
		"zh": {
			"cl": seps("和", "、", "、", "和"), "cs": seps("和", "、", "、", "和"), "cn": same("、"),
			"dl": seps("或", "、", "、", "或"), "ds": seps("或", "、", "、", "或"), "dn": seps("或", "、", "、", "或"),
			"ul": same(""), "us": same(""), "un": same(""),
		},
		"tr": {
			"cl": seps(" ve ", ", ", ", ", " ve "), "cs": seps(" ve ", ", ", ", ", " ve "), "cn": same(", "),
			"dl": seps(" veya ", ", ", ", ", " veya "), "ds": seps(" veya ", ", ", ", ", " veya "), "dn": seps(" veya ", ", ", ", ", " veya "),
			"ul": same(" "), "us": same(" "), "un": same(" "),
		},
	}
}}

func listPatterns() map[string]map[string]listSeps { return listPatternsLazy.get() }

type listFormat struct {
	locale, typ, style string
	seps               listSeps
}

func (lf *listFormat) parts(items []string) []part {
	var out []part
	for i, s := range items {
		if i > 0 {
			sep := lf.seps.middle
			switch {
			case len(items) == 2:
				sep = lf.seps.two
			case i == 1:
				sep = lf.seps.start
			case i == len(items)-1:
				sep = lf.seps.end
			}
			out = append(out, part{"literal", sep})
		}
		out = append(out, part{"element", s})
	}
	return out
}

func (b *installer) listFormatCtor() goja.Value {
	rt := b.rt
	var states slots[listFormat]
	const class = "Intl.ListFormat"
	c, proto := b.ctor(class, 0, func(call goja.ConstructorCall) *goja.Object {
		req := b.canonicalizeLocaleList(call.Argument(0))
		opts := b.optionsObject(call.Argument(1))
		lf := &listFormat{}
		nl, tag := resolveLocale(req)
		lf.locale = tag
		lf.typ = b.getOption(opts, "type", class, []string{"conjunction", "disjunction", "unit"}, "conjunction")
		lf.style = b.getOption(opts, "style", class, []string{"long", "short", "narrow"}, "long")
		lf.seps = listPatterns()[nl.tag][lf.typ[:1]+lf.style[:1]]
		states.put(call.This, lf)
		return nil
	})
	Named(rt, c, "ListFormat", 0)
	b.native[c] = "ListFormat"
	this := func(v goja.Value, method string) *listFormat {
		lf := states.get(v)
		if lf == nil {
			b.typeError("Method Intl.ListFormat.prototype." + method + " called on incompatible receiver " + b.describe(v))
		}
		return lf
	}
	items := func(v goja.Value) []string {
		var out []string
		if goja.IsUndefined(v) {
			return nil
		}
		b.forOf(v, func(v goja.Value) string {
			return b.typeAndValue(v) + " is not iterable (cannot read property Symbol(Symbol.iterator))"
		}, func(e goja.Value) {
			if typeOf(e) != "string" {
				b.typeError("Iterable yielded " + b.describeCallee(e) + " which is not a string")
			}
			out = append(out, e.String())
		})
		return out
	}
	b.supportedLocalesOf(c)
	b.method(proto, "resolvedOptions", 0, func(call goja.FunctionCall) goja.Value {
		lf := this(call.This, "resolvedOptions")
		o := rt.NewObject()
		_ = o.Set("locale", lf.locale)
		_ = o.Set("type", lf.typ)
		_ = o.Set("style", lf.style)
		return o
	})
	b.method(proto, "format", 1, func(call goja.FunctionCall) goja.Value {
		lf := this(call.This, "format")
		return rt.ToValue(joinParts(lf.parts(items(call.Argument(0)))))
	})
	b.method(proto, "formatToParts", 1, func(call goja.FunctionCall) goja.Value {
		lf := this(call.This, "formatToParts")
		var out []any
		for _, p := range lf.parts(items(call.Argument(0))) {
			o := rt.NewObject()
			_ = o.Set("type", p.typ)
			_ = o.Set("value", p.value)
			out = append(out, o)
		}
		return rt.NewArray(out...)
	})
	b.tag(proto, class)
	return c
}
