package builtins

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"

	"github.com/dop251/goja"
)

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// installString defines String.prototype.isWellFormed and toWellFormed
// (ES2024), V8's RangeError in front of padStart, padEnd and repeat, and
// localeCompare, toLocaleUpperCase and toLocaleLowerCase (stringMethods),
// made when something first touches them (protolazy.go).
func (b *installer) installString() {
	if p := b.proto("String"); p != nil {
		b.defineProtoMethods(&stringProtoTmpl, p, stringMethods[:])
	}
}

// stringMethods are the methods installString defines, in the order they
// were defined at start-up.
var stringMethods = [...]protoMethod{
	{name: "isWellFormed", make: func(b *installer, _ goja.Callable) func(goja.FunctionCall) goja.Value {
		return func(call goja.FunctionCall) goja.Value {
			s := b.stringUnits(call, "isWellFormed")
			return b.rt.ToValue(s == nil || loneSurrogate(s, 0) < 0)
		}
	}},
	{name: "toWellFormed", make: func(b *installer, _ goja.Callable) func(goja.FunctionCall) goja.Value {
		return func(call goja.FunctionCall) goja.Value {
			s := b.stringUnits(call, "toWellFormed")
			if s == nil || loneSurrogate(s, 0) < 0 {
				return s
			}
			out := make([]uint16, s.Length())
			for i := range out {
				out[i] = s.CharAt(i)
			}
			for i := loneSurrogate(s, 0); i >= 0; i = loneSurrogate(s, i+1) {
				out[i] = 0xFFFD
			}
			return goja.StringFromUTF16(out)
		}
	}},
	{name: "padStart", length: 1, replace: true, make: func(b *installer, orig goja.Callable) func(goja.FunctionCall) goja.Value {
		return b.padGuard("padStart", orig)
	}},
	{name: "padEnd", length: 1, replace: true, make: func(b *installer, orig goja.Callable) func(goja.FunctionCall) goja.Value {
		return b.padGuard("padEnd", orig)
	}},
	{name: "repeat", length: 1, replace: true, make: (*installer).repeatGuard},
	{name: "localeCompare", length: 1, replace: true, make: (*installer).localeCompare},
	{name: "toLocaleUpperCase", replace: true, make: func(b *installer, _ goja.Callable) func(goja.FunctionCall) goja.Value {
		return func(call goja.FunctionCall) goja.Value {
			s := b.thisString(call, "toLocaleUpperCase")
			if b.turkic(call.Argument(0)) {
				return b.rt.ToValue(strings.ToUpperSpecial(unicode.TurkishCase, s))
			}
			return mustCallThis(b.stringUpper, call.This)
		}
	}},
	{name: "toLocaleLowerCase", replace: true, make: func(b *installer, _ goja.Callable) func(goja.FunctionCall) goja.Value {
		return func(call goja.FunctionCall) goja.Value {
			s := b.thisString(call, "toLocaleLowerCase")
			if b.turkic(call.Argument(0)) {
				return b.rt.ToValue(strings.ToLowerSpecial(unicode.TurkishCase, s))
			}
			return mustCallThis(b.stringLower, call.This)
		}
	}},
}

// stringUnits is this of String.prototype[name], as UTF-16 code units.
func (b *installer) stringUnits(call goja.FunctionCall, name string) goja.String {
	if goja.IsUndefined(call.This) || goja.IsNull(call.This) {
		b.typeError("String.prototype." + name + " called on null or undefined")
	}
	v := b.toString(call.This)
	if s, ok := v.(goja.String); ok {
		return s
	}
	return goja.StringFromUTF16(utf16.Encode([]rune(v.String())))
}

// loneSurrogate returns the index of the first unpaired surrogate of s at
// or after from, or -1.
func loneSurrogate(s goja.String, from int) int {
	n := s.Length()
	for i := from; i < n; i++ {
		c := s.CharAt(i)
		switch {
		case c >= 0xD800 && c <= 0xDBFF:
			if i+1 < n {
				if d := s.CharAt(i + 1); d >= 0xDC00 && d <= 0xDFFF {
					i++
					continue
				}
			}
			return i
		case c >= 0xDC00 && c <= 0xDFFF:
			return i
		}
	}
	return -1
}

// maxStringLength is V8's String::kMaxLength on 64-bit machines.
const maxStringLength = 1<<29 - 24

// padGuard puts V8's RangeError in front of goja's padStart or padEnd,
// orig, which allocates the requested length before checking it (a Go
// panic that would end the isolate).
func (b *installer) padGuard(name string, orig goja.Callable) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		if n := call.Argument(0).ToFloat(); n > maxStringLength {
			if goja.IsUndefined(call.This) || goja.IsNull(call.This) {
				b.typeError("String.prototype." + name + " called on null or undefined")
			}
			if s := call.This.String(); float64(len(s)) < n {
				fill := call.Argument(1)
				if !goja.IsUndefined(fill) && fill.String() == "" {
					return call.This.ToString()
				}
				b.rangeError("Invalid string length")
			}
		}
		return mustCallThis(orig, call.This, call.Arguments...)
	}
}

// repeatGuard is padGuard for repeat.
func (b *installer) repeatGuard(orig goja.Callable) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		if goja.IsUndefined(call.This) || goja.IsNull(call.This) {
			b.typeError("String.prototype.repeat called on null or undefined")
		}
		s := call.This.String()
		n := call.Argument(0).ToFloat()
		if n < 0 || math.IsInf(n, 1) {
			b.rangeError("Invalid count value: " + call.Argument(0).String())
		}
		if s != "" && n*float64(len(s)) > maxStringLength {
			b.rangeError("Invalid string length")
		}
		return mustCallThis(orig, call.This, call.Arguments...)
	}
}

// toString is ToString(v): a Symbol throws V8's TypeError (goja's
// Value.ToString converts it).
func (b *installer) toString(v goja.Value) goja.Value {
	if _, ok := v.(*goja.Symbol); ok {
		b.typeError("Cannot convert a Symbol value to a string")
	}
	return v.ToString()
}
