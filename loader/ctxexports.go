package loader

import (
	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker"
)

// newContext makes an ExecutionContext: waitUntil and passThroughOnException
// call the functions given, props is props (an empty object when nil), and
// under enable_ctx_exports exports is the isolate's ctx.exports. It is
// branded for WorkflowEntrypoint. Loop goroutine only.
func newContext(w *worker.Worker, rt *goja.Runtime, waitUntil func(goja.Value), passThrough func(), props goja.Value) *goja.Object {
	proto := rt.NewObject()
	_ = proto.DefineDataPropertySymbol(goja.SymToStringTag, rt.ToValue("ExecutionContext"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = proto.Set("waitUntil", func(c goja.FunctionCall) goja.Value {
		waitUntil(c.Argument(0))
		return goja.Undefined()
	})
	_ = proto.Set("passThroughOnException", func(goja.FunctionCall) goja.Value {
		passThrough()
		return goja.Undefined()
	})
	ctx := rt.NewObject()
	_ = ctx.SetPrototype(proto)
	if props == nil || goja.IsUndefined(props) {
		props = rt.NewObject()
	}
	_ = ctx.Set("props", props)
	if w.Host().Flags.Enabled("enable_ctx_exports") {
		if ex := ctxExports(w); ex != nil {
			_ = ctx.Set("exports", ex)
		}
	}
	markContext(w, ctx)
	return ctx
}

// setLoopback records the main module's namespace once it has been
// evaluated, and how a loopback call through ctx.exports makes its
// ExecutionContext (newCtx, given the stub's props).
func setLoopback(w *worker.Worker, ns goja.Value, newCtx func(props goja.Value) *goja.Object) {
	s := cfStateOf(w)
	s.ns, s.newCtx, s.ctxExports = ns, newCtx, nil
	fillModuleExports(w)
}

// fillModuleExports gives cloudflare:workers' exports object its loopback
// stubs, once both it and the namespace exist.
func fillModuleExports(w *worker.Worker) {
	s := cfStateOf(w)
	if s.moduleExports == nil || s.ns == nil || !w.Host().Flags.Enabled("enable_ctx_exports") {
		return
	}
	stubs := buildLoopback(w)
	for _, k := range stubs.Keys() {
		_ = s.moduleExports.Set(k, stubs.Get(k))
	}
}

// ctxExports is the isolate's ctx.exports (js/loopback.js), made on first
// use from the namespace setLoopback recorded; nil before the module has
// been evaluated.
func ctxExports(w *worker.Worker) *goja.Object {
	s := cfStateOf(w)
	if s.ctxExports != nil || s.ns == nil {
		return s.ctxExports
	}
	s.ctxExports = buildLoopback(w)
	return s.ctxExports
}

// buildLoopback makes a new object of loopback stubs for the recorded
// namespace (js/loopback.js).
func buildLoopback(w *worker.Worker) *goja.Object {
	s := cfStateOf(w)
	env := w.Host()
	rt := env.RT
	fn, err := rt.RunProgram(cfProgram("loopback"))
	if err != nil {
		panic(err)
	}
	build, _ := goja.AssertFunction(fn)
	newCtx := env.Realm.Func("newCtx", 1, func(c goja.FunctionCall) goja.Value {
		return s.newCtx(c.Argument(0))
	})
	clone, later := loopHelpers(w)
	warn := env.Realm.Func("warn", 1, func(c goja.FunctionCall) goja.Value {
		if env.Warn != nil {
			env.Warn(c.Argument(0).String())
		}
		return goja.Undefined()
	})
	v, err := build(goja.Undefined(), s.ns, workerEnv(w, nil), newCtx, clone, later,
		cfWorkersExports(w).Get("WorkerEntrypoint"), warn)
	if err != nil {
		panic(err)
	}
	return v.ToObject(rt)
}

// loopHelpers are what the JavaScript of RPC calls needs from Go: clone
// (structuredClone, as the isolate had it before any script ran) and later
// (runs a function as an I/O task: after the microtasks, before the timers).
func loopHelpers(w *worker.Worker) (clone, later goja.Value) {
	env := w.Host()
	structuredClone, _ := goja.AssertFunction(env.Global.Get("structuredClone"))
	clone = env.Realm.Func("clone", 1, func(c goja.FunctionCall) goja.Value {
		v, err := structuredClone(goja.Undefined(), c.Argument(0))
		if err != nil {
			panic(err)
		}
		return v
	})
	later = env.Realm.Func("later", 1, func(c goja.FunctionCall) goja.Value {
		f, ok := goja.AssertFunction(c.Argument(0))
		if ok {
			env.Loop.QueueIO(func() { _, _ = w.Call(f, goja.Undefined()) })
		}
		return goja.Undefined()
	})
	return clone, later
}
