package worker

import (
	"github.com/dop251/goja"
)

// QueueMicrotask queues fn as a microtask: a promise reaction job on goja's
// job queue, so it runs in FIFO order with promise reactions and
// queueMicrotask callbacks, exactly where V8 would run it. A JS exception
// escaping fn rejects the reaction's promise and is reported as an unhandled
// rejection; this is how workerd reports an exception escaping a message
// delivery microtask. Loop goroutine only.
func (w *Worker) QueueMicrotask(fn func()) {
	cb := w.rt.ToValue(func(goja.FunctionCall) goja.Value {
		fn()
		return goja.Undefined()
	})
	if _, err := w.then(w.resolved, cb); err != nil {
		w.ReportException(err)
	}
}

// queueMicrotask is the JS global: the callback's exception is reported as
// an uncaught exception (not a rejection), as in workerd and browsers.
func (w *Worker) queueMicrotask(call goja.FunctionCall) goja.Value {
	fn, ok := goja.AssertFunction(call.Argument(0))
	if !ok {
		panic(w.rt.NewTypeError("Failed to execute 'queueMicrotask' on 'ServiceWorkerGlobalScope': parameter 1 is not of type 'Function'."))
	}
	w.QueueMicrotask(func() {
		if _, err := fn(goja.Undefined()); err != nil {
			w.ReportException(err)
		}
	})
	return goja.Undefined()
}
