package builtins

import (
	_ "embed"
	"encoding/json"
	"strings"

	"github.com/dop251/goja"
)

// Intl.Locale: the constructor with its options, the getters of the
// identifier's parts, maximize() and minimize() (intl_localeid.go), and
// the locale-info methods (getCalendars, getCollations, getHourCycles,
// getNumberingSystems, getTimeZones, getTextInfo, getWeekInfo) from
// data/localeinfo.json, which holds what workerd's V8 (ICU) returns per
// region, per language, and per language and region where that differs
// (pa-PK's digits, fr-CA's hour cycle; recorded by data/record_names.js).
// Regional preferences ride on the region (given, or the likely one),
// language ones on the language, the direction on the (likely) script.

//go:embed data/localeinfo.json
var localeInfoJSON []byte

type regionInfo struct {
	Week       *weekInfo `json:"week"`
	Calendars  []string  `json:"calendars"`
	HourCycles []string  `json:"hourCycles"`
	TimeZones  []string  `json:"timeZones"`
}

type weekInfo struct {
	FirstDay int   `json:"firstDay"`
	Weekend  []int `json:"weekend"`
}

type languageInfo struct {
	Collations       []string `json:"collations"`
	NumberingSystems []string `json:"numberingSystems"`
	Direction        string   `json:"direction"`
}

// pairInfo is what a language in a region has other than the language's
// and the region's.
type pairInfo struct {
	NumberingSystems []string `json:"numberingSystems"`
	HourCycles       []string `json:"hourCycles"`
}

// localeData is the decoded localeInfoJSON.
type localeData struct {
	Regions   map[string]regionInfo   `json:"regions"`
	Languages map[string]languageInfo `json:"languages"`
	Pairs     map[string]pairInfo     `json:"pairs"`
}

var localeInfoLazy = lazyValue[localeData]{f: func() (d localeData) {
	if err := json.Unmarshal(localeInfoJSON, &d); err != nil {
		panic(err) // the embedded file is ours
	}
	return d
}}

func localeInfo() localeData { return localeInfoLazy.get() }

// rtlScripts are the scripts written right to left.
var rtlScriptsLazy = lazyValue[map[string]bool]{f: func() map[string]bool {
	return map[string]bool{"Adlm": true, "Arab": true, "Armi": true, "Avst": true, "Cprt": true, "Hebr": true,
		"Khar": true, "Lydi": true, "Mand": true, "Mani": true, "Mend": true, "Nbat": true, "Nkoo": true, "Orkh": true,
		"Palm": true, "Phli": true, "Phlp": true, "Phnx": true, "Prti": true, "Rohg": true, "Samr": true, "Sarb": true,
		"Sogd": true, "Syrc": true, "Thaa": true, "Yezi": true}
}}

func rtlScripts() map[string]bool { return rtlScriptsLazy.get() }

var weekdays = []string{"sun", "mon", "tue", "wed", "thu", "fri", "sat", "sun"}

func (b *installer) localeCtor() goja.Value {
	rt := b.rt
	var states slots[localeID]
	const class = "Intl.Locale"
	bad := func() { b.rangeError("Incorrect locale information provided") }
	var c *goja.Object
	c, proto := b.ctor(class, 1, func(call goja.ConstructorCall) *goja.Object {
		tag := call.Argument(0)
		t := typeOf(tag)
		if t != "string" && (t != "object" || goja.IsNull(tag)) {
			b.typeError("First argument to Intl.Locale constructor can't be empty or missing")
		}
		var s string
		if l := states.get(tag); l != nil {
			s = l.String()
		} else {
			s = b.toString(tag).String()
		}
		if s == "" {
			b.rangeError("First argument to Intl.Locale constructor can't be empty or missing")
		}
		opts := b.optionsObject(call.Argument(1))
		id, ok := parseLocaleID(s)
		if !ok {
			bad()
		}
		str := func(name string) (string, bool) {
			if opts == nil {
				return "", false
			}
			v := opts.Get(name)
			if v == nil || goja.IsUndefined(v) {
				return "", false
			}
			return b.toString(v).String(), true
		}
		if v, ok := str("language"); ok {
			if !isLanguageSubtag(v) {
				bad()
			}
			id.lang = strings.ToLower(v)
		}
		if v, ok := str("script"); ok {
			if !isScriptSubtag(v) {
				bad()
			}
			id.script = titleCase(v)
		}
		if v, ok := str("region"); ok {
			if !isRegionSubtag(v) {
				bad()
			}
			id.region = strings.ToUpper(v)
		}
		if v, ok := str("variants"); ok {
			vs := strings.Split(strings.ToLower(v), "-")
			for i, x := range vs {
				if !isVariantSubtag(x) || hasString(vs[:i], x) {
					bad()
				}
			}
			id.variants = vs
		}
		typed := func(name, key string) {
			if v, ok := str(name); ok {
				if !isType(v) {
					bad()
				}
				id.setKeyword(key, strings.ToLower(v))
			}
		}
		typed("calendar", "ca")
		typed("collation", "co")
		if v, ok := str("firstDayOfWeek"); ok {
			if len(v) == 1 && v[0] >= '0' && v[0] <= '7' {
				v = weekdays[v[0]-'0']
			}
			if !isType(v) {
				bad()
			}
			id.setKeyword("fw", strings.ToLower(v))
		}
		if v := b.getOption(opts, "hourCycle", "locale", []string{"h11", "h12", "h23", "h24"}, ""); v != "" {
			id.setKeyword("hc", v)
		}
		if v := b.getOption(opts, "caseFirst", "locale", []string{"upper", "lower", "false"}, ""); v != "" {
			id.setKeyword("kf", v)
		}
		if opts != nil {
			if v := opts.Get("numeric"); v != nil && !goja.IsUndefined(v) {
				id.setKeyword("kn", map[bool]string{true: "true", false: "false"}[v.ToBoolean()])
			}
		}
		typed("numberingSystem", "nu")
		id.canonicalize(true)
		states.put(call.This, id)
		return nil
	})
	Named(rt, c, "Locale", 1)
	b.native[c] = "Locale"
	this := func(v goja.Value, method string) *localeID {
		id := states.get(v)
		if id == nil {
			b.typeError("Method Intl.Locale.prototype." + method + " called on incompatible receiver " + b.describe(v))
		}
		return id
	}
	newLocale := func(id *localeID) goja.Value {
		o, err := rt.New(c, rt.ToValue(id.String()))
		if err != nil {
			panic(err)
		}
		return o
	}
	b.method(proto, "toString", 0, func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(this(call.This, "toString").String())
	})
	b.method(proto, "maximize", 0, func(call goja.FunctionCall) goja.Value {
		return newLocale(this(call.This, "maximize").maximize())
	})
	b.method(proto, "minimize", 0, func(call goja.FunctionCall) goja.Value {
		return newLocale(this(call.This, "minimize").minimize())
	})
	str := func(s string) goja.Value {
		if s == "" {
			return goja.Undefined()
		}
		return rt.ToValue(s)
	}
	keyword := func(id *localeID, k string) goja.Value {
		if kw := id.keyword(k); kw != nil {
			return rt.ToValue(kw.value)
		}
		return goja.Undefined()
	}
	getters := []struct {
		name string
		get  func(*localeID) goja.Value
	}{
		{"language", func(id *localeID) goja.Value { return rt.ToValue(id.lang) }},
		{"script", func(id *localeID) goja.Value { return str(id.script) }},
		{"region", func(id *localeID) goja.Value { return str(id.region) }},
		{"variants", func(id *localeID) goja.Value { return str(strings.Join(id.variants, "-")) }},
		{"baseName", func(id *localeID) goja.Value { return rt.ToValue(id.baseName()) }},
		{"calendar", func(id *localeID) goja.Value { return keyword(id, "ca") }},
		{"caseFirst", func(id *localeID) goja.Value { return keyword(id, "kf") }},
		{"collation", func(id *localeID) goja.Value { return keyword(id, "co") }},
		{"firstDayOfWeek", func(id *localeID) goja.Value { return keyword(id, "fw") }},
		{"hourCycle", func(id *localeID) goja.Value { return keyword(id, "hc") }},
		{"numeric", func(id *localeID) goja.Value {
			kw := id.keyword("kn")
			return rt.ToValue(kw != nil && (kw.value == "" || kw.value == "true"))
		}},
		{"numberingSystem", func(id *localeID) goja.Value { return keyword(id, "nu") }},
	}
	for _, g := range getters {
		b.getter(proto, g.name, func(call goja.FunctionCall) goja.Value {
			return g.get(this(call.This, g.name))
		})
	}
	list := func(l []string) goja.Value {
		out := make([]any, len(l))
		for i, v := range l {
			out[i] = v
		}
		return rt.NewArray(out...)
	}
	// regionOf is the region of regional preferences: the -u-rg- override,
	// the region, the -u-sd- subdivision's, the likely one.
	regionOf := func(id *localeID) string {
		if kw := id.keyword("rg"); kw != nil && len(kw.value) == 6 && isAlpha(kw.value[:2]) && kw.value[2:] == "zzzz" {
			return strings.ToUpper(kw.value[:2])
		}
		if id.region != "" {
			return id.region
		}
		if kw := id.keyword("sd"); kw != nil && len(kw.value) > 2 && isAlpha(kw.value[:2]) {
			return strings.ToUpper(kw.value[:2])
		}
		_, _, r := likely(id.lang, id.script, "")
		return r
	}
	region := func(id *localeID) regionInfo { return localeInfo().Regions[regionOf(id)] }
	langOf := func(id *localeID) string {
		if id.lang == "und" {
			l, _, _ := likely(id.lang, id.script, id.region)
			return l
		}
		return id.lang
	}
	pair := func(id *localeID) pairInfo { return localeInfo().Pairs[langOf(id)+"-"+regionOf(id)] }
	lang := func(id *localeID) languageInfo { return localeInfo().Languages[langOf(id)] }
	or := func(l []string, def ...string) []string {
		if l == nil {
			return def
		}
		return l
	}
	info := []struct {
		name string
		get  func(*localeID) goja.Value
	}{
		{"getCalendars", func(id *localeID) goja.Value {
			if kw := id.keyword("ca"); kw != nil {
				return list([]string{kw.value})
			}
			return list(or(region(id).Calendars, "gregory"))
		}},
		{"getCollations", func(id *localeID) goja.Value {
			if kw := id.keyword("co"); kw != nil {
				return list([]string{kw.value})
			}
			// A language in another script than its own sorts as the root
			// (Chinese's collations are Han's, in either Han script).
			if _, s, _ := likely(id.lang, "", ""); id.script != "" && id.script != s && !(id.lang == "zh" && (id.script == "Hant" || id.script == "Hans")) {
				return list([]string{"emoji", "eor"})
			}
			// und sorts as the root, whatever its likely language.
			return list(or(localeInfo().Languages[id.lang].Collations, "emoji", "eor"))
		}},
		{"getHourCycles", func(id *localeID) goja.Value {
			if kw := id.keyword("hc"); kw != nil {
				return list([]string{kw.value})
			}
			if p := pair(id).HourCycles; p != nil {
				return list(p)
			}
			return list(or(region(id).HourCycles, "h23"))
		}},
		{"getNumberingSystems", func(id *localeID) goja.Value {
			if kw := id.keyword("nu"); kw != nil {
				return list([]string{kw.value})
			}
			if p := pair(id).NumberingSystems; p != nil {
				return list(p)
			}
			return list(or(lang(id).NumberingSystems, "latn"))
		}},
		{"getTimeZones", func(id *localeID) goja.Value {
			if id.region == "" {
				return goja.Undefined()
			}
			return list(or(localeInfo().Regions[id.region].TimeZones))
		}},
		{"getTextInfo", func(id *localeID) goja.Value {
			dir := "ltr"
			script := id.script
			if script == "" {
				_, script, _ = likely(id.lang, "", id.region)
			}
			if rtlScripts()[script] || script == "" && lang(id).Direction == "rtl" {
				dir = "rtl"
			}
			o := rt.NewObject()
			b.createData(o, "direction", dir)
			return o
		}},
		{"getWeekInfo", func(id *localeID) goja.Value {
			w := region(id).Week
			if w == nil {
				w = &weekInfo{1, []int{6, 7}}
			}
			first := w.FirstDay
			if kw := id.keyword("fw"); kw != nil {
				for i, d := range weekdays[1:] {
					if d == kw.value {
						first = i + 1
					}
				}
			}
			o := rt.NewObject()
			b.createData(o, "firstDay", first)
			we := make([]any, len(w.Weekend))
			for i, d := range w.Weekend {
				we[i] = d
			}
			b.createData(o, "weekend", rt.NewArray(we...))
			return o
		}},
	}
	for _, m := range info {
		b.method(proto, m.name, 0, func(call goja.FunctionCall) goja.Value {
			return m.get(this(call.This, m.name))
		})
	}
	b.tag(proto, class)
	return c
}
