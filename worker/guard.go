package worker

import (
	"errors"
	"math"
	"reflect"
	"strconv"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/internal/gojaprops"
	"github.com/mcrepl/mcrepl/worker/builtins"
)

// Guards: the builtins through which a script can make goja allocate
// without bound (a fatal out-of-memory of the Go runtime) or recurse on the
// Go stack (a fatal stack overflow), where no recover reaches, check their
// input first and throw the RangeError V8 throws instead. The process
// boundary (package internal/engine) contains what is left; these make the
// common cases an exception that the script can catch.
//
// Each limit says where its number comes from.
const (
	// maxStringLength is V8's String::kMaxLength on 64-bit machines.
	maxStringLength = 1<<29 - 24
	// maxSafeIndex is 2^53-1: ToIndex's bound, past which V8 reports an
	// invalid length rather than a failed allocation.
	maxSafeIndex = 1<<53 - 1
	// maxNativeRecursion bounds builtins that call back into themselves
	// through user values (an Error whose name is itself): each level costs
	// goja a few KiB of Go stack, and V8 gives up long before.
	maxNativeRecursion = 1000
	// maxFlatDepth is how deep Array.prototype.flat may descend: goja
	// recurses on the Go stack per level, and V8 stops at about this depth
	// too (a cyclic array is infinitely deep).
	maxFlatDepth = 10_000
	// MaxJSONNesting bounds JSON.parse's nesting: goja's parser recurses
	// with about 1 KiB of Go stack per level and dies at about 1,000,000
	// levels (the Go stack's 1 GiB). V8 parses any depth; see
	// docs/differences.md.
	MaxJSONNesting = 500_000
	// bigAllocation is the size from which a buffer is checked against the
	// memory the machine has; smaller ones cannot fail on any machine that
	// runs mcrepl.
	bigAllocation = 64 << 20
)

// guards holds the intrinsics the guards throw with.
type guards struct {
	rt         *goja.Runtime
	rangeError goja.Constructor
	typeError  goja.Constructor
	// the TypeError constructor as an object, for constructorSource
	typeErrorCtor goja.Value
	factory       goja.Callable           // constructorSource, once run
	native        map[*goja.Object]string // the guarded constructors, by name
	desc          builtins.Descriptors    // what wrapConstructor copies the statics with
}

// installGuards wraps the builtins listed in the package's guard section.
// Loop goroutine, before any user code.
func (w *Worker) installGuards() {
	rt := w.rt
	g := &guards{rt: rt, desc: builtins.NewDescriptors(rt)}
	var ok bool
	if g.rangeError, ok = goja.AssertConstructor(rt.Get("RangeError")); !ok {
		return
	}
	g.typeErrorCtor = rt.Get("TypeError")
	if g.typeError, ok = goja.AssertConstructor(g.typeErrorCtor); !ok {
		return
	}
	g.guardErrorToString()
	g.guardStrings()
	g.guardFlat()
	g.guardJSONParse()
	g.guardJSONStringify()
	g.guardArrayBuffer("ArrayBuffer")
	for _, name := range []string{"Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array",
		"Int32Array", "Uint32Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array"} {
		g.guardTypedArray(name)
	}
}

// throw throws a new error made by ctor with msg.
func (g *guards) throw(ctor goja.Constructor, msg string) {
	e, err := ctor(nil, g.rt.ToValue(msg))
	if err != nil {
		panic(err)
	}
	panic(e)
}

// call calls f and rethrows what it throws.
func call(f goja.Callable, this goja.Value, args []goja.Value) goja.Value {
	v, err := f(this, args...)
	if err != nil {
		panic(err)
	}
	return v
}

// wrapMethod replaces o[name] by a function of the same name, length and
// attributes that runs check and then the original.
func (g *guards) wrapMethod(o *goja.Object, name string, check func(call goja.FunctionCall)) {
	g.replaceMethod(o, name, func(orig goja.Callable) func(goja.FunctionCall) goja.Value {
		return func(c goja.FunctionCall) goja.Value {
			check(c)
			return call(orig, c.This, c.Arguments)
		}
	})
}

// replaceMethod replaces o[name] by the function that wrap makes of the
// original, with the original's name, length and attributes.
func (g *guards) replaceMethod(o *goja.Object, name string, wrap func(orig goja.Callable) func(goja.FunctionCall) goja.Value) {
	if o == nil {
		return
	}
	origVal := o.Get(name)
	orig, ok := goja.AssertFunction(origVal)
	if !ok {
		return
	}
	length := origVal.ToObject(g.rt).Get("length")
	fn := gojaprops.Func(g.rt, wrap(orig))
	// DefineDataProperty's flags are writable, configurable, enumerable.
	_ = fn.DefineDataProperty("length", length, goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = fn.DefineDataProperty("name", g.rt.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = o.DefineDataProperty(name, fn, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// proto is the prototype of the global constructor name, or nil.
func (g *guards) proto(name string) *goja.Object {
	c, ok := g.rt.Get(name).(*goja.Object)
	if !ok {
		return nil
	}
	p, _ := c.Get("prototype").(*goja.Object)
	return p
}

// guardErrorToString bounds Error.prototype.toString's recursion: an error
// whose name or message is itself (or an error whose name is another such
// error) calls it again from inside itself, on the Go stack. V8 throws
// RangeError: Maximum call stack size exceeded; so does mcrepl, for
// String(e), a throw of e reported as uncaught, and structuredClone(e).
func (g *guards) guardErrorToString() {
	depth := 0
	g.replaceMethod(g.proto("Error"), "toString", func(orig goja.Callable) func(goja.FunctionCall) goja.Value {
		return func(c goja.FunctionCall) goja.Value {
			if depth >= maxNativeRecursion {
				g.throw(g.rangeError, "Maximum call stack size exceeded")
			}
			depth++
			defer func() { depth-- }()
			return call(orig, c.This, c.Arguments)
		}
	})
}

// stringLength is the length of v as a string, in UTF-16 code units, or -1
// when v is null or undefined (which the original rejects in its words).
func stringLength(v goja.Value) int {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return -1
	}
	if s, ok := v.(goja.String); ok {
		return s.Length()
	}
	if _, ok := v.(*goja.Object); ok {
		return -1 // converting it runs user code; leave it to the original
	}
	if s, ok := v.ToString().(goja.String); ok {
		return s.Length()
	}
	return -1
}

// integer is ToIntegerOrInfinity of a number value, and false for anything
// that is not a number (whose conversion the original does, in order).
func integer(v goja.Value) (float64, bool) {
	if v == nil {
		return 0, false
	}
	if t := v.ExportType(); t == nil || t.Kind() != reflect.Int64 && t.Kind() != reflect.Float64 {
		return 0, false
	}
	f := v.ToFloat()
	if math.IsNaN(f) {
		return 0, true
	}
	return math.Trunc(f), true
}

// guardStrings makes repeat, padStart and padEnd throw V8's RangeError for
// a result longer than V8's longest string, before goja builds it.
func (g *guards) guardStrings() {
	p := g.proto("String")
	g.wrapMethod(p, "repeat", func(c goja.FunctionCall) {
		n, ok := integer(c.Argument(0))
		l := stringLength(c.This)
		if ok && l >= 0 && (n < 0 || math.IsInf(n, 1)) {
			g.throw(g.rangeError, "Invalid count value: "+c.Argument(0).String())
		}
		if !ok || l <= 0 {
			return // the original converts and checks, in its words
		}
		if float64(l)*n > maxStringLength {
			g.throw(g.rangeError, "Invalid string length")
		}
	})
	pad := func(c goja.FunctionCall) {
		n, ok := integer(c.Argument(0))
		if !ok || n <= maxStringLength {
			return
		}
		l := stringLength(c.This)
		if l < 0 || float64(l) >= n {
			return
		}
		if fill := c.Argument(1); !goja.IsUndefined(fill) && stringLength(fill) == 0 {
			return // an empty filler leaves the string as it is
		}
		g.throw(g.rangeError, "Invalid string length")
	}
	g.wrapMethod(p, "padStart", pad)
	g.wrapMethod(p, "padEnd", pad)
}

// guardFlat makes Array.prototype.flat with a depth past maxFlatDepth
// (flat(Infinity)) check the nesting first: deeper than maxFlatDepth, or
// cyclic, is V8's RangeError.
func (g *guards) guardFlat() {
	g.wrapMethod(g.proto("Array"), "flat", func(c goja.FunctionCall) {
		d, ok := integer(c.Argument(0))
		if !ok || d <= maxFlatDepth {
			return
		}
		o, ok := c.This.(*goja.Object)
		if !ok || !isJSArray(o) {
			return
		}
		if nestedDeeperThan(o, maxFlatDepth) {
			g.throw(g.rangeError, "Maximum call stack size exceeded")
		}
	})
}

func isJSArray(o *goja.Object) bool { return o.ClassName() == "Array" }

// nestedDeeperThan reports whether arrays nest in a deeper than limit
// (cycles do), walking without recursion.
func nestedDeeperThan(a *goja.Object, limit int) bool {
	type frame struct {
		o    *goja.Object
		i, n int64
	}
	stack := []frame{{o: a, n: a.Get("length").ToInteger()}}
	for len(stack) > 0 {
		top := &stack[len(stack)-1]
		if top.i >= top.n {
			stack = stack[:len(stack)-1]
			continue
		}
		v := top.o.Get(strconv.FormatInt(top.i, 10))
		top.i++
		if e, ok := v.(*goja.Object); ok && isJSArray(e) {
			if len(stack) >= limit {
				return true
			}
			stack = append(stack, frame{o: e, n: e.Get("length").ToInteger()})
		}
	}
	return false
}

// guardJSONParse makes JSON.parse of text nested deeper than
// MaxJSONNesting throw RangeError: Maximum call stack size exceeded.
func (g *guards) guardJSONParse() {
	j, _ := g.rt.Get("JSON").(*goja.Object)
	g.wrapMethod(j, "parse", func(c goja.FunctionCall) {
		s, ok := c.Argument(0).(goja.String)
		if !ok || s.Length() < MaxJSONNesting {
			return
		}
		if JSONNesting(s.String()) > MaxJSONNesting {
			g.throw(g.rangeError, "Maximum call stack size exceeded")
		}
	})
}

// JSONNesting is the deepest nesting of arrays and objects in JSON text (or
// in text that is almost JSON: it only skips strings).
func JSONNesting(text string) int {
	depth, deepest := 0, 0
	inString, escaped := false, false
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case inString:
			switch {
			case escaped:
				escaped = false
			case c == '\\':
				escaped = true
			case c == '"':
				inString = false
			}
		case c == '"':
			inString = true
		case c == '[' || c == '{':
			depth++
			deepest = max(deepest, depth)
		case c == ']' || c == '}':
			depth--
		}
	}
	return deepest
}

// formatGuarded returns format(), or, when rendering the value throws (an
// Error whose name is itself throws V8's RangeError from its stack getter),
// the rendering of what it threw, as V8 reports the error of an error.
// Loop goroutine.
func formatGuarded(format func() string, formatThrown func(goja.Value) string) (s string) {
	defer func() {
		x := recover()
		if x == nil {
			return
		}
		ex, ok := x.(*goja.Exception)
		if !ok {
			panic(x)
		}
		s = formatGuarded(func() string { return formatThrown(ex.Value()) }, func(goja.Value) string {
			return "Error: the error could not be rendered"
		})
	}()
	return format()
}

// interrupted reports whether a panic that escaped a job is goja's
// interrupt (Worker.Interrupt) unwinding through a host function, which is
// no bug.
func interrupted(x any) bool {
	var ie *goja.InterruptedError
	if err, ok := x.(error); ok {
		return errors.As(err, &ie)
	}
	return false
}
