package inspect

import (
	"math"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// FormatLog formats console.log arguments as workerd's formatLog does: %s
// %d %i %f %j %o %O %c and %% in a first string argument consume the
// following arguments, the remaining arguments are inspected (strings
// printed as they are) and everything is joined with spaces. It must be
// called on the goroutine that owns rt.
//
// It runs user code where workerd does: %s is String(obj) for an object
// whose toString is its own (not a builtin's), %d is Number(v), %i and %f
// parse String(v), %j is JSON.stringify (toJSON methods and getters), and
// with opts.CustomInspect an object's custom inspection method runs. What
// that code throws ends the formatting: the result is then
// "<Formatting threw (stack)>", as in workerd, except for %s's String(),
// whose exception propagates to the caller (workerd converts those
// arguments before it formats). An interrupt always propagates.
func FormatLog(rt *goja.Runtime, args []goja.Value, opts Options) string {
	out, thrown := Log(rt, args, opts)
	if thrown != nil {
		return "<Formatting threw (" + thrownText(rt, thrown) + ")>"
	}
	return out
}

// Log is FormatLog for console.log itself: what a %s directive's String()
// throws is returned instead of formatted, for the caller to throw
// (panic(thrown) in a host function).
func Log(rt *goja.Runtime, args []goja.Value, opts Options) (out string, thrown *goja.Exception) {
	if len(args) == 0 {
		return "", nil
	}
	defer func() {
		if r := recover(); r != nil {
			x, ok := r.(stringThrew)
			if !ok {
				panic(r)
			}
			// past goja's Try, which passes on what is no exception
			out, thrown = "", rt.Try(func() { panic(x.ex) })
		}
	}()
	if ex := rt.Try(func() { out = formatLog(rt, args, opts) }); ex != nil {
		return "<Formatting threw (" + thrownText(rt, ex) + ")>", nil
	}
	return out, nil
}

func formatLog(rt *goja.Runtime, args []goja.Value, opts Options) string {
	var b strings.Builder
	a := 0
	join := ""
	if first := args[0]; goja.IsString(first) {
		f := first.String()
		if len(args) == 1 {
			return f
		}
		lastPos := 0
		for i := 0; i < len(f)-1; i++ {
			if f[i] != '%' {
				continue
			}
			i++
			next := f[i]
			if a+1 == len(args) {
				if next == '%' {
					b.WriteString(f[lastPos:i])
					lastPos = i + 1
				}
				continue
			}
			var s string
			switch next {
			case 's':
				a++
				s = formatS(rt, args[a], opts)
			case 'j':
				a++
				s = formatJSON(rt, args[a], opts)
			case 'd':
				a++
				s = formatNumeric(args[a], true, func(v goja.Value) float64 { return v.ToFloat() })
			case 'i':
				a++
				s = formatNumeric(args[a], true, func(v goja.Value) float64 { return parseInt(v.ToString()) })
			case 'f':
				a++
				s = formatNumeric(args[a], false, func(v goja.Value) float64 { return parseFloat(v.ToString()) })
			case 'O':
				a++
				s = Format(rt, args[a], opts)
			case 'o':
				a++
				c := newCtx(rt, opts)
				c.showHidden, c.showProxy, c.depth = true, true, 4
				s = c.formatValue(args[a], 0, false)
			case 'c':
				a++
			case '%':
				b.WriteString(f[lastPos:i])
				lastPos = i + 1
				continue
			default:
				continue
			}
			if lastPos != i-1 {
				b.WriteString(f[lastPos : i-1])
			}
			b.WriteString(s)
			lastPos = i + 1
		}
		if lastPos != 0 {
			a++
			join = " "
			if lastPos < len(f) {
				b.WriteString(f[lastPos:])
			}
		}
	}
	for ; a < len(args); a++ {
		b.WriteString(join)
		if v := args[a]; goja.IsString(v) {
			b.WriteString(v.String())
		} else {
			b.WriteString(Format(rt, v, opts))
		}
		join = " "
	}
	return b.String()
}

// formatS is %s: numbers and bigints as inspect prints them, other
// primitives and functions as String() makes them, an object whose toString
// is its own String(obj) too, and any other object inspected one level deep
// without colours.
func formatS(rt *goja.Runtime, v goja.Value, opts Options) string {
	switch {
	case goja.IsNumber(v):
		return formatNumber(false, v.ToFloat())
	case goja.IsBigInt(v):
		return v.String() + "n"
	}
	o := asObject(v)
	if o == nil {
		s, _ := primitiveString(v)
		return s
	}
	c := newCtx(rt, opts)
	if isCallable(o) || !c.hasBuiltInToString(o) {
		var s string
		if ex := rt.Try(func() { s = o.String() }); ex != nil {
			if msg := ex.Value().String(); strings.HasPrefix(msg, "TypeError: Could not convert ") {
				// goja's message shows its Go object: V8's words.
				panic(stringThrew{rt.NewTypeError("Cannot convert object to primitive value")})
			}
			panic(stringThrew{ex})
		}
		return s
	}
	c.colors, c.depth = false, 0
	return c.formatValue(v, 0, false)
}

// stringThrew carries what a %s String() threw (a *goja.Exception or an
// error object) past FormatLog's catch.
type stringThrew struct{ ex any }

// hasBuiltInToString is Node's: whether o's toString is a builtin's (the
// first object on its chain with an own toString has a constructor whose
// name is an ECMAScript global's). A proxy is judged by its target, and a
// revoked one counts as builtin. No toString function at all counts as
// none builtin, as in workerd (String() then throws).
func (c *ctx) hasBuiltInToString(o *goja.Object) bool {
	if o.ExportType() == typeProxy() {
		t := unwrapProxy(o)
		if t == nil {
			return true
		}
		o = t
	}
	if _, ok := goja.AssertFunction(o.Get("toString")); !ok {
		return false
	}
	p := o
	for i := 0; p != nil && i < maxProtoWalk; i++ {
		if d := c.ownDesc(p, key{name: "toString"}); d.found {
			if i == 0 {
				return false // its own
			}
			ctor := c.ownDesc(p, key{name: "constructor"})
			f, ok := ctor.value.(*goja.Object)
			if !ctor.isData() || !ok || !isCallable(f) {
				return false
			}
			name := f.Get("name")
			return name != nil && builtInObjects[name.String()]
		}
		p = c.protoOf(p)
	}
	return false
}

// builtInObjects is Node's: the ECMAScript globals named like
// constructors (/^[A-Z][a-zA-Z0-9]+$/), not the Web platform's.
var builtInObjects = map[string]bool{
	"Object": true, "Function": true, "Array": true, "Number": true, "Boolean": true,
	"String": true, "Symbol": true, "Date": true, "Promise": true, "RegExp": true,
	"Error": true, "AggregateError": true, "EvalError": true, "RangeError": true,
	"ReferenceError": true, "SyntaxError": true, "TypeError": true, "URIError": true,
	"SuppressedError": true, "JSON": true, "Math": true, "Intl": true, "ArrayBuffer": true,
	"SharedArrayBuffer": true, "Atomics": true, "Uint8Array": true, "Int8Array": true,
	"Uint16Array": true, "Int16Array": true, "Uint32Array": true, "Int32Array": true,
	"Float16Array": true, "Float32Array": true, "Float64Array": true,
	"Uint8ClampedArray": true, "BigUint64Array": true, "BigInt64Array": true,
	"DataView": true, "Map": true, "BigInt": true, "Set": true, "WeakMap": true,
	"WeakSet": true, "Proxy": true, "Reflect": true, "FinalizationRegistry": true,
	"WeakRef": true, "Iterator": true, "DisposableStack": true,
	"AsyncDisposableStack": true, "WebAssembly": true,
}

// thrownText is what workerd shows of an exception that ended the
// formatting: an error's stack, anything else as String() makes it.
func thrownText(rt *goja.Runtime, ex *goja.Exception) (s string) {
	v := ex.Value()
	if o := asObject(v); o != nil && o.ClassName() == "Error" {
		if ex := rt.Try(func() { s = o.Get("stack").String() }); ex == nil {
			return s
		}
	}
	if ex := rt.Try(func() { s = v.String() }); ex != nil {
		return "[object]"
	}
	return s
}

// formatJSON is %j: JSON.stringify, with [Circular] for circular input.
func formatJSON(rt *goja.Runtime, v goja.Value, opts Options) string {
	c := newCtx(rt, opts)
	stringify := c.builtinFunc(c.global("JSON"), key{name: "stringify"})
	if stringify == nil {
		return "undefined"
	}
	res, err := stringify(goja.Undefined(), v)
	if err != nil {
		if ex, ok := err.(*goja.Exception); ok {
			if msg := ex.Value().String(); strings.HasPrefix(msg, "TypeError") && strings.Contains(msg, "circular") {
				return "[Circular]"
			}
			return Format(rt, ex.Value(), opts)
		}
		return err.Error()
	}
	if res == nil || goja.IsUndefined(res) {
		return "undefined"
	}
	return res.String()
}

// formatNumeric is %d, %i and %f: a symbol is NaN, a bigint prints as
// such for %d and %i, and anything else goes through conv (Number(v), or
// parsing String(v)), which runs an object's valueOf or toString.
func formatNumeric(v goja.Value, bigint bool, conv func(goja.Value) float64) string {
	if _, ok := v.(*goja.Symbol); ok {
		return "NaN"
	}
	if goja.IsBigInt(v) {
		if bigint {
			return v.String() + "n"
		}
		return formatNumber(false, parseFloat(v.ToString()))
	}
	return formatNumber(false, conv(v))
}

// jsString is String(v) for a primitive that is not a symbol.
func jsString(v goja.Value) string {
	if goja.IsNumber(v) {
		return numberString(v.ToFloat())
	}
	s, _ := primitiveString(v)
	return s
}

// parseInt is the global parseInt with no radix, applied to String(v).
func parseInt(v goja.Value) float64 {
	s := strings.TrimLeft(jsString(v), jsWhitespace)
	sign := 1.0
	if s != "" && (s[0] == '-' || s[0] == '+') {
		if s[0] == '-' {
			sign = -1
		}
		s = s[1:]
	}
	base := 10.0
	if len(s) >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X') {
		base, s = 16, s[2:]
	}
	n, digits := 0.0, 0
	for ; digits < len(s); digits++ {
		d := digitValue(s[digits])
		if d >= int(base) {
			break
		}
		n = n*base + float64(d)
	}
	if digits == 0 {
		return math.NaN()
	}
	return sign * n
}

func digitValue(b byte) int {
	switch {
	case b >= '0' && b <= '9':
		return int(b - '0')
	case b >= 'a' && b <= 'z':
		return int(b-'a') + 10
	case b >= 'A' && b <= 'Z':
		return int(b-'A') + 10
	}
	return 36
}

// parseFloat is the global parseFloat applied to String(v): the longest
// prefix that is a decimal literal or Infinity.
func parseFloat(v goja.Value) float64 {
	s := strings.TrimLeft(jsString(v), jsWhitespace)
	i := 0
	if i < len(s) && (s[i] == '-' || s[i] == '+') {
		i++
	}
	if strings.HasPrefix(s[i:], "Infinity") {
		if s[0] == '-' {
			return math.Inf(-1)
		}
		return math.Inf(1)
	}
	digits := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
		digits++
	}
	if i < len(s) && s[i] == '.' {
		i++
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
			digits++
		}
	}
	if digits == 0 {
		return math.NaN()
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		if j < len(s) && (s[j] == '-' || s[j] == '+') {
			j++
		}
		if j < len(s) && s[j] >= '0' && s[j] <= '9' {
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			i = j
		}
	}
	// Out of range, ParseFloat returns ±Inf or ±0 with its error, which is
	// what JavaScript gives too.
	f, _ := strconv.ParseFloat(s[:i], 64)
	return f
}

// jsWhitespace is the ASCII part of JavaScript's StrWhiteSpaceChar.
const jsWhitespace = " \t\n\v\f\r"
