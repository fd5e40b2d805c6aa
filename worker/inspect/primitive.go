package inspect

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// Style names, as Node's inspect.styles keys them.
const (
	styleSpecial   = "special"
	styleNumber    = "number"
	styleBigInt    = "bigint"
	styleBoolean   = "boolean"
	styleUndefined = "undefined"
	styleNull      = "null"
	styleString    = "string"
	styleSymbol    = "symbol"
	styleDate      = "date"
	styleRegExp    = "regexp"
	styleName      = "name"
)

// styleCodes are the SGR open and close codes of Node's default
// inspect.styles: special cyan, number/bigint/boolean yellow, undefined grey,
// null bold, string/symbol green, date magenta, regexp red, name unstyled.
func styleCodes(style string) (open, close string) {
	switch style {
	case styleSpecial:
		return "\x1b[36m", "\x1b[39m"
	case styleNumber, styleBigInt, styleBoolean:
		return "\x1b[33m", "\x1b[39m"
	case styleUndefined:
		return "\x1b[90m", "\x1b[39m"
	case styleNull:
		return "\x1b[1m", "\x1b[22m"
	case styleString, styleSymbol:
		return "\x1b[32m", "\x1b[39m"
	case styleDate:
		return "\x1b[35m", "\x1b[39m"
	case styleRegExp:
		return "\x1b[31m", "\x1b[39m"
	}
	return "", ""
}

// Special is s in Node's style for special values (a function, a class:
// cyan) when colors is set, for a formatting hook that shows such a value.
func Special(s string, colors bool) string { return stylize(colors, s, styleSpecial) }

func stylize(colors bool, s, style string) string {
	if !colors {
		return s
	}
	open, close := styleCodes(style)
	if open == "" {
		return s
	}
	return open + s + close
}

// meta is Node's escape table for the code units below 0xa0: \xHH for the
// C0 and C1 controls and DEL, the short escapes, and "" (no escape) for the
// rest. A literal, which the compiler lays out as data (meta_test.go checks
// it against the rule).
var meta = [0xa0]string{
	0x00: `\x00`, 0x01: `\x01`, 0x02: `\x02`, 0x03: `\x03`, 0x04: `\x04`, 0x05: `\x05`,
	0x06: `\x06`, 0x07: `\x07`, 0x08: `\b`, 0x09: `\t`, 0x0a: `\n`, 0x0b: `\x0B`, 0x0c: `\f`,
	0x0d: `\r`, 0x0e: `\x0E`, 0x0f: `\x0F`, 0x10: `\x10`, 0x11: `\x11`, 0x12: `\x12`,
	0x13: `\x13`, 0x14: `\x14`, 0x15: `\x15`, 0x16: `\x16`, 0x17: `\x17`, 0x18: `\x18`,
	0x19: `\x19`, 0x1a: `\x1A`, 0x1b: `\x1B`, 0x1c: `\x1C`, 0x1d: `\x1D`, 0x1e: `\x1E`,
	0x1f: `\x1F`, 0x27: `\'`, 0x5c: `\\`, 0x7f: `\x7F`, 0x80: `\x80`, 0x81: `\x81`, 0x82: `\x82`,
	0x83: `\x83`, 0x84: `\x84`, 0x85: `\x85`, 0x86: `\x86`, 0x87: `\x87`, 0x88: `\x88`,
	0x89: `\x89`, 0x8a: `\x8A`, 0x8b: `\x8B`, 0x8c: `\x8C`, 0x8d: `\x8D`, 0x8e: `\x8E`,
	0x8f: `\x8F`, 0x90: `\x90`, 0x91: `\x91`, 0x92: `\x92`, 0x93: `\x93`, 0x94: `\x94`,
	0x95: `\x95`, 0x96: `\x96`, 0x97: `\x97`, 0x98: `\x98`, 0x99: `\x99`, 0x9a: `\x9A`,
	0x9b: `\x9B`, 0x9c: `\x9C`, 0x9d: `\x9D`, 0x9e: `\x9E`, 0x9f: `\x9F`,
}

const hexDigits = "0123456789abcdef"

// strEscape quotes s as Node's strEscape does: single quotes unless s
// contains one, then double quotes unless s contains one too, then backticks
// unless s contains a backtick or "${"; control characters, C1 controls,
// the backslash and the chosen quote are escaped.
func strEscape(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 {
		if strings.IndexByte(s, '"') < 0 {
			quote = '"'
		} else if strings.IndexByte(s, '`') < 0 && !strings.Contains(s, "${") {
			quote = '`'
		}
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	escapeInto(&b, s, quote == '\'')
	b.WriteByte(quote)
	return b.String()
}

// escapeInto writes s with Node's meta escapes; the single quote is escaped
// only when it is the quote in use.
func escapeInto(b *strings.Builder, s string, escapeSingle bool) {
	last := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == '\\' || c == 0x7f || (c == '\'' && escapeSingle) {
				b.WriteString(s[last:i])
				b.WriteString(meta[c])
				last = i + 1
			}
			i++
			continue
		}
		r, size := decodeJS(s[i:])
		switch {
		case r >= 0x80 && r < 0xa0:
			b.WriteString(s[last:i])
			b.WriteString(meta[r])
			last = i + size
		case utf16.IsSurrogate(r):
			b.WriteString(s[last:i])
			b.WriteString(`\u` + strconv.FormatInt(int64(r), 16))
			last = i + size
		}
		i += size
	}
	b.WriteString(s[last:])
}

// escapeKey escapes a symbol description or non-enumerable key as Node does
// with strEscapeSequencesReplacer: the single quote is escaped too.
func escapeKey(s string) string {
	var b strings.Builder
	escapeInto(&b, s, true)
	return b.String()
}

// isIdentifierKey reports whether a key prints unquoted (Node's keyStrRegExp,
// /^[a-zA-Z_][a-zA-Z_0-9]*$/).
func isIdentifierKey(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (i > 0 && c >= '0' && c <= '9') {
			continue
		}
		return false
	}
	return true
}

// Strings that hold lone surrogates (which Go's UTF-8 cannot) are kept in
// WTF-8: a surrogate code unit is encoded like any other code point below
// U+10000, ED A0..BF 80..BF. exactString produces it; decodeJS, jsLen,
// jsSlice and escapeInto read it.

// WTF8 is v's text, with lone surrogates kept in WTF-8 rather than
// replaced by U+FFFD as goja's String() does: the bytes workerd makes of a
// JS string (package blob's WTF8). v is a string value.
func WTF8(v goja.Value) string { return exactString(v) }

// exactString is WTF8.
func exactString(v goja.Value) string {
	s := v.String()
	gs, ok := v.(goja.String)
	if !ok || !strings.ContainsRune(s, utf8.RuneError) {
		return s
	}
	n := gs.Length()
	b := make([]byte, 0, len(s))
	for i := 0; i < n; i++ {
		c := rune(gs.CharAt(i))
		if utf16.IsSurrogate(c) && c < 0xdc00 && i+1 < n {
			if d := rune(gs.CharAt(i + 1)); d >= 0xdc00 && d <= 0xdfff {
				b = utf8.AppendRune(b, utf16.DecodeRune(c, d))
				i++
				continue
			}
		}
		if utf16.IsSurrogate(c) {
			b = append(b, 0xed, byte(0xa0|(c>>6)&0x1f), byte(0x80|c&0x3f))
			continue
		}
		b = utf8.AppendRune(b, c)
	}
	return string(b)
}

// decodeJS is utf8.DecodeRuneInString that also decodes a WTF-8 surrogate.
func decodeJS(s string) (rune, int) {
	if len(s) >= 3 && s[0] == 0xed && s[1] >= 0xa0 && s[1] <= 0xbf && s[2] >= 0x80 && s[2] <= 0xbf {
		return 0xd000 | rune(s[1]&0x3f)<<6 | rune(s[2]&0x3f), 3
	}
	return utf8.DecodeRuneInString(s)
}

// unitLen is the number of UTF-16 code units of r (a lone surrogate is one).
func unitLen(r rune) int {
	if utf16.IsSurrogate(r) {
		return 1
	}
	return utf16.RuneLen(r)
}

// jsLen is the length of s in UTF-16 code units, JavaScript's String length.
func jsLen(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			n++
			i++
			continue
		}
		r, size := decodeJS(s[i:])
		n += unitLen(r)
		i += size
	}
	return n
}

// jsSlice returns the first n UTF-16 code units of s (a surrogate pair cut
// in half is dropped) and whether s was longer.
func jsSlice(s string, n int) (string, bool) {
	units := 0
	for i := 0; i < len(s); {
		r, size := decodeJS(s[i:])
		l := unitLen(r)
		if units+l > n {
			return s[:i], true
		}
		units += l
		i += size
	}
	return s, false
}

// numberString formats f as JavaScript's Number.prototype.toString does.
func numberString(f float64) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	case f == 0:
		return "0"
	}
	neg := f < 0
	if neg {
		f = -f
	}
	// The shortest round-tripping digits and exponent, then ECMA-262's
	// Number::toString layout.
	e := strconv.FormatFloat(f, 'e', -1, 64)
	mant, expStr, _ := strings.Cut(e, "e")
	digits := strings.Replace(mant, ".", "", 1)
	exp, _ := strconv.Atoi(expStr)
	k := len(digits)
	n := exp + 1
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	switch {
	case k <= n && n <= 21:
		b.WriteString(digits)
		b.WriteString(strings.Repeat("0", n-k))
	case 0 < n && n <= 21:
		b.WriteString(digits[:n])
		b.WriteByte('.')
		b.WriteString(digits[n:])
	case -6 < n && n <= 0:
		b.WriteString("0.")
		b.WriteString(strings.Repeat("0", -n))
		b.WriteString(digits)
	default:
		b.WriteByte(digits[0])
		if k > 1 {
			b.WriteByte('.')
			b.WriteString(digits[1:])
		}
		b.WriteByte('e')
		if n-1 >= 0 {
			b.WriteByte('+')
		}
		b.WriteString(strconv.Itoa(n - 1))
	}
	return b.String()
}

// formatNumber is Node's formatNumber without numeric separators: -0 is
// shown as -0.
func formatNumber(colors bool, f float64) string {
	if f == 0 && math.Signbit(f) {
		return stylize(colors, "-0", styleNumber)
	}
	return stylize(colors, numberString(f), styleNumber)
}

// stringWidth is the number of terminal columns s takes, as Node's
// getStringWidth computes it without ICU: ANSI escapes are skipped when
// colors is set, full-width code points count two, zero-width ones none.
func stringWidth(s string, colors bool) int {
	if colors {
		s = stripANSI(s)
	}
	w := 0
	for _, r := range s {
		switch {
		case isFullWidth(r):
			w += 2
		case !isZeroWidth(r):
			w++
		}
	}
	return w
}

func isZeroWidth(r rune) bool {
	return r <= 0x1f || (r >= 0x7f && r <= 0x9f) || (r >= 0x300 && r <= 0x36f) ||
		(r >= 0x200b && r <= 0x200f) || (r >= 0x20d0 && r <= 0x20ff) ||
		(r >= 0xfe00 && r <= 0xfe0f) || (r >= 0xfe20 && r <= 0xfe2f) ||
		(r >= 0xe0100 && r <= 0xe01ef)
}

func isFullWidth(r rune) bool {
	return r >= 0x1100 && (r <= 0x115f || r == 0x2329 || r == 0x232a ||
		(r >= 0x2e80 && r <= 0x3247 && r != 0x303f) ||
		(r >= 0x3250 && r <= 0x4dbf) || (r >= 0x4e00 && r <= 0xa4c6) ||
		(r >= 0xa960 && r <= 0xa97c) || (r >= 0xac00 && r <= 0xd7a3) ||
		(r >= 0xf900 && r <= 0xfaff) || (r >= 0xfe10 && r <= 0xfe19) ||
		(r >= 0xfe30 && r <= 0xfe6b) || (r >= 0xff01 && r <= 0xff60) ||
		(r >= 0xffe0 && r <= 0xffe6) || (r >= 0x1b000 && r <= 0x1b001) ||
		(r >= 0x1f200 && r <= 0x1f251) || (r >= 0x1f300 && r <= 0x1f64f) ||
		(r >= 0x20000 && r <= 0x3fffd))
}

// stripANSI removes the SGR sequences (ESC [ digits/semicolons m) that
// this package emits; that is all removeColors has to undo here.
func stripANSI(s string) string {
	if strings.IndexByte(s, 0x1b) < 0 {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == 0x1b && i+1 < len(s) && s[i+1] == '[' {
			j := i + 2
			for j < len(s) && (s[j] == ';' || (s[j] >= '0' && s[j] <= '9')) {
				j++
			}
			if j < len(s) && s[j] == 'm' {
				i = j
				continue
			}
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// visibleLen is the JavaScript length of s with colours removed, as
// isBelowBreakLength measures entries.
func visibleLen(s string, colors bool) int {
	if colors {
		return jsLen(stripANSI(s))
	}
	return jsLen(s)
}
