package loader

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker"
	"github.com/mcrepl/mcrepl/worker/host"
)

// Instance is a module evaluated once on a worker, whose default export's
// handlers (fetch, scheduled) are then called any number of times: what
// `mcrepl serve` and `mcrepl run --fetch` run. Its methods may be called
// from any goroutine but the worker's loop, except where they say so.
type Instance struct {
	p   *Program
	w   *worker.Worker
	def *goja.Object // the default export (loop goroutine only); nil for a classic script
	env goja.Value   // the env bindings object, made once
	// classic: a service-worker script, whose handlers are its 'fetch' and
	// 'scheduled' listeners on globalThis (handlers_classic.go).
	classic bool
}

// HandlerError is a handler that threw or rejected, or returned what is
// not a Response; Msg is the error as "Uncaught ..." prints it.
type HandlerError struct{ Msg string }

func (e *HandlerError) Error() string { return e.Msg }

// Start evaluates p on w (its top-level await included) without running
// test(), and returns the Instance whose handlers can be called. vars are
// the env bindings (wrangler's vars, --var): any JSON value. It fails with
// worker.ErrUncaught when evaluation threw (already reported), or a
// *Failure when p is a classic script or has no default export object.
func (p *Program) Start(ctx context.Context, w *worker.Worker, vars []host.Var) (*Instance, error) {
	if p.kind == Classic {
		return p.startClassic(ctx, w, vars)
	}
	inst := &Instance{p: p, w: w}
	ready := make(chan struct{})
	r := &moduleRun{p: p, w: w}
	r.evaluated = func(ns goja.Value) {
		defer close(ready)
		if o, ok := ns.(*goja.Object); ok {
			inst.def, _ = o.Get("default").(*goja.Object)
		}
		inst.env = workerEnv(w, nil)
	}
	// The env exists before the module runs: cloudflare:workers exports it.
	w.Post(func(*goja.Runtime) { setNodeEnv(w, vars); workerEnv(w, vars) })
	w.Post(r.start)
	idle := make(chan error, 1)
	go func() { idle <- w.Wait(ctx) }()
	select {
	case <-ready:
	case err := <-idle:
		if err != nil {
			return nil, err
		}
		select {
		case <-ready:
		default:
			var out error
			w.Do(func(*goja.Runtime) { out = r.result() })
			if out == nil {
				out = worker.ErrUncaught
			}
			return nil, out
		}
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	if inst.def == nil {
		return nil, &Failure{Msg: p.name + ": the module has no default export; a Worker exports its handlers: `export default { async fetch(request, env, ctx) { ... } }`"}
	}
	return inst, nil
}

// Has reports whether the default export has the handler name.
func (i *Instance) Has(name string) bool {
	ok := false
	i.w.Do(func(*goja.Runtime) {
		if i.classic {
			ok = i.w.Host().Realm.TargetOf(i.w.Host().Global).Count(name) > 0
			return
		}
		if _, ok = goja.AssertFunction(i.def.Get(name)); !ok && i.def != nil {
			_, ok = classHandler(i.def, name)
		}
	})
	return ok
}

// Invocation is one call of a handler: its ExecutionContext's state. Loop
// goroutine only.
type Invocation struct {
	// PassThrough is set by ctx.passThroughOnException().
	PassThrough bool
	waits       int
	idle        []func()
}

// Waiting is the number of ctx.waitUntil promises not settled yet.
func (v *Invocation) Waiting() int { return v.waits }

// WhenSettled calls f on the loop once every ctx.waitUntil promise has
// settled (at once if none is pending).
func (v *Invocation) WhenSettled(f func()) {
	if v.waits == 0 {
		f()
		return
	}
	v.idle = append(v.idle, f)
}

func (v *Invocation) settle() {
	v.waits--
	if v.waits == 0 {
		idle := v.idle
		v.idle = nil
		for _, f := range idle {
			f()
		}
	}
}

// Call calls the default export's handler name on the loop with the
// arguments that args builds (the env and ctx are added after them, as
// workerd passes them), and then done, on the loop, with the value its
// promise fulfilled with, or a *HandlerError. It returns false if the
// handler does not exist or the isolate is closed.
func (i *Instance) Call(name string, args func(rt *goja.Runtime) []goja.Value, done func(v goja.Value, inv *Invocation, err error)) bool {
	if i.classic {
		return i.dispatch(name, args, done)
	}
	return i.w.Post(func(rt *goja.Runtime) {
		fn, ok := goja.AssertFunction(i.def.Get(name))
		if !ok {
			if fn, ok = classHandler(i.def, name); !ok {
				done(nil, nil, &HandlerError{Msg: fmt.Sprintf("the default export has no %s() handler", name)})
				return
			}
		}
		inv := &Invocation{}
		r := &moduleRun{p: i.p, w: i.w, rt: rt}
		probe, _, _ := rt.NewPromise()
		r.then, _ = goja.AssertFunction(rt.ToValue(probe).ToObject(rt).Get("then"))
		var a []goja.Value
		if ex := rt.Try(func() { a = args(rt) }); ex != nil {
			done(nil, inv, i.handlerError(ex))
			return
		}
		ctx := i.context(rt, r, inv)
		setWaitUntil(i.w, ctx)
		a = append(a, i.env, ctx)
		res, err := i.w.Call(fn, i.def, a...)
		if err != nil {
			var intr *goja.InterruptedError
			if errors.As(err, &intr) {
				if _, abort := intr.Value().(*AbortError); !abort {
					done(nil, inv, err) // the request's deadline, not the script
					return
				}
			}
			done(nil, inv, i.handlerError(err))
			return
		}
		r.whenSettled(res, func(v goja.Value) { done(v, inv, nil) }, func(reason goja.Value) {
			done(nil, inv, &HandlerError{Msg: "Uncaught (in promise) " + i.w.FormatValueError(reason)})
		})
	})
}

// context is a handler's ExecutionContext: waitUntil keeps the invocation
// open until its promise settles (a rejection is reported as uncaught),
// passThroughOnException sets PassThrough, props is empty.
func (i *Instance) context(rt *goja.Runtime, r *moduleRun, inv *Invocation) *goja.Object {
	return newContext(i.w, rt, func(p goja.Value) {
		inv.waits++
		r.whenSettled(p, func(goja.Value) { inv.settle() }, func(reason goja.Value) {
			r.reportValue("Uncaught (in promise) ", reason)
			inv.settle()
		})
	}, func() { inv.PassThrough = true }, nil)
}

// Scheduled calls the scheduled handler with a ScheduledController for
// cron (scheduledTime now, in ms) and waits until it and its waitUntil
// promises have settled, or ctx ends.
func (i *Instance) Scheduled(ctx context.Context, cron string, now time.Time) error {
	type result struct{ err error }
	out := make(chan result, 1)
	ok := i.Call("scheduled", func(rt *goja.Runtime) []goja.Value {
		ctrl := rt.NewObject()
		proto := rt.NewObject()
		_ = proto.DefineDataPropertySymbol(goja.SymToStringTag, rt.ToValue("ScheduledController"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		_ = proto.Set("noRetry", func(goja.FunctionCall) goja.Value { return goja.Undefined() })
		_ = ctrl.SetPrototype(proto)
		_ = ctrl.Set("scheduledTime", float64(now.UnixMilli()))
		_ = ctrl.Set("cron", cron)
		return []goja.Value{ctrl}
	}, func(_ goja.Value, inv *Invocation, err error) {
		if err != nil {
			out <- result{err}
			return
		}
		inv.WhenSettled(func() { out <- result{nil} })
	})
	if !ok {
		return fmt.Errorf("%s: the isolate was closed", i.p.name)
	}
	select {
	case r := <-out:
		if r.err != nil {
			return r.err
		}
	case <-ctx.Done():
		return ctx.Err()
	}
	if err := i.w.Wait(ctx); err != nil {
		return err
	}
	if i.w.Failed() {
		return worker.ErrUncaught
	}
	return nil
}

// Worker is the isolate the instance runs on.
func (i *Instance) Worker() *worker.Worker { return i.w }

// Name is the program's name.
func (i *Instance) Name() string { return i.p.name }

// handlerError is the HandlerError for what a handler threw: "Uncaught"
// and the error, or, when it called abortIsolate(), that (its stack is
// mcrepl's interrupt, not the script's).
func (i *Instance) handlerError(err error) *HandlerError {
	var intr *goja.InterruptedError
	if errors.As(err, &intr) {
		if a, ok := intr.Value().(*AbortError); ok {
			return &HandlerError{Msg: a.Msg}
		}
	}
	return &HandlerError{Msg: "Uncaught " + i.w.FormatError(err)}
}
