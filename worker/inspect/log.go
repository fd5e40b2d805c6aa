package inspect

import (
	"math"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// FormatLog formats console.log arguments as Node's util.formatWithOptions
// does: %s %d %i %f %j %o %O %c and %% in a first string argument consume
// the following arguments, the remaining arguments are inspected (strings
// printed as they are) and everything is joined with spaces. It must be
// called on the goroutine that owns rt.
//
// Where Node would convert an object with user code (String(obj) for %s on
// an object with its own toString, Number(obj) for %d, %i and %f), the
// object is inspected for %s and gives NaN for the numeric directives.
// %j is JSON.stringify, so it runs toJSON methods and getters as in Node; a
// circular structure prints [Circular].
func FormatLog(rt *goja.Runtime, args []goja.Value, opts Options) string {
	if len(args) == 0 {
		return ""
	}
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
				s = formatNumeric(args[a], toNumber)
			case 'i':
				a++
				s = formatNumeric(args[a], parseInt)
			case 'f':
				a++
				s = formatNumeric(args[a], parseFloat)
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
// primitives as String() does, functions as their source, objects
// inspected one level deep without colours.
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
	if t := unwrapProxy(o); t != nil && isCallable(t) {
		if fpts := c.builtinFunc(c.intrinsicProto("Function"), key{name: "toString"}); fpts != nil {
			if s, err := fpts(t); err == nil {
				return s.String()
			}
		}
	}
	c.colors, c.depth = false, 0
	return c.formatValue(v, 0, false)
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

// formatNumeric is %d, %i and %f: bigints print as such, symbols and
// objects as NaN, other primitives through conv.
func formatNumeric(v goja.Value, conv func(goja.Value) float64) string {
	switch {
	case goja.IsBigInt(v):
		return v.String() + "n"
	case asObject(v) != nil:
		return "NaN"
	}
	if _, ok := v.(*goja.Symbol); ok {
		return "NaN"
	}
	return formatNumber(false, conv(v))
}

func toNumber(v goja.Value) float64 { return v.ToFloat() }

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
