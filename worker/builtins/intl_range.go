package builtins

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// formatRange and formatRangeToParts of Intl.NumberFormat, as ICU's
// number range formatter does them with V8's settings (collapse "auto",
// identity fallback "approximately"):
//   - both ends format the same: the one number with the locale's
//     approximately sign in front ("~5", "≈-3,00 $");
//   - else the two with the locale's range separator between; the affixes
//     (sign, currency, percent, compact suffix) are written once when both
//     ends have the same ones and they are more than one character
//     ("US$3.00–5.00", "3,00–5,00 €", but "$3.00 – $5.00");
//   - the separator gets spaces when the start keeps affixes of its own.

// rangeSeparator and approximatelySign are CLDR's, by numLocale tag.
var (
	rangeSeparators    = [...][2]string{{"en-US", "–"}, {"en-GB", "–"}, {"de", "–"}, {"fr", "–"}, {"es", "-"}, {"ja", "～"}, {"zh", "-"}, {"tr", "–"}}
	approximatelySigns = [...][2]string{{"en-US", "~"}, {"en-GB", "~"}, {"de", "≈"}, {"fr", "≃"}, {"es", "~"}, {"ja", "約"}, {"zh", "~"}, {"tr", "~"}}
)

// rangePart is a part with its source: startRange, endRange or shared.
type rangePart struct {
	part
	source string
}

func isNumberPart(p part) bool {
	switch p.typ {
	case "integer", "group", "decimal", "fraction", "nan", "infinity":
		return true
	}
	return false
}

// affixes splits formatted parts into prefix, number and suffix.
func affixes(ps []part) (pre, num, suf []part) {
	first, last := -1, -1
	for i, p := range ps {
		if isNumberPart(p) {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return nil, ps, nil
	}
	return ps[:first], ps[first : last+1], ps[last+1:]
}

func tagged(ps []part, source string) []rangePart {
	out := make([]rangePart, len(ps))
	for i, p := range ps {
		out[i] = rangePart{p, source}
	}
	return out
}

// rangeParts formats the range [x, y] (both already formatted; sameSign
// when both are negative or neither: ICU compares the rounded numbers,
// which signDisplay "never" can print alike).
func (nf *numberFormat) rangeParts(x, y []part, sameSign bool) []rangePart {
	if sameSign && joinParts(x) == joinParts(y) {
		return tagged(append([]part{{"approximatelySign", lookupTag(approximatelySigns[:], nf.loc.tag)}}, x...), "shared")
	}
	xp, xn, xs := affixes(x)
	yp, yn, ys := affixes(y)
	mod := joinParts(xp) + joinParts(xs)
	collapse := joinParts(xp) == joinParts(yp) && joinParts(xs) == joinParts(ys) && utf8.RuneCountInString(mod) > 1
	sep := lookupTag(rangeSeparators[:], nf.loc.tag)
	if !collapse && mod != "" {
		if r, _ := utf8.DecodeRuneInString(sep); !unicode.IsSpace(r) {
			sep = " " + sep
		}
		if r, _ := utf8.DecodeLastRuneInString(sep); !unicode.IsSpace(r) {
			sep += " "
		}
	}
	mid := rangePart{part{"literal", sep}, "shared"}
	if !collapse {
		return append(append(tagged(x, "startRange"), mid), tagged(y, "endRange")...)
	}
	out := tagged(xp, "shared")
	out = append(out, tagged(xn, "startRange")...)
	out = append(out, mid)
	out = append(out, tagged(yn, "endRange")...)
	return append(out, tagged(ys, "shared")...)
}

// numberRangeEnds reads formatRange's arguments as V8 does: undefined is a
// TypeError, NaN a RangeError, after both are converted.
func (b *installer) numberRangeEnds(nf *numberFormat, call goja.FunctionCall) (x, y []part, sameSign bool) {
	start, end := call.Argument(0), call.Argument(1)
	if goja.IsUndefined(start) {
		b.typeError("Invalid start : undefined")
	}
	if goja.IsUndefined(end) {
		b.typeError("Invalid end : undefined")
	}
	// Each end is converted once (valueOf runs once, as in V8).
	num := func(v goja.Value) goja.Value {
		if _, ok := v.(*goja.Symbol); ok {
			b.typeError("Cannot convert a Symbol value to a number")
		}
		if typeOf(v) == "bigint" || typeOf(v) == "string" && !math.IsNaN(v.ToFloat()) {
			return v // formatValue reads long integer strings exactly
		}
		return b.rt.ToValue(v.ToFloat())
	}
	start, end = num(start), num(end)
	isNaN := func(v goja.Value) bool { return typeOf(v) != "bigint" && math.IsNaN(v.ToFloat()) }
	if isNaN(start) {
		b.rangeError("Invalid start : NaN")
	}
	if isNaN(end) {
		b.rangeError("Invalid end : NaN")
	}
	negative := func(v goja.Value) bool {
		if typeOf(v) == "bigint" {
			return strings.HasPrefix(v.String(), "-")
		}
		return math.Signbit(v.ToFloat()) // a string's sign too: "-0" is -0
	}
	return nf.formatValue(start), nf.formatValue(end), negative(start) == negative(end)
}

// installNumberRange defines formatRange and formatRangeToParts on
// Intl.NumberFormat.prototype; this unwraps the receiver.
func (b *installer) installNumberRange(proto *goja.Object, this func(goja.Value, string) *numberFormat) {
	rt := b.rt
	b.method(proto, "formatRange", 2, func(call goja.FunctionCall) goja.Value {
		nf := this(call.This, "Intl.NumberFormat.prototype.formatRange")
		var s strings.Builder
		for _, p := range nf.rangeParts(b.numberRangeEnds(nf, call)) {
			s.WriteString(p.value)
		}
		return rt.ToValue(s.String())
	})
	b.method(proto, "formatRangeToParts", 2, func(call goja.FunctionCall) goja.Value {
		nf := this(call.This, "Intl.NumberFormat.prototype.formatRangeToParts")
		var out []any
		for _, p := range nf.rangeParts(b.numberRangeEnds(nf, call)) {
			o := rt.NewObject()
			b.createData(o, "type", p.typ)
			b.createData(o, "value", p.value)
			b.createData(o, "source", p.source)
			out = append(out, o)
		}
		return rt.NewArray(out...)
	})
}

// lookupTag is the value of tag in a table of (tag, value) pairs, "" when
// it has none (static tables: no map is built at start-up).
func lookupTag(table [][2]string, tag string) string {
	for _, e := range table {
		if e[0] == tag {
			return e[1]
		}
	}
	return ""
}
