package clone

import (
	"fmt"

	"github.com/dop251/goja"
)

// intrinsics are the built-in functions the cloner calls. They are captured once, before user
// code runs, so a script that replaces Map.prototype.forEach or a RegExp flag getter cannot run
// code in the middle of a clone, just as V8 reads internal slots directly.
type intrinsics struct {
	hasOwn       goja.Callable // Object.prototype.hasOwnProperty
	gopd         goja.Callable // Object.getOwnPropertyDescriptor
	funcToString goja.Callable
	objToString  *goja.Object // Object.prototype.toString, compared by identity
	iterProto    *goja.Object // %IteratorPrototype%
	objectCtor   *goja.Object // Object

	numberValueOf, booleanValueOf, stringValueOf, bigintValueOf goja.Callable

	dateGetTime  goja.Callable
	regexpSource goja.Callable
	regexpFlags  [len(regexpFlagOrder)]goja.Callable // getters, in canonical flag order

	mapForEach, mapSet, setForEach, setAdd goja.Callable

	taBuffer, taByteOffset, taLength, taTag goja.Callable
	dvBuffer, dvByteOffset, dvByteLength    goja.Callable

	date, regexp, mapCtor, setCtor, dataView goja.Value
	typed                                    [len(typedArrayNames)]goja.Value
	errorCtors                               map[string]goja.Value
}

// regexpFlagOrder is the canonical order of RegExp flags that goja knows; workerd also has d
// (hasIndices) and v (unicodeSets), which goja lacks.
var regexpFlagOrder = [...]struct {
	flag   byte
	getter string
}{
	{'g', "global"}, {'i', "ignoreCase"}, {'m', "multiline"}, {'s', "dotAll"}, {'u', "unicode"}, {'y', "sticky"},
}

// typedArrayNames lists goja's TypedArray constructors; a view node's sub field indexes it.
var typedArrayNames = [...]string{
	"Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array", "Int32Array",
	"Uint32Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array",
}

// errorNames are the Error classes whose instances keep their class when cloned. AggregateError
// keeps it in enhanced mode only.
var errorNames = [...]string{
	"Error", "EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError", "AggregateError",
}

// intrinsicsSource evaluates to an object holding every built-in the cloner needs.
const intrinsicsSource = `(function () {
	const gopd = Object.getOwnPropertyDescriptor;
	const getter = (o, k) => gopd(o, k).get;
	const TA = Object.getPrototypeOf(Uint8Array.prototype);
	const out = {
		hasOwn: Object.prototype.hasOwnProperty,
		gopd: gopd,
		funcToString: Function.prototype.toString,
		objToString: Object.prototype.toString,
		objectCtor: Object,
		iterProto: Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())),
		numberValueOf: Number.prototype.valueOf,
		booleanValueOf: Boolean.prototype.valueOf,
		stringValueOf: String.prototype.valueOf,
		bigintValueOf: BigInt.prototype.valueOf,
		dateGetTime: Date.prototype.getTime,
		regexpSource: getter(RegExp.prototype, "source"),
		mapForEach: Map.prototype.forEach,
		mapSet: Map.prototype.set,
		setForEach: Set.prototype.forEach,
		setAdd: Set.prototype.add,
		taBuffer: getter(TA, "buffer"),
		taByteOffset: getter(TA, "byteOffset"),
		taLength: getter(TA, "length"),
		taTag: getter(TA, Symbol.toStringTag),
		dvBuffer: getter(DataView.prototype, "buffer"),
		dvByteOffset: getter(DataView.prototype, "byteOffset"),
		dvByteLength: getter(DataView.prototype, "byteLength"),
		date: Date, regexp: RegExp, mapCtor: Map, setCtor: Set, dataView: DataView,
		flags: {}, typed: {}, errors: {},
	};
	for (const k of ["global", "ignoreCase", "multiline", "dotAll", "unicode", "sticky"]) out.flags[k] = getter(RegExp.prototype, k);
	for (const k of %s) out.typed[k] = globalThis[k];
	for (const k of %s) out.errors[k] = globalThis[k];
	return out;
})()`

func captureIntrinsics(rt *goja.Runtime) *intrinsics {
	quote := func(names []string) string {
		s := "["
		for i, n := range names {
			if i > 0 {
				s += ","
			}
			s += fmt.Sprintf("%q", n)
		}
		return s + "]"
	}
	v, err := rt.RunString(fmt.Sprintf(intrinsicsSource, quote(typedArrayNames[:]), quote(errorNames[:])))
	if err != nil {
		// The snippet uses only built-ins that every goja runtime has; failing here means the
		// runtime is not a goja runtime as this package knows it.
		panic(fmt.Sprintf("clone: capturing built-ins: %v", err))
	}
	o := v.(*goja.Object)
	fn := func(from *goja.Object, name string) goja.Callable {
		v := from.Get(name)
		f, ok := goja.AssertFunction(v)
		if !ok {
			panic(fmt.Sprintf("clone: built-in %s is missing", name))
		}
		return nativeCallable(v.(*goja.Object), f)
	}
	in := &intrinsics{
		hasOwn:         fn(o, "hasOwn"),
		gopd:           fn(o, "gopd"),
		funcToString:   fn(o, "funcToString"),
		objToString:    o.Get("objToString").(*goja.Object),
		iterProto:      o.Get("iterProto").(*goja.Object),
		objectCtor:     o.Get("objectCtor").(*goja.Object),
		numberValueOf:  fn(o, "numberValueOf"),
		booleanValueOf: fn(o, "booleanValueOf"),
		stringValueOf:  fn(o, "stringValueOf"),
		bigintValueOf:  fn(o, "bigintValueOf"),
		dateGetTime:    fn(o, "dateGetTime"),
		regexpSource:   fn(o, "regexpSource"),
		mapForEach:     fn(o, "mapForEach"),
		mapSet:         fn(o, "mapSet"),
		setForEach:     fn(o, "setForEach"),
		setAdd:         fn(o, "setAdd"),
		taBuffer:       fn(o, "taBuffer"),
		taByteOffset:   fn(o, "taByteOffset"),
		taLength:       fn(o, "taLength"),
		taTag:          fn(o, "taTag"),
		dvBuffer:       fn(o, "dvBuffer"),
		dvByteOffset:   fn(o, "dvByteOffset"),
		dvByteLength:   fn(o, "dvByteLength"),
		date:           o.Get("date"),
		regexp:         o.Get("regexp"),
		mapCtor:        o.Get("mapCtor"),
		setCtor:        o.Get("setCtor"),
		dataView:       o.Get("dataView"),
		errorCtors:     make(map[string]goja.Value, len(errorNames)),
	}
	flags := o.Get("flags").(*goja.Object)
	for i, f := range regexpFlagOrder {
		in.regexpFlags[i] = fn(flags, f.getter)
	}
	typed := o.Get("typed").(*goja.Object)
	for i, name := range typedArrayNames {
		in.typed[i] = typed.Get(name)
	}
	errs := o.Get("errors").(*goja.Object)
	for _, name := range errorNames {
		in.errorCtors[name] = errs.Get(name)
	}
	return in
}

// nativeCallable calls the Go function behind the built-in f directly, without the try frame
// that goja's Callable sets up for each call: the cloner calls built-ins from inside one
// Runtime.Try, which catches what they throw. slow is f's Callable, used when f is not a plain
// native function.
func nativeCallable(f *goja.Object, slow goja.Callable) goja.Callable {
	fastOnce.Do(learnLayout)
	nf := fast.native(f)
	if nf == nil {
		return slow
	}
	return func(this goja.Value, args ...goja.Value) (goja.Value, error) {
		return nf(goja.FunctionCall{This: this, Arguments: args}), nil
	}
}

// call invokes a built-in. Built-ins called with the right receiver do not throw; if one does,
// the exception propagates as a JavaScript exception like any other.
func call(f goja.Callable, this goja.Value, args ...goja.Value) goja.Value {
	v, err := f(this, args...)
	if err != nil {
		panic(err)
	}
	return v
}
