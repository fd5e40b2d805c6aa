package builtins

import (
	"github.com/mcrepl/mcrepl/internal/gojaprops"
	"math"

	"github.com/dop251/goja"
)

// Iterator.prototype.join and Iterator.prototype.includes (the TC39
// proposals V8 ships): Array.prototype.join and includes over an
// iterator, includes with a count of elements to skip.

// installJoinIncludes defines join and includes on %IteratorPrototype% ip.
func (b *installer) installJoinIncludes(ip *goja.Object) {
	b.method(ip, "join", 1, func(call goja.FunctionCall) goja.Value {
		rec := b.iteratorDirect(b.receiver(call, "join"))
		sep := ","
		if s := call.Argument(0); !goja.IsUndefined(s) {
			b.closeOnThrow(rec, func() { sep = b.toString(s).String() })
		}
		var out []rune
		for first := true; ; first = false {
			v, ok := b.step(rec)
			if !ok {
				return b.rt.ToValue(string(out))
			}
			if !first {
				out = append(out, []rune(sep)...)
			}
			if goja.IsUndefined(v) || goja.IsNull(v) {
				continue
			}
			b.closeOnThrow(rec, func() { out = append(out, []rune(b.toString(v).String())...) })
		}
	})
	b.method(ip, "includes", 1, func(call goja.FunctionCall) goja.Value {
		o := b.receiver(call, "includes")
		rec := b.iteratorDirect(o)
		skip := 0.0
		if s := call.Argument(1); !goja.IsUndefined(s) {
			b.closeOnThrow(rec, func() {
				f, isNum := gojaprops.Export(s).(float64)
				if n, isInt := gojaprops.Export(s).(int64); isInt {
					f, isNum = float64(n), true
				}
				if !isNum || f != f || (!math.IsInf(f, 0) && f != math.Trunc(f)) {
					b.typeError("skippedElements argument must be undefined or an integer")
				}
				if f < 0 {
					b.rangeError(s.String() + " must be positive")
				}
				skip = f
			})
		}
		want := call.Argument(0)
		for skipped := 0.0; ; {
			v, ok := b.step(rec)
			if !ok {
				return b.rt.ToValue(false)
			}
			if skipped < skip {
				skipped++
				continue
			}
			if sameValueZero(v, want) {
				b.closeIter(rec)
				return b.rt.ToValue(true)
			}
		}
	})
}

// sameValueZero is SameValueZero: SameValue, except that +0 and -0 are
// equal.
func sameValueZero(a, b goja.Value) bool {
	if a.SameAs(b) {
		return true
	}
	x, okA := number(a)
	y, okB := number(b)
	return okA && okB && x == 0 && y == 0
}

// number is a Number's value, false for anything else.
func number(v goja.Value) (float64, bool) {
	switch n := gojaprops.Export(v).(type) {
	case int64:
		return float64(n), true
	case float64:
		return n, true
	}
	return 0, false
}
