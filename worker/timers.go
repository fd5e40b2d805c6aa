package worker

import (
	"math"
	"time"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/events"
)

func (w *Worker) installTimers(scope *goja.Object) {
	def := func(name string, f func(goja.FunctionCall) goja.Value) {
		_ = scope.DefineDataProperty(name, w.rt.ToValue(f), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	}
	def("setTimeout", w.timerFunc("setTimeout", false))
	def("clearTimeout", w.clearTimerFunc)
	def("setInterval", w.timerFunc("setInterval", true))
	def("clearInterval", w.clearTimerFunc)
	def("queueMicrotask", w.queueMicrotask)
}

// timerFunc builds setTimeout/setInterval: (callback, delay, ...args).
// Extra arguments are passed to the callback. A delay that is not a finite
// number in [0, 2^31-1] counts as 0, as in browsers.
func (w *Worker) timerFunc(name string, repeat bool) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		w.checkGlobalThis(call)
		fn, ok := goja.AssertFunction(call.Argument(0))
		if !ok {
			panic(w.rt.NewTypeError("%s", "Failed to execute '"+name+"' on 'ServiceWorkerGlobalScope': parameter 1 is not of type 'function'."))
		}
		w.host.RefuseInGlobalScope()
		ms := call.Argument(1).ToFloat()
		if math.IsNaN(ms) || ms < 0 || ms > math.MaxInt32 {
			ms = 0
		}
		var args []goja.Value
		if len(call.Arguments) > 2 {
			args = append(args, call.Arguments[2:]...)
		}
		var ctx any
		if w.async != nil {
			ctx = w.async.Grab()
		}
		id := w.loop.addTimer(time.Duration(ms*float64(time.Millisecond)), repeat, func() {
			if w.async != nil {
				w.async.Resumed(ctx)
			}
			// this is the global object, as in workerd (and browsers), even
			// for a strict-mode callback.
			if _, err := w.Call(fn, w.rt.GlobalObject(), args...); err != nil {
				w.ReportTaskException(err)
			}
			if w.async != nil {
				w.async.Exited()
			}
			w.afterMacrotask()
		})
		return w.rt.ToValue(id)
	}
}

func (w *Worker) clearTimerFunc(call goja.FunctionCall) goja.Value {
	w.checkGlobalThis(call)
	w.host.RefuseInGlobalScope()
	switch v := call.Argument(0).(type) {
	case *goja.Symbol:
		// No timer's id: ignored, as workerd ignores it (goja's ToInteger would throw).
	default:
		if !goja.IsUndefined(v) && !goja.IsNull(v) {
			w.loop.clearTimer(int(v.ToInteger()))
		}
	}
	return goja.Undefined()
}

// DropTimers disarms every pending timer (setTimeout, setInterval and the
// Go side's): what workerd does to the rest of the isolate once a test()
// handler has settled and no ctx.waitUntil promise is pending (conformance
// case 1707). Loop goroutine only.
func (w *Worker) DropTimers() {
	for _, t := range w.loop.timers {
		t.index = -1
	}
	w.loop.timers = w.loop.timers[:0]
	clear(w.loop.byID)
}

// checkGlobalThis throws workerd's Illegal invocation when a global function
// of the ServiceWorkerGlobalScope is called on a receiver other than the
// global object (undefined and null stand for it: a plain call).
func (w *Worker) checkGlobalThis(call goja.FunctionCall) {
	switch t := call.This.(type) {
	case nil:
		return
	case *goja.Object:
		if t == w.rt.GlobalObject() {
			return
		}
	default:
		if goja.IsUndefined(t) || goja.IsNull(t) {
			return
		}
	}
	panic(w.rt.NewTypeError("%s", events.IllegalInvocation))
}
