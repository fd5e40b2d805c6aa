package builtins

import (
	_ "embed"
	"encoding/json"
	"strings"

	"github.com/dop251/goja"
)

// Intl.DisplayNames for the eight locales. data/displaynames.json holds,
// per locale, type (language, region, script, currency, calendar,
// dateTimeField) and style, the names workerd's V8 (ICU) gives (short and
// narrow only where they differ from the style before), recorded by
// data/record_names.js; it is parsed on first use. A language tag with a
// script, region or variants is named as ICU composes it: the dialect's
// own name where CLDR has one (en-GB "British English"), else the
// language's name with the others in the locale's parentheses.

//go:embed data/displaynames.json
var displayNamesJSON []byte

// nameTable is one locale's names of one type, by style.
type nameTable map[string]map[string]string

type displayLocale struct {
	Region        nameTable `json:"region"`
	Script        nameTable `json:"script"`
	Language      nameTable `json:"language"`
	Currency      nameTable `json:"currency"`
	Calendar      nameTable `json:"calendar"`
	DateTimeField nameTable `json:"dateTimeField"`
	// Pattern is the name of qaa-Qaaa-QM-1996, codes without names: it
	// shows the parentheses and the separator.
	Pattern          string `json:"pattern"`
	open, sep, close string
}

var displayNamesLazy = lazyValue[map[string]*displayLocale]{f: func() map[string]*displayLocale {
	var d struct {
		Locales map[string]*displayLocale `json:"locales"`
	}
	if err := json.Unmarshal(displayNamesJSON, &d); err != nil {
		panic(err) // the embedded file is ours
	}
	for _, l := range d.Locales {
		p := strings.TrimPrefix(l.Pattern, "qaa")
		l.open, p, _ = strings.Cut(p, "Qaaa")
		l.sep, p, _ = strings.Cut(p, "QM")
		_, l.close, _ = strings.Cut(p, "1996")
	}
	return d.Locales
}}

func displayNames() map[string]*displayLocale { return displayNamesLazy.get() }

// lookup is the name of code in style, falling back from narrow to short
// to long.
func (t nameTable) lookup(style, code string) (string, bool) {
	chain := []string{"narrow", "short", "long"}
	switch style {
	case "short":
		chain = chain[1:]
	case "long":
		chain = chain[2:]
	}
	for _, st := range chain {
		if v, ok := t[st][code]; ok {
			return v, true
		}
	}
	return "", false
}

var dateTimeFields = []string{"era", "year", "quarter", "month", "weekOfYear", "weekday", "day", "dayPeriod", "hour", "minute", "second", "timeZoneName"}

type displayNamesFormat struct {
	locale, style, typ, fallback, languageDisplay string
	data                                          *displayLocale
}

// languageName names a canonical language identifier; ok is false when
// fallback is none and a part has no name.
func (f *displayNamesFormat) languageName(id *localeID) (string, bool) {
	d := f.data
	code := f.fallback == "code"
	name, found := "", false
	script, region := id.script, id.region
	if f.languageDisplay == "dialect" {
		var key string
		switch {
		case script != "" && region != "":
			key = id.lang + "-" + script + "-" + region
		case script != "":
			key = id.lang + "-" + script
		case region != "":
			key = id.lang + "-" + region
		}
		if key != "" {
			if name, found = d.Language.lookup(f.style, key); found {
				script, region = "", ""
			}
		}
	}
	if !found {
		name, found = d.Language.lookup(f.style, id.lang)
	}
	if !found {
		if !code {
			return "", false
		}
		name = id.lang
		if id.lang == "und" {
			name = "root"
		}
	}
	var parts []string
	add := func(t nameTable, c string) bool {
		n, ok := t.lookup(f.style, c)
		if !ok {
			if !code {
				return false
			}
			n = c
		}
		n = strings.NewReplacer("(", "[", ")", "]", "（", "［", "）", "］").Replace(n)
		parts = append(parts, n)
		return true
	}
	if script != "" && !add(d.Script, script) || region != "" && !add(d.Region, region) {
		return "", false
	}
	variants := id.variants
	if kw := id.keyword("va"); kw != nil {
		variants = append(append([]string(nil), variants...), kw.value)
	}
	for _, v := range variants {
		if !code {
			return "", false
		}
		parts = append(parts, strings.ToUpper(v))
	}
	if len(parts) == 0 {
		return name, true
	}
	return name + d.open + strings.Join(parts, d.sep) + d.close, true
}

func (b *installer) displayNamesCtor() goja.Value {
	rt := b.rt
	var states slots[displayNamesFormat]
	const class = "Intl.DisplayNames"
	invalid := func() { b.typeError("invalid_argument") }
	c, proto := b.ctor(class, 2, func(call goja.ConstructorCall) *goja.Object {
		req := b.canonicalizeLocaleList(call.Argument(0))
		o, ok := call.Argument(1).(*goja.Object)
		if !ok {
			invalid()
		}
		f := &displayNamesFormat{}
		b.getOption(o, "localeMatcher", class, []string{"lookup", "best fit"}, "best fit")
		f.style = b.getOption(o, "style", class, []string{"narrow", "short", "long"}, "long")
		f.typ = b.getOption(o, "type", class, []string{"language", "region", "script", "currency", "calendar", "dateTimeField"}, "")
		if f.typ == "" {
			invalid()
		}
		f.fallback = b.getOption(o, "fallback", class, []string{"code", "none"}, "code")
		f.languageDisplay = b.getOption(o, "languageDisplay", class, []string{"dialect", "standard"}, "dialect")
		nl, tag := resolveLocale(req)
		f.locale = tag
		key := nl.tag
		if key == "en-US" {
			key = "en"
		}
		f.data = displayNames()[key]
		states.put(call.This, f)
		return nil
	})
	Named(rt, c, "DisplayNames", 2)
	b.native[c] = "DisplayNames"
	this := func(v goja.Value, method string) *displayNamesFormat {
		f := states.get(v)
		if f == nil {
			b.typeError("Method Intl.DisplayNames.prototype." + method + " called on incompatible receiver " + b.describe(v))
		}
		return f
	}
	b.supportedLocalesOf(c)
	b.method(proto, "resolvedOptions", 0, func(call goja.FunctionCall) goja.Value {
		f := this(call.This, "resolvedOptions")
		o := rt.NewObject()
		b.createData(o, "locale", f.locale)
		b.createData(o, "style", f.style)
		b.createData(o, "type", f.typ)
		b.createData(o, "fallback", f.fallback)
		if f.typ == "language" {
			b.createData(o, "languageDisplay", f.languageDisplay)
		}
		return o
	})
	b.method(proto, "of", 1, func(call goja.FunctionCall) goja.Value {
		f := this(call.This, "of")
		code := b.toString(call.Argument(0)).String()
		bad := func() { b.rangeError("invalid_argument") }
		var t nameTable
		key := code
		switch f.typ {
		case "language":
			id, ok := parseLocaleID(code)
			if !ok || len(id.attrs) > 0 || len(id.keys) > 0 || len(id.others) > 0 || id.private != "" {
				bad()
			}
			id.canonicalize(true)
			if name, ok := f.languageName(id); ok {
				return rt.ToValue(name)
			}
			return goja.Undefined()
		case "region":
			if !isRegionSubtag(code) {
				bad()
			}
			t = f.data.Region
		case "script":
			if !isScriptSubtag(code) {
				bad()
			}
			t = f.data.Script
		case "currency":
			if len(code) != 3 || !isAlpha(code) {
				bad()
			}
			key = strings.ToUpper(code)
			t = f.data.Currency
		case "calendar":
			if !isType(code) {
				bad()
			}
			t = f.data.Calendar
		case "dateTimeField":
			if !hasString(dateTimeFields, code) {
				bad()
			}
			t = f.data.DateTimeField
		}
		if name, ok := t.lookup(f.style, key); ok {
			return rt.ToValue(name)
		}
		if f.fallback == "none" {
			return goja.Undefined()
		}
		return rt.ToValue(code)
	})
	b.tag(proto, class)
	return c
}
