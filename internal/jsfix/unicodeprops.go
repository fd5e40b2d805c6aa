package jsfix

import (
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
)

// Unicode property escapes. goja's translation of a regular expression
// reads \p{L} as the letter p followed by "{L}", so /\p{L}+/u matches "p{L}"
// and nothing a script means by it, silently. UnicodeProps rewrites each
// \p{...} and \P{...} of a u-flag pattern into the character class of the
// code points the property names, from Go's Unicode tables, which goja
// compiles as it should.

// UnicodeProps returns pattern with its property escapes expanded, when
// flags has u and every escape names a property Go's tables hold; false
// leaves the pattern as it was (no escape, no u flag, or a property such as
// Emoji that Go's tables lack).
func UnicodeProps(pattern, flags string) (string, bool) {
	if !strings.ContainsRune(flags, 'u') || !strings.Contains(pattern, `\p{`) && !strings.Contains(pattern, `\P{`) {
		return pattern, false
	}
	var b strings.Builder
	inClass, changed := false, false
	for i := 0; i < len(pattern); i++ {
		c := pattern[i]
		switch {
		case c == '\\' && i+1 < len(pattern):
			n := pattern[i+1]
			if (n == 'p' || n == 'P') && i+2 < len(pattern) && pattern[i+2] == '{' {
				end := strings.IndexByte(pattern[i+3:], '}')
				if end < 0 {
					return pattern, false
				}
				ranges, ok := property(pattern[i+3 : i+3+end])
				if !ok {
					return pattern, false
				}
				negate := n == 'P'
				switch {
				case inClass && negate:
					writeRanges(&b, complement(ranges))
				case inClass:
					writeRanges(&b, ranges)
				case negate:
					b.WriteString("[^")
					writeRanges(&b, ranges)
					b.WriteByte(']')
				default:
					b.WriteByte('[')
					writeRanges(&b, ranges)
					b.WriteByte(']')
				}
				i += 3 + end
				changed = true
				continue
			}
			b.WriteByte(c)
			b.WriteByte(n)
			i++
		case c == '[' && !inClass:
			inClass = true
			b.WriteByte(c)
		case c == ']' && inClass:
			inClass = false
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	if !changed {
		return pattern, false
	}
	out := b.String()
	if _, loaded := expanded.LoadOrStore(out, pattern); !loaded && expandedCount.Add(1) > maxExpanded {
		expanded.Delete(out) // a program that makes patterns without end: keep the first ones
	}
	return out, true
}

// expanded maps each expansion back to the pattern it came from, for
// RegExp.prototype.source (OriginalSource): a script, console.log and the
// shell see /\p{L}/u, not the class of every letter.
var (
	expanded      sync.Map // string -> string
	expandedCount atomic.Int64
)

// maxExpanded bounds the patterns remembered (each a few KiB).
const maxExpanded = 4096

// OriginalSource returns the pattern an expansion of UnicodeProps came from,
// or src itself.
func OriginalSource(src string) string {
	if len(src) < 16 {
		return src
	}
	if o, ok := expanded.Load(src); ok {
		return o.(string)
	}
	return src
}

// runeRange is a closed range of code points.
type runeRange struct{ lo, hi rune }

// writeRanges writes rs as class ranges, without the surrogates, which
// goja's translation cannot take in a class (a string's lone surrogate
// never matches a u-flag class in goja anyway).
func writeRanges(b *strings.Builder, rs []runeRange) {
	for _, r := range rs {
		if r.lo <= 0xdfff && r.hi >= 0xd800 {
			if r.lo < 0xd800 {
				writeRanges(b, []runeRange{{r.lo, 0xd7ff}})
			}
			if r.hi > 0xdfff {
				writeRanges(b, []runeRange{{0xe000, r.hi}})
			}
			continue
		}
		writeRune(b, r.lo)
		if r.hi > r.lo {
			b.WriteByte('-')
			writeRune(b, r.hi)
		}
	}
}

func writeRune(b *strings.Builder, r rune) {
	b.WriteString(`\u{`)
	b.WriteString(strconv.FormatInt(int64(r), 16))
	b.WriteByte('}')
}

// complement is every code point outside rs (sorted, merged).
func complement(rs []runeRange) []runeRange {
	var out []runeRange
	next := rune(0)
	for _, r := range rs {
		if r.lo > next {
			out = append(out, runeRange{next, r.lo - 1})
		}
		next = r.hi + 1
	}
	if next <= unicode.MaxRune {
		out = append(out, runeRange{next, unicode.MaxRune})
	}
	return out
}

// propCache holds the ranges of the properties already expanded.
var propCache sync.Map // string -> []runeRange

// property returns the code points of the property a \p{...} names: a
// General_Category value (short or long name, bare or after gc= or
// General_Category=), a script (after sc=, Script=, scx= or
// Script_Extensions=, which Go's tables give as Script), a binary property
// of Go's tables, or Any, ASCII, Assigned, Alphabetic, Lowercase,
// Uppercase.
func property(name string) ([]runeRange, bool) {
	if v, ok := propCache.Load(name); ok {
		return v.([]runeRange), true
	}
	tabs, ok := propertyTables(name)
	if !ok {
		return nil, false
	}
	rs := merge(tabs)
	propCache.Store(name, rs)
	return rs, true
}

func propertyTables(name string) ([]*unicode.RangeTable, bool) {
	key, value, hasValue := strings.Cut(name, "=")
	if hasValue {
		switch key {
		case "gc", "General_Category":
			return category(value)
		case "sc", "Script", "scx", "Script_Extensions":
			t, ok := unicode.Scripts[value]
			return []*unicode.RangeTable{t}, ok
		}
		return nil, false
	}
	if t, ok := category(name); ok {
		return t, true
	}
	switch name {
	case "Any":
		return []*unicode.RangeTable{{R32: []unicode.Range32{{Lo: 0, Hi: unicode.MaxRune, Stride: 1}}}}, true
	case "ASCII":
		return []*unicode.RangeTable{{R16: []unicode.Range16{{Lo: 0, Hi: 0x7f, Stride: 1}}}}, true
	case "Assigned":
		var all []*unicode.RangeTable
		for k, t := range unicode.Categories {
			if len(k) == 2 && k != "Cn" {
				all = append(all, t)
			}
		}
		return all, true
	case "Alphabetic", "Alpha":
		return []*unicode.RangeTable{unicode.Lu, unicode.Ll, unicode.Lt, unicode.Lm, unicode.Lo, unicode.Nl, unicode.Other_Alphabetic}, true
	case "Lowercase", "Lower":
		return []*unicode.RangeTable{unicode.Ll, unicode.Other_Lowercase}, true
	case "Uppercase", "Upper":
		return []*unicode.RangeTable{unicode.Lu, unicode.Other_Uppercase}, true
	}
	if t, ok := unicode.Properties[name]; ok {
		return []*unicode.RangeTable{t}, true
	}
	return nil, false
}

// categoryNames maps General_Category long names to the short ones of Go's
// tables.
var categoryNames = map[string]string{
	"Letter": "L", "Cased_Letter": "LC", "Uppercase_Letter": "Lu", "Lowercase_Letter": "Ll",
	"Titlecase_Letter": "Lt", "Modifier_Letter": "Lm", "Other_Letter": "Lo",
	"Mark": "M", "Combining_Mark": "M", "Nonspacing_Mark": "Mn", "Spacing_Mark": "Mc", "Enclosing_Mark": "Me",
	"Number": "N", "Decimal_Number": "Nd", "digit": "Nd", "Letter_Number": "Nl", "Other_Number": "No",
	"Punctuation": "P", "punct": "P", "Connector_Punctuation": "Pc", "Dash_Punctuation": "Pd",
	"Open_Punctuation": "Ps", "Close_Punctuation": "Pe", "Initial_Punctuation": "Pi",
	"Final_Punctuation": "Pf", "Other_Punctuation": "Po",
	"Symbol": "S", "Math_Symbol": "Sm", "Currency_Symbol": "Sc", "Modifier_Symbol": "Sk", "Other_Symbol": "So",
	"Separator": "Z", "Space_Separator": "Zs", "Line_Separator": "Zl", "Paragraph_Separator": "Zp",
	"Other": "C", "Control": "Cc", "cntrl": "Cc", "Format": "Cf", "Surrogate": "Cs", "Private_Use": "Co",
	"Unassigned": "Cn",
}

func category(name string) ([]*unicode.RangeTable, bool) {
	if short, ok := categoryNames[name]; ok {
		name = short
	}
	switch name {
	case "LC":
		return []*unicode.RangeTable{unicode.Lu, unicode.Ll, unicode.Lt}, true
	case "Cn":
		var assigned []*unicode.RangeTable
		for k, t := range unicode.Categories {
			if len(k) == 2 {
				assigned = append(assigned, t)
			}
		}
		return []*unicode.RangeTable{complementTable(merge(assigned))}, true
	case "C":
		// Go's C lacks the unassigned code points that Unicode's Other has.
		cn, _ := category("Cn")
		return append([]*unicode.RangeTable{unicode.C}, cn...), true
	}
	t, ok := unicode.Categories[name]
	return []*unicode.RangeTable{t}, ok
}

// complementTable is a table of the code points outside rs.
func complementTable(rs []runeRange) *unicode.RangeTable {
	t := &unicode.RangeTable{}
	for _, r := range complement(rs) {
		t.R32 = append(t.R32, unicode.Range32{Lo: uint32(r.lo), Hi: uint32(r.hi), Stride: 1})
	}
	return t
}

// merge is the union of the tables, as sorted, merged ranges.
func merge(tabs []*unicode.RangeTable) []runeRange {
	var rs []runeRange
	add := func(lo, hi, stride uint32) {
		if stride == 1 {
			rs = append(rs, runeRange{rune(lo), rune(hi)})
			return
		}
		for c := lo; c <= hi; c += stride {
			rs = append(rs, runeRange{rune(c), rune(c)})
		}
	}
	for _, t := range tabs {
		for _, r := range t.R16 {
			add(uint32(r.Lo), uint32(r.Hi), uint32(r.Stride))
		}
		for _, r := range t.R32 {
			add(r.Lo, r.Hi, r.Stride)
		}
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].lo < rs[j].lo })
	var out []runeRange
	for _, r := range rs {
		if n := len(out); n > 0 && r.lo <= out[n-1].hi+1 {
			out[n-1].hi = max(out[n-1].hi, r.hi)
			continue
		}
		out = append(out, r)
	}
	return out
}
