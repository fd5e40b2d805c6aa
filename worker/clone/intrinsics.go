package clone

import (
	"fmt"
	"reflect"
	"sync"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"

	"github.com/mcrepl/mcrepl/internal/gojaprops"
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
	errorCtors                               [len(errorNames)]goja.Value // in the order of errorNames

	rt        *goja.Runtime
	fnObjects []fnObject // the Callables above and their functions, until upgrade
	upgraded  bool       // upgrade has run: Callables captured later are made direct at once

	// captured says which of the watched globals' built-ins are captured, taCaptured whether
	// %TypedArray%.prototype's getters are; makers make the watched globals that goja had not
	// made when the Cloner was made (lazyglobals.go).
	captured   [len(watched)]bool
	taCaptured bool
	makers     [len(watched)]func(*goja.Runtime) goja.Value
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
//
// The built-ins of Map, Set, DataView and the typed arrays that goja has not made yet are not
// made here (making Set.prototype alone is most of what capturing cost): their globals are
// watched (lazyglobals.go), and each is captured when goja makes it, before any code can see
// it, or when the cloner needs it.
func captureIntrinsics(rt *goja.Runtime) *intrinsics {
	in := &intrinsics{rt: rt}
	in.fnObjects = make([]fnObject, 0, 32)
	global := rt.GlobalObject()
	proto := func(name string) *goja.Object { return in.obj(in.obj(global, name), "prototype") }
	objectCtor := in.obj(global, "Object")
	objectProto := in.obj(objectCtor, "prototype")
	in.fn(&in.gopd, in.obj(objectCtor, "getOwnPropertyDescriptor"))
	in.fn(&in.hasOwn, in.obj(objectProto, "hasOwnProperty"))
	in.fn(&in.funcToString, in.obj(proto("Function"), "toString"))
	in.objToString = in.obj(objectProto, "toString")
	in.objectCtor = objectCtor
	arr := rt.NewArray()
	iterCall, ok := goja.AssertFunction(arr.GetSymbol(goja.SymIterator))
	if !ok {
		panic("clone: Array.prototype[Symbol.iterator] is missing")
	}
	it, err := iterCall(arr)
	if err != nil {
		panic(err)
	}
	in.iterProto = it.(*goja.Object).Prototype().Prototype()
	in.fn(&in.numberValueOf, in.obj(proto("Number"), "valueOf"))
	in.fn(&in.booleanValueOf, in.obj(proto("Boolean"), "valueOf"))
	in.fn(&in.stringValueOf, in.obj(proto("String"), "valueOf"))
	in.fn(&in.bigintValueOf, in.obj(proto("BigInt"), "valueOf"))
	in.fn(&in.dateGetTime, in.obj(proto("Date"), "getTime"))
	regexpProto := proto("RegExp")
	in.fn(&in.regexpSource, in.getter(regexpProto, "source"))
	for i, f := range regexpFlagOrder {
		in.fn(&in.regexpFlags[i], in.getter(regexpProto, f.getter))
	}
	in.date, in.regexp = in.obj(global, "Date"), in.obj(global, "RegExp")
	for i, n := range errorNames {
		in.errorCtors[i] = in.obj(global, n)
	}
	in.watch(global)
	return in
}

// obj returns from[name], which must be an object.
func (in *intrinsics) obj(from *goja.Object, name string) *goja.Object {
	o, ok := from.Get(name).(*goja.Object)
	if !ok {
		// Every goja runtime has these built-ins; failing here means the runtime is not a
		// goja runtime as this package knows it.
		panic(fmt.Sprintf("clone: built-in %s is missing", name))
	}
	return o
}

// fn sets *dst to the built-in function f, made a direct Go call by upgrade (at once when the
// cloner is in use already).
func (in *intrinsics) fn(dst *goja.Callable, f *goja.Object) {
	c, ok := goja.AssertFunction(f)
	if !ok {
		panic("clone: a built-in is not a function")
	}
	*dst = c
	if in.upgraded {
		*dst = nativeCallable(f, c)
		return
	}
	in.fnObjects = append(in.fnObjects, fnObject{dst, f})
}

// getter returns the getter of o's own accessor property key.
func (in *intrinsics) getter(o *goja.Object, key string) *goja.Object {
	return in.getterOf(o, in.rt.ToValue(key))
}

func (in *intrinsics) getterOf(o *goja.Object, key goja.Value) *goja.Object {
	if name, ok := key.(goja.String); ok {
		if g := ownGetter(o, unistring.String(name.String())); g != nil {
			return g
		}
	}
	d, err := in.gopd(goja.Undefined(), o, key)
	if err != nil {
		panic(err)
	}
	return in.obj(d.(*goja.Object), "get")
}

// captureGlobal captures the built-ins of watched global i, whose constructor is ctor.
func (in *intrinsics) captureGlobal(i int, ctor *goja.Object) {
	if in.captured[i] {
		return
	}
	in.captured[i] = true
	p := in.obj(ctor, "prototype")
	switch i {
	case watchMap:
		in.mapCtor = ctor
		in.fn(&in.mapForEach, in.obj(p, "forEach"))
		in.fn(&in.mapSet, in.obj(p, "set"))
	case watchSet:
		in.setCtor = ctor
		in.fn(&in.setForEach, in.obj(p, "forEach"))
		in.fn(&in.setAdd, in.obj(p, "add"))
	case watchDataView:
		in.dataView = ctor
		in.fn(&in.dvBuffer, in.getter(p, "buffer"))
		in.fn(&in.dvByteOffset, in.getter(p, "byteOffset"))
		in.fn(&in.dvByteLength, in.getter(p, "byteLength"))
	default:
		in.typed[i-watchTyped] = ctor
		if !in.taCaptured {
			// %TypedArray%.prototype, which every typed array constructor's prototype
			// inherits from, comes into being with the first of them.
			in.taCaptured = true
			ta := p.Prototype()
			in.fn(&in.taBuffer, in.getter(ta, "buffer"))
			in.fn(&in.taByteOffset, in.getter(ta, "byteOffset"))
			in.fn(&in.taLength, in.getter(ta, "length"))
			in.fn(&in.taTag, in.getterOf(ta, goja.SymToStringTag))
		}
	}
}

// need makes sure that the built-ins of watched global i are captured (making them, if goja
// has not yet).
func (in *intrinsics) need(i int) {
	if !in.captured[i] {
		in.captureGlobal(i, in.create(i))
	}
}

// needTyped makes sure that %TypedArray%.prototype's getters are captured.
func (in *intrinsics) needTyped() {
	if !in.taCaptured {
		in.need(watchTyped + 1) // Uint8Array
	}
}

// errorCtor returns the constructor of the Error class name, or nil.
func (in *intrinsics) errorCtor(name string) goja.Value {
	for i, n := range errorNames {
		if n == name {
			return in.errorCtors[i]
		}
	}
	return nil
}

// upgrade makes the built-ins' Callables direct Go calls, once goja's layout is known.
func (in *intrinsics) upgrade() {
	for _, f := range in.fnObjects {
		*f.dst = nativeCallable(f.obj, *f.dst)
	}
	in.fnObjects = nil
	in.upgraded = true
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

// ownGetter reads the getter of o's own accessor property name from goja's storage, which is
// what Object.getOwnPropertyDescriptor(o, name).get returns, without making the descriptor
// object; nil when o's storage is not the ordinary one, name is not an accessor there (a
// templated prototype's built-in not made yet), or goja's layout is not the one expected.
func ownGetter(o *goja.Object, name unistring.String) *goja.Object {
	getterOnce.Do(learnGetter)
	g := getterLayout.g
	if g == nil || !startsWithBase(o) {
		return nil
	}
	v, found := (*(*map[unistring.String]goja.Value)(unsafe.Add(implData(o), g.Values)))[name]
	w := ifaceOf(&v)
	if !found || w.tab != g.PropTab || w.tab == nil || !*(*bool)(unsafe.Add(w.data, g.PropAccessor)) {
		return nil
	}
	return *(**goja.Object)(unsafe.Add(w.data, getterLayout.off))
}

var (
	getterOnce   sync.Once
	getterLayout struct {
		g   *gojaprops.Layout // nil: not known
		off uintptr           // of the getter in goja's valueProperty
	}
	// baseFirst caches, by implementation type word, whether an implementation type starts
	// with goja's baseObject (ordinary objects, guarded and templated prototypes...).
	baseFirst sync.Map
)

func learnGetter() {
	g, ok := gojaprops.Learnt()
	if !ok {
		return
	}
	off, ok := gojaprops.Field(g.PropType, "getterFunc", func(t reflect.Type) bool { return t == reflect.TypeFor[*goja.Object]() })
	if ok {
		getterLayout.g, getterLayout.off = g, off
	}
}

// startsWithBase reports whether o's implementation starts with goja's baseObject.
func startsWithBase(o *goja.Object) bool {
	tab := implTab(o)
	if tab == nil {
		return false
	}
	if b, ok := baseFirst.Load(tab); ok {
		return b.(bool)
	}
	t := reflect.ValueOf(o).Elem().Field(0).Elem().Type()
	b := t.Kind() == reflect.Pointer && t.Elem().Kind() == reflect.Struct && t.Elem().NumField() > 0 &&
		t.Elem().Field(0).Anonymous && t.Elem().Field(0).Offset == 0 && t.Elem().Field(0).Type == getterLayout.g.Base
	baseFirst.Store(tab, b)
	return b
}
