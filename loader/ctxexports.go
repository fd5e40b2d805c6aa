package loader

import (
	"sort"

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
	lazyLoopback(w, s.moduleExports)
}

// ctxExports is the isolate's ctx.exports (js/loopback.js), made on first
// use from the namespace setLoopback recorded; nil before the module has
// been evaluated.
func ctxExports(w *worker.Worker) *goja.Object {
	s := cfStateOf(w)
	if s.ctxExports != nil || s.ns == nil {
		return s.ctxExports
	}
	s.ctxExports = lazyLoopback(w, w.Host().RT.NewObject())
	return s.ctxExports
}

// lazyLoopback gives obj the loopback stubs as its properties, in
// workerd's order (default, then the handler objects, the WorkerEntrypoint
// classes and the other classes, each sorted), made when one is first read:
// the stubs cost a compilation (js/loopback.js) that a Worker which never
// calls itself should not pay.
func lazyLoopback(w *worker.Worker, obj *goja.Object) *goja.Object {
	s := cfStateOf(w)
	rt := w.Host().RT
	ns, ok := s.ns.(*goja.Object)
	if !ok {
		return obj
	}
	entry, _ := cfWorkersExports(w).Get("WorkerEntrypoint").(*goja.Object)
	var entryProto *goja.Object
	if entry != nil {
		entryProto, _ = entry.Get("prototype").(*goja.Object)
	}
	isEntrypoint := func(v goja.Value) bool {
		o, ok := v.(*goja.Object)
		if _, fn := goja.AssertFunction(v); !ok || !fn || entryProto == nil {
			return false
		}
		p, _ := o.Get("prototype").(*goja.Object)
		for p != nil {
			if p == entryProto {
				return true
			}
			p = p.Prototype()
		}
		return false
	}
	keys := ns.Keys()
	sort.Strings(keys)
	var groups [4][]string
	for _, k := range keys {
		v := ns.Get(k)
		_, isFn := goja.AssertFunction(v)
		_, isObj := v.(*goja.Object)
		switch {
		case k == "default":
			groups[0] = append(groups[0], k)
		case isObj && !isFn:
			groups[1] = append(groups[1], k)
		case isEntrypoint(v):
			groups[2] = append(groups[2], k)
		case isFn:
			groups[3] = append(groups[3], k)
		}
	}
	var stubs *goja.Object
	names := append(append(append(groups[0], groups[1]...), groups[2]...), groups[3]...)
	settle := func() {
		if stubs != nil {
			return
		}
		stubs = buildLoopback(w)
		for _, k := range names {
			_ = obj.DefineDataProperty(k, stubs.Get(k), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
		}
	}
	for _, k := range names {
		get := rt.ToValue(func(goja.FunctionCall) goja.Value { settle(); return obj.Get(k) })
		set := rt.ToValue(func(c goja.FunctionCall) goja.Value { settle(); _ = obj.Set(k, c.Argument(0)); return goja.Undefined() })
		_ = obj.DefineAccessorProperty(k, get, set, goja.FLAG_TRUE, goja.FLAG_TRUE)
	}
	return obj
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
