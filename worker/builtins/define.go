package builtins

import (
	"runtime"
	"sync"
	"weak"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/internal/gojaprops"
	"github.com/mcrepl/mcrepl/worker/host"
)

// lazyValue is sync.OnceValue without allocations at package
// initialization: a package-level lazyValue is static data, where each of
// the package's 23 sync.OnceValue made two allocations at every start (46
// of the package's 90 init allocations, 2026-12-02). Unlike
// sync.OnceValue, a panic of f is not repeated by later calls (f is the
// package's own and does not panic).
type lazyValue[T any] struct {
	once sync.Once
	f    func() T
	v    T
}

func (l *lazyValue[T]) get() T {
	l.once.Do(func() { l.v = l.f(); l.f = nil })
	return l.v
}

// installer defines builtins on one runtime with V8's property attributes.
type installer struct {
	rt *goja.Runtime

	// goja's JSON.parse, whose refusal of "" makes a SyntaxError without
	// reading (and so building) the SyntaxError global at start-up
	jsonParse goja.Callable

	// the original array iteration, for forOf's fast path
	arrayValues, arrayIterProto, arrayIterNext *goja.Object
	// %IteratorPrototype%
	iterProto *goja.Object
	iters     *iteratorState
	iterCtor  *goja.Object // the Iterator constructor, once built
	// env is the isolate's host.Env, known once a lazy global is built
	env        *host.Env
	weak       *weakState
	suppressed *goja.Object // the SuppressedError constructor, once built
	// the class factory and the constructors it made (ctor)
	factory goja.Callable
	native  map[*goja.Object]string
	// the resolving functions of the last newPromiseCapability, as values
	lastResolve, lastReject goja.Value
	// String.prototype.toUpperCase and toLowerCase, as goja has them
	stringUpper, stringLower goja.Callable
	// the error constructors (replaced by installErrorStacks)
	errors map[string]*goja.Object
	// the stack accessor of errors and Error.captureStackTrace
	stacks *errorStacks
	// the globals of intrinsicNames as Install left them (freeze), what
	// intrinsic answers from then on, whatever a script writes
	orig   [len(intrinsicNames)]*goja.Object
	frozen bool
	// Object.getOwnPropertyDescriptor, as the runtime started with it
	gopd goja.Callable
	// the hooks run when goja makes a global (OnFirstUse); nil when there
	// are none
	lazy *lazyGlobals
}

// intrinsicNames are the globals the installer reads after Install, kept as
// Install leaves them (every one is materialized by then).
var intrinsicNames = [...]string{"Object", "Array", "Promise", "Reflect", "Symbol", "Error", "TypeError",
	"RangeError", "Map", "JSON", "Function", "String", "Number", "Date", "Math", "RegExp", "ArrayBuffer"}

// freeze remembers the globals of intrinsicNames. Install calls it last,
// before any script runs.
func (b *installer) freeze() {
	for i, name := range intrinsicNames {
		if b.lazy != nil {
			if j := hookIndex(name); j >= 0 && !b.lazy.done[j] {
				continue // made on first use: intrinsic asks b.made
			}
		}
		b.orig[i] = b.intrinsic(name)
	}
	b.frozen = true
}

func newInstaller(rt *goja.Runtime) *installer {
	b := &installer{rt: rt, errors: map[string]*goja.Object{}}
	if o := b.intrinsic("Object"); o != nil {
		b.gopd, _ = goja.AssertFunction(o.Get("getOwnPropertyDescriptor"))
	}
	for _, name := range []string{"Error", "TypeError", "RangeError", "ReferenceError", "EvalError"} {
		b.errors[name] = b.intrinsic(name)
	}
	if ap := b.proto("Array"); ap != nil {
		b.arrayValues, _ = ap.GetSymbol(goja.SymIterator).(*goja.Object)
		if f, ok := goja.AssertFunction(b.arrayValues); ok {
			if it, err := f(rt.NewArray()); err == nil {
				b.arrayIterProto = it.(*goja.Object).Prototype()
				b.arrayIterNext, _ = b.arrayIterProto.Get("next").(*goja.Object)
				b.iterProto = b.arrayIterProto.Prototype()
			}
		}
	}
	return b
}

// fn makes a native function whose name and length are V8's (non-writable,
// non-enumerable, configurable), never the Go function's name.
func (b *installer) fn(name string, length int, f func(goja.FunctionCall) goja.Value) *goja.Object {
	return Named(b.rt, gojaprops.Func(b.rt, f), name, length)
}

// Named sets o's name and length properties as V8 defines them on a
// builtin function, and returns o.
func Named(rt *goja.Runtime, o *goja.Object, name string, length int) *goja.Object {
	if gojaprops.Rename(o, rt.ToValue(name), rt.ToValue(length)) { // a fresh Go function: in place
		return o
	}
	_ = o.DefineDataProperty("length", rt.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = o.DefineDataProperty("name", rt.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return o
}

// method defines o[name] as a builtin method: writable, non-enumerable,
// configurable.
func (b *installer) method(o *goja.Object, name string, length int, f func(goja.FunctionCall) goja.Value) *goja.Object {
	m := b.fn(name, length, f)
	_ = o.DefineDataProperty(name, m, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return m
}

// getter defines a configurable, non-enumerable accessor named "get name".
func (b *installer) getter(o *goja.Object, name string, f func(goja.FunctionCall) goja.Value) {
	g := b.fn("get "+name, 0, f)
	_ = o.DefineAccessorProperty(name, g, nil, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// classSource makes the constructors of the ES classes built here: a
// plain function that throws V8's TypeError when called without new (goja's
// Go constructors cannot tell a call from new) and otherwise hands
// new.target and the arguments to Go. The function reads nothing user code
// can change.
const classSource = `(function (construct, msg, TypeError) {
	return function () {
		if (new.target === undefined) throw new TypeError(msg);
		return construct(new.target, arguments);
	};
})`

// classFactory is classSource compiled once per process, when the first
// isolate builds its first class (on first use of WeakRef, Iterator, ...).
// Its source name starts with "mcrepl:", so its frames are left out of
// stacks.
var classFactoryLazy = lazyValue[*goja.Program]{f: func() *goja.Program {
	return goja.MustCompile("mcrepl:builtins", classSource, true)
}}

func classFactory() *goja.Program { return classFactoryLazy.get() }

// ctor makes a class constructor: V8's TypeError when called without new,
// a prototype property that is non-writable, non-enumerable and
// non-configurable, and "function Name() { [native code] }" as its source.
// f gets This made from new.target's prototype (subclasses work).
func (b *installer) ctor(name string, length int, f func(goja.ConstructorCall) *goja.Object) (c, proto *goja.Object) {
	return b.ctorWith(name, length, b.rt.NewObject(), f)
}

// ctorWith is ctor with a given prototype object.
func (b *installer) ctorWith(name string, length int, proto *goja.Object, f func(goja.ConstructorCall) *goja.Object) (c, _ *goja.Object) {
	rt := b.rt
	if b.factory == nil {
		v, err := rt.RunProgram(classFactory())
		if err != nil {
			panic(err)
		}
		b.factory, _ = goja.AssertFunction(v)
		b.nativeToString()
	}
	construct := b.fn("", 2, func(call goja.FunctionCall) goja.Value {
		cc := gojaprops.ConstructorCall(rt, call, proto)
		if ret := f(cc); ret != nil {
			return ret
		}
		return cc.This
	})
	v, err := b.factory(goja.Undefined(), construct, rt.ToValue("Constructor "+name+" requires 'new'"), b.errors["TypeError"])
	if err != nil {
		panic(err)
	}
	c = v.(*goja.Object)
	Named(rt, c, name, length)
	_ = c.DefineDataProperty("prototype", proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	if !hasOwn(proto, "constructor") {
		_ = proto.DefineDataProperty("constructor", c, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	b.native[c] = name
	return c, proto
}

// nativeToString makes Function.prototype.toString show the constructors
// built by ctor as native code, as V8 shows its builtins.
func (b *installer) nativeToString() {
	if b.native != nil {
		return
	}
	fp := b.proto("Function")
	orig, ok := goja.AssertFunction(fp.Get("toString"))
	if !ok {
		return
	}
	b.native = map[*goja.Object]string{}
	b.method(fp, "toString", 0, func(call goja.FunctionCall) goja.Value {
		if o, ok := call.This.(*goja.Object); ok {
			if name, ok := b.native[o]; ok {
				return b.rt.ToValue("function " + name + "() { [native code] }")
			}
		}
		return mustCallThis(orig, call.This, call.Arguments...)
	})
}

// tag defines o[Symbol.toStringTag] = name, non-writable, configurable.
func (b *installer) tag(o *goja.Object, name string) {
	_ = o.DefineDataPropertySymbol(goja.SymToStringTag, b.rt.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// intrinsic returns globalThis[name], nil when it is not an object; once
// Install is done (freeze), the value it had then, for the names of
// intrinsicNames.
func (b *installer) intrinsic(name string) *goja.Object {
	if b.frozen {
		for i, n := range intrinsicNames {
			if n == name {
				if b.orig[i] == nil && b.lazy != nil {
					if j := hookIndex(name); j >= 0 {
						b.orig[i] = b.made(j)
					}
				}
				return b.orig[i]
			}
		}
	}
	o, _ := b.rt.GlobalObject().Get(name).(*goja.Object)
	return o
}

// proto returns globalThis[name].prototype.
func (b *installer) proto(name string) *goja.Object {
	if c := b.intrinsic(name); c != nil {
		p, _ := c.Get("prototype").(*goja.Object)
		return p
	}
	return nil
}

// typeError throws a TypeError (NewTypeError formats its first argument).
func (b *installer) typeError(msg string) { panic(b.rt.NewTypeError("%s", msg)) }

func (b *installer) rangeError(msg string) {
	panic(b.newError("RangeError", msg))
}

// newError constructs the intrinsic error class ctor with msg (the class
// as it was when the isolate started, whatever the script assigns since).
func (b *installer) newError(ctor, msg string) *goja.Object {
	o, err := b.rt.New(b.errors[ctor], b.rt.ToValue(msg))
	if err != nil {
		panic(err)
	}
	return o
}

// slots holds Go state for JS objects without keeping the objects alive
// and without a property a script could see: the key is a weak pointer,
// and the entry is dropped when the object is collected.
type slots[T any] struct {
	mu sync.Mutex
	m  map[weak.Pointer[goja.Object]]*T
}

func (s *slots[T]) put(o *goja.Object, v *T) {
	k := weak.Make(o)
	s.mu.Lock()
	if s.m == nil {
		s.m = map[weak.Pointer[goja.Object]]*T{}
	}
	s.m[k] = v
	s.mu.Unlock()
	// The cleanup runs on a runtime goroutine; the mutex is for it.
	runtime.AddCleanup(o, s.drop, k)
}

func (s *slots[T]) drop(k weak.Pointer[goja.Object]) {
	s.mu.Lock()
	delete(s.m, k)
	s.mu.Unlock()
}

// get returns the state of v, nil when v is no object that has some.
func (s *slots[T]) get(v goja.Value) *T {
	o, ok := v.(*goja.Object)
	if !ok || o == nil {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.m[weak.Make(o)]
}

// describe renders a receiver the way V8's incompatible-receiver messages
// do: #<Object> for objects, the string of a primitive.
func (b *installer) describe(v goja.Value) string {
	o, ok := v.(*goja.Object)
	if !ok {
		if v == nil {
			return "undefined"
		}
		if s, ok := v.Export().(string); ok {
			return s
		}
		return v.String()
	}
	return "#<" + b.className(o) + ">"
}

// className is the constructor name V8 prints in #<Name>: the name of
// the first "constructor" data property on o's prototype chain, read
// without running a getter or a proxy trap (V8 reads it from the object's
// map, which no script observes).
func (b *installer) className(o *goja.Object) string {
	for p, depth := o, 0; p != nil && depth < 8; p, depth = p.Prototype(), depth+1 {
		if gojaprops.Exports[goja.Proxy](p) {
			break
		}
		if !hasOwn(p, "constructor") {
			continue
		}
		c, ok := b.dataProperty(p, "constructor").(*goja.Object)
		if !ok {
			break
		}
		if n, ok := b.dataProperty(c, "name").(goja.String); ok && n.String() != "" {
			return n.String()
		}
		break
	}
	return "Object"
}

// dataProperty is o's own data property key, nil when it is absent or an
// accessor (which it does not call).
func (b *installer) dataProperty(o *goja.Object, key string) goja.Value {
	if gojaprops.Exports[goja.Proxy](o) {
		return nil
	}
	rt := b.rt
	gopd := b.gopd
	if gopd == nil {
		return nil
	}
	d, err := gopd(goja.Undefined(), o, rt.ToValue(key))
	if err != nil {
		return nil
	}
	desc, ok := d.(*goja.Object)
	if !ok || !hasOwn(desc, "value") {
		return nil
	}
	return desc.Get("value")
}

// iterResult makes {value, done}.
func (b *installer) iterResult(v goja.Value, done bool) *goja.Object {
	o := b.rt.NewObject()
	if v == nil {
		v = goja.Undefined()
	}
	_ = o.Set("value", v)
	_ = o.Set("done", done)
	return o
}

// runtimeAddCleanup forgets rt's installer when rt is collected.
func runtimeAddCleanup(rt *goja.Runtime, k weak.Pointer[goja.Runtime]) {
	runtime.AddCleanup(rt, forgetRuntime, k)
}

func hasOwn(o *goja.Object, key string) bool {
	for _, k := range o.GetOwnPropertyNames() {
		if k == key {
			return true
		}
	}
	return false
}

// getv is o[key], undefined (not nil) when o has no such property.
func getv(o *goja.Object, key string) goja.Value {
	if v := o.Get(key); v != nil {
		return v
	}
	return goja.Undefined()
}
