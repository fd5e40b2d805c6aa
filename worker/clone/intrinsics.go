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

	fnObjects []fnObject // the Callables above and their functions, until upgrade
}

type fnObject struct {
	dst *goja.Callable
	obj *goja.Object
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

// captureIntrinsics reads the built-ins from rt's global object, from Go: no JavaScript is
// compiled, so creating a Cloner costs microseconds. Their Callables are made direct Go calls
// by upgrade, when the cloner is first used.
func captureIntrinsics(rt *goja.Runtime) *intrinsics {
	in := &intrinsics{errorCtors: make(map[string]goja.Value, len(errorNames))}
	global := rt.GlobalObject()
	obj := func(from *goja.Object, name string) *goja.Object {
		o, ok := from.Get(name).(*goja.Object)
		if !ok {
			// Every goja runtime has these built-ins; failing here means the runtime is not a
			// goja runtime as this package knows it.
			panic(fmt.Sprintf("clone: built-in %s is missing", name))
		}
		return o
	}
	fn := func(dst *goja.Callable, f *goja.Object) {
		c, ok := goja.AssertFunction(f)
		if !ok {
			panic("clone: a built-in is not a function")
		}
		*dst = c
		in.fnObjects = append(in.fnObjects, fnObject{dst, f})
	}
	proto := func(name string) *goja.Object { return obj(obj(global, name), "prototype") }
	objectCtor := obj(global, "Object")
	objectProto := obj(objectCtor, "prototype")
	gopdObj := obj(objectCtor, "getOwnPropertyDescriptor")
	fn(&in.gopd, gopdObj)
	getter := func(o *goja.Object, key goja.Value) *goja.Object {
		d, err := in.gopd(goja.Undefined(), o, key)
		if err != nil {
			panic(err)
		}
		return obj(d.(*goja.Object), "get")
	}
	name := func(s string) goja.Value { return rt.ToValue(s) }

	fn(&in.hasOwn, obj(objectProto, "hasOwnProperty"))
	fn(&in.funcToString, obj(proto("Function"), "toString"))
	in.objToString = obj(objectProto, "toString")
	in.objectCtor = objectCtor
	iterCall, ok := goja.AssertFunction(rt.NewArray().GetSymbol(goja.SymIterator))
	if !ok {
		panic("clone: Array.prototype[Symbol.iterator] is missing")
	}
	it, err := iterCall(rt.NewArray())
	if err != nil {
		panic(err)
	}
	in.iterProto = it.(*goja.Object).Prototype().Prototype()
	fn(&in.numberValueOf, obj(proto("Number"), "valueOf"))
	fn(&in.booleanValueOf, obj(proto("Boolean"), "valueOf"))
	fn(&in.stringValueOf, obj(proto("String"), "valueOf"))
	fn(&in.bigintValueOf, obj(proto("BigInt"), "valueOf"))
	fn(&in.dateGetTime, obj(proto("Date"), "getTime"))
	regexpProto := proto("RegExp")
	fn(&in.regexpSource, getter(regexpProto, name("source")))
	for i, f := range regexpFlagOrder {
		fn(&in.regexpFlags[i], getter(regexpProto, name(f.getter)))
	}
	mapProto, setProto := proto("Map"), proto("Set")
	fn(&in.mapForEach, obj(mapProto, "forEach"))
	fn(&in.mapSet, obj(mapProto, "set"))
	fn(&in.setForEach, obj(setProto, "forEach"))
	fn(&in.setAdd, obj(setProto, "add"))
	ta := proto("Uint8Array").Prototype()
	fn(&in.taBuffer, getter(ta, name("buffer")))
	fn(&in.taByteOffset, getter(ta, name("byteOffset")))
	fn(&in.taLength, getter(ta, name("length")))
	fn(&in.taTag, getter(ta, goja.SymToStringTag))
	dvProto := proto("DataView")
	fn(&in.dvBuffer, getter(dvProto, name("buffer")))
	fn(&in.dvByteOffset, getter(dvProto, name("byteOffset")))
	fn(&in.dvByteLength, getter(dvProto, name("byteLength")))
	in.date, in.regexp = obj(global, "Date"), obj(global, "RegExp")
	in.mapCtor, in.setCtor, in.dataView = obj(global, "Map"), obj(global, "Set"), obj(global, "DataView")
	for i, n := range typedArrayNames {
		in.typed[i] = obj(global, n)
	}
	for _, n := range errorNames {
		in.errorCtors[n] = obj(global, n)
	}
	return in
}

// upgrade makes the built-ins' Callables direct Go calls, once goja's layout is known.
func (in *intrinsics) upgrade() {
	for _, f := range in.fnObjects {
		*f.dst = nativeCallable(f.obj, *f.dst)
	}
	in.fnObjects = nil
}

// nativeCallable calls the Go function behind the built-in f directly, without the try frame
// that goja's Callable sets up for each call: the cloner calls built-ins from inside one
// Runtime.Try, which catches what they throw. slow is f's Callable, used when f is not a plain
// native function.
func nativeCallable(f *goja.Object, slow goja.Callable) goja.Callable {
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
