package builtins

import (
	"fmt"
	"strings"

	"github.com/dop251/goja"
)

// installRegExp defines RegExp.escape (ES2025).
func (b *installer) installRegExp() {
	re := b.intrinsic("RegExp")
	if re == nil {
		return
	}
	b.method(re, "escape", 1, func(call goja.FunctionCall) goja.Value {
		s, ok := call.Argument(0).(goja.String)
		if !ok || typeOf(call.Argument(0)) != "string" {
			b.typeError("input argument must be a string")
		}
		return b.rt.ToValue(regexpEscape(s))
	})
}

// regexpEscape is EncodeForRegExpEscape over the string's code points
// (lone surrogates included), following the spec's table.
func regexpEscape(s goja.String) goja.Value {
	var out []uint16
	n := s.Length()
	hex := func(c uint16) {
		for _, r := range fmt.Sprintf("\\x%02x", c) {
			out = append(out, uint16(r))
		}
	}
	uni := func(c uint16) {
		for _, r := range fmt.Sprintf("\\u%04x", c) {
			out = append(out, uint16(r))
		}
	}
	for i := 0; i < n; i++ {
		c := s.CharAt(i)
		switch {
		case i == 0 && (c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'):
			hex(c)
		case c < 0x80 && strings.ContainsRune(`^$\.*+?()[]{}|/`, rune(c)):
			out = append(out, '\\', c)
		case c < 0x80 && strings.ContainsRune(",-=<>#&!%:;@~'`\"", rune(c)):
			hex(c)
		case c == '\t':
			out = append(out, '\\', 't')
		case c == '\n':
			out = append(out, '\\', 'n')
		case c == '\v':
			out = append(out, '\\', 'v')
		case c == '\f':
			out = append(out, '\\', 'f')
		case c == '\r':
			out = append(out, '\\', 'r')
		case c >= 0xD800 && c <= 0xDBFF && i+1 < n && s.CharAt(i+1) >= 0xDC00 && s.CharAt(i+1) <= 0xDFFF:
			out = append(out, c, s.CharAt(i+1))
			i++
		case c >= 0xD800 && c <= 0xDFFF:
			uni(c)
		case isWhiteSpaceOrLineTerminator(c):
			if c <= 0xFF {
				hex(c)
			} else {
				uni(c)
			}
		default:
			out = append(out, c)
		}
	}
	return goja.StringFromUTF16(out)
}

// isWhiteSpaceOrLineTerminator is the spec's WhiteSpace or LineTerminator
// (tab, VT, FF, space, NBSP, ZWNBSP, Unicode Zs, LF, CR, LS, PS).
func isWhiteSpaceOrLineTerminator(c uint16) bool {
	switch c {
	case '\t', '\v', '\f', ' ', 0xA0, 0xFEFF, '\n', '\r', 0x2028, 0x2029, 0x1680, 0x202F, 0x205F, 0x3000:
		return true
	}
	return c >= 0x2000 && c <= 0x200A
}
