package builtins

import (
	"github.com/mcrepl/mcrepl/internal/gojaprops"
	"math"
	"math/big"

	"github.com/dop251/goja"
)

// installMath defines Math.f16round (ES2025) and Math.sumPrecise.
// They are defined when goja makes Math (patchGlobal).
func (b *installer) installMath() { b.patchGlobal("Math", b.defineMath) }

func (b *installer) defineMath(m *goja.Object) {
	b.method(m, "f16round", 1, func(call goja.FunctionCall) goja.Value {
		return b.rt.ToValue(f16round(call.Argument(0).ToFloat()))
	})
	b.method(m, "sumPrecise", 1, func(call goja.FunctionCall) goja.Value {
		items := call.Argument(0)
		if goja.IsUndefined(items) || goja.IsNull(items) {
			b.typeError("Math.sumPrecise called on null or undefined")
		}
		var xs []float64
		b.forOf(items, func(v goja.Value) string {
			o, ok := v.(*goja.Object)
			if !ok {
				return "[object " + objectTag(b.rt, v) + "] is not iterable"
			}
			if m := o.GetSymbol(goja.SymIterator); m != nil && !goja.IsUndefined(m) && !goja.IsNull(m) {
				return "'" + b.toString(m).String() + "' returned for property 'Symbol(Symbol.iterator)' of object '" + b.describe(o) + "' is not a function"
			}
			if _, isFn := goja.AssertFunction(o); isFn {
				return o.String() + " is not iterable"
			}
			// an ordinary object by its constructor, others by their tag
			if o.ClassName() == "Object" && o.Prototype() != nil {
				return b.describe(o) + " is not iterable"
			}
			return "[object " + objectTag(b.rt, v) + "] is not iterable"
		}, func(v goja.Value) {
			f, ok := gojaprops.Export(v).(float64)
			if i, isInt := gojaprops.Export(v).(int64); isInt {
				f, ok = float64(i), true
			}
			if !ok {
				b.typeError("Type of 'Iterator value' must be 'number', found '" + typeOf(v) + "'")
			}
			xs = append(xs, f)
		})
		return b.rt.ToValue(sumPrecise(xs))
	})
}

// f16round rounds x to the nearest IEEE 754 binary16 value (ties to even)
// and returns it as a float64.
func f16round(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
		return x
	}
	a := math.Abs(x)
	const maxHalf = 65504
	// 65520 is halfway between 65504 and 65536 (2^16, the next binary16
	// step, which overflows): ties to even rounds it up to infinity.
	if a >= 65520 {
		return math.Copysign(math.Inf(1), x)
	}
	exp := math.Ilogb(a)
	if exp < -14 {
		exp = -14 // subnormals share the smallest exponent
	}
	// binary16 has 10 fraction bits: the spacing at exponent e is 2^(e-10).
	q := math.Ldexp(1, exp-10)
	r := math.RoundToEven(a/q) * q
	if r > maxHalf {
		r = math.Inf(1)
	}
	return math.Copysign(r, x)
}

// sumPrecise is the exact sum of xs rounded once (Math.sumPrecise): with
// enough bits for any double's exponent range, big.Float adds exactly.
func sumPrecise(xs []float64) float64 {
	negZero := true
	posInf, negInf := false, false
	for _, x := range xs {
		switch {
		case math.IsNaN(x):
			return math.NaN()
		case math.IsInf(x, 1):
			posInf = true
		case math.IsInf(x, -1):
			negInf = true
		}
		if !(x == 0 && math.Signbit(x)) {
			negZero = false
		}
	}
	switch {
	case posInf && negInf:
		return math.NaN()
	case posInf:
		return math.Inf(1)
	case negInf:
		return math.Inf(-1)
	case negZero:
		return math.Copysign(0, -1)
	}
	// 1024 + 1074 bits span every double; 64 more absorb the carries of
	// up to 2^64 terms.
	sum := new(big.Float).SetPrec(2200)
	for _, x := range xs {
		sum.Add(sum, new(big.Float).SetFloat64(x))
	}
	f, _ := sum.Float64()
	return f
}

// typeOf is JS typeof for a non-function value.
func typeOf(v goja.Value) string {
	switch {
	case v == nil || goja.IsUndefined(v):
		return "undefined"
	case goja.IsNull(v):
		return "object"
	}
	if o, ok := v.(*goja.Object); ok {
		if _, fn := goja.AssertFunction(o); fn {
			return "function"
		}
		return "object"
	}
	if _, ok := v.(*goja.Symbol); ok {
		return "symbol"
	}
	switch gojaprops.Export(v).(type) {
	case string:
		return "string"
	case bool:
		return "boolean"
	case int64, float64:
		return "number"
	}
	return "bigint"
}

// objectTag is the X of Object.prototype.toString's [object X] for v.
func objectTag(rt *goja.Runtime, v goja.Value) string {
	switch typeOf(v) {
	case "string":
		return "String"
	case "number":
		return "Number"
	case "boolean":
		return "Boolean"
	case "symbol":
		return "Symbol"
	case "bigint":
		return "BigInt"
	case "function":
		return "Function"
	}
	return v.ToObject(rt).ClassName()
}
