package loader

import (
	"iter"
	"runtime"
	"sync"
	"weak"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker"
	"github.com/mcrepl/mcrepl/worker/host"
)

// cloudflare:workers, the part a Worker's own code uses: env (the bindings
// every handler gets, importable at the top level as in workerd), waitUntil
// (the current invocation's ctx.waitUntil), and the classes a class-based
// Worker extends, WorkerEntrypoint, DurableObject and WorkflowEntrypoint
// (constructed with (ctx, env), kept as this.ctx and this.env), and
// RpcTarget. The module resolves like a node: module (the bundle asks the
// isolate for it when it runs); its other exports (RPC stubs, withEnv,
// tracing, ...) need a runtime mcrepl does not have.

// cfWorkersSpec is the module's specifier.
const cfWorkersSpec = "cloudflare:workers"

// cfSocketsSpec is cloudflare:sockets' specifier (package worker/sockets:
// connect()).
const cfSocketsSpec = "cloudflare:sockets"

// cfState is the isolate's cloudflare:workers: the env object and the
// module's exports, made on first use, and the waitUntil of the invocation
// that started last.
type cfState struct {
	env       *goja.Object
	exports   *goja.Object
	waitUntil goja.Value
	// contexts brands the ExecutionContexts mcrepl passes to handlers:
	// WorkflowEntrypoint takes no other.
	contexts host.Slots[struct{}]
	// modules are the exports of the cloudflare: modules written in
	// JavaScript (cfmodules.go), by file, once imported.
	modules map[string]*goja.Object
	// ns is the main module's namespace once evaluated, newCtx how a
	// loopback call makes its ExecutionContext, ctxExports ctx.exports
	// (ctxexports.go).
	// namespaces are the built-in modules' namespace objects that
	// import() made (builtinNamespace), by specifier.
	namespaces map[string]*goja.Object
	// moduleExports is the module's exports (loopback stubs); curEnv and
	// curExports what env and exports are now (withEnv); binders each
	// bundle's setter of its env and exports bindings.
	moduleExports      *goja.Object
	curEnv, curExports goja.Value
	binders            []goja.Callable
	ns                 goja.Value
	newCtx             func(props goja.Value) *goja.Object
	ctxExports         *goja.Object
	// tracingProto is Tracing.prototype (tracing.go), ctxClass the
	// ExecutionContext constructor.
	tracingProto *goja.Object
	ctxClass     *goja.Object
}

type cfKey struct{}

func cfStateOf(w *worker.Worker) *cfState {
	return host.State(w.Host(), cfKey{}, func() *cfState { return &cfState{} })
}

// workerEnv returns the isolate's env object, made with vars (any JSON
// values) the first time; later calls add vars to it. Loop goroutine only.
func workerEnv(w *worker.Worker, vars []host.Var) *goja.Object {
	s := cfStateOf(w)
	rt := w.Host().RT
	if s.env == nil {
		s.env = rt.NewObject()
	}
	if len(vars) == 0 {
		return s.env
	}
	for k, v := range jsonValues(rt, vars) {
		_ = s.env.Set(k, v)
	}
	return s.env
}

// setWaitUntil records the ctx.waitUntil of the invocation starting now,
// which the module's waitUntil calls.
func setWaitUntil(w *worker.Worker, ctx *goja.Object) {
	cfStateOf(w).waitUntil = ctx.Get("waitUntil")
}

// cfWorkersExports returns the module's exports. Loop goroutine only.
func cfWorkersExports(w *worker.Worker) *goja.Object {
	s := cfStateOf(w)
	if s.exports != nil {
		return s.exports
	}
	env := w.Host()
	rt := env.RT
	realm := env.Realm
	ex := rt.NewObject()
	_ = ex.Set("env", workerEnv(w, nil))
	// workerd's is a bound function.
	_ = ex.Set("waitUntil", realm.Func("bound waitUntil", 0, func(call goja.FunctionCall) goja.Value {
		fn, ok := goja.AssertFunction(s.waitUntil)
		if !ok {
			return goja.Undefined() // no invocation yet: nothing to extend
		}
		v, err := fn(goja.Undefined(), call.Argument(0))
		if err != nil {
			panic(err)
		}
		return v
	}))
	// The entrypoint classes check their (ctx, env) as workerd's do: an
	// object each for WorkerEntrypoint, mcrepl's own ExecutionContext for
	// WorkflowEntrypoint, and a DurableObjectState, which mcrepl has none
	// of, for DurableObject (a Durable Object class cannot be made by hand
	// in workerd either).
	entry := func(name, msgName string, check func(ctx, env goja.Value) string) {
		c, _ := realm.ClassAs(name, msgName, nil, func(call goja.ConstructorCall) *goja.Object {
			if want := check(call.Argument(0), call.Argument(1)); want != "" {
				realm.ThrowTypeError("Failed to construct '" + msgName + "': constructor parameter " + want + ".")
			}
			_ = call.This.Set("ctx", call.Argument(0))
			_ = call.This.Set("env", call.Argument(1))
			return nil
		})
		_ = ex.Set(name, c)
	}
	isObject := func(v goja.Value) bool { _, ok := v.(*goja.Object); return ok }
	entry("WorkerEntrypoint", "WorkerEntrypoint", func(ctx, env goja.Value) string {
		switch {
		case !isObject(ctx):
			return "1 is not of type 'Object'"
		case !isObject(env):
			return "2 is not of type 'Object'"
		}
		return ""
	})
	entry("DurableObject", "DurableObjectBase", func(goja.Value, goja.Value) string {
		return "1 is not of type 'DurableObjectState'"
	})
	entry("WorkflowEntrypoint", "WorkflowEntrypoint", func(ctx, env goja.Value) string {
		switch {
		case s.contexts.Get(ctx) == nil:
			return "1 is not of type 'ExecutionContext'"
		case !isObject(env):
			return "2 is not of type 'Object'"
		}
		return ""
	})
	rpc, rpcProto := realm.ClassAs("RpcTarget", "JsRpcTarget", nil, func(goja.ConstructorCall) *goja.Object { return nil })
	realm.Tag(rpcProto, "JsRpcTarget")
	_ = ex.Set("RpcTarget", rpc)
	s.exports = ex
	s.moduleExports = rt.NewObject()
	s.curEnv, s.curExports = ex.Get("env"), s.moduleExports
	_ = ex.Set("exports", s.moduleExports)
	// The rest is made when first read (js/workers.js costs a compilation
	// that most Workers, which import env or an entrypoint class, should
	// not pay).
	built := false
	build := func() {
		if built {
			return
		}
		built = true
		for _, k := range workersExtras {
			_ = ex.Delete(k)
		}
		addWorkersExtras(w, ex)
	}
	for _, k := range workersExtras {
		get := rt.ToValue(func(goja.FunctionCall) goja.Value { build(); return ex.Get(k) })
		set := rt.ToValue(func(c goja.FunctionCall) goja.Value { build(); _ = ex.Set(k, c.Argument(0)); return goja.Undefined() })
		_ = ex.DefineAccessorProperty(k, get, set, goja.FLAG_TRUE, goja.FLAG_TRUE)
	}
	fillModuleExports(w)
	return ex
}

// workersExtras are the exports js/workers.js makes.
var workersExtras = []string{"RpcPromise", "RpcProperty", "ServiceStub", "RpcStub", "tracing",
	"withEnv", "withExports", "withEnvAndExports", "cache", "restore", "abortIsolate"}

// addWorkersExtras adds the rest of the module's exports (js/workers.js).
func addWorkersExtras(w *worker.Worker, ex *goja.Object) {
	s := cfStateOf(w)
	env := w.Host()
	rt := env.RT
	realm := env.Realm
	h := rt.NewObject()
	_ = h.Set("illegalClass", func(c goja.FunctionCall) goja.Value {
		cls, _ := realm.Class(c.Argument(0).String(), nil, nil)
		return cls
	})
	_ = h.Set("illegalMethod", func(c goja.FunctionCall) goja.Value {
		return realm.Func(c.Argument(0).String(), 0, func(goja.FunctionCall) goja.Value {
			realm.ThrowTypeError("Illegal invocation")
			return nil
		})
	})
	_ = h.Set("stubClass", func(c goja.FunctionCall) goja.Value {
		make, _ := goja.AssertFunction(c.Argument(0))
		cls, proto := realm.ClassAs("RpcStub", "JsRpcStub", nil, func(call goja.ConstructorCall) *goja.Object {
			v, err := make(goja.Undefined(), call.Argument(0))
			if err != nil {
				panic(err)
			}
			return v.ToObject(rt)
		})
		realm.Tag(proto, "JsRpcStub")
		return cls
	})
	clone, later := loopHelpers(w)
	_ = h.Set("clone", clone)
	_ = h.Set("later", later)
	_ = h.Set("bindings", func(goja.FunctionCall) goja.Value {
		return rt.NewArray(s.curEnv, s.curExports)
	})
	_ = h.Set("setBindings", func(c goja.FunctionCall) goja.Value {
		setBindings(w, c.Argument(0), c.Argument(1))
		return goja.Undefined()
	})
	_ = h.Set("tracing", func(goja.FunctionCall) goja.Value { return newTracing(w) })
	_ = h.Set("abortIsolate", func(c goja.FunctionCall) goja.Value {
		abortIsolate(w, c.Argument(0))
		return goja.Undefined()
	})
	fn, err := rt.RunProgram(cfProgram("workers"))
	if err != nil {
		panic(err)
	}
	add, _ := goja.AssertFunction(fn)
	if _, err := add(goja.Undefined(), ex, h); err != nil {
		panic(err)
	}
}

// setBindings makes env and exports what the module's env and exports
// are (withEnv and its siblings): in its exports object, in the namespace
// import() gave, and in every bundle's bindings of them.
func setBindings(w *worker.Worker, env, exports goja.Value) {
	s := cfStateOf(w)
	s.curEnv, s.curExports = env, exports
	_ = s.exports.Set("env", env)
	_ = s.exports.Set("exports", exports)
	if ns, ok := s.namespaces[cfWorkersSpec]; ok {
		_ = ns.Set("env", env)
		_ = ns.Set("exports", exports)
	}
	for _, b := range s.binders {
		if _, err := b(goja.Undefined(), env, exports); err != nil {
			panic(err)
		}
	}
}

// bindWorkers is what a bundle's cloudflare:workers calls with the function
// that sets its env and exports bindings.
func bindWorkers(w *worker.Worker) goja.Value {
	return w.Host().Realm.Func("bind", 1, func(c goja.FunctionCall) goja.Value {
		if f, ok := goja.AssertFunction(c.Argument(0)); ok {
			s := cfStateOf(w)
			s.binders = append(s.binders, f)
		}
		return goja.Undefined()
	})
}

// markContext brands ctx as an ExecutionContext of mcrepl's (for
// WorkflowEntrypoint's check).
func markContext(w *worker.Worker, ctx *goja.Object) {
	cfStateOf(w).contexts.Put(ctx, &struct{}{})
}

// classHandler returns the method name of def when def is a class (a
// constructor whose prototype has the method): a class-based Worker, whose
// instance, made with (ctx, env) for each invocation, handles it.
func classHandler(def *goja.Object, name string) (goja.Callable, bool) {
	if _, ok := goja.AssertConstructor(def); !ok {
		return nil, false
	}
	proto, ok := def.Get("prototype").(*goja.Object)
	if !ok {
		return nil, false
	}
	_, ok = goja.AssertFunction(proto.Get(name))
	if !ok {
		return nil, false
	}
	ctor, _ := goja.AssertConstructor(def)
	return func(_ goja.Value, args ...goja.Value) (goja.Value, error) {
		// args: the handler's own, then env and ctx (as a plain object's
		// handler gets them); the instance gets (ctx, env) and the method
		// its own arguments with env and ctx undefined, as in workerd.
		n := len(args)
		env, ctx := args[n-2], args[n-1]
		inst, err := ctor(def, ctx, env)
		if err != nil {
			return nil, err
		}
		m, ok := goja.AssertFunction(inst.Get(name))
		if !ok {
			return goja.Undefined(), nil
		}
		own := append(append([]goja.Value(nil), args[:n-2]...), goja.Undefined(), goja.Undefined())
		return m(inst, own...)
	}, true
}

// AbortError is what interrupts the JavaScript when it calls
// cloudflare:workers' abortIsolate().
type AbortError struct{ Msg string }

func (e *AbortError) Error() string { return e.Msg }

// aborted holds the workers whose isolate abortIsolate() ended, weakly.
var aborted sync.Map

// Aborted reports whether abortIsolate() ended w's isolate (the shell then
// starts a new one). Any goroutine.
func Aborted(w *worker.Worker) bool {
	_, ok := aborted.Load(weak.Make(w))
	return ok
}

// abortIsolate is cloudflare:workers' abortIsolate(reason): workerd ends
// its process; mcrepl says why on stderr, as workerd's fatal line does, and
// ends the isolate: nothing more of the script runs.
func abortIsolate(w *worker.Worker, reason goja.Value) {
	msg := "abortIsolate() called, terminating process; reason = " + reason.String()
	if warn := w.Host().Warn; warn != nil {
		warn(msg)
	}
	key := weak.Make(w)
	aborted.Store(key, true)
	runtime.AddCleanup(w, func(k weak.Pointer[worker.Worker]) { aborted.Delete(k) }, key)
	w.Interrupt(&AbortError{Msg: msg})
	go w.Close()
}

// jsonValues is each of vars (any JSON values) as JSON.parse gives it, in
// the order of the object it makes: the integer-like names first, then the
// others as declared. Loop goroutine only.
func jsonValues(rt *goja.Runtime, vars []host.Var) iter.Seq2[string, goja.Value] {
	return func(yield func(string, goja.Value) bool) {
		data := host.ObjectJSON(vars)
		jsonObj, ok := rt.Get("JSON").(*goja.Object)
		if !ok {
			return
		}
		parse, _ := goja.AssertFunction(jsonObj.Get("parse"))
		if parse == nil {
			return
		}
		v, err := parse(goja.Undefined(), rt.ToValue(data))
		if err != nil {
			return
		}
		if o, ok := v.(*goja.Object); ok {
			for _, k := range o.Keys() {
				if !yield(k, o.Get(k)) {
					return
				}
			}
		}
	}
}
