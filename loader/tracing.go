package loader

import (
	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker"
)

// workerd's tracing API (cloudflare:workers' tracing, ctx.tracing): spans
// that trace nothing in a local run, as a local workerd's do. isTraced is
// false, the span context is zeros, and the calls check their arguments
// with workerd's messages.

// tracingProto is the isolate's Tracing.prototype, made once.
func tracingProto(w *worker.Worker) *goja.Object {
	s := cfStateOf(w)
	if s.tracingProto != nil {
		return s.tracingProto
	}
	env := w.Host()
	rt := env.RT
	realm := env.Realm
	method := func(proto *goja.Object, name string, f func(goja.FunctionCall) goja.Value) {
		_ = proto.DefineDataProperty(name, realm.Func(name, 0, f), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	}
	constructorLast := func(proto *goja.Object) {
		c := proto.Get("constructor")
		_ = proto.Delete("constructor")
		_ = proto.DefineDataProperty("constructor", c, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	}
	undef := func(goja.FunctionCall) goja.Value { return goja.Undefined() }

	span, spanProto := realm.Class("Span", nil, nil)
	_ = spanProto.DefineAccessorProperty("isTraced", realm.Func("get isTraced", 0, func(goja.FunctionCall) goja.Value {
		return rt.ToValue(false)
	}), nil, goja.FLAG_TRUE, goja.FLAG_TRUE)
	method(spanProto, "spanContext", func(goja.FunctionCall) goja.Value {
		c := rt.NewObject()
		_ = c.Set("traceId", "00000000000000000000000000000000")
		_ = c.Set("spanId", "0000000000000000")
		_ = c.Set("traceFlags", 0)
		return c
	})
	for _, name := range []string{"setAttribute", "setAttributes", "recordException", "updateName"} {
		method(spanProto, name, undef)
	}
	method(spanProto, "setStatus", func(c goja.FunctionCall) goja.Value {
		ok := false
		if o, isObj := c.Argument(0).(*goja.Object); isObj {
			switch o.Get("code").String() {
			case "unset", "ok", "error":
				_, ok = o.Get("code").Export().(string)
			}
		}
		if !ok {
			realm.ThrowTypeError("Span status code must be 'unset', 'ok', or 'error'.")
		}
		return goja.Undefined()
	})
	for _, name := range []string{"end", "addLink", "addLinks"} {
		method(spanProto, name, undef)
	}
	constructorLast(spanProto)
	newSpan := func() goja.Value { return rt.CreateObject(spanProto) }

	_, proto := realm.Class("Tracing", nil, nil)
	call := func(method string, c goja.FunctionCall, args []goja.Value) goja.Value {
		fn, ok := goja.AssertFunction(c.Argument(1))
		if !ok {
			realm.ThrowTypeError("Failed to execute '" + method + "' on 'Tracing': parameter 2 is not of type 'Function'.")
		}
		v, err := fn(goja.Undefined(), args...)
		if err != nil {
			panic(err)
		}
		return v
	}
	rest := func(c goja.FunctionCall) []goja.Value {
		if len(c.Arguments) > 2 {
			return c.Arguments[2:]
		}
		return nil
	}
	method(proto, "enterSpan", func(c goja.FunctionCall) goja.Value {
		return call("enterSpan", c, append([]goja.Value{newSpan()}, rest(c)...))
	})
	method(proto, "startActiveSpan", func(c goja.FunctionCall) goja.Value {
		return call("startActiveSpan", c, append([]goja.Value{newSpan()}, rest(c)...))
	})
	method(proto, "startSpan", func(goja.FunctionCall) goja.Value { return newSpan() })
	method(proto, "getActiveSpan", func(goja.FunctionCall) goja.Value { return newSpan() })
	method(proto, "withActiveSpan", func(c goja.FunctionCall) goja.Value { return call("withActiveSpan", c, rest(c)) })
	_ = proto.DefineDataProperty("Span", span, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	constructorLast(proto)
	s.tracingProto = proto
	return proto
}

// newTracing is a Tracing object.
func newTracing(w *worker.Worker) *goja.Object {
	return w.Host().RT.CreateObject(tracingProto(w))
}
