package node

import (
	"github.com/dop251/goja"
	"github.com/mcrepl/mcrepl/internal/gojaprops"

	"github.com/mcrepl/mcrepl/worker/host"
)

// AsyncLocalStorage's context is a chain of frames, each binding one
// storage (the JS AsyncLocalStorage object) to a store. The current frame
// is captured when a promise reaction, a timer, an immediate or a Go-side
// microtask (a port delivery) is scheduled and restored when it runs: the
// tracker below is goja's AsyncContextTracker, also used by package worker
// for its timers and microtasks. It is installed on the first load of
// node:async_hooks; before that no context can exist.

// frame is one binding of the context chain; value nil means "not set"
// (AsyncLocalStorage.exit).
type frame struct {
	parent *frame
	key    *goja.Object
	value  goja.Value
}

func (f *frame) lookup(key *goja.Object) goja.Value {
	for ; f != nil; f = f.parent {
		if f.key == key {
			if f.value == nil {
				return goja.Undefined()
			}
			return f.value
		}
	}
	return goja.Undefined()
}

// tracker is the isolate's AsyncContextTracker. Reactions never nest
// (goja's contract), and the loop restores nothing around them, so Exited
// clears the context.
type tracker struct{ cur *frame }

var _ goja.AsyncContextTracker = (*tracker)(nil)

func (t *tracker) Grab() any       { return t.cur }
func (t *tracker) Resumed(ctx any) { t.cur, _ = ctx.(*frame) }
func (t *tracker) Exited()         { t.cur = nil }
func (t *tracker) enter(f *frame) func() {
	prev := t.cur
	t.cur = f
	return func() { t.cur = prev }
}

type trackerKey struct{}

// holder keeps env's tracker, nil until node:async_hooks is loaded.
type holder struct{ t *tracker }

func holderOf(env *host.Env) *holder {
	return host.State(env, trackerKey{}, func() *holder { return &holder{} })
}

// trackerOf returns env's tracker if node:async_hooks was loaded, else nil.
func trackerOf(env *host.Env) *tracker { return holderOf(env).t }

// grab returns the current context for a callback scheduled now.
func grab(env *host.Env) *frame {
	if t := trackerOf(env); t != nil {
		return t.cur
	}
	return nil
}

// resume enters ctx for a callback and returns what leaves it.
func resume(env *host.Env, ctx *frame) func() {
	if t := trackerOf(env); t != nil {
		return t.enter(ctx)
	}
	return func() {}
}

// installAsync adds the async-context functions to the binding:
// asyncEnable(), asyncGet(key), asyncRun(key, value, fn, this, args),
// asyncSnapshot(), asyncRunIn(snapshot, fn, this, args).
func installAsync(s *state, b *goja.Object) {
	env := s.env
	rt := env.RT
	var t *tracker
	enable := func() *tracker {
		if t == nil {
			t = &tracker{}
			holderOf(env).t = t
			if hooks.TrackAsync != nil {
				hooks.TrackAsync(env, t)
			}
		}
		return t
	}
	call := func(fn goja.Value, this goja.Value, args goja.Value) goja.Value {
		f, ok := goja.AssertFunction(fn)
		if !ok {
			panic(rt.NewTypeError("The \"fn\" argument must be of type function."))
		}
		var list []goja.Value
		if o, ok := args.(*goja.Object); ok {
			_ = rt.ExportTo(o, &list)
		}
		v, err := f(this, list...)
		if err != nil {
			panic(err)
		}
		return v
	}
	_ = b.Set("asyncEnable", func(goja.FunctionCall) goja.Value { enable(); return goja.Undefined() })
	_ = b.Set("asyncGet", func(c goja.FunctionCall) goja.Value {
		key, _ := c.Argument(0).(*goja.Object)
		return enable().cur.lookup(key)
	})
	// asyncHas(key): whether the context has a binding of key, even an
	// exit's (AsyncLocalStorage's defaultValue shows only without one).
	_ = b.Set("asyncHas", func(c goja.FunctionCall) goja.Value {
		key, _ := c.Argument(0).(*goja.Object)
		for f := enable().cur; f != nil; f = f.parent {
			if f.key == key {
				return rt.ToValue(true)
			}
		}
		return rt.ToValue(false)
	})
	_ = b.Set("asyncRun", func(c goja.FunctionCall) goja.Value {
		tr := enable()
		key, _ := c.Argument(0).(*goja.Object)
		var value goja.Value = c.Argument(1)
		if c.Argument(5).ToBoolean() { // exit: the store is unset inside fn
			value = nil
		}
		leave := tr.enter(&frame{parent: tr.cur, key: key, value: value})
		defer leave()
		return call(c.Argument(2), c.Argument(3), c.Argument(4))
	})
	_ = b.Set("asyncSnapshot", func(goja.FunctionCall) goja.Value {
		return rt.ToValue(&snapshot{enable().cur})
	})
	_ = b.Set("asyncRunIn", func(c goja.FunctionCall) goja.Value {
		tr := enable()
		snap, _ := gojaprops.Export(c.Argument(0)).(*snapshot)
		var f *frame
		if snap != nil {
			f = snap.f
		}
		leave := tr.enter(f)
		defer leave()
		return call(c.Argument(1), c.Argument(2), c.Argument(3))
	})
}

// snapshot is AsyncLocalStorage.snapshot()'s captured context, opaque to JS.
type snapshot struct{ f *frame }
