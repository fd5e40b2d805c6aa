package builtins

import (
	"strconv"

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
		s, _ := call.This.ToString().(goja.String)
		return s
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
