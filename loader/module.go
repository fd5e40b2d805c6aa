package loader

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker"
	"github.com/mcrepl/mcrepl/worker/node"
)

// handlerNames are the default-export methods that workerd calls for events
// other than test: `mcrepl run` names the ones it finds, and calls none.
var handlerNames = []string{"fetch", "connect", "scheduled", "queue", "email", "tail", "tailStream", "trace", "alarm"}

type settlement int

const (
	pending settlement = iota
	fulfilled
	rejected
)

// moduleRun is one run of a module on a worker: its evaluation, then its
// test() handler and the promises given to ctx.waitUntil. Every field is
// touched on the worker's loop goroutine only.
type moduleRun struct {
	p    *Program
	w    *worker.Worker
	rt   *goja.Runtime
	then goja.Callable // Promise.prototype.then, taken before user code runs

	module     settlement
	hasTest    bool
	test       settlement
	waits      int    // waitUntil promises not settled yet
	waitFailed bool   // a waitUntil promise rejected
	badExport  string // the export that made workerd's check fail

	// evaluated, when set, receives the module namespace instead of
	// test() being run (handlers.go: serve and run --fetch).
	evaluated func(ns goja.Value)
}

// start evaluates the module. It is the first macrotask of the run. The
// module's top level, the modules it imports and the microtasks its
// top-level await drains run in global scope, where workerd refuses I/O,
// timers and random values (events.Realm.SetGlobalScope); the scope ends
// when the evaluation settles, before any handler runs.
func (r *moduleRun) start(rt *goja.Runtime) {
	r.rt = rt
	node.SetBundle(r.w.Host(), filepath.Base(r.p.name), r.p.entry)
	// For the messages that quote the code at an error (V8's "o.f is not a function").
	if r.p.entry != "" {
		r.w.AddSource(r.p.name, r.p.entry)
	}
	if len(r.p.inputs) > 0 {
		r.w.AddSourceLookup(r.p.sourceOf)
	}
	probe, _, _ := rt.NewPromise()
	then, ok := goja.AssertFunction(rt.ToValue(probe).ToObject(rt).Get("then"))
	if !ok {
		// Only code run earlier in this isolate can have done that.
		r.module = rejected
		r.writeErr("Uncaught TypeError: Promise.prototype.then is not a function\n")
		return
	}
	r.then = then

	realm := r.w.Host().Realm
	realm.SetGlobalScope(true)
	fn, err := rt.RunProgram(r.p.prg)
	if err != nil {
		realm.SetGlobalScope(false)
		r.module = rejected
		r.report("Uncaught ", err)
		return
	}
	evaluate, ok := goja.AssertFunction(fn)
	if !ok {
		realm.SetGlobalScope(false)
		r.module = rejected
		r.writeErr(fmt.Sprintf("%s: the bundled module is not a function\n", r.p.name))
		return
	}
	var ns goja.Value = goja.Undefined()
	exports := rt.ToValue(func(c goja.FunctionCall) goja.Value {
		ns = c.Argument(0)
		return goja.Undefined()
	})
	done, err := r.w.Call(evaluate, goja.Undefined(), exports, nodeRequireFunc(r.w), dynamicImportFunc(r.w, r.p.name), importMeta(r.w, r.p.name, true))
	if err != nil {
		realm.SetGlobalScope(false)
		r.module = rejected
		r.report("Uncaught ", err)
		return
	}
	r.whenSettled(done, func(goja.Value) {
		realm.SetGlobalScope(false)
		if name, msg := badExport(ns); msg != "" {
			// workerd refuses the Worker before any handler runs.
			r.module, r.badExport = rejected, name
			r.reportValue("Uncaught ", rt.NewTypeError("%s", msg))
			return
		}
		r.module = fulfilled
		node.EndScope(r.w.Host())
		if r.evaluated != nil {
			setLoopback(r.w, ns, r.looseContext)
			r.evaluated(ns)
			return
		}
		setLoopback(r.w, ns, r.contextWith)
		if ex := rt.Try(func() { r.runTest(ns) }); ex != nil {
			// Reading the handlers threw (a getter): the test failed.
			r.hasTest, r.test = true, rejected
			r.report("Uncaught ", ex)
		}
	}, func(reason goja.Value) {
		realm.SetGlobalScope(false)
		r.module = rejected
		r.reportValue("Uncaught ", reason)
	})
}

// badExport is the first export, in the namespace's order, that cannot be
// a handler, and workerd's complaint about it: every export of a Worker's
// main module must be an object (an ExportedHandler) or a function (a
// class), checked once the module has been evaluated. "" when all are.
func badExport(ns goja.Value) (name, msg string) {
	nsObj, ok := ns.(*goja.Object)
	if !ok {
		return "", ""
	}
	keys := nsObj.Keys()
	sort.Strings(keys)
	for _, k := range keys {
		switch v := nsObj.Get(k); {
		case v == nil || goja.IsUndefined(v) || goja.IsNull(v):
			return k, "Cannot initialize ExportedHandler with required members from an undefined or null value."
		default:
			if _, ok := v.(*goja.Object); !ok {
				return k, "Incorrect type for map entry '" + k + "': the provided value is not of type 'function or ExportedHandler'."
			}
		}
	}
	return "", ""
}

// runTest calls the default export's test(controller, env, ctx) as
// `workerd test` does, with the default export as `this`. A default export
// with other handlers only gets a note.
func (r *moduleRun) runTest(ns goja.Value) {
	nsObj, ok := ns.(*goja.Object)
	if !ok {
		return
	}
	def, ok := nsObj.Get("default").(*goja.Object)
	if !ok {
		return
	}
	test, ok := goja.AssertFunction(def.Get("test"))
	if !ok {
		// A class-based Worker (extends WorkerEntrypoint): an instance
		// made with (ctx, env) runs test().
		if test, ok = classHandler(def, "test"); !ok {
			r.noteHandlers(def)
			return
		}
	}
	r.hasTest = true
	ctx := r.context()
	setWaitUntil(r.w, ctx)
	res, err := r.w.Call(test, def, r.controller(), workerEnv(r.w, nil), ctx)
	if err != nil {
		r.test = rejected
		r.report("Uncaught ", err)
		return
	}
	r.whenSettled(res, func(goja.Value) { r.test = fulfilled; r.finish() }, func(reason goja.Value) {
		r.test = rejected
		r.reportValue("Uncaught (in promise) ", reason)
		r.finish()
	})
}

// finish ends the test as workerd does once test() has settled and no
// waitUntil promise is pending: the timers still armed never fire.
func (r *moduleRun) finish() {
	if r.hasTest && r.test != pending && r.waits == 0 {
		r.w.DropTimers()
	}
}

// controller is test()'s first argument: an empty TestController.
func (r *moduleRun) controller() *goja.Object {
	proto := r.rt.NewObject()
	_ = proto.DefineDataPropertySymbol(goja.SymToStringTag, r.rt.ToValue("TestController"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	ctrl := r.rt.NewObject()
	_ = ctrl.SetPrototype(proto)
	return ctrl
}

// context is test()'s third argument, the ExecutionContext: waitUntil
// extends the test until its promise settles (a rejection fails the test, as
// in workerd), passThroughOnException does nothing, props is empty.
func (r *moduleRun) context() *goja.Object { return r.contextWith(nil) }

// contextWith is context with props (nil: an empty object): the
// ExecutionContext of test() and of the loopback calls it makes through
// ctx.exports.
func (r *moduleRun) contextWith(props goja.Value) *goja.Object {
	return newContext(r.w, r.rt, func(p goja.Value) {
		r.waits++
		r.whenSettled(p, func(goja.Value) { r.waits--; r.finish() }, func(reason goja.Value) {
			r.waits--
			r.waitFailed = true
			r.reportValue("Uncaught (in promise) ", reason)
			r.finish()
		})
	}, func() {}, props)
}

// looseContext is the ExecutionContext of a loopback call under serve: its
// waitUntil reports a rejection and holds nothing open.
func (r *moduleRun) looseContext(props goja.Value) *goja.Object {
	return newContext(r.w, r.rt, func(p goja.Value) {
		r.whenSettled(p, func(goja.Value) {}, func(reason goja.Value) { r.reportValue("Uncaught (in promise) ", reason) })
	}, func() {}, props)
}

// whenSettled calls onFulfilled or onRejected, in a microtask, when v (a
// promise, a thenable or a plain value) settles.
func (r *moduleRun) whenSettled(v goja.Value, onFulfilled, onRejected func(goja.Value)) {
	p, resolve, _ := r.rt.NewPromise()
	// resolve follows thenables and never fails on a fresh promise.
	_ = resolve(v)
	_, err := r.then(r.rt.ToValue(p),
		r.rt.ToValue(func(c goja.FunctionCall) goja.Value { onFulfilled(c.Argument(0)); return goja.Undefined() }),
		r.rt.ToValue(func(c goja.FunctionCall) goja.Value { onRejected(c.Argument(0)); return goja.Undefined() }))
	if err != nil {
		r.report("Uncaught ", err)
	}
}

func (r *moduleRun) noteHandlers(def *goja.Object) {
	var found []string
	for _, h := range handlerNames {
		if _, ok := goja.AssertFunction(def.Get(h)); ok {
			found = append(found, h+"()")
		}
	}
	if len(found) == 0 {
		return
	}
	r.writeErr(fmt.Sprintf("note: %s: the default export has %s but no test(); `mcrepl run` runs a module's top-level code and its test() handler only\n",
		r.p.name, strings.Join(found, ", ")))
}

// report writes an error from a goja call with prefix ("Uncaught "), unless
// it is an interrupt, which whoever interrupted explains.
func (r *moduleRun) report(prefix string, err error) {
	var intr *goja.InterruptedError
	if errors.As(err, &intr) {
		return
	}
	r.writeErr(prefix + r.w.FormatError(err) + "\n")
}

func (r *moduleRun) reportValue(prefix string, v goja.Value) {
	r.writeErr(prefix + r.w.FormatValueError(v) + "\n")
}

func (r *moduleRun) writeErr(s string) { _, _ = io.WriteString(r.w.Stderr(), s) }

// result is the run's outcome once the isolate is quiescent.
func (r *moduleRun) result() error {
	name := r.p.name
	switch {
	case r.module == pending:
		return &Failure{Msg: name + ": the module's top-level await never settled, and nothing is left to run"}
	case r.module == rejected && r.badExport != "":
		return &Failure{Msg: name + ": the export '" + r.badExport + "' is neither a handler object nor a class, and workerd refuses such a Worker: export only handlers from the main module, and the rest from a module it imports"}
	case r.module == rejected:
		return worker.ErrUncaught
	case r.hasTest && (r.test == rejected || r.waitFailed):
		return &Failure{Msg: name + ": test() failed"}
	case r.hasTest && r.test == pending:
		return &Failure{Msg: name + ": test() never settled: its promise is pending and nothing is left to run"}
	case r.hasTest && len(r.w.OpenWebSockets()) > 0:
		// workerd waits for an accepted WebSocket, then cancels the test as hung.
		return &Failure{Msg: name + ": test() returned with WebSocket " + strings.Join(r.w.OpenWebSockets(), ", ") +
			" still open: workerd cancels it as hung (\"The Workers runtime canceled this request because it detected that your Worker's code had hung and would never generate a response.\"); close() them (see the report)"}
	case r.waits > 0:
		return &Failure{Msg: name + ": a promise passed to ctx.waitUntil() never settled, and nothing is left to run"}
	case r.w.Failed():
		return worker.ErrUncaught
	}
	return nil
}
