package streams

import (
	"math"
	"strings"
	"unsafe"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/internal/gojaprops"
	"github.com/mcrepl/mcrepl/worker/builtins"
	"github.com/mcrepl/mcrepl/worker/events"
	"github.com/mcrepl/mcrepl/worker/host"
)

// realm is the package's per-isolate state: the classes and the originals
// of the builtins the algorithms use (so a script that patches
// Promise.prototype.then or Uint8Array does not change them).
type realm struct {
	env  *host.Env
	rt   *goja.Runtime
	ev   *events.Realm
	slot *goja.Symbol

	then     func(p *goja.Object, f, r goja.Value) (goja.Value, error)
	u8       *goja.Object // Uint8Array
	abCtor   *goja.Object // ArrayBuffer
	views    viewGetters
	objProto *goja.Object

	ctors  map[string]*goja.Object
	protos map[string]*goja.Object

	asyncIterProto   *goja.Object
	symAsyncIterator *goja.Symbol

	// live lists the streams for the report of what never finished.
	live      []*liveEntry
	liveSwept int
	made      int // streams numbered so far (liveEntry.n)

	// constructors: script may construct ReadableStream and WritableStream
	// (streams_enable_constructors).
	constructors bool
	// identityTransform: a TransformStream is an identity byte stream
	// (before transformstream_enable_standard_constructor); warned says
	// whether the transformer it ignores was reported.
	identityTransform, warned bool
	// identity is IdentityTransformStream's transform.
	identity func(c *TransformController, ch Chunk) goja.Value
	pipes    []*pipe
}

type stateKey struct{}

func get(env *host.Env) *realm {
	return host.State(env, stateKey{}, func() *realm { return newRealm(env) })
}

func newRealm(env *host.Env) *realm {
	rt := env.RT
	r := &realm{env: env, rt: rt, ev: env.Realm, slot: goja.NewSymbol(""),
		ctors: map[string]*goja.Object{}, protos: map[string]*goja.Object{}}
	host.State(env, builtKey{}, func() *built { return &built{} }).r = r
	// The isolate's own intrinsics, not the script's globals.
	in := env.Intrinsics()
	thenFn := in.PromiseThen
	r.then = func(p *goja.Object, f, j goja.Value) (goja.Value, error) {
		if thenFn == nil {
			panic(r.typeError("Promise.prototype.then is not available"))
		}
		return thenFn(p, f, j)
	}
	r.u8 = in.Uint8Array()
	r.abCtor = in.ArrayBuffer
	r.objProto = in.ObjectProto
	r.views = newViewGetters(env)
	r.symAsyncIterator = builtins.SymAsyncIterator // the one Symbol.asyncIterator is
	r.asyncIterProto = asyncIteratorPrototype(rt, r.symAsyncIterator)
	r.constructors = constructorsOn(env.Flags)
	r.identityTransform = !standardTransformOn(env.Flags)
	r.initStrategies()
	r.initReadable()
	r.initWritable()
	r.initTransform()
	r.initCompression()
	r.initIdentity()
	env.AddReporter(r.report)
	r.registerInspect()
	return r
}

// box holds a Go value in a JavaScript object.
type box struct{ v any }

// ownedObj is a host object and its Go state, one allocation: the object is
// the first field (gojaprops.Relocate moves the fresh object goja made
// there), so the state is found from the object by its address, and such
// objects are told from all others by the address of their class name
// (gojaprops.Tag), as worker/events and worker/channel keep theirs. The
// object has no own key for it: Reflect.ownKeys(stream) is [], as in
// workerd (conformance case 2305).
type ownedObj struct {
	obj goja.Object // first: the object's address is the struct's
	v   any
}

// ownedTag marks the objects of ownedObj: the class name "Object" at an
// address of its own.
var ownedTag = strings.Clone("Object")

// inProperty makes own keep the state in a property (the fallback), for
// tests that compare the two ways.
var inProperty bool

// own attaches Go state v to o, a fresh object (CreateObject, or the this of
// a Class constructor) that no code has seen, and returns the object to use
// from now on: a constructor returns it. When gojaprops cannot relocate or
// tag (a goja upgrade changed its layout), the state is kept in a
// non-enumerable property under a symbol no script can name, and o stays
// the object.
func (r *realm) own(o *goja.Object, v any) *goja.Object {
	oo := &ownedObj{v: v}
	if !inProperty && gojaprops.Relocate(&oo.obj, o) {
		if gojaprops.Tag(&oo.obj, &ownedTag) {
			return &oo.obj
		}
		gojaprops.Relocate(o, &oo.obj) // cannot happen when Relocate could: undo
	}
	inPropertyUsed.Store(true)
	_ = o.DefineDataPropertySymbol(r.slot, r.rt.ToValue(&box{v}), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	return o
}

func (r *realm) slotOf(v goja.Value) any {
	o, ok := v.(*goja.Object)
	if !ok || o == nil {
		return nil
	}
	if gojaprops.Tagged(o, &ownedTag) {
		return (*ownedObj)(unsafe.Pointer(o)).v
	}
	s := o.GetSymbol(r.slot)
	if s == nil {
		return nil
	}
	b, ok := s.Export().(*box)
	if !ok {
		return nil
	}
	return b.v
}

func slot[T any](r *realm, v goja.Value) *T {
	t, _ := r.slotOf(v).(*T)
	return t
}

func (r *realm) typeError(msg string) *goja.Object { return r.rt.NewTypeError("%s", msg) }

func (r *realm) rangeError(msg string) *goja.Object {
	in := r.env.Intrinsics()
	return in.NewError(r.rt, in.RangeError, msg)
}

func (r *realm) throwType(msg string) { panic(r.typeError(msg)) }

// throwPlain throws an Error (not a TypeError) with msg.
func (r *realm) throwPlain(msg string) {
	in := r.env.Intrinsics()
	panic(in.NewError(r.rt, in.Error, msg))
}

func (r *realm) illegal() { r.throwType(events.IllegalInvocation) }

// class declares a class: its constructor, its prototype's members.
func (r *realm) class(name string, parent *goja.Object, ctor func(goja.ConstructorCall) *goja.Object) (*goja.Object, *goja.Object) {
	c, p := r.ev.Class(name, parent, ctor)
	r.ctors[name], r.protos[name] = c, p
	return c, p
}

func (r *realm) method(proto *goja.Object, name string, length int, f func(goja.FunctionCall) goja.Value) {
	_ = proto.DefineDataProperty(name, r.ev.Func(name, length, f), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
}

func (r *realm) getter(proto *goja.Object, name string, f func(goja.FunctionCall) goja.Value) {
	// workerd's getters are anonymous.
	_ = proto.DefineAccessorProperty(name, r.ev.Func("", 0, f), nil, goja.FLAG_TRUE, goja.FLAG_TRUE)
}

// iterResult is a read result: {value, done: false}, or workerd's {done:
// true} (no value) at the end.
func (r *realm) iterResult(v goja.Value, done bool) goja.Value {
	o := r.rt.NewObject()
	if done {
		_ = o.Set("done", true)
		return o
	}
	_ = o.Set("value", v)
	_ = o.Set("done", false)
	return o
}

// iterResultDoneFirst is an async iterator's result as workerd makes it:
// done before value.
func (r *realm) iterResultDoneFirst(v goja.Value, done bool) goja.Value {
	o := r.rt.NewObject()
	_ = o.Set("done", done)
	_ = o.Set("value", v)
	return o
}

func (r *realm) iterResultWithValue(v goja.Value, done bool) goja.Value {
	o := r.rt.NewObject()
	_ = o.Set("value", v)
	_ = o.Set("done", done)
	return o
}

// newUint8Array makes a Uint8Array over data (no copy).
func (r *realm) newUint8Array(data []byte) *goja.Object {
	ab := r.rt.NewArrayBuffer(data)
	o, err := r.rt.New(r.u8, r.rt.ToValue(ab))
	r.check(err)
	return o
}

func (r *realm) newView(ctor *goja.Object, ab goja.Value, off, n int) *goja.Object {
	o, err := r.rt.New(ctor, ab, r.rt.ToValue(off), r.rt.ToValue(n))
	if err != nil {
		panic(err)
	}
	return o
}

func isUndef(v goja.Value) bool { return v == nil || goja.IsUndefined(v) }

// toUint64 converts a number the way workerd's bindings convert a
// high-water mark or a chunk size (an unsigned 64-bit integer): ToNumber,
// then NaN and infinities refused, negatives refused, fractions truncated.
func (r *realm) toUint64(v goja.Value) (float64, *goja.Object) {
	var f float64
	if ex := r.try(func() { f = v.ToFloat() }); ex != nil {
		o, _ := ex.(*goja.Object)
		if o == nil {
			o = r.typeError(ex.String())
		}
		return 0, o
	}
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0, r.typeError("The value cannot be converted because it is not an integer.")
	}
	f = math.Trunc(f)
	if f < 0 {
		return 0, r.typeError("The value cannot be converted because it is negative and this API expects a positive bigint.")
	}
	if f > 18446744073709551615 {
		return 0, r.typeError("Value out of range. Must be less than or equal to 18446744073709551615.")
	}
	return f, nil
}

// member reads a dictionary member, throwing what its getter throws.
func member(o *goja.Object, name string) goja.Value {
	if o == nil {
		return goja.Undefined()
	}
	v := o.Get(name)
	if v == nil {
		return goja.Undefined()
	}
	return v
}

// fnMember reads a dictionary member that must be a function (or
// undefined), with workerd's message.
func (r *realm) fnMember(o *goja.Object, name, dict string) goja.Callable {
	v := member(o, name)
	if goja.IsUndefined(v) {
		return nil
	}
	fn, ok := goja.AssertFunction(v)
	if !ok {
		r.throwType("Incorrect type for the '" + name + "' field on '" + dict + "': the provided value is not of type 'function'.")
	}
	return fn
}

// dictArg is a dictionary argument: undefined and null are empty, other
// non-objects are refused.
func (r *realm) dictArg(v goja.Value, what string) *goja.Object {
	if isUndef(v) || goja.IsNull(v) {
		return nil
	}
	o, ok := v.(*goja.Object)
	if !ok {
		r.throwType(what)
	}
	return o
}
