// Package events implements workerd's event classes for one goja runtime:
// Event, EventTarget, MessageEvent, ErrorEvent, PromiseRejectionEvent,
// CustomEvent, DOMException, AbortController and AbortSignal (with its
// abort, timeout and any statics), with the listener
// bookkeeping of the workerd binary (see the spec page, section 1.9, and
// testdata/conformance/SPEC-DISAGREEMENTS.md):
//
//   - a plain `on<type>` property of the target is read at dispatch time and
//     called first, with this === globalThis; then the registered listeners
//     run in insertion order, an attribute slot such as MessagePort's
//     onmessage included (this === globalThis for the slot);
//   - addEventListener listeners get this === the target when the
//     set_event_target_this flag is on, globalThis otherwise;
//   - a handleEvent object's function is captured when it is added;
//   - the same callback is registered once whatever its options; capture is
//     refused (after a null callback is ignored); once, passive and signal
//     are honoured, read in workerd's order (capture, passive, once, signal);
//   - cancelBubble is the stop-propagation flag both ways, and
//     stopImmediatePropagation leaves it false;
//   - a DOMException is no Error object: its code, name and message are own
//     properties (workerd's shape, not WebIDL's);
//   - a listener's non-boolean, non-undefined return value logs one warning
//     per target.
//
// Use New once per runtime, before user code runs, then InstallGlobals. Go
// code builds trusted events with NewEvent and dispatches them with
// (*Realm).Dispatch; DispatchMessage builds and dispatches a delivered
// MessageEvent. Like the runtime, a Realm may only be used on the goroutine
// that owns the runtime (the isolate's loop goroutine). It imports nothing
// of mcrepl's: what it needs from the isolate comes in Env.
package events

import (
	"runtime"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"
	"weak"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/internal/gojaprops"
)

// Env is what the package needs from the isolate.
type Env struct {
	// TargetThis is the set_event_target_this flag: addEventListener
	// listeners are called with this === the target instead of globalThis.
	TargetThis bool
	// ToStringTag is the set_tostring_tag flag: prototypes get a
	// Symbol.toStringTag with the class name.
	ToStringTag bool
	// SpecExceptions is the spec_compliant_dispatch_exceptions flag: an
	// exception thrown by a listener of dispatchEvent is reported and the
	// dispatch goes on, instead of escaping dispatchEvent.
	SpecExceptions bool
	// Warn writes a runtime warning (one line, no newline) on the isolate's
	// error stream. Default: warnings are dropped.
	Warn func(msg string)
	// Report reports an exception as uncaught (the isolate's uncaught-error
	// path, which fires the global error event through FireError).
	// Default: the exception is dropped.
	Report func(ex *goja.Exception)
	// SetTimer runs fire on the loop after d and returns a function that
	// cancels it (AbortSignal.timeout). Default: timeout signals never
	// abort.
	SetTimer func(d time.Duration, fire func()) (cancel func())
}

// Realm holds the classes of one runtime and the Go state of their
// instances.
type Realm struct {
	rt     *goja.Runtime
	env    Env
	global *goja.Object

	EventTargetProto  *goja.Object
	eventProto        *goja.Object
	messageEventProto *goja.Object
	errorEventProto   *goja.Object
	rejectionProto    *goja.Object
	customEventProto  *goja.Object
	closeEventProto   *goja.Object // nil until CloseEventClass
	openEventProto    *goja.Object // nil until NewOpenEvent
	domExceptionProto *goja.Object
	abortSignalProto  *goja.Object
	// ScopeProto is the ServiceWorkerGlobalScope prototype object, the first
	// prototype of globalThis: globals that are not own properties of
	// globalThis (MessageChannel, MessagePort) are defined on it.
	ScopeProto *goja.Object

	ctors map[string]*goja.Object // class name -> constructor, for InstallGlobals

	// targets holds the global's Target, and the EventTargets and
	// AbortSignals whose state cannot be kept with their objects (owned.go),
	// for the life of the runtime: a listener usually closes over its
	// target, so a weak map would not let them go. signals and ctrls are
	// the same fallback for AbortSignals and AbortControllers.
	targets map[*goja.Object]*Target
	// FindTarget, when set, finds the Targets the realm does not keep (NewOwnTarget).
	FindTarget func(o *goja.Object) *Target
	events     weakSlots[Event]
	domex      weakSlots[domException]
	tags       hostTags                      // the tagging of the objects above (hosttag.go)
	ctrls      map[*goja.Object]*goja.Object // AbortController -> its signal
	signals    map[*goja.Object]*abortSignal

	snapshots [][]*listener // free listener buffers for Dispatch

	errorCtor  *goja.Object // taken before user code runs
	errorProto *goja.Object

	// globalScope: a Worker's top-level code is running (scope.go).
	globalScope bool

	empty      goja.Value            // "", made once
	gopd       goja.Callable         // Object.getOwnPropertyDescriptor, taken before user code runs
	freshPorts *goja.ProxyTrapConfig // the proxy handler of delivered MessageEvents (without delivered)

	// delivered says whether delivered MessageEvents keep their state with their target
	// (delivered.go); lazyTraps is the handler of those whose fields are not yet own
	// properties, deliveredTraps of the others; shadowProto is the prototype of a lazy
	// event's target; sharedPorts the array their targets hold as ports.
	delivered                bool
	deliveredInit            bool // initDelivered has run (at the first DispatchMessage)
	eager                    bool // eagerFields when the realm was built
	lazyTraps                goja.ProxyTrapConfig
	deliveredTraps           goja.ProxyTrapConfig
	shadowProto              *goja.Object
	sharedPorts              *goja.Object
	reflectOwnKeys           goja.Callable // Reflect.ownKeys, taken before user code runs
	reflectPreventExtensions goja.Callable
	// ownGetters are the getters of the realm's accessors (Accessor): reading them runs no
	// script code.
	ownGetters    map[*goja.Object]bool
	objectProto   *goja.Object // Object.prototype, taken before user code runs
	classFactory  goja.Callable
	nativeLooking map[*goja.Object]string // JS-built constructors -> name
	// reporting is the policy of the dispatch whose listener's exception is
	// being reported, while it is (describeError).
	reporting Policy
	// scriptClasses are ScriptClass's constructors (MessageChannel and
	// MessagePort), in the realm's own array: no allocation at start-up.
	scriptClasses []scriptClass
	scriptBuf     [2]scriptClass
}

// New builds the classes for rt. Call it before user code runs.
func New(rt *goja.Runtime, env Env) *Realm {
	if env.Warn == nil {
		env.Warn = func(string) {}
	}
	if env.Report == nil {
		env.Report = func(*goja.Exception) {}
	}
	r := &Realm{
		rt:      rt,
		env:     env,
		global:  rt.GlobalObject(),
		ctors:   make(map[string]*goja.Object, 12),
		targets: map[*goja.Object]*Target{},
		ctrls:   map[*goja.Object]*goja.Object{},

		ownGetters: make(map[*goja.Object]bool, 32), // the realm's own 25, and more from other packages
	}
	r.events.tags, r.domex.tags = &r.tags, &r.tags
	r.scriptClasses = r.scriptBuf[:0]
	r.empty = rt.ToValue("")
	if oc, ok := r.global.Get("Object").(*goja.Object); ok {
		r.gopd, _ = goja.AssertFunction(oc.Get("getOwnPropertyDescriptor"))
		r.objectProto, _ = oc.Get("prototype").(*goja.Object)
	}
	if ec, ok := r.global.Get("Error").(*goja.Object); ok {
		r.errorCtor = ec
		r.errorProto, _ = ec.Get("prototype").(*goja.Object)
	}
	r.initClasses()
	r.initEventTarget()
	r.initEvent()
	r.eager = eagerFields
	if ro, ok := r.global.Get("Reflect").(*goja.Object); ok {
		r.reflectOwnKeys, _ = goja.AssertFunction(ro.Get("ownKeys"))
		r.reflectPreventExtensions, _ = goja.AssertFunction(ro.Get("preventExtensions"))
	}
	r.initDOMException()
	r.initAbort()
	r.initScope()
	return r
}

// Ctor is the realm's own constructor name (Event, EventTarget,
// AbortController, DOMException, ...), whatever the script did to the
// global of that name; nil for a name the realm has no class of.
func (r *Realm) Ctor(name string) *goja.Object { return r.ctors[name] }

// Runtime is the realm's runtime.
func (r *Realm) Runtime() *goja.Runtime { return r.rt }

// InstallGlobals defines the event classes and makes globalThis an
// EventTarget whose first prototype is ServiceWorkerGlobalScope.
func (r *Realm) InstallGlobals() {
	for _, c := range r.ctors {
		r.ConstructorLast(c.Get("prototype").(*goja.Object))
	}
	for _, name := range []string{"DOMException", "WorkerGlobalScope", "Event", "EventTarget", "MessageEvent", "ErrorEvent",
		"PromiseRejectionEvent", "CustomEvent", "AbortController", "AbortSignal"} {
		if name == "EventTarget" {
			// workerd's EventTarget lives on WorkerGlobalScope.prototype
			// (and on the copy of it in globalThis's chain).
			r.defineData(r.ctors["WorkerGlobalScope"].Get("prototype").(*goja.Object), name, r.ctors[name], true, true, true)
			r.defineData(r.ScopeProto.Prototype(), name, r.ctors[name], true, true, true)
			r.ConstructorLast(r.ctors["WorkerGlobalScope"].Get("prototype").(*goja.Object))
			r.ConstructorLast(r.ScopeProto.Prototype())
			continue
		}
		// As in workerd: on the prototype, writable, enumerable, configurable.
		r.defineData(r.ScopeProto, name, r.ctors[name], true, true, true)
	}
	r.defineData(r.global, "ServiceWorkerGlobalScope", r.ctors["ServiceWorkerGlobalScope"], true, true, true)
	// goja gives the global object its own Symbol.toStringTag ("global");
	// workerd's comes from the ServiceWorkerGlobalScope prototype.
	_ = r.global.DeleteSymbol(goja.SymToStringTag)
	_ = r.global.SetPrototype(r.ScopeProto)
	r.targets[r.global] = newTarget()
	r.tags.mark(r.global)
}

// weakSlots maps JS objects to Go state without keeping the objects alive.
// An entry is keyed by its object's address and holds a weak pointer that
// confirms the match, so a lookup creates no weak pointer (the cloner asks
// about every object it serializes) and a dead object's entry, or one whose
// address was reused, never matches. Entries are appended to a list and
// only moved to the map by the next lookup: most delivered events die
// without ever being looked up, and appending is cheaper than hashing.
// Dead entries are swept by the first put after a garbage collection,
// instead of by one cleanup per object, which the collector would have to
// track. The state must not refer to its own object. Like the Realm, it is
// used only on the loop goroutine.
type weakSlots[T any] struct {
	m      map[uintptr]weakSlot[T]
	recent []weakSlot[T] // put since the last lookup, oldest first
	// collected is set by the cleanup of a throwaway object once a
	// collection has run since the last sweep; armed says one is waiting.
	collected atomic.Bool
	armed     bool
	tags      *hostTags // tags the objects put (hosttag.go); nil: none
}

type weakSlot[T any] struct {
	addr uintptr
	p    weak.Pointer[goja.Object]
	v    *T
}

// gcSentinel is the throwaway object whose cleanup tells a weakSlots that
// a collection ran. It holds a pointer so that it is not a tiny allocation
// (whose cleanup could wait for its neighbours).
type gcSentinel struct{ _ *byte }

func addressOf(o *goja.Object) uintptr { return uintptr(unsafe.Pointer(o)) }

func (s *weakSlots[T]) put(o *goja.Object, v *T) {
	if s.collected.Load() {
		s.collected.Store(false)
		s.armed = false
		s.sweep()
	}
	if !s.armed {
		s.armed = true
		runtime.AddCleanup(&gcSentinel{}, func(f *atomic.Bool) { f.Store(true) }, &s.collected)
	}
	s.recent = append(s.recent, weakSlot[T]{addressOf(o), weak.Make(o), v})
	if s.tags != nil {
		s.tags.mark(o)
	}
}

// sweep drops the entries of collected objects.
func (s *weakSlots[T]) sweep() {
	for k, e := range s.m {
		if e.p.Value() == nil {
			delete(s.m, k)
		}
	}
	live := s.recent[:0]
	for _, e := range s.recent {
		if e.p.Value() != nil {
			live = append(live, e)
		}
	}
	clear(s.recent[len(live):])
	s.recent = live
}

func (s *weakSlots[T]) get(v goja.Value) *T {
	o, ok := v.(*goja.Object)
	if !ok || o == nil {
		return nil
	}
	if len(s.recent) > 0 {
		if s.m == nil {
			s.m = map[uintptr]weakSlot[T]{}
		}
		for _, e := range s.recent {
			s.m[e.addr] = e
		}
		clear(s.recent)
		s.recent = s.recent[:0]
	}
	if e, ok := s.m[addressOf(o)]; ok && e.p.Value() == o {
		return e.v
	}
	return nil
}

// IllegalInvocation is workerd's message for a host method called on the
// wrong receiver.
const IllegalInvocation = "Illegal invocation: function called with incorrect `this` reference. See https://developers.cloudflare.com/workers/observability/errors/#illegal-invocation-errors for details."

// ThrowTypeError throws a TypeError with msg from a host function.
func (r *Realm) ThrowTypeError(msg string) { panic(r.rt.NewTypeError("%s", msg)) } // goja formats its first argument

// DOMString converts v as workerd converts a string argument: a Symbol is
// refused, where goja's String gives its description.
func (r *Realm) DOMString(v goja.Value) string {
	if _, ok := v.(*goja.Symbol); ok {
		r.ThrowTypeError("Cannot convert a Symbol value to a string")
	}
	return v.String()
}

// Func builds a host function with the given name and length.
func (r *Realm) Func(name string, length int, f func(goja.FunctionCall) goja.Value) *goja.Object {
	fo := gojaprops.Func(r.rt, f)
	if gojaprops.Rename(fo, r.rt.ToValue(name), r.rt.ToValue(length)) { // in place, as fresh
		return fo
	}
	_ = fo.DefineDataProperty("name", r.rt.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = fo.DefineDataProperty("length", r.rt.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return fo
}

// Method defines a host method on proto the way workerd does: writable,
// enumerable and configurable, with length 0.
func (r *Realm) Method(proto *goja.Object, name string, f func(goja.FunctionCall) goja.Value) {
	r.defineData(proto, name, r.Func(name, 0, f), true, true, true)
}

// ConstructorLast moves proto's constructor property after the others, where
// workerd lists it (Object.getOwnPropertyNames of a prototype ends with
// "constructor"). Call it once the prototype's members are defined.
func (r *Realm) ConstructorLast(proto *goja.Object) {
	if moveLast(proto, "constructor") {
		return
	}
	c := proto.Get("constructor")
	if c == nil || proto.Delete("constructor") != nil {
		return
	}
	_ = proto.DefineDataProperty("constructor", c, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// Accessor defines an enumerable, configurable accessor on proto with
// anonymous getter and setter (set may be nil).
func (r *Realm) Accessor(proto *goja.Object, name string, get, set func(goja.FunctionCall) goja.Value) {
	var s *goja.Object
	if set != nil {
		s = r.Func("", 0, set)
	}
	g := r.Func("", 0, get)
	r.ownGetters[g] = true
	if r.defineOwn(proto, name, nil, g, s, false, true, true) {
		return
	}
	var sv goja.Value
	if s != nil {
		sv = s
	}
	_ = proto.DefineAccessorProperty(name, g, sv, goja.FLAG_TRUE, goja.FLAG_TRUE)
}

// Class builds a constructor named name whose prototype inherits from
// parent (Object.prototype when nil). ctor runs for `new` (this is created
// from new.target's prototype, so subclasses work); a call without new
// throws workerd's "Please use the 'new' operator" TypeError. A nil ctor
// makes an "Illegal constructor".
//
// goja's native constructors cannot tell `new C()` from `C()`, so a
// constructible class is a small JS function that checks new.target and
// calls ctor; Function.prototype.toString shows it as native code, as V8
// shows workerd's classes.
func (r *Realm) Class(name string, parent *goja.Object, ctor func(goja.ConstructorCall) *goja.Object) (c, proto *goja.Object) {
	return r.ClassAs(name, name, parent, ctor)
}

// ClassAs is Class for a class whose messages name another C++ class than
// the one scripts see (workerd's DurableObject is DurableObjectBase in its
// "Failed to construct" errors): msgName is the name in them.
func (r *Realm) ClassAs(name, msgName string, parent *goja.Object, ctor func(goja.ConstructorCall) *goja.Object) (c, proto *goja.Object) {
	nameV := r.rt.ToValue(name) // one value for the name, the factory's argument and the tag
	if ctor == nil {
		c = gojaprops.Constructor(r.rt, func(goja.ConstructorCall) *goja.Object {
			r.ThrowTypeError("Illegal constructor")
			return nil
		})
		_ = c.DefineDataProperty("name", nameV, goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	} else {
		msg := "Failed to construct '" + msgName + "': Please use the 'new' operator, this object constructor cannot be called as a function."
		c = r.newClass(nameV, msg, ctor)
	}
	proto = c.Get("prototype").(*goja.Object)
	if parent != nil {
		_ = proto.SetPrototype(parent)
	}
	r.tagV(proto, nameV)
	r.ctors[name] = c
	return c, proto
}

// newClass is the constructor Class builds for a non-nil ctor: a call
// without new throws a TypeError with msg. A nil ctor makes `new` throw
// "Illegal constructor".
func (r *Realm) newClass(name goja.Value, msg string, ctor func(goja.ConstructorCall) *goja.Object) *goja.Object {
	if ctor == nil {
		return r.makeClass(name, msg, goja.Null())
	}
	var defProto *goja.Object
	construct := gojaprops.Func(r.rt, func(call goja.FunctionCall) goja.Value {
		cc := gojaprops.ConstructorCall(r.rt, call, defProto)
		if ret := ctor(cc); ret != nil {
			return ret
		}
		return cc.This
	})
	// Its frame in goja's own stack text would show its Go name.
	r.rename(construct, name)
	c := r.makeClass(name, msg, construct)
	defProto = c.Get("prototype").(*goja.Object)
	return c
}

// makeClass runs the factory of classSource.
func (r *Realm) makeClass(name goja.Value, msg string, construct goja.Value) *goja.Object {
	v, err := r.classFactory(goja.Undefined(), name, construct, r.rt.ToValue(msg))
	if err != nil {
		panic(err)
	}
	c := v.(*goja.Object) // the factory's function, which reads nothing a script can change
	r.rename(c, name)
	r.nativeLooking[c] = name.String()
	return c
}

// classSource builds the JS side of a constructible class: run when the
// realm is made, before any script, with the original Object.defineProperty
// and TypeError, it returns the factory, which reads nothing user code can
// change (the arguments object is passed as is: a spread would run the
// array iterator). Class gives the function its name (rename), which the
// factory did with defineProperty(C, 'name', { value: name }) after C: its
// code, and so the positions its stack frames show, are those it had then.
// A null construct makes an "Illegal constructor" (ScriptClass's MessagePort).
const classSource = `(function (defineProperty, TypeError) {
	return function (name, construct, msg) {
		const C = function () {
			if (new.target === undefined) throw new TypeError(msg);
			return construct(new.target, arguments);
		};
		if (construct === null) construct = illegal;
		return C;
	};
	function illegal() { throw new TypeError("Illegal constructor"); }
})`

// classProgram is classSource compiled once per process (a goja Program runs in any
// runtime), under a name starting with "mcrepl:" so that V8-shaped stacks leave its frames out.
var classProgram = sync.OnceValues(func() (*goja.Program, error) { return goja.Compile("mcrepl:events", classSource, false) })

// initClasses prepares Class: the factory of constructors, and a
// Function.prototype.toString that shows them as native code. Before any
// script runs.
func (r *Realm) initClasses() {
	prg, err := classProgram()
	if err != nil {
		panic(err)
	}
	v, err := r.rt.RunProgram(prg)
	if err != nil {
		panic(err)
	}
	outer, _ := goja.AssertFunction(v)
	var defineProperty, typeError goja.Value = goja.Undefined(), goja.Undefined()
	if oc, ok := r.global.Get("Object").(*goja.Object); ok {
		defineProperty = oc.Get("defineProperty")
	}
	if tc, ok := r.global.Get("TypeError").(*goja.Object); ok {
		typeError = tc
	}
	f, err := outer(goja.Undefined(), defineProperty, typeError)
	if err != nil {
		panic(err)
	}
	r.classFactory, _ = goja.AssertFunction(f)
	r.nativeLooking = make(map[*goja.Object]string, 16)
	fc, _ := r.global.Get("Function").(*goja.Object)
	if fc == nil {
		return
	}
	fnProto, _ := fc.Get("prototype").(*goja.Object)
	if fnProto == nil {
		return
	}
	orig, _ := goja.AssertFunction(fnProto.Get("toString"))
	_ = fnProto.DefineDataProperty("toString", r.Func("toString", 0, func(call goja.FunctionCall) goja.Value {
		if o, ok := call.This.(*goja.Object); ok {
			if text, ok := r.classSourceText(o); ok {
				return r.rt.ToValue(text)
			}
			if name, ok := r.nativeLooking[o]; ok {
				return r.rt.ToValue("function " + name + "() { [native code] }")
			}
		}
		res, err := orig(call.This, call.Arguments...)
		if err != nil {
			panic(err)
		}
		return res
	}), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// Tag gives proto a Symbol.toStringTag of name when set_tostring_tag is on.
func (r *Realm) Tag(proto *goja.Object, name string) {
	if r.env.ToStringTag {
		r.tagV(proto, r.rt.ToValue(name))
	}
}

// tagV is Tag with the name as a value.
func (r *Realm) tagV(proto *goja.Object, name goja.Value) {
	if r.env.ToStringTag {
		_ = proto.DefineDataPropertySymbol(goja.SymToStringTag, name, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
}

// initScope builds globalThis's prototype chain as workerd's is:
//
//	globalThis -> ServiceWorkerGlobalScope.prototype -> a WorkerGlobalScope.prototype
//	-> an EventTarget.prototype -> Object.prototype
//
// where the two middle objects are not WorkerGlobalScope.prototype and
// EventTarget.prototype but copies that V8 makes for the global object's
// template: the same keys, their own constructors (Illegal constructor),
// their own addEventListener, removeEventListener and dispatchEvent, which
// work on the global scope only, while EventTarget.prototype's refuse it
// (Illegal invocation). So globalThis is an instance of
// ServiceWorkerGlobalScope and not of WorkerGlobalScope or EventTarget
// (case 2330). WorkerGlobalScope.prototype itself inherits from
// EventTarget.prototype.
func (r *Realm) initScope() {
	ecopy := r.rt.NewObject()
	r.Method(ecopy, "addEventListener", func(call goja.FunctionCall) goja.Value {
		return r.addListener(r.globalTarget(call), call)
	})
	r.Method(ecopy, "removeEventListener", func(call goja.FunctionCall) goja.Value {
		return r.removeListener(r.globalTarget(call), call)
	})
	r.Method(ecopy, "dispatchEvent", func(call goja.FunctionCall) goja.Value {
		r.globalTarget(call)
		return r.dispatchAt(r.global, call)
	})
	r.illegalClass("EventTarget", ecopy)
	wcopy := r.rt.CreateObject(ecopy)
	r.illegalClass("WorkerGlobalScope", wcopy)
	r.ScopeProto = r.rt.CreateObject(wcopy)
	swgs := r.illegalClass("ServiceWorkerGlobalScope", r.ScopeProto)
	r.ctors["ServiceWorkerGlobalScope"] = swgs
	wgsProto := r.rt.CreateObject(r.EventTargetProto)
	r.ctors["WorkerGlobalScope"] = r.illegalClass("WorkerGlobalScope", wgsProto)
}

// illegalClass makes proto the prototype of a new constructor named name
// that throws workerd's "Illegal constructor" (called or constructed), with
// proto's constructor and Symbol.toStringTag, and returns it. It is not one
// of the realm's classes (Ctor).
func (r *Realm) illegalClass(name string, proto *goja.Object) *goja.Object {
	c := gojaprops.Constructor(r.rt, func(goja.ConstructorCall) *goja.Object {
		r.ThrowTypeError("Illegal constructor")
		return nil
	})
	nameV := r.rt.ToValue(name)
	r.rename(c, nameV)
	_ = c.DefineDataProperty("length", r.rt.ToValue(0), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = c.DefineDataProperty("prototype", proto, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	_ = proto.DefineDataProperty("constructor", c, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = proto.DefineDataPropertySymbol(goja.SymToStringTag, nameV, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	r.nativeLooking[c] = name
	return c
}

// HostType names the realm's objects that have no serializer, for the
// clone's refusal: EventTarget, AbortSignal, AbortController and the event
// classes. DOMException is cloneable and not listed.
func (r *Realm) HostType(o *goja.Object) (string, bool) {
	if r.signalOf(o) != nil {
		return "AbortSignal", true
	}
	if r.targetOf(o) != nil && o != r.global {
		return "EventTarget", true
	}
	if r.ctrlSignal(o) != nil {
		return "AbortController", true
	}
	if r.eventOf(o) != nil {
		for p := o.Prototype(); p != nil; p = p.Prototype() {
			switch p {
			case r.messageEventProto:
				return "MessageEvent", true
			case r.errorEventProto:
				return "ErrorEvent", true
			case r.rejectionProto:
				return "PromiseRejectionEvent", true
			}
		}
		return "Event", true
	}
	return "", false
}

// truthy is ToBoolean for a property read that may find nothing (nil).
func truthy(v goja.Value) bool { return v != nil && v.ToBoolean() }

// InspectProperty formats the own property key of o for an inspect hook
// without running user code: a data property through recurse, an accessor
// as Node shows it ([Getter], [Setter] or [Getter/Setter]).
func (r *Realm) InspectProperty(o *goja.Object, key string, recurse func(goja.Value) string) string {
	var d *goja.Object
	if r.gopd != nil {
		if v, err := r.gopd(goja.Undefined(), o, r.rt.ToValue(key)); err == nil {
			d, _ = v.(*goja.Object)
		}
	}
	if d == nil {
		return recurse(goja.Undefined())
	}
	get, set := d.Get("get"), d.Get("set")
	hasGet := get != nil && !goja.IsUndefined(get)
	hasSet := set != nil && !goja.IsUndefined(set)
	switch {
	case hasGet && hasSet:
		return "[Getter/Setter]"
	case hasGet:
		return "[Getter]"
	case hasSet:
		return "[Setter]"
	}
	v := d.Get("value")
	if v == nil {
		v = goja.Undefined()
	}
	return recurse(v)
}

// NewError builds a plain Error with message, with the Error constructor of
// the runtime's start (user code cannot replace it).
func (r *Realm) NewError(message string) *goja.Object {
	o, err := r.rt.New(r.errorCtor, r.rt.ToValue(message))
	if err != nil {
		panic(err)
	}
	return o
}

// PreventExtensions makes o non-extensible with the isolate's own
// Reflect.preventExtensions (goja's Go API has none); with non-writable,
// non-configurable properties, o is frozen.
func (r *Realm) PreventExtensions(o *goja.Object) {
	if r.reflectPreventExtensions != nil {
		_, _ = r.reflectPreventExtensions(goja.Undefined(), o)
	}
}
