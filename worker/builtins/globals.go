package builtins

import (
	"sync"
	"weak"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/flags"
	"github.com/mcrepl/mcrepl/worker/host"
)

// The new globals are own properties of globalThis, as V8 defines its ES
// builtins, built on first use.
func init() {
	host.Register(
		host.Global{Name: "Iterator", Where: host.Own, Hidden: true, Build: buildIterator},
		host.Global{Name: "WeakRef", On: weakRefOn, Where: host.Own, Hidden: true, Build: buildWeakRef},
		host.Global{Name: "FinalizationRegistry", On: weakRefOn, Where: host.Own, Hidden: true, Build: buildFinalizationRegistry},
		host.Global{Name: "SuppressedError", Where: host.Own, Hidden: true, Build: buildSuppressedError},
		host.Global{Name: "DisposableStack", Where: host.Own, Hidden: true, Build: buildDisposableStack},
		host.Global{Name: "Intl", Where: host.Own, Hidden: true, Build: buildIntl},
		host.Global{Name: "AsyncDisposableStack", Where: host.Own, Hidden: true, Build: buildAsyncDisposableStack},
	)
}

// weakRefOn: workerd exposes WeakRef and FinalizationRegistry from
// 2025-05-05 (enable_weak_ref).
func weakRefOn(f *flags.Set) bool { return f == nil || f.Enabled("enable_weak_ref") }

// The Build functions of the new globals: plain functions, not closures
// made at every start.
func buildIterator(env *host.Env) goja.Value { return installerOf(env).iteratorCtor() }
func buildWeakRef(env *host.Env) goja.Value  { return installerOf(env).weakRefCtor() }
func buildFinalizationRegistry(env *host.Env) goja.Value {
	return installerOf(env).finalizationRegistryCtor()
}
func buildSuppressedError(env *host.Env) goja.Value { return installerOf(env).suppressedErrorCtor() }
func buildDisposableStack(env *host.Env) goja.Value {
	return installerOf(env).disposableStackCtor(false)
}
func buildIntl(env *host.Env) goja.Value { return installerOf(env).intlGlobal() }
func buildAsyncDisposableStack(env *host.Env) goja.Value {
	return installerOf(env).disposableStackCtor(true)
}

// installers maps a runtime to its installer, for the lazy globals (whose
// Build only gets the host.Env). Both sides are weak: the installer lives
// as long as the native functions that refer to it, that is as long as its
// runtime, and a closed isolate's entry goes with its runtime.
var installers struct {
	sync.Mutex
	m map[weak.Pointer[goja.Runtime]]weak.Pointer[installer]
}

func remember(b *installer) {
	k := weak.Make(b.rt)
	installers.Lock()
	if installers.m == nil {
		installers.m = map[weak.Pointer[goja.Runtime]]weak.Pointer[installer]{}
	}
	installers.m[k] = weak.Make(b)
	installers.Unlock()
	runtimeAddCleanup(b.rt, k)
}

func forgetRuntime(k weak.Pointer[goja.Runtime]) {
	installers.Lock()
	delete(installers.m, k)
	installers.Unlock()
}

// installerFor returns the installer of rt, nil when Install was not
// called for it.
func installerFor(rt *goja.Runtime) *installer {
	installers.Lock()
	defer installers.Unlock()
	return installers.m[weak.Make(rt)].Value()
}

// installerOf returns the installer of env's runtime, installing the
// builtins first when Install was not called.
func installerOf(env *host.Env) *installer {
	installers.Lock()
	b := installers.m[weak.Make(env.RT)].Value()
	installers.Unlock()
	if b == nil {
		b = install(env.RT)
	}
	b.env = env
	return b
}

// iteratorCtor is the Iterator constructor: abstract (new Iterator()
// throws, a subclass constructs), with goja's %IteratorPrototype% as its
// prototype and Iterator.from, Iterator.concat. Built once per isolate.
func (b *installer) iteratorCtor() goja.Value {
	if b.iterCtor != nil {
		return b.iterCtor
	}
	rt := b.rt
	ip := b.iterProto
	var c *goja.Object
	c, _ = b.ctorWith("Iterator", 0, ip, func(call goja.ConstructorCall) *goja.Object {
		if call.NewTarget == c {
			b.typeError("Abstract class Iterator not directly constructable")
		}
		return nil
	})
	b.iterCtor = c

	b.method(c, "from", 1, func(call goja.FunctionCall) goja.Value {
		rec := b.iteratorFlattenable(call.Argument(0), true, "Iterator.from")
		if b.inheritsIterator(rec.iter) {
			return rec.iter
		}
		o := rt.CreateObject(b.iters.wrapProto)
		b.iters.wraps.put(o, &wrapped{rec: rec})
		return o
	})
	b.method(c, "concat", 0, func(call goja.FunctionCall) goja.Value {
		h := &helper{kind: helperConcat}
		for _, v := range call.Arguments {
			o, ok := v.(*goja.Object)
			if !ok {
				b.typeError(typeDesc(v) + " is not an object")
			}
			m, ok := goja.AssertFunction(o.GetSymbol(goja.SymIterator))
			if !ok {
				b.typeError(b.describe(o) + " is not iterable")
			}
			h.items = append(h.items, concatItem{iterable: o, method: m})
		}
		return b.newHelper(h)
	})
	b.installZip(c)
	return c
}

// iteratorProtoAccessors defines Iterator.prototype.constructor and
// @@toStringTag: accessors whose setters refuse the prototype itself and
// define an own property on any other receiver
// (SetterThatIgnoresPrototypeProperties).
func (b *installer) iteratorProtoAccessors() {
	rt := b.rt
	ip := b.iterProto
	ignoring := func(name string, key goja.Value, value func() goja.Value) {
		get := b.fn("get "+name, 0, func(goja.FunctionCall) goja.Value { return value() })
		set := b.fn("set "+name, 1, func(call goja.FunctionCall) goja.Value {
			o, ok := call.This.(*goja.Object)
			if !ok {
				b.typeError("Iterator.prototype." + name + " setter called on non-object")
			}
			if o == ip {
				b.typeError("Cannot assign to read only property '" + name + "' of object '[object Iterator]'")
			}
			if s, ok := key.(*goja.Symbol); ok {
				_ = o.DefineDataPropertySymbol(s, call.Argument(0), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
			} else {
				_ = o.DefineDataProperty(key.String(), call.Argument(0), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
			}
			return goja.Undefined()
		})
		if s, ok := key.(*goja.Symbol); ok {
			_ = ip.DefineAccessorPropertySymbol(s, get, set, goja.FLAG_TRUE, goja.FLAG_FALSE)
		} else {
			_ = ip.DefineAccessorProperty(key.String(), get, set, goja.FLAG_TRUE, goja.FLAG_FALSE)
		}
	}
	ignoring("constructor", rt.ToValue("constructor"), b.iteratorCtor)
	tag := rt.ToValue("Iterator")
	ignoring("[Symbol.toStringTag]", goja.SymToStringTag, func() goja.Value { return tag })
}

// inheritsIterator is OrdinaryHasInstance(%Iterator%, o).
func (b *installer) inheritsIterator(o *goja.Object) bool {
	for p := o.Prototype(); p != nil; p = p.Prototype() {
		if p == b.iterProto {
			return true
		}
	}
	return false
}
