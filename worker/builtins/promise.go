package builtins

import "github.com/dop251/goja"

// installPromise defines Promise.withResolvers and Promise.try (ES2024,
// ES2025) over NewPromiseCapability, so subclasses work as in V8.
func (b *installer) installPromise() {
	p := b.intrinsic("Promise")
	if p == nil {
		return
	}
	b.method(p, "withResolvers", 0, func(call goja.FunctionCall) goja.Value {
		if _, ok := call.This.(*goja.Object); !ok {
			b.typeError("Promise.withResolvers called on non-object")
		}
		promise, _, _ := b.newPromiseCapability(call.This)
		o := b.rt.NewObject()
		_ = o.Set("promise", promise)
		_ = o.Set("resolve", b.lastResolve)
		_ = o.Set("reject", b.lastReject)
		return o
	})
	b.method(p, "try", 1, func(call goja.FunctionCall) goja.Value {
		if _, ok := call.This.(*goja.Object); !ok {
			b.typeError("Promise.try called on non-object")
		}
		promise, resolve, reject := b.newPromiseCapability(call.This)
		var args []goja.Value
		if len(call.Arguments) > 1 {
			args = call.Arguments[1:]
		}
		fn, ok := goja.AssertFunction(call.Argument(0))
		var ret goja.Value
		var err error
		if ok {
			ret, err = fn(goja.Undefined(), args...)
		} else {
			err = b.catch(func() { b.typeError(b.describeCallee(call.Argument(0)) + " is not a function") })
		}
		if err != nil {
			ex, isEx := err.(*goja.Exception)
			if !isEx {
				panic(err)
			}
			mustCall(reject, ex.Value())
		} else {
			mustCall(resolve, ret)
		}
		return promise
	})
}

// newPromiseCapability is the spec's NewPromiseCapability(C).
func (b *installer) newPromiseCapability(c goja.Value) (promise goja.Value, resolve, reject goja.Callable) {
	var res, rej goja.Value = goja.Undefined(), goja.Undefined()
	executor := b.fn("", 2, func(call goja.FunctionCall) goja.Value {
		if !goja.IsUndefined(res) || !goja.IsUndefined(rej) {
			b.typeError("Promise executor has already been invoked with non-undefined arguments")
		}
		res, rej = call.Argument(0), call.Argument(1)
		return goja.Undefined()
	})
	co, _ := c.(*goja.Object)
	if _, ok := goja.AssertConstructor(co); !ok {
		b.typeError(b.describeCallee(c) + " is not a constructor")
	}
	p, err := b.rt.New(co, executor)
	if err != nil {
		panic(err)
	}
	resolve, ok1 := goja.AssertFunction(res)
	reject, ok2 := goja.AssertFunction(rej)
	if !ok1 || !ok2 {
		b.typeError("Promise resolve or reject function is not callable")
	}
	b.lastResolve, b.lastReject = res, rej
	return p, resolve, reject
}

// mustCall calls fn, rethrowing what it throws.
func mustCall(fn goja.Callable, args ...goja.Value) goja.Value {
	v, err := fn(goja.Undefined(), args...)
	if err != nil {
		panic(err)
	}
	return v
}

// catch runs f and returns what it threw, as a goja call would.
func (b *installer) catch(f func()) error {
	if ex := b.rt.Try(f); ex != nil {
		return ex
	}
	return nil
}

// describeCallee renders a value as V8 does in "x is not a function":
// strings quoted, objects as #<Object>, functions by their source.
func (b *installer) describeCallee(v goja.Value) string {
	switch {
	case v == nil || goja.IsUndefined(v):
		return "undefined"
	case goja.IsNull(v):
		return "null"
	}
	if o, ok := v.(*goja.Object); ok {
		if _, isFn := goja.AssertFunction(o); isFn {
			return o.String()
		}
		if o.ClassName() == "Array" {
			return o.String()
		}
		return "#<" + b.className(o) + ">"
	}
	return v.String()
}
