package builtins

import (
	"strings"

	"github.com/dop251/goja"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// Intl.Collator and String.prototype.localeCompare on
// golang.org/x/text/collate (CLDR's collation tables), and
// toLocaleUpperCase/toLocaleLowerCase with the Turkish and Azeri dotted
// and dotless i.

type collator struct {
	locale      string
	sensitivity string
	numeric     bool
	c           *collate.Collator
	bound       goja.Value
}

func (b *installer) newCollator(locales, options goja.Value) *collator {
	req := b.canonicalizeLocaleList(locales)
	opts := b.optionsObject(options)
	const class = "Intl.Collator"
	b.getOption(opts, "usage", class, []string{"sort", "search"}, "sort")
	co := &collator{}
	_, co.locale = resolveLocale(req)
	if co.locale == "en-US" && len(req) == 0 {
		co.locale = "en-US"
	}
	co.numeric = false
	if opts != nil {
		if v := opts.Get("numeric"); v != nil && !goja.IsUndefined(v) {
			co.numeric = v.ToBoolean()
		}
	}
	b.getOption(opts, "caseFirst", class, []string{"upper", "lower", "false"}, "false")
	co.sensitivity = b.getOption(opts, "sensitivity", class, []string{"base", "accent", "case", "variant"}, "variant")
	var o []collate.Option
	switch co.sensitivity {
	case "base":
		o = append(o, collate.Loose)
	case "accent":
		o = append(o, collate.IgnoreCase)
	case "case":
		o = append(o, collate.IgnoreDiacritics)
	}
	if co.numeric {
		o = append(o, collate.Numeric)
	}
	co.c = collate.New(language.Make(co.locale), o...)
	return co
}

func (co *collator) compare(a, b string) int { return co.c.CompareString(a, b) }

func (b *installer) collatorCtor() goja.Value {
	rt := b.rt
	var states slots[collator]
	var proto *goja.Object
	c := rt.ToValue(func(call goja.ConstructorCall) *goja.Object {
		co := b.newCollator(call.Argument(0), call.Argument(1))
		p := proto
		if call.NewTarget != nil {
			if np, ok := call.NewTarget.Get("prototype").(*goja.Object); ok {
				p = np
			}
		}
		o := rt.CreateObject(p)
		states.put(o, co)
		return o
	}).(*goja.Object)
	Named(rt, c, "Collator", 0)
	proto = rt.NewObject()
	_ = c.DefineDataProperty("prototype", proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	_ = proto.DefineDataProperty("constructor", c, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	this := func(v goja.Value, method string) *collator {
		co := states.get(v)
		if co == nil {
			b.typeError("Method " + method + " called on incompatible receiver " + b.describe(v))
		}
		return co
	}
	b.supportedLocalesOf(c)
	b.method(proto, "resolvedOptions", 0, func(call goja.FunctionCall) goja.Value {
		co := this(call.This, "Intl.Collator.prototype.resolvedOptions")
		o := rt.NewObject()
		set := func(k string, v any) { _ = o.Set(k, v) }
		set("locale", co.locale)
		set("usage", "sort")
		set("sensitivity", co.sensitivity)
		set("ignorePunctuation", false)
		set("collation", "default")
		set("numeric", co.numeric)
		set("caseFirst", "false")
		return o
	})
	b.getter(proto, "compare", func(call goja.FunctionCall) goja.Value {
		co := this(call.This, "get Intl.Collator.prototype.compare")
		if co.bound == nil {
			co.bound = b.fn("", 2, func(c goja.FunctionCall) goja.Value {
				return rt.ToValue(co.compare(c.Argument(0).String(), c.Argument(1).String()))
			})
		}
		return co.bound
	})
	b.tag(proto, "Intl.Collator")
	return c
}

// installLocaleStrings reads goja's String.prototype.toUpperCase and
// toLowerCase, which toLocaleUpperCase and toLocaleLowerCase call
// (stringMethods).
func (b *installer) installLocaleStrings() {
	p := b.proto("String")
	if p == nil {
		return
	}
	b.stringUpper, _ = goja.AssertFunction(p.Get("toUpperCase"))
	b.stringLower, _ = goja.AssertFunction(p.Get("toLowerCase"))
}

// thisString is this of String.prototype[name] as a Go string.
func (b *installer) thisString(call goja.FunctionCall, name string) string {
	if goja.IsUndefined(call.This) || goja.IsNull(call.This) {
		b.typeError("String.prototype." + name + " called on null or undefined")
	}
	return call.This.String()
}

// localeCompare makes String.prototype.localeCompare.
func (b *installer) localeCompare(goja.Callable) func(goja.FunctionCall) goja.Value {
	var def *collator
	return func(call goja.FunctionCall) goja.Value {
		s := b.thisString(call, "localeCompare")
		that := call.Argument(0).String()
		var co *collator
		if goja.IsUndefined(call.Argument(1)) && goja.IsUndefined(call.Argument(2)) {
			if def == nil {
				def = b.newCollator(goja.Undefined(), goja.Undefined())
			}
			co = def
		} else {
			co = b.newCollator(call.Argument(1), call.Argument(2))
		}
		return b.rt.ToValue(co.compare(s, that))
	}
}

// turkic reports whether the first of the locales v is Turkish or Azeri.
func (b *installer) turkic(v goja.Value) bool {
	for _, t := range b.canonicalizeLocaleList(v) {
		lang, _, _ := strings.Cut(t, "-")
		return lang == "tr" || lang == "az"
	}
	return false
}
