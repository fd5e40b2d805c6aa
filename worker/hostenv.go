package worker

import (
	"time"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/internal/gojaprops"
	"github.com/mcrepl/mcrepl/worker/builtins"
	"github.com/mcrepl/mcrepl/worker/host"
)

// hostLoop is the isolate's event loop as the API packages see it
// (host.Loop).
type hostLoop struct{ w *Worker }

var _ host.Loop = hostLoop{}

func (h hostLoop) QueueMicrotask(fn func()) { h.w.QueueMicrotask(fn) }

func (h hostLoop) Call(fn goja.Callable, this goja.Value, args ...goja.Value) (goja.Value, error) {
	return h.w.Call(fn, this, args...)
}

func (h hostLoop) ReportException(err error) { h.w.ReportException(err) }

func (h hostLoop) ReportTaskException(err error) { h.w.ReportTaskException(err) }

func (h hostLoop) Hold(string) func(job func()) {
	release := h.w.loop.hold()
	origin := h.w.origin // on the loop: the completion belongs to the request that began it
	return func(job func()) {
		if job == nil {
			release(nil)
			return
		}
		release(func() {
			h.w.rt.ClearInterrupt()
			h.w.SetOrigin(origin)
			job()
			h.w.afterMacrotask()
			h.w.SetOrigin(nil)
		})
	}
}

func (h hostLoop) QueueIO(job func()) {
	origin := h.w.origin
	h.w.loop.ioTask(func() {
		h.w.rt.ClearInterrupt()
		h.w.SetOrigin(origin)
		job()
		h.w.afterMacrotask()
		h.w.SetOrigin(nil)
	})
}

func (h hostLoop) SetTimer(d time.Duration, fire func()) func() {
	w := h.w
	origin := w.origin
	id := w.loop.addTimer(d, false, func() {
		w.SetOrigin(origin)
		fire()
		w.afterMacrotask()
		w.SetOrigin(nil)
	})
	return func() { w.loop.clearTimer(id) }
}

// installHost builds the isolate's host.Env and defines every registered
// global whose compatibility gate is open, lazily: the first read builds it.
// Loop goroutine only.
func (w *Worker) installHost(g *goja.Object) {
	env := &host.Env{
		RT:     w.rt,
		Realm:  w.realm,
		Flags:  w.cfg.Flags,
		Global: g,
		Scope:  w.realm.ScopeProto,
		Loop:   hostLoop{w},
		Perms:  w.cfg.Permissions,
		Stdout: w.stdout,
		Stderr: w.stderr,
		Warn:   func(msg string) { w.writeErr(msg + "\n") },
		Origin: w.Origin,
	}
	if builtins.MadeOnFirstUse(w.rt) {
		rt := w.rt
		env.Made = func(name string) *goja.Object { return builtins.Made(rt, name) }
	}
	env.Capture()
	w.host = env
	all := host.Registered()
	on := all[:0] // sorted still: Builtin searches them
	for _, gl := range all {
		if gl.On == nil || gl.On(w.cfg.Flags) {
			on = append(on, gl)
		}
	}
	env.SetGlobals(on)
	if w.installLazy(env, g, on) {
		return
	}
	for i, gl := range on {
		holder := w.realm.ScopeProto
		if gl.Where == host.Own {
			holder = g
		}
		w.defineLazy(env, holder, gl, i)
	}
}

// defineLazy defines gl on holder as an accessor that, on first read,
// builds the value and replaces itself with a data property (writable,
// configurable, enumerable as gl says), as V8 does for its lazy globals. A
// write before the first read replaces it the same way.
//
// The value is env's i-th global's, which env.Builtin may have built first.
func (w *Worker) defineLazy(env *host.Env, holder *goja.Object, gl host.Global, i int) {
	enum := goja.FLAG_FALSE
	if !gl.Hidden {
		enum = goja.FLAG_TRUE
	}
	get, set := w.lazyAccessor(env, holder, gl, i)
	_ = holder.DefineAccessorProperty(gl.Name, get, set, goja.FLAG_TRUE, enum)
}

// lazyAccessor makes the getter and the setter of gl's accessor (defineLazy).
func (w *Worker) lazyAccessor(env *host.Env, holder *goja.Object, gl host.Global, i int) (get, set *goja.Object) {
	rt := w.rt
	enum := goja.FLAG_FALSE
	if !gl.Hidden {
		enum = goja.FLAG_TRUE
	}
	var built goja.Value
	get = gojaprops.Func(rt, func(goja.FunctionCall) goja.Value {
		if built == nil {
			built = env.BuildGlobal(i)
			_ = holder.DefineDataProperty(gl.Name, built, goja.FLAG_TRUE, goja.FLAG_TRUE, enum)
		}
		return built
	})
	set = gojaprops.Func(rt, func(call goja.FunctionCall) goja.Value {
		_ = holder.DefineDataProperty(gl.Name, call.Argument(0), goja.FLAG_TRUE, goja.FLAG_TRUE, enum)
		return goja.Undefined()
	})
	// Named as V8 names accessors ("get atob"), never by their Go names.
	builtins.Named(rt, get, "get "+gl.Name, 0)
	builtins.Named(rt, set, "set "+gl.Name, 1)
	return get, set
}

// Host is the isolate's host.Env, for packages that install more than
// globals (the loader's node: modules). Loop goroutine only.
func (w *Worker) Host() *host.Env { return w.host }
