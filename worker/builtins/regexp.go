package builtins

import (
	"fmt"
	"strings"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/internal/gojaprops"
	"github.com/mcrepl/mcrepl/internal/jsfix"
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
	b.wrapRegExp(re)
	b.wrapSource(re)
}

// wrapSource makes RegExp.prototype.source give the pattern as written for
// an expression whose property escapes were expanded (jsfix.OriginalSource),
// so that toString, console.log and the shell show /\p{L}/u.
func (b *installer) wrapSource(re *goja.Object) {
	proto, ok := re.Get("prototype").(*goja.Object)
	if !ok {
		return
	}
	d := NewDescriptors(b.rt)
	if d.GOPD == nil {
		return
	}
	dv, err := d.GOPD(goja.Undefined(), proto, b.rt.ToValue("source"))
	if err != nil {
		return
	}
	do, ok := dv.(*goja.Object)
	if !ok {
		return
	}
	get, ok := goja.AssertFunction(do.Get("get"))
	if !ok {
		return
	}
	g := b.fn("get source", 0, func(call goja.FunctionCall) goja.Value {
		v, err := get(call.This)
		if err != nil {
			panic(err)
		}
		if s, ok := v.(goja.String); ok && s.Length() >= 16 {
			if o := jsfix.OriginalSource(v.String()); o != v.String() {
				return b.rt.ToValue(o)
			}
		}
		return v
	})
	_ = proto.DefineAccessorProperty("source", g, nil, goja.FLAG_TRUE, goja.FLAG_FALSE)
	// goja's toString reads the source inside; the spec's reads the
	// properties, so it shows what source gives.
	if _, ok := goja.AssertFunction(proto.Get("toString")); ok {
		b.method(proto, "toString", 0, func(call goja.FunctionCall) goja.Value {
			o, ok := call.This.(*goja.Object)
			if !ok {
				b.typeError("Method RegExp.prototype.toString called on incompatible receiver " + call.This.String())
			}
			return b.rt.ToValue("/" + prop(o, "source").String() + "/" + prop(o, "flags").String())
		})
	}
}

// wrapRegExp replaces the global RegExp by a constructor that expands the
// Unicode property escapes of a u-flag pattern given as a string
// (jsfix.UnicodeProps: goja reads \p{L} as "p{L}") and constructs with the
// original, new.target kept; a call without new behaves as RegExp(re)
// does. The statics, prototype and Symbol.species are the original's, and
// RegExp.prototype.constructor is the replacement. Literals are expanded
// when they are compiled (jsfix.Fix).
func (b *installer) wrapRegExp(orig *goja.Object) {
	rt := b.rt
	construct, ok := goja.AssertConstructor(orig)
	if !ok {
		return
	}
	var w *goja.Object
	w = gojaprops.Constructor(rt, func(call goja.ConstructorCall) *goja.Object {
		nt := call.NewTarget
		args := call.Arguments
		pattern, flags := call.Argument(0), call.Argument(1)
		pobj, isObj := pattern.(*goja.Object)
		isRegExp := isObj && pobj.ClassName() == "RegExp"
		if nt == nil && isRegExp && goja.IsUndefined(flags) && pobj.Get("constructor") == w {
			return pobj // RegExp(re) is re
		}
		if nt == nil || nt == w {
			nt = orig
		}
		if !isRegExp && !goja.IsUndefined(pattern) {
			if _, isSym := pattern.(*goja.Symbol); !isSym {
				if _, isSym := flags.(*goja.Symbol); !isSym {
					src := pattern.ToString()
					args = []goja.Value{src}
					if !goja.IsUndefined(flags) {
						f := flags.ToString()
						args = append(args, f)
						if p, ok := jsfix.UnicodeProps(src.String(), f.String()); ok {
							args[0] = rt.ToValue(p)
						}
					}
				}
			}
		}
		if len(args) > 1 {
			if f := args[1].String(); duplicateFlag(f) {
				panic(b.newError("SyntaxError", "Invalid flags supplied to RegExp constructor '"+f+"'"))
			}
		}
		o, err := construct(nt, args...)
		if err != nil {
			if msg, ok := b.regexpMessage(err, args); ok {
				panic(b.newError("SyntaxError", msg))
			}
			panic(err)
		}
		return o
	})
	d := NewDescriptors(rt)
	d.CopyOwn(rt, orig, w, CtorAttrs)
	d.Copy(orig, w, goja.SymSpecies)
	if proto, ok := orig.Get("prototype").(*goja.Object); ok {
		_ = proto.DefineDataProperty("constructor", w, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	_ = w.SetPrototype(orig.Prototype())
	if b.native == nil {
		b.nativeToString()
	}
	b.native[w] = "RegExp"
	_ = rt.GlobalObject().DefineDataProperty("RegExp", w, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
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

// duplicateFlag reports whether a flag appears twice in f (goja accepts
// "gg"; V8 refuses it).
func duplicateFlag(f string) bool {
	for i := 0; i < len(f); i++ {
		if strings.IndexByte(f[i+1:], f[i]) >= 0 {
			return true
		}
	}
	return false
}

// regexpMessages maps what goja's translation and Go's regexp packages say
// about a bad pattern to V8's words.
var regexpMessages = [...]struct{ goja, v8 string }{
	{"invalid repeat count", "numbers out of order in {} quantifier"},
	{"trailing backslash at end of expression", "\\ at end of pattern"},
	{"invalid nested repetition operator", "Nothing to repeat"},
	{"missing argument to repetition operator", "Nothing to repeat"},
	{"missing closing )", "Unterminated group"},
	{"unexpected )", "Unmatched ')'"},
	{"missing closing ]", "Unterminated character class"},
	{"invalid character class range", "Range out of order in character class"},
	{"invalid escape sequence", "Invalid escape"},
}

// regexpMessage is V8's message for the SyntaxError goja threw for the
// pattern args[0] (with flags args[1]): "Invalid regular expression:
// /src/flags: reason". false when err is no such error.
func (b *installer) regexpMessage(err error, args []goja.Value) (string, bool) {
	ex, ok := err.(*goja.Exception)
	if !ok || b.errors["SyntaxError"] == nil {
		return "", false
	}
	o, ok := ex.Value().(*goja.Object)
	if !ok || o.Get("name") == nil || o.Get("name").String() != "SyntaxError" {
		return "", false
	}
	msg := o.Get("message").String()
	if strings.HasPrefix(msg, "Invalid regular expression: ") || strings.HasPrefix(msg, "Invalid flags") {
		return "", false
	}
	if _, rest, ok := strings.Cut(msg, "(error parsing regexp: "); ok {
		reason, _, _ := strings.Cut(rest, ":")
		msg = reason
		for _, m := range regexpMessages {
			if strings.HasPrefix(reason, m.goja) {
				msg = m.v8
				break
			}
		}
	}
	src, flags := "", ""
	if len(args) > 0 {
		src = args[0].String()
	}
	if len(args) > 1 {
		flags = args[1].String()
	}
	return "Invalid regular expression: /" + src + "/" + flags + ": " + msg, true
}

// prop is o[key] as a script reads it: undefined, not Go's nil, for a
// property that is not there.
func prop(o *goja.Object, key string) goja.Value {
	if v := o.Get(key); v != nil {
		return v
	}
	return goja.Undefined()
}
