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
//
// Every reaction shares one callback, which runs the oldest Go function of a
// FIFO: a `then` on a resolved promise enqueues exactly one job, and jobs run
// in enqueue order, so the k-th run of the callback belongs to the k-th
// QueueMicrotask. This saves building a native function per message.
func (w *Worker) QueueMicrotask(fn func()) {
	w.micro = append(w.micro, fn)
	if _, err := w.then(w.resolved, w.microCallback); err != nil {
		w.micro = w.micro[:len(w.micro)-1]
		w.ReportException(err)
	}
}

// runMicrotask is the shared reaction callback of QueueMicrotask.
func (w *Worker) runMicrotask(goja.FunctionCall) goja.Value {
	fn := w.micro[w.microHead]
	w.micro[w.microHead] = nil
	w.microHead++
	if w.microHead == len(w.micro) {
		w.micro, w.microHead = w.micro[:0], 0
	}
	fn()
	return goja.Undefined()
}

// dropStaleMicrotasks runs at the end of a macrotask, when goja has drained
// its job queue: anything left in the FIFO belongs to jobs that goja threw
// away (an interrupt or a stack overflow clears its queue), and must not be
// matched with later reactions.
func (w *Worker) dropStaleMicrotasks() {
	if len(w.micro) != 0 {
		clear(w.micro)
		w.micro, w.microHead = w.micro[:0], 0
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
