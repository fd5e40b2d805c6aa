package loader

import (
	"context"
	"path/filepath"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker"
	"github.com/mcrepl/mcrepl/worker/events"
	"github.com/mcrepl/mcrepl/worker/fetch"
	"github.com/mcrepl/mcrepl/worker/host"
	"github.com/mcrepl/mcrepl/worker/node"
)

// startClassic runs a classic script (the service-worker syntax:
// addEventListener('fetch', (event) => event.respondWith(...))) to
// quiescence and returns the Instance that dispatches its events. Served as
// a Worker, its top level (and the microtasks it queues) runs in global
// scope, as a module's does; under plain `mcrepl run` it does not.
func (p *Program) startClassic(ctx context.Context, w *worker.Worker, vars []host.Var) (*Instance, error) {
	w.Post(func(rt *goja.Runtime) {
		setGlobalBindings(w, vars)
		node.SetBundle(w.Host(), filepath.Base(p.name), p.src)
		w.Host().Realm.SetGlobalScope(true)
		if _, err := rt.RunProgram(p.prg); err != nil {
			w.ReportException(err)
		}
		node.EndScope(w.Host())
	})
	// The next macrotask: the script's microtasks have run.
	w.Post(func(*goja.Runtime) { w.Host().Realm.SetGlobalScope(false) })
	if err := w.Wait(ctx); err != nil {
		return nil, err
	}
	if w.Failed() {
		return nil, worker.ErrUncaught
	}
	inst := &Instance{p: p, w: w, classic: true}
	listeners := 0
	w.Do(func(*goja.Runtime) {
		env := w.Host()
		listeners = env.Realm.TargetOf(env.Global).Count("fetch") + env.Realm.TargetOf(env.Global).Count("scheduled")
	})
	if listeners == 0 {
		return nil, &Failure{Msg: p.name + ": no handlers: a Worker is an ES module with `export default { async fetch(request, env, ctx) { ... } }`, or a script that calls addEventListener('fetch', ...)"}
	}
	return inst, nil
}

// noHandlers is workerd's message for an event nobody listens to.
const noHandlers = "Uncaught Error: No event handlers were registered. This script does nothing."

// dispatch is Call for a classic script: the handler is the listeners of a
// FetchEvent ("fetch", whose first argument from args is the Request) or a
// ScheduledEvent ("scheduled", from the ScheduledController args makes),
// dispatched on globalThis; done gets what respondWith was given.
func (i *Instance) dispatch(name string, args func(rt *goja.Runtime) []goja.Value, done func(v goja.Value, inv *Invocation, err error)) bool {
	return i.w.Post(func(rt *goja.Runtime) {
		env := i.w.Host()
		inv := &Invocation{}
		r := &moduleRun{p: i.p, w: i.w, rt: rt}
		probe, _, _ := rt.NewPromise()
		r.then, _ = goja.AssertFunction(rt.ToValue(probe).ToObject(rt).Get("then"))
		var a []goja.Value
		if ex := rt.Try(func() { a = args(rt) }); ex != nil {
			done(nil, inv, i.handlerError(ex))
			return
		}
		hooks := fetch.EventHooks{
			WaitUntil: func(p goja.Value) {
				inv.waits++
				r.whenSettled(p, func(goja.Value) { inv.settle() }, func(reason goja.Value) {
					r.reportValue("Uncaught (in promise) ", reason)
					inv.settle()
				})
			},
			PassThrough: func() { inv.PassThrough = true },
		}
		var ev *goja.Object
		var responder fetch.Responder
		switch name {
		case "fetch":
			req, _ := a[0].(*goja.Object)
			ev, responder = fetch.NewFetchEvent(env, req, hooks)
		case "scheduled":
			ctrl := a[0].ToObject(rt)
			ev = fetch.NewScheduledEvent(env, ctrl.Get("cron").String(), ctrl.Get("scheduledTime").ToFloat(), hooks)
		default:
			done(nil, inv, &HandlerError{Msg: "the script has no " + name + " event"})
			return
		}
		ex, n := env.Realm.Dispatch(env.Global, ev, events.Propagate)
		switch {
		case ex != nil:
			done(nil, inv, i.handlerError(ex))
			return
		case n == 0:
			done(nil, inv, &HandlerError{Msg: noHandlers})
			return
		case name == "scheduled":
			done(goja.Undefined(), inv, nil)
			return
		}
		resp, ok := responder.Response()
		if !ok {
			done(nil, inv, &HandlerError{Msg: "Uncaught Error: no 'fetch' listener called event.respondWith(): with no origin behind mcrepl, there is nothing to fall back to"})
			return
		}
		r.whenSettled(resp, func(v goja.Value) { done(v, inv, nil) }, func(reason goja.Value) {
			done(nil, inv, &HandlerError{Msg: "Uncaught (in promise) " + i.w.FormatValueError(reason)})
		})
	})
}

// setGlobalBindings makes each binding a global, as workerd does for a
// service-worker script: a writable, enumerable, configurable property of
// globalThis holding the value (any JSON value) as JSON.parse would give it.
// Loop goroutine only.
func setGlobalBindings(w *worker.Worker, vars []host.Var) {
	if len(vars) == 0 {
		return
	}
	rt := w.Host().RT
	global := rt.GlobalObject()
	for k, v := range jsonValues(rt, vars) {
		_ = global.Set(k, v)
	}
}
