package jsfix

import (
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"

	"github.com/mcrepl/mcrepl/internal/runeset"
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
					writeRanges(&b, ranges.Complement())
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

// writeRanges writes rs as class ranges, without the surrogates, which
// goja's translation cannot take in a class (a string's lone surrogate
// never matches a u-flag class in goja anyway).
func writeRanges(b *strings.Builder, rs runeset.Set) {
	for _, r := range rs {
		if r.Lo <= 0xdfff && r.Hi >= 0xd800 {
			if r.Lo < 0xd800 {
				writeRanges(b, runeset.Set{{Lo: r.Lo, Hi: 0xd7ff}})
			}
			if r.Hi > 0xdfff {
				writeRanges(b, runeset.Set{{Lo: 0xe000, Hi: r.Hi}})
			}
			continue
		}
		writeRune(b, r.Lo)
		if r.Hi > r.Lo {
			b.WriteByte('-')
			writeRune(b, r.Hi)
		}
	}
}

func writeRune(b *strings.Builder, r rune) {
	b.WriteString(`\u{`)
	b.WriteString(strconv.FormatInt(int64(r), 16))
	b.WriteByte('}')
}

// Property returns the code points of the Unicode property a \p{name}
// escape names (the names UnicodeProps knows), false for others.
func Property(name string) (runeset.Set, bool) { return property(name) }

// propCache holds the ranges of the properties already expanded.
var propCache sync.Map // string -> runeset.Set

// property returns the code points of the property a \p{...} names: a
// General_Category value (short or long name, bare or after gc= or
// General_Category=), a script (after sc=, Script=, scx= or
// Script_Extensions=, which Go's tables give as Script), a binary property
// of Go's tables, or Any, ASCII, Assigned, Alphabetic, Lowercase,
// Uppercase.
func property(name string) (runeset.Set, bool) {
	if v, ok := propCache.Load(name); ok {
		return v.(runeset.Set), true
	}
	tabs, ok := propertyTables(name)
	if !ok {
		return nil, false
	}
	rs := runeset.FromTables(tabs...)
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
		return []*unicode.RangeTable{table(runeset.FromTables(assigned...).Complement())}, true
	case "C":
		// Go's C lacks the unassigned code points that Unicode's Other has.
		cn, _ := category("Cn")
		return append([]*unicode.RangeTable{unicode.C}, cn...), true
	}
	t, ok := unicode.Categories[name]
	return []*unicode.RangeTable{t}, ok
}

// table is s as a RangeTable.
func table(s runeset.Set) *unicode.RangeTable {
	t := &unicode.RangeTable{}
	for _, r := range s {
		t.R32 = append(t.R32, unicode.Range32{Lo: uint32(r.Lo), Hi: uint32(r.Hi), Stride: 1})
	}
	return t
}
