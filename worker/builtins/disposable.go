package builtins

import (
	"github.com/dop251/goja"
)

// Explicit resource management (ES2026): SuppressedError, DisposableStack
// and AsyncDisposableStack. goja cannot parse `using` declarations; a
// classic script's are lowered by esbuild, whose helpers use
// Symbol.dispose and SuppressedError from here.

const suppressedMessage = "An error was suppressed during disposal"

// suppressedErrorCtor is SuppressedError(error, suppressed, message): an
// Error subclass whose instances own error and suppressed.
func (b *installer) suppressedErrorCtor() goja.Value {
	rt := b.rt
	errCtor := b.intrinsic("Error")
	var proto *goja.Object
	c := rt.ToValue(func(call goja.ConstructorCall) *goja.Object {
		var msg []goja.Value
		if m := call.Argument(2); !goja.IsUndefined(m) {
			msg = append(msg, b.toString(m))
		}
		o, err := rt.New(errCtor, msg...)
		if err != nil {
			panic(err)
		}
		p := proto
		if call.NewTarget != nil {
			if np, ok := call.NewTarget.Get("prototype").(*goja.Object); ok {
				p = np
			}
		}
		_ = o.SetPrototype(p)
		_ = o.DefineDataProperty("error", call.Argument(0), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		_ = o.DefineDataProperty("suppressed", call.Argument(1), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		return o
	}).(*goja.Object)
	Named(rt, c, "SuppressedError", 3)
	proto = rt.CreateObject(b.proto("Error"))
	_ = c.DefineDataProperty("prototype", proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	_ = c.SetPrototype(errCtor)
	_ = proto.DefineDataProperty("constructor", c, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = proto.DefineDataProperty("name", rt.ToValue("SuppressedError"), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = proto.DefineDataProperty("message", rt.ToValue(""), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	b.suppressed = c
	return c
}

// newSuppressed makes a SuppressedError through the global's constructor
// (built on first use).
func (b *installer) newSuppressed(err, suppressed goja.Value) goja.Value {
	if b.suppressed == nil {
		b.suppressedErrorCtor()
	}
	o, e := b.rt.New(b.suppressed, err, suppressed, b.rt.ToValue(suppressedMessage))
	if e != nil {
		panic(e)
	}
	return o
}

type disposeResource struct {
	value  goja.Value
	method goja.Callable // nil: await undefined (an async null resource)
	async  bool          // the method's result is awaited
}

type disposableStack struct {
	disposed  bool
	resources []disposeResource
}

// disposableStackCtor builds DisposableStack (async false) or
// AsyncDisposableStack (async true).
func (b *installer) disposableStackCtor(async bool) goja.Value {
	rt := b.rt
	name, disposeName := "DisposableStack", "dispose"
	if async {
		name, disposeName = "AsyncDisposableStack", "disposeAsync"
	}
	var states slots[disposableStack]
	var c, proto *goja.Object
	c, proto = b.ctor(name, 0, func(call goja.ConstructorCall) *goja.Object {
		states.put(call.This, &disposableStack{})
		return nil
	})
	this := func(call goja.FunctionCall, method string, live bool) *disposableStack {
		s := states.get(call.This)
		if s == nil {
			b.typeError("Method " + name + ".prototype." + method + " called on incompatible receiver " + b.describe(call.This))
		}
		if live && s.disposed {
			panic(b.newError("ReferenceError", "Cannot call "+name+".prototype."+method+" on an already-disposed "+name))
		}
		return s
	}
	b.method(proto, "use", 1, func(call goja.FunctionCall) goja.Value {
		s := this(call, "use", true)
		v := call.Argument(0)
		if goja.IsUndefined(v) || goja.IsNull(v) {
			if async {
				s.resources = append(s.resources, disposeResource{value: goja.Undefined(), async: true})
			}
			return v
		}
		o, ok := v.(*goja.Object)
		if !ok {
			b.typeError("An object is expected with `using` declarations")
		}
		var m goja.Value
		isAsync := false
		if async {
			m = o.GetSymbol(SymAsyncDispose)
			isAsync = true
			if m == nil || goja.IsUndefined(m) || goja.IsNull(m) {
				m = o.GetSymbol(SymDispose)
				isAsync = false
			}
		} else {
			m = o.GetSymbol(SymDispose)
		}
		fn, ok := goja.AssertFunction(m)
		if !ok {
			sym := "Symbol(Symbol.dispose)"
			if async {
				sym = "Symbol(Symbol.asyncDispose)"
			}
			b.typeError(sym + " is not a function")
		}
		s.resources = append(s.resources, disposeResource{value: v, method: fn, async: isAsync})
		return v
	})
	b.method(proto, disposeName, 0, func(call goja.FunctionCall) goja.Value {
		if async {
			s := states.get(call.This)
			promise, resolve, reject := b.newPromiseCapability(b.intrinsic("Promise"))
			if s == nil {
				err := b.catch(func() {
					b.typeError("Method " + name + ".prototype." + disposeName + " called on incompatible receiver " + b.describe(call.This))
				})
				mustCall(reject, err.(*goja.Exception).Value())
				return promise
			}
			if s.disposed {
				mustCall(resolve, goja.Undefined())
				return promise
			}
			s.disposed = true
			res := s.resources
			s.resources = nil
			b.disposeAsync(res, nil, resolve, reject)
			return promise
		}
		s := this(call, disposeName, false)
		if s.disposed {
			return goja.Undefined()
		}
		s.disposed = true
		res := s.resources
		s.resources = nil
		var thrown goja.Value
		for i := len(res) - 1; i >= 0; i-- {
			r := res[i]
			_, err := r.method(r.value)
			if err != nil {
				ex, ok := err.(*goja.Exception)
				if !ok {
					panic(err)
				}
				if thrown != nil {
					thrown = b.newSuppressed(ex.Value(), thrown)
				} else {
					thrown = ex.Value()
				}
			}
		}
		if thrown != nil {
			panic(thrown)
		}
		return goja.Undefined()
	})
	dispose := proto.Get(disposeName)
	callback := func(call goja.FunctionCall, method string, f goja.Value) goja.Callable {
		fn, ok := goja.AssertFunction(f)
		if !ok {
			b.typeError(b.describeCallee(f) + " is not a function")
		}
		return fn
	}
	b.method(proto, "adopt", 2, func(call goja.FunctionCall) goja.Value {
		s := this(call, "adopt", true)
		v := call.Argument(0)
		fn := callback(call, "adopt", call.Argument(1))
		wrap := b.fn("", 0, func(goja.FunctionCall) goja.Value { return mustCall(fn, v) })
		w, _ := goja.AssertFunction(wrap)
		s.resources = append(s.resources, disposeResource{value: goja.Undefined(), method: w, async: async})
		return v
	})
	b.method(proto, "defer", 1, func(call goja.FunctionCall) goja.Value {
		s := this(call, "defer", true)
		fn := callback(call, "defer", call.Argument(0))
		s.resources = append(s.resources, disposeResource{value: goja.Undefined(), method: fn, async: async})
		return goja.Undefined()
	})
	b.method(proto, "move", 0, func(call goja.FunctionCall) goja.Value {
		s := this(call, "move", true)
		n, err := rt.New(c)
		if err != nil {
			panic(err)
		}
		states.get(n).resources = s.resources
		s.resources = nil
		s.disposed = true
		return n
	})
	b.getter(proto, "disposed", func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(this(call, "disposed", false).disposed)
	})
	sym := SymDispose
	if async {
		sym = SymAsyncDispose
	}
	_ = proto.DefineDataPropertySymbol(sym, dispose, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	b.tag(proto, name)
	return c
}

// disposeAsync disposes res from the last, awaiting each result, and
// settles the promise of disposeAsync with the (suppressed) error, if any.
func (b *installer) disposeAsync(res []disposeResource, thrown goja.Value, resolve, reject goja.Callable) {
	if len(res) == 0 {
		if thrown != nil {
			mustCall(reject, thrown)
		} else {
			mustCall(resolve, goja.Undefined())
		}
		return
	}
	r := res[len(res)-1]
	rest := res[:len(res)-1]
	fail := func(v goja.Value) {
		if thrown != nil {
			thrown = b.newSuppressed(v, thrown)
		} else {
			thrown = v
		}
	}
	var result goja.Value = goja.Undefined()
	if r.method != nil {
		v, err := r.method(r.value)
		if err != nil {
			ex, ok := err.(*goja.Exception)
			if !ok {
				panic(err)
			}
			fail(ex.Value())
			if !r.async {
				b.disposeAsync(rest, thrown, resolve, reject)
				return
			}
			result = nil
		} else if r.async {
			result = v
		}
	}
	if result == nil {
		// the method threw: the spec still awaits (undefined) before going on
		result = goja.Undefined()
	}
	p := b.promiseResolve(result)
	then, _ := goja.AssertFunction(p.Get("then"))
	onOK := b.fn("", 1, func(goja.FunctionCall) goja.Value {
		b.disposeAsync(rest, thrown, resolve, reject)
		return goja.Undefined()
	})
	onErr := b.fn("", 1, func(call goja.FunctionCall) goja.Value {
		fail(call.Argument(0))
		b.disposeAsync(rest, thrown, resolve, reject)
		return goja.Undefined()
	})
	if _, err := then(p, onOK, onErr); err != nil {
		panic(err)
	}
}

// promiseResolve is Promise.resolve(v) with the intrinsic Promise.
func (b *installer) promiseResolve(v goja.Value) *goja.Object {
	pc := b.intrinsic("Promise")
	res, _ := goja.AssertFunction(pc.Get("resolve"))
	p, err := res(pc, v)
	if err != nil {
		panic(err)
	}
	return p.(*goja.Object)
}
