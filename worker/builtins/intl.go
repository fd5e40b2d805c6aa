package builtins

import (
	"strings"

	"github.com/dop251/goja"
)

// Intl (ECMA-402): Intl.NumberFormat (decimal, percent, currency with
// symbol, narrow symbol, code or name and accounting signs, unit, compact
// short and long, scientific and engineering notation, every rounding
// mode, roundingIncrement, trailingZeroDisplay), Intl.PluralRules
// (cardinal and English ordinal), Intl.getCanonicalLocales, and the
// toLocaleString of numbers, BigInts and arrays on top, for the locales en
// (en-US), en-GB, de, fr, es, ja, zh and tr. The locale data is CLDR's as
// V8 (ICU) prints it, written out here for those locales or recorded from
// workerd into data/ (units, currencies, long compact forms: intl_unit.go),
// and checked against workerd's output (testdata/intl.js, conformance
// cases 2203-2211). Any
// other locale falls back to its language's data when it has one, else to
// en-US, and says so in resolvedOptions().locale.

// numLocale is one locale's number symbols and patterns.
type numLocale struct {
	tag            string
	decimal, group string
	minGroup       int    // grouping starts at 10^minGroup+3 (es: 2, "1234" but "12.345")
	percentPrefix  bool   // "%25" (tr) instead of "25%"
	percentSpace   string // between number and % ("\u00a0" in de, fr, es)
	currencyAfter  bool   // "1,00 €" (de, fr, es)
	symbols        map[string]string
	compact        []compactForm // by power of ten, from 10^3
	plural         func(i int64, v int, n float64) string
	categories     []string
}

// compactForm is the short compact pattern for one power of ten: the
// number of integer digits it shows and its affix ("" means the plain
// number).
type compactForm struct {
	digits int
	affix  string
}

const nbsp = "\u00a0"

// thousands builds the compact table of a locale that groups by thousands
// (K, M, B, T).
func thousands(sep string, k, m, b, t string) []compactForm {
	var out []compactForm
	for _, a := range []string{k, m, b, t} {
		for d := 1; d <= 3; d++ {
			affix := ""
			if a != "" {
				affix = sep + a
			}
			out = append(out, compactForm{digits: d, affix: affix})
		}
	}
	return out
}

// tenThousands builds the compact table of ja and zh (万, 億/亿, 兆/万亿).
func tenThousands(units ...string) []compactForm {
	out := []compactForm{{digits: 4}} // 10^3: the plain number
	for _, u := range units {
		for d := 1; d <= 4; d++ {
			out = append(out, compactForm{digits: d, affix: u})
		}
	}
	return out
}

func pluralOne(i int64, v int, _ float64) string {
	if i == 1 && v == 0 {
		return "one"
	}
	return "other"
}

// pluralMillions is fr's and es's rule: "many" for exact millions.
func pluralMillions(one func(i int64, v int, n float64) bool) func(i int64, v int, n float64) string {
	return func(i int64, v int, n float64) string {
		switch {
		case one(i, v, n):
			return "one"
		case v == 0 && i != 0 && i%1000000 == 0:
			return "many"
		}
		return "other"
	}
}

var numLocalesLazy = lazyValue[map[string]*numLocale]{f: func() map[string]*numLocale {
	return map[string]*numLocale{
		"en-US": {tag: "en-US", decimal: ".", group: ",", symbols: map[string]string{"USD": "$", "EUR": "€", "JPY": "¥", "GBP": "£", "CNY": "CN¥", "INR": "₹", "KRW": "₩", "CAD": "CA$", "AUD": "A$"},
			compact: thousands("", "K", "M", "B", "T"), plural: pluralOne, categories: []string{"one", "other"}},
		"en-GB": {tag: "en-GB", decimal: ".", group: ",",
			symbols: map[string]string{"USD": "US$", "EUR": "€", "JPY": "JP¥", "GBP": "£", "CNY": "CN¥", "INR": "₹", "KRW": "₩", "CAD": "CA$", "AUD": "A$"},
			compact: thousands("", "k", "m", "bn", "tn"), plural: pluralOne, categories: []string{"one", "other"}},
		"de": {tag: "de", decimal: ",", group: ".", percentSpace: nbsp, currencyAfter: true,
			symbols: map[string]string{"USD": "$", "EUR": "€", "JPY": "¥", "GBP": "£", "CNY": "CN¥", "INR": "₹", "KRW": "₩", "CAD": "CA$", "AUD": "AU$"},
			compact: thousands(nbsp, "", "Mio.", "Mrd.", "Bio."), plural: pluralOne, categories: []string{"one", "other"}},
		"fr": {tag: "fr", decimal: ",", group: "\u202f", percentSpace: nbsp, currencyAfter: true,
			symbols: map[string]string{"USD": "$US", "EUR": "€", "GBP": "£GB", "INR": "₹", "KRW": "₩", "CAD": "$CA", "AUD": "$AU"},
			compact: thousands(nbsp, "k", "M", "Md", "Bn"),
			plural:  pluralMillions(func(i int64, _ int, _ float64) bool { return i == 0 || i == 1 }), categories: []string{"one", "many", "other"}},
		"es": {tag: "es", decimal: ",", group: ".", minGroup: 2, percentSpace: nbsp, currencyAfter: true,
			symbols: map[string]string{"USD": "US$", "EUR": "€"},
			compact: append(append(thousands(nbsp, "mil", "M", "", "")[:6],
				compactForm{4, nbsp + "M"}, compactForm{2, nbsp + "mil" + nbsp + "M"}, compactForm{3, nbsp + "mil" + nbsp + "M"}),
				compactForm{1, nbsp + "B"}, compactForm{2, nbsp + "B"}, compactForm{3, nbsp + "B"}),
			plural:     pluralMillions(func(_ int64, _ int, n float64) bool { return n == 1 }),
			categories: []string{"one", "many", "other"}},
		"ja": {tag: "ja", decimal: ".", group: ",",
			symbols: map[string]string{"USD": "$", "EUR": "€", "JPY": "￥", "GBP": "£", "CNY": "元", "INR": "₹", "KRW": "₩", "CAD": "CA$", "AUD": "A$"},
			compact: tenThousands("万", "億", "兆", "京"), plural: func(int64, int, float64) string { return "other" }, categories: []string{"other"}},
		"zh": {tag: "zh", decimal: ".", group: ",",
			symbols: map[string]string{"USD": "US$", "EUR": "€", "JPY": "JP¥", "GBP": "£", "CNY": "¥", "INR": "₹", "KRW": "₩", "CAD": "CA$", "AUD": "AU$"},
			compact: tenThousands("万", "亿", "万亿"), plural: func(int64, int, float64) string { return "other" }, categories: []string{"other"}},
		"tr": {tag: "tr", decimal: ",", group: ".", percentPrefix: true,
			symbols: map[string]string{"USD": "$", "EUR": "€", "JPY": "¥", "GBP": "£", "CNY": "CN¥", "TRY": "₺", "INR": "₹", "KRW": "₩", "CAD": "CA$", "AUD": "AU$"},
			compact: thousands(nbsp, "B", "Mn", "Mr", "Tn"), plural: pluralOne, categories: []string{"one", "other"}},
	}
}}

func numLocales() map[string]*numLocale { return numLocalesLazy.get() }

// knownRegions are the language-region tags whose data is the language's.
var knownRegionsLazy = lazyValue[map[string]string]{f: func() map[string]string {
	return map[string]string{
		"en-US": "en-US", "en-GB": "en-GB", "de-DE": "de", "fr-FR": "fr", "es-ES": "es",
		"ja-JP": "ja", "zh-CN": "zh", "zh-Hans-CN": "zh", "zh-Hans": "zh", "tr-TR": "tr",
	}
}}

func knownRegions() map[string]string { return knownRegionsLazy.get() }

// resolveLocale picks the locale data for a requested list (already
// canonicalized) and the tag resolvedOptions() reports.
func resolveLocale(requested []string) (*numLocale, string) {
	for _, tag := range requested {
		if tag == "en" {
			return numLocales()["en-US"], "en"
		}
		if key, ok := knownRegions()[tag]; ok {
			return numLocales()[key], tag
		}
		if l, ok := numLocales()[tag]; ok {
			return l, tag
		}
		lang, _, _ := strings.Cut(tag, "-")
		if lang == "en" {
			return numLocales()["en-US"], "en"
		}
		if l, ok := numLocales()[lang]; ok {
			return l, lang
		}
	}
	return numLocales()["en-US"], "en-US"
}

// canonicalizeLocaleList is CanonicalizeLocaleList for the common cases: a
// string or a list of strings, each a BCP 47 tag whose subtags are
// letters and digits; the language is lower case, a region upper case, a
// script title case.
func (b *installer) canonicalizeLocaleList(v goja.Value) []string {
	if v == nil || goja.IsUndefined(v) {
		return nil
	}
	var tags []string
	if s, ok := v.(goja.String); ok && typeOf(v) == "string" {
		tags = []string{s.String()}
	} else {
		if goja.IsNull(v) {
			b.typeError("Cannot convert undefined or null to object")
		}
		o := v.ToObject(b.rt)
		n := getv(o, "length").ToInteger()
		for i := int64(0); i < n; i++ {
			e := o.Get(itoa(i))
			if typeOf(e) != "string" && typeOf(e) != "object" || goja.IsNull(e) {
				b.typeError("Language ID should be string or object.")
			}
			tags = append(tags, e.String())
		}
	}
	var out []string
	seen := map[string]bool{}
	for _, t := range tags {
		c, ok := canonicalTag(t)
		if !ok {
			b.rangeError("Invalid language tag: " + t)
		}
		if !seen[c] {
			seen[c] = true
			out = append(out, c)
		}
	}
	return out
}

// canonicalTag is the canonical form of the language tag t, false when t
// is no Unicode locale identifier (intl_localeid.go).
func canonicalTag(t string) (string, bool) {
	id, ok := canonicalLocale(t)
	if !ok {
		return "", false
	}
	return id.String(), true
}

// intlGlobal builds the Intl namespace object.
func (b *installer) intlGlobal() goja.Value {
	rt := b.rt
	intl := rt.NewObject()
	b.tag(intl, "Intl")
	b.method(intl, "getCanonicalLocales", 1, func(call goja.FunctionCall) goja.Value {
		var out []any
		for _, t := range b.canonicalizeLocaleList(call.Argument(0)) {
			out = append(out, t)
		}
		return rt.NewArray(out...)
	})
	b.supportedValuesOf(intl)
	_ = intl.DefineDataProperty("DateTimeFormat", b.dateTimeFormatCtor(), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = intl.DefineDataProperty("NumberFormat", b.numberFormatCtor(), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = intl.DefineDataProperty("Collator", b.collatorCtor(), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = intl.DefineDataProperty("PluralRules", b.pluralRulesCtor(), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = intl.DefineDataProperty("RelativeTimeFormat", b.relativeTimeFormatCtor(), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = intl.DefineDataProperty("ListFormat", b.listFormatCtor(), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = intl.DefineDataProperty("Locale", b.localeCtor(), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = intl.DefineDataProperty("DisplayNames", b.displayNamesCtor(), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = intl.DefineDataProperty("Segmenter", b.segmenterCtor(), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return intl
}

// supportedLocalesOf is the static supportedLocalesOf of an Intl class.
func (b *installer) supportedLocalesOf(c *goja.Object) {
	method := "Intl." + c.Get("name").String() + ".supportedLocalesOf"
	b.method(c, "supportedLocalesOf", 1, func(call goja.FunctionCall) goja.Value {
		var out []any
		req := b.canonicalizeLocaleList(call.Argument(0))
		if o := call.Argument(1); goja.IsNull(o) {
			b.typeError(method + " called on null or undefined")
		} else if !goja.IsUndefined(o) {
			b.getOption(o.ToObject(b.rt), "localeMatcher", method, []string{"lookup", "best fit"}, "best fit")
		}
		for _, t := range req {
			if _, tag := resolveLocale([]string{t}); tag != "en-US" || t == "en-US" {
				out = append(out, t)
			}
		}
		return b.rt.NewArray(out...)
	})
}

// getOption is GetOption for a string option with allowed values.
func (b *installer) getOption(opts *goja.Object, name, class string, allowed []string, def string) string {
	if opts == nil {
		return def
	}
	v := opts.Get(name)
	if v == nil || goja.IsUndefined(v) {
		return def
	}
	s := b.toString(v).String()
	if allowed != nil {
		ok := false
		for _, a := range allowed {
			ok = ok || a == s
		}
		if !ok {
			b.rangeError("Value " + s + " out of range for " + class + " options property " + name)
		}
	}
	return s
}

// getNumberOption is GetNumberOption: -1 when absent.
func (b *installer) getNumberOption(opts *goja.Object, name string, lo, hi int) int {
	if opts == nil {
		return -1
	}
	v := opts.Get(name)
	if v == nil || goja.IsUndefined(v) {
		return -1
	}
	f := v.ToFloat()
	if f != f || f < float64(lo) || f > float64(hi) {
		b.rangeError(name + " value is out of range.")
	}
	return int(f)
}

func (b *installer) optionsObject(v goja.Value) *goja.Object {
	if v == nil || goja.IsUndefined(v) {
		return nil
	}
	if goja.IsNull(v) {
		b.typeError("Cannot convert undefined or null to object")
	}
	return v.ToObject(b.rt)
}

// createData is CreateDataProperty(o, key, v): an own data property, even
// where o's prototype chain has an accessor of that name (o.Set would run
// it).
func (b *installer) createData(o *goja.Object, key string, v any) {
	_ = o.DefineDataProperty(key, b.rt.ToValue(v), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
}
