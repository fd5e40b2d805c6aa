package builtins

import (
	"math"
	"strconv"
	"unicode/utf16"

	"github.com/dop251/goja"
)

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// installString defines String.prototype.isWellFormed and toWellFormed
// (ES2024): lone surrogates, read as UTF-16 code units.
func (b *installer) installString() {
	p := b.proto("String")
	if p == nil {
		return
	}
	units := func(call goja.FunctionCall, name string) goja.String {
		if goja.IsUndefined(call.This) || goja.IsNull(call.This) {
			b.typeError("String.prototype." + name + " called on null or undefined")
		}
		v := b.toString(call.This)
		if s, ok := v.(goja.String); ok {
			return s
		}
		return goja.StringFromUTF16(utf16.Encode([]rune(v.String())))
	}
	b.method(p, "isWellFormed", 0, func(call goja.FunctionCall) goja.Value {
		s := units(call, "isWellFormed")
		return b.rt.ToValue(s == nil || loneSurrogate(s, 0) < 0)
	})
	b.method(p, "toWellFormed", 0, func(call goja.FunctionCall) goja.Value {
		s := units(call, "toWellFormed")
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
	})
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

// installStringGuards puts V8's RangeError in front of goja's padStart,
// padEnd and repeat, which allocate the requested length before checking
// it (a Go panic that would end the isolate).
func (b *installer) installStringGuards() {
	p := b.proto("String")
	if p == nil {
		return
	}
	for _, name := range []string{"padStart", "padEnd"} {
		orig, ok := goja.AssertFunction(p.Get(name))
		if !ok {
			continue
		}
		b.method(p, name, 1, func(call goja.FunctionCall) goja.Value {
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
		})
	}
	if orig, ok := goja.AssertFunction(p.Get("repeat")); ok {
		b.method(p, "repeat", 1, func(call goja.FunctionCall) goja.Value {
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
		})
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
