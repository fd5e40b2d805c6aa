package node

import (
	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/trace"
	"github.com/mcrepl/mcrepl/worker/builtins"
	"github.com/mcrepl/mcrepl/worker/host"
)

// setImmediate in workerd is a timer with delay 0: it shares setTimeout's
// queue, so `setTimeout(a, 0); setImmediate(b)` runs a then b, and both run
// after every microtask and port message queued before them (case 1611).
// Here it is the loop's timer of the same delay as setTimeout(f, 0).

// immState is one isolate's Immediate class and pending immediates.
type immState struct {
	env     *host.Env
	proto   *goja.Object
	pending map[*goja.Object]func() // Immediate -> cancel
	log     *trace.Log
	seq     int
}

type immKey struct{}

func immediates(env *host.Env) *immState {
	return host.State(env, immKey{}, func() *immState {
		s := &immState{env: env, pending: map[*goja.Object]func(){}}
		if hooks.TraceLog != nil {
			s.log = hooks.TraceLog(env)
		}
		r := env.Realm
		ctor, proto := r.Class("Immediate", nil, nil)
		s.proto = proto
		// workerd's own order: ref, unref, hasRef, then constructor.
		_ = proto.Delete("constructor")
		nothing := func(goja.FunctionCall) goja.Value { return goja.Undefined() }
		_ = proto.DefineDataProperty("ref", r.Func("ref", 0, nothing), goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
		_ = proto.DefineDataProperty("unref", r.Func("unref", 0, nothing), goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
		// workerd's Immediate reports no ref (its timers never keep a
		// Worker alive on their own).
		_ = proto.DefineDataProperty("hasRef", r.Func("hasRef", 0, func(goja.FunctionCall) goja.Value {
			return env.RT.ToValue(false)
		}), goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
		_ = proto.DefineDataProperty("constructor", ctor, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
		_ = proto.DefineDataPropertySymbol(goja.SymToStringTag, env.RT.ToValue("Immediate"), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
		// [Symbol.dispose] is clearImmediate (the one Symbol.dispose is,
		// whatever the script did to Symbol).
		_ = proto.DefineDataPropertySymbol(builtins.SymDispose, r.Func("[Symbol.dispose]", 0, func(call goja.FunctionCall) goja.Value {
			if o, ok := call.This.(*goja.Object); ok {
				if cancel, ok := s.pending[o]; ok {
					delete(s.pending, o)
					cancel()
				}
			}
			return goja.Undefined()
		}), goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
		return s
	})
}

func buildSetImmediate(env *host.Env) goja.Value {
	return env.Realm.Func("setImmediate", 0, func(call goja.FunctionCall) goja.Value { return immediates(env).set(call) })
}

func buildClearImmediate(env *host.Env) goja.Value {
	return env.Realm.Func("clearImmediate", 0, func(call goja.FunctionCall) goja.Value { return immediates(env).clear(call) })
}

// set is setImmediate(callback, ...args).
func (s *immState) set(call goja.FunctionCall) goja.Value {
	env := s.env
	fn, ok := goja.AssertFunction(call.Argument(0))
	if !ok {
		panic(env.RT.NewTypeError("Failed to execute 'setImmediate' on 'ServiceWorkerGlobalScope': parameter 1 is not of type 'function'."))
	}
	env.RefuseInGlobalScope()
	var args []goja.Value
	if len(call.Arguments) > 1 {
		args = append(args, call.Arguments[1:]...)
	}
	im := env.RT.CreateObject(s.proto)
	s.seq++
	if s.log.Verbose() {
		name := call.Argument(0).ToObject(env.RT).Get("name").String()
		if name == "" {
			name = "(anonymous)"
		}
		s.log.Write(trace.Record{Kind: trace.KindImmediate, Data: name, Queued: s.seq})
	}
	ctx := grab(env)
	s.pending[im] = env.Loop.SetTimer(0, func() {
		delete(s.pending, im)
		restore := resume(env, ctx)
		if _, err := env.Loop.Call(fn, env.Global, args...); err != nil {
			env.Loop.ReportTaskException(err)
		}
		restore()
	})
	return im
}

// clear is clearImmediate(immediate): null and undefined are accepted and
// ignored, a missing argument or anything that is not an Immediate is
// workerd's TypeError.
func (s *immState) clear(call goja.FunctionCall) goja.Value {
	v := call.Argument(0)
	if len(call.Arguments) > 0 && (goja.IsNull(v) || goja.IsUndefined(v)) {
		return goja.Undefined()
	}
	o, ok := v.(*goja.Object)
	if !ok || (o.Prototype() != s.proto && s.pending[o] == nil) {
		panic(s.env.RT.NewTypeError("Failed to execute 'clearImmediate' on 'ServiceWorkerGlobalScope': parameter 1 is not of type 'Immediate'."))
	}
	if cancel := s.pending[o]; cancel != nil {
		delete(s.pending, o)
		cancel()
	}
	return goja.Undefined()
}
