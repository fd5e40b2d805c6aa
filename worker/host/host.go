// Package host is the contract between the isolate (package worker) and the
// host API packages under worker/ (encoding, url, blob, crypto, streams,
// fetch, node, builtins, ...): a registry of the globals each package
// defines, with the compatibility gate of each, and the Env through which a
// package reaches its isolate (runtime, event classes, event loop,
// permissions, output).
//
// A package registers its globals from an init function:
//
//	func init() {
//		host.Register(host.Global{Name: "TextEncoder", Build: buildTextEncoder})
//	}
//
// and package worker imports it (one blank import per package, in
// worker/register_*.go). When an isolate starts, the worker walks the
// registry and, for every global whose gate is open, defines a lazy
// property: the first read of the name calls Build, replaces the accessor
// with an ordinary data property holding the result, and returns it. A
// script that never names TextEncoder never pays for it. Writing the name
// first replaces it with the written value, as for any global.
//
// Everything here runs on the loop goroutine unless it says otherwise.
package host

import (
	"io"
	"slices"
	"strings"
	"sync"
	"time"
	"unsafe"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/flags"
	"github.com/mcrepl/mcrepl/trace"
	"github.com/mcrepl/mcrepl/worker/events"
)

// Where says which object a global is defined on.
type Where int

const (
	// Scope defines the global on the ServiceWorkerGlobalScope prototype
	// (globalThis's first prototype), where workerd defines its API classes:
	// `'TextEncoder' in globalThis` is true, Object.hasOwn(globalThis, ...)
	// is false.
	Scope Where = iota
	// Own defines the global as an own property of globalThis (what workerd
	// does for a few names, e.g. navigator and the Node.js globals).
	Own
)

// Global is one global name a package defines.
type Global struct {
	// Name is the global's name.
	Name string
	// On says whether the global exists under a compatibility configuration.
	// nil: always.
	On func(*flags.Set) bool
	// Where: Scope (the default) or Own.
	Where Where
	// Hidden makes the property non-enumerable, as V8 defines the
	// JavaScript builtins (Intl, WeakRef, ...). workerd's own globals, the
	// API classes on the prototype as much as crypto or fetch, are
	// enumerable: the default.
	Hidden bool
	// Build makes the value, once per isolate, on first use. It may read
	// other globals (through env.Global) and call other packages' Go API.
	Build func(env *Env) goja.Value
}

var (
	regMu    sync.Mutex
	registry []Global
	// registryBuf is where the first Register puts registry: it holds every
	// global mcrepl registers (70 today), so that the init functions'
	// appends never reallocate it.
	registryBuf [96]Global
)

// Register adds globals to the registry. Call it from init functions only.
// Any goroutine.
func Register(gs ...Global) {
	regMu.Lock()
	defer regMu.Unlock()
	if registry == nil {
		registry = registryBuf[:0]
	}
	registry = append(registry, gs...)
}

// Registered returns the registered globals, sorted by name (so install
// order never depends on package initialisation order). Any goroutine.
func Registered() []Global {
	regMu.Lock()
	defer regMu.Unlock()
	out := slices.Clone(registry)
	// slices' sort, not sort.SliceStable's reflection swapper: this runs in
	// every isolate's start-up.
	slices.SortStableFunc(out, func(a, b Global) int { return strings.Compare(a.Name, b.Name) })
	return out
}

// Loop is what an API reaches of the isolate's event loop.
type Loop interface {
	// QueueMicrotask queues fn as a microtask (FIFO with promise reactions).
	QueueMicrotask(fn func())
	// Call calls a JS function from Go the way V8 enters a task: microtasks
	// it queues run after it returns. Use it for callbacks entered from a
	// macrotask (a Go-side completion), not from inside a host function.
	Call(fn goja.Callable, this goja.Value, args ...goja.Value) (goja.Value, error)
	// ReportException reports err (a *goja.Exception or any error) as
	// uncaught: printed, the global error event fired, `run` exits 1.
	ReportException(err error)
	// ReportTaskException reports what a timer's or an immediate's callback
	// threw: printed, `run` exits 1, but no global error event, as in
	// workerd, which fires the event for microtasks, listeners and
	// reportError only.
	ReportTaskException(err error)
	// Hold registers pending work done outside the loop (a network request,
	// a file read, a Go goroutine): until it completes, the isolate is not
	// quiescent, so `run` waits for it. complete may be called from any
	// goroutine, exactly once: it queues job as a macrotask on the loop
	// (then drains microtasks) and releases the hold. job may be nil. The
	// name appears in the report of what never completed when a run is
	// stopped.
	Hold(name string) (complete func(job func()))
	// QueueIO queues job as an I/O task (loop goroutine only): a macrotask
	// that runs after the current one and its microtasks, before the timers
	// that are due (then drains microtasks), as workerd runs a ready I/O
	// event, such as a WebSocket message, before its timers.
	QueueIO(job func())
	// SetTimer runs fire on the loop as a macrotask after d (0 = next turn)
	// and returns a function that cancels it (loop goroutine only). An
	// armed timer keeps the isolate alive like setTimeout's.
	SetTimer(d time.Duration, fire func()) (cancel func())
}

// Permissions are what the user allowed beyond the default sandbox.
type Permissions struct {
	// Net lists the hosts (host or host:port) fetch() may reach; "*" is
	// every host; nil or empty: none (--allow-net).
	Net []string
	// Read lists the paths (files or folders) that may be read beyond the
	// entry's project; nil: none (--allow-read).
	Read []string
}

// Env is one isolate as its API packages see it. Build it once per isolate
// (package worker does); API packages only read it.
type Env struct {
	RT     *goja.Runtime
	Realm  *events.Realm // Event, EventTarget, DOMException, AbortSignal, Func, Class
	Flags  *flags.Set
	Global *goja.Object // globalThis
	Scope  *goja.Object // the ServiceWorkerGlobalScope prototype
	Loop   Loop
	Perms  Permissions
	Stdout io.Writer // console output (also the event log's default stream)
	Stderr io.Writer // warnings and uncaught errors
	// Warn writes a one-line runtime warning (no newline) on Stderr.
	Warn func(msg string)
	// Made, if not nil, returns the isolate's own typed array constructor
	// name, made now if nothing made it yet (package builtins: goja makes
	// them on first use, and the guards wrap each as it is made), whatever
	// a script did to the global since; nil when it cannot. Capture then
	// leaves the typed arrays unmade. Nil: Capture reads them at once.
	Made func(name string) *goja.Object
	// Origin, if not nil, returns what started the code running now (mcrepl
	// serve's request), nil when nothing is known: an API package records it
	// with what it makes, so that a report can be asked of one request
	// (trace.Filter). It is carried into callbacks as AsyncLocalStorage's
	// context is (promise reactions, timers, port deliveries).
	Origin func() any

	symbolFor goja.Callable // the isolate's own Symbol.for (Capture)
	iterProto *goja.Object  // %IteratorPrototype% (Capture)
	intr      Intrinsics    // (Capture)

	// globals are the registered globals the isolate defines (SetGlobals),
	// sorted by name, and built their values once built (Builtin).
	globals []Global
	built   []goja.Value

	state map[any]any
	// armed has bit i set once the State under serializers[i].Key was
	// built: SerializeHost asks the others nothing.
	armed uint64
	// recent caches state by the words of its key (see State).
	recent    [32]stateSlot
	reporters []func(trace.Filter) []trace.Problem
	closers   closers
}

// CurrentOrigin is Origin's value, nil without one. Loop goroutine only.
func (env *Env) CurrentOrigin() any {
	if env.Origin == nil {
		return nil
	}
	return env.Origin()
}

// stateSlot is an entry of Env.recent: the two words of a key of Env.state and its value.
type stateSlot struct {
	typ, data unsafe.Pointer
	v         any
}

// eface is the layout of an interface value of type any.
type eface struct{ typ, data unsafe.Pointer }

// Intrinsics are the built-in objects and functions the API packages use,
// as the isolate has them before any script runs (Env.Capture): a script
// that writes globalThis.Object, Reflect, JSON, Promise, Uint8Array, ...
// changes none of them. A field is nil when the isolate had no such value.
type Intrinsics struct {
	ObjectProto              *goja.Object  // Object.prototype
	GetOwnPropertyDescriptor goja.Callable // Object.getOwnPropertyDescriptor
	DefineProperty           goja.Callable // Object.defineProperty
	ReflectOwnKeys           goja.Callable // Reflect.ownKeys
	Error                    *goja.Object  // the Error constructor
	TypeError                *goja.Object  // the TypeError constructor
	RangeError               *goja.Object  // the RangeError constructor
	PromiseThen              goja.Callable // Promise.prototype.then
	ArrayBuffer              *goja.Object  // the ArrayBuffer constructor (the guarded one)
	IsView                   goja.Callable // ArrayBuffer.isView
	DataView                 *goja.Object  // the DataView constructor
	DataViewProto            *goja.Object  // DataView.prototype
	JSONParse                goja.Callable // JSON.parse (the guarded one)
	JSONStringify            goja.Callable // JSON.stringify (the guarded one)

	// ownKeysFn and gopdFn are Reflect.ownKeys and
	// Object.getOwnPropertyDescriptor as objects, for JavaScript helpers.
	ownKeysFn, gopdFn goja.Value
	// The typed array constructors and %TypedArray%.prototype, read by
	// Capture or, with made (Env.Made), on first use.
	typedArrays     [len(typedArrayNames)]*goja.Object
	typedArrayProto *goja.Object
	made            func(name string) *goja.Object
}

// typedArrayNames are the typed array constructors Capture keeps (goja has
// no Float16Array yet).
var typedArrayNames = [...]string{"Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array",
	"Int32Array", "Uint32Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array", "Float16Array"}

// TypedArray is the typed array constructor name (Int8Array, ...,
// Float16Array) as the isolate had it before any script (the guarded one);
// nil when there was none. Loop goroutine only.
func (in *Intrinsics) TypedArray(name string) *goja.Object {
	for i, n := range typedArrayNames {
		if n == name {
			if in.typedArrays[i] == nil && in.made != nil {
				in.typedArrays[i] = in.made(name)
			}
			return in.typedArrays[i]
		}
	}
	return nil
}

// Uint8Array is the Uint8Array constructor (the guarded one), as
// TypedArray.
func (in *Intrinsics) Uint8Array() *goja.Object { return in.TypedArray("Uint8Array") }

// TypedArrayProto is %TypedArray%.prototype: the prototype of Uint8Array's
// [[Prototype]] (the guard keeps it); nil when there was none.
func (in *Intrinsics) TypedArrayProto() *goja.Object {
	if in.typedArrayProto == nil {
		if u := in.Uint8Array(); u != nil {
			if ta := u.Prototype(); ta != nil {
				in.typedArrayProto, _ = ta.Get("prototype").(*goja.Object)
			}
		}
	}
	return in.typedArrayProto
}

// Capture remembers the intrinsics that the API packages use, as the
// isolate has them before any script runs, so that what a script does to
// its globals (globalThis.Symbol = 1) does not reach mcrepl's own code. The
// isolate calls it once, when it builds the Env, after the builtins and
// guards are installed. With Env.Made the typed arrays are left to first use.
func (env *Env) Capture() {
	rt := env.RT
	g := rt.GlobalObject()
	if sym, ok := g.Get("Symbol").(*goja.Object); ok {
		env.symbolFor, _ = goja.AssertFunction(sym.Get("for"))
	}
	arr := rt.NewArray()
	if values, ok := goja.AssertFunction(arr.GetSymbol(goja.SymIterator)); ok {
		if v, err := values(arr); err == nil {
			if it, ok := v.(*goja.Object); ok {
				if p := it.Prototype(); p != nil {
					env.iterProto = p.Prototype()
				}
			}
		}
	}
	in := &env.intr
	obj := func(o *goja.Object, name string) *goja.Object {
		if o == nil {
			return nil
		}
		v, _ := o.Get(name).(*goja.Object)
		return v
	}
	fn := func(o *goja.Object, name string) goja.Callable {
		if o == nil {
			return nil
		}
		f, _ := goja.AssertFunction(o.Get(name))
		return f
	}
	object := obj(g, "Object")
	in.ObjectProto = obj(object, "prototype")
	if gopd := obj(object, "getOwnPropertyDescriptor"); gopd != nil {
		in.gopdFn = gopd
		in.GetOwnPropertyDescriptor, _ = goja.AssertFunction(gopd)
	}
	in.DefineProperty = fn(object, "defineProperty")
	if ownKeys := obj(obj(g, "Reflect"), "ownKeys"); ownKeys != nil {
		in.ownKeysFn = ownKeys
		in.ReflectOwnKeys, _ = goja.AssertFunction(ownKeys)
	}
	in.Error, in.TypeError, in.RangeError = obj(g, "Error"), obj(g, "TypeError"), obj(g, "RangeError")
	in.PromiseThen = fn(obj(obj(g, "Promise"), "prototype"), "then")
	in.ArrayBuffer = obj(g, "ArrayBuffer")
	in.IsView = fn(in.ArrayBuffer, "isView")
	in.DataView = obj(g, "DataView")
	in.DataViewProto = obj(in.DataView, "prototype")
	if env.Made != nil {
		// Made on first use: making the eleven constructors (and the
		// guards' wrappers) was most of the guards' cost at every start-up.
		in.made = env.Made
	} else {
		for i, name := range typedArrayNames {
			in.typedArrays[i] = obj(g, name)
		}
		in.TypedArrayProto()
	}
	json := obj(g, "JSON")
	in.JSONParse, in.JSONStringify = fn(json, "parse"), fn(json, "stringify")
}

// Intrinsics are the values Capture took. Loop goroutine only; read them,
// never write them.
func (env *Env) Intrinsics() *Intrinsics { return &env.intr }

// ReflectOwnKeysValue is Reflect.ownKeys as a JavaScript value (for a
// helper written in JavaScript); undefined when there was none.
func (in *Intrinsics) ReflectOwnKeysValue() goja.Value { return orUndefined(in.ownKeysFn) }

// GetOwnPropertyDescriptorValue is Object.getOwnPropertyDescriptor as a
// JavaScript value; undefined when there was none.
func (in *Intrinsics) GetOwnPropertyDescriptorValue() goja.Value { return orUndefined(in.gopdFn) }

func orUndefined(v goja.Value) goja.Value {
	if v == nil {
		return goja.Undefined()
	}
	return v
}

// Getter is the get function of o's own accessor property key, read with
// the original Object.getOwnPropertyDescriptor; nil when there is none.
func (in *Intrinsics) Getter(rt *goja.Runtime, o *goja.Object, key goja.Value) goja.Callable {
	if in.GetOwnPropertyDescriptor == nil || o == nil {
		return nil
	}
	d, err := in.GetOwnPropertyDescriptor(goja.Undefined(), o, key)
	if err != nil {
		return nil
	}
	desc, ok := d.(*goja.Object)
	if !ok {
		return nil
	}
	f, _ := goja.AssertFunction(desc.Get("get"))
	return f
}

// NewError makes an error of the captured constructor ctor (in.TypeError,
// in.RangeError, ...) with msg; goja's own TypeError when ctor is nil.
func (in *Intrinsics) NewError(rt *goja.Runtime, ctor *goja.Object, msg string) *goja.Object {
	if ctor != nil {
		if o, err := rt.New(ctor, rt.ToValue(msg)); err == nil {
			return o
		}
	}
	return rt.NewTypeError("%s", msg) // goja formats its first argument
}

// NewUint8Array makes a Uint8Array over ab (no copy) with the captured
// constructor.
func (in *Intrinsics) NewUint8Array(rt *goja.Runtime, ab goja.ArrayBuffer) *goja.Object {
	u := in.Uint8Array()
	if u == nil {
		panic(rt.NewTypeError("Uint8Array is not available"))
	}
	o, err := rt.New(u, rt.ToValue(ab))
	if err != nil {
		panic(err)
	}
	return o
}

// IteratorPrototype is %IteratorPrototype%, the prototype of the
// prototypes of the built-in iterators (Capture).
func (env *Env) IteratorPrototype() *goja.Object { return env.iterProto }

// SymbolFor is Symbol.for(key) with the isolate's own Symbol.for (Capture).
func (env *Env) SymbolFor(key string) *goja.Symbol {
	if env.symbolFor != nil {
		if v, err := env.symbolFor(goja.Undefined(), env.RT.ToValue(key)); err == nil {
			if sym, ok := v.(*goja.Symbol); ok {
				return sym
			}
		}
	}
	panic(env.RT.NewTypeError("Symbol.for is not available"))
}

// AddReporter adds f to what the end-of-run report asks: an API package
// lists there what did not happen (a stream read that no chunk answered),
// of what the filter covers. Loop goroutine only.
func (env *Env) AddReporter(f func(trace.Filter) []trace.Problem) {
	env.reporters = append(env.reporters, f)
}

// Reports collects the reporters' problems that f covers. Loop goroutine
// only.
func (env *Env) Reports(f trace.Filter) []trace.Problem {
	var out []trace.Problem
	for _, r := range env.reporters {
		out = append(out, r(f)...)
	}
	return out
}

// State returns the per-isolate value stored under key, building it with
// build on first use. Packages keep their prototypes and Go-side maps there:
//
//	type stateKey struct{}
//	s := host.State(env, stateKey{}, func() *state { return newState(env) })
//
// Loop goroutine only.
//
// It is cheap for the usual key, a value of an empty struct type of the
// package: the clone asks every registered Serializer about every ordinary
// object it meets, and each Serializer starts by finding its state. A key
// whose two words (type and data) are those of a key met before is that
// key: the data word of a value that is not a pointer points at its copy,
// which is never written (and at one shared word for every empty value), so
// equal words are equal keys, and a small two-way cache of the words
// (Env.recent) answers before the map, which hashes the key through its
// type.
func State[T any](env *Env, key any, build func() T) T {
	k := (*eface)(unsafe.Pointer(&key))
	// Two ways: the slot of the key's type and the next one.
	i := uint(uint64(uintptr(k.typ))*0x9E3779B97F4A7C15>>59) % uint(len(env.recent))
	a, b := &env.recent[i], &env.recent[(i+1)%uint(len(env.recent))]
	if a.typ == k.typ && a.data == k.data && k.typ != nil {
		return a.v.(T)
	}
	if b.typ == k.typ && b.data == k.data && k.typ != nil {
		return b.v.(T)
	}
	if env.state == nil {
		env.state = map[any]any{}
	}
	v, ok := env.state[key]
	var built T
	if !ok {
		built = build()
		v = built
		env.state[key] = v
		env.arm(key)
	}
	// build may have used the slots for other keys: the newest entry goes first, the one it
	// displaces second.
	if a.typ != nil {
		*b = *a
	}
	*a = stateSlot{k.typ, k.data, v}
	if !ok {
		return built
	}
	return v.(T)
}

// SetGlobals records the registered globals the isolate defines, in
// Registered's order (sorted by name): package worker calls it once,
// before any script runs. Loop goroutine only.
func (env *Env) SetGlobals(gs []Global) {
	env.globals = gs
	env.built = make([]goja.Value, len(gs))
}

// BuildGlobal returns the value of env's i-th global (SetGlobals), building
// it on first use. Loop goroutine only.
func (env *Env) BuildGlobal(i int) goja.Value {
	if env.built[i] == nil {
		v := env.globals[i].Build(env)
		if v == nil {
			v = goja.Undefined()
		}
		if env.built[i] == nil { // Build may have asked for itself
			env.built[i] = v
		}
	}
	return env.built[i]
}

// Builtin returns the registered global name as the isolate builds it
// (Headers, Blob, URLSearchParams, fetch, ...), whatever the script did to
// the global of that name since; nil when the isolate does not define it
// (no package registers it, or its gate is closed). Loop goroutine only.
func (env *Env) Builtin(name string) goja.Value {
	i, ok := slices.BinarySearchFunc(env.globals, name, func(g Global, n string) int { return strings.Compare(g.Name, n) })
	if !ok {
		return nil
	}
	return env.BuildGlobal(i)
}

// Get returns the global name, building it if it is a lazy global not yet
// read. It returns nil if the name is not defined. Loop goroutine only.
// It reads the script's global: for the isolate's own value, use Builtin.
func (env *Env) Get(name string) goja.Value { return env.Global.Get(name) }

// WhenSettled calls ok or fail, from a microtask, when v (a promise, a
// thenable or a value) settles, through the isolate's own
// Promise.prototype.then (taken before user code runs).
func (env *Env) WhenSettled(v goja.Value, ok, fail func(goja.Value)) {
	rt := env.RT
	p, resolve, _ := rt.NewPromise()
	_ = resolve(v)
	then := env.intr.PromiseThen
	if then == nil { // no Capture (package tests): the promise's own
		then, _ = goja.AssertFunction(rt.ToValue(p).ToObject(rt).Get("then"))
	}
	_, err := then(rt.ToValue(p),
		rt.ToValue(func(c goja.FunctionCall) goja.Value { ok(c.Argument(0)); return goja.Undefined() }),
		rt.ToValue(func(c goja.FunctionCall) goja.Value { fail(c.Argument(0)); return goja.Undefined() }))
	if err != nil {
		env.Loop.ReportException(err)
	}
}

// Throw throws a JS error value from a host function.
func Throw(v goja.Value) { panic(v) }

// ThrowTypeError throws a TypeError with msg from a host function.
func (env *Env) ThrowTypeError(msg string) { panic(env.RT.NewTypeError("%s", msg)) }

// ThrowDOMException throws a DOMException with message and name (e.g.
// "InvalidCharacterError") from a host function.
func (env *Env) ThrowDOMException(message, name string) {
	panic(env.Realm.NewDOMException(message, name))
}

// Serializer is a package's structured-clone support for its host objects
// (Blob): structuredClone and postMessage carry what Serialize returns and
// rebuild it with Deserialize.
type Serializer struct {
	// Serialize reports whether o is one of the package's objects and
	// returns the Go value to carry, which must hold no JavaScript
	// reference. It may throw (a DataCloneError for an object it refuses).
	// It is asked about every ordinary object a clone meets: keep it cheap.
	Serialize func(env *Env, o *goja.Object) (v any, ok bool)
	// Key, if not nil, is the key of the package's State that it builds
	// before it makes any of its objects (a comparable value, the package's
	// own type): in an isolate where no State under Key was built,
	// Serialize is not asked, so that a clone of ordinary objects runs none
	// of the packages' code (a script that never made a Blob, a URL or a
	// WebSocket clones a message without asking those packages about each
	// of its objects). nil: Serialize is asked about every object.
	Key any
	// Deserialize rebuilds v, as returned by Serialize in any isolate, as a
	// new object of env's isolate.
	Deserialize func(env *Env, v any) *goja.Object
}

var (
	serializers []Serializer
	// serializerBuf is where the first RegisterSerializer puts serializers
	// (room for every one, 7 today, so that appending never reallocates).
	serializerBuf [12]Serializer
)

// RegisterSerializer adds a Serializer. Call it from init functions only.
func RegisterSerializer(s Serializer) {
	regMu.Lock()
	defer regMu.Unlock()
	if len(serializers) == 64 {
		panic("host: more than 64 serializers")
	}
	if serializers == nil {
		serializers = serializerBuf[:0]
	}
	serializers = append(serializers, s)
}

// hostValue is what SerializeHost carries: the serializer's index and value.
type hostValue struct {
	i int
	v any
}

// SerializeHost asks the registered serializers about o (the clone's
// Hooks.SerializeHost). Loop goroutine only.
func (env *Env) SerializeHost(o *goja.Object) (any, bool) {
	for i, s := range serializers {
		if s.Key != nil && env.armed&(1<<i) == 0 {
			continue
		}
		if v, ok := s.Serialize(env, o); ok {
			return hostValue{i, v}, true
		}
	}
	return nil, false
}

// arm marks the serializers whose Key is key as asked from now on (the
// State under key was just built).
func (env *Env) arm(key any) {
	for i, s := range serializers {
		if s.Key != nil && s.Key == key {
			env.armed |= 1 << i
		}
	}
}

// DeserializeHost rebuilds what SerializeHost returned (the clone's
// Hooks.DeserializeHost). Loop goroutine only.
func (env *Env) DeserializeHost(v any) *goja.Object {
	hv := v.(hostValue)
	return serializers[hv.i].Deserialize(env, hv.v)
}
