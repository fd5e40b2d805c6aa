package worker

import (
	"reflect"

	"github.com/dop251/goja"
)

// QueueMicrotask queues fn as a microtask: a promise reaction job on goja's
// job queue, so it runs in FIFO order with promise reactions and
// queueMicrotask callbacks, exactly where V8 would run it. A JS exception
// escaping fn is reported as an unhandled rejection; this is how workerd
// reports an exception escaping a message delivery microtask. Loop
// goroutine only.
//
// Every reaction shares one callback, which runs the oldest batch of a
// FIFO: a `then` on a resolved promise enqueues exactly one job, and jobs run
// in enqueue order, so the k-th run of the callback belongs to the k-th
// batch. A batch is one or more microtasks queued back to back with nothing
// else entering goja's job queue in between (a loop of postMessage calls):
// running them in one job is indistinguishable from running them in
// consecutive jobs, and saves a promise and its resolving functions each.
func (w *Worker) QueueMicrotask(fn func()) {
	if b := w.openBatch; b != nil {
		if ptr, n, ok := w.jobQueueState(); ok && ptr == w.batchQueuePtr && n == w.batchQueueLen {
			b.fns = append(b.fns, fn)
			return
		}
	}
	b := &microBatch{fns: []func(){fn}}
	w.micro = append(w.micro, b)
	w.openBatch = b
	if _, err := w.then(w.resolved, w.microCallback); err != nil {
		w.micro = w.micro[:len(w.micro)-1]
		w.openBatch = nil
		w.ReportException(err)
		return
	}
	if w.openBatch == b {
		w.batchQueuePtr, w.batchQueueLen, _ = w.jobQueueState()
	}
}

// microBatch is the work of one reaction job.
type microBatch struct{ fns []func() }

// runMicrotask is the shared reaction callback of QueueMicrotask.
func (w *Worker) runMicrotask(goja.FunctionCall) goja.Value {
	b := w.micro[w.microHead]
	w.micro[w.microHead] = nil
	w.microHead++
	if w.microHead == len(w.micro) {
		w.micro, w.microHead = w.micro[:0], 0
	}
	if w.openBatch == b {
		w.openBatch = nil
	}
	if len(b.fns) == 1 {
		b.fns[0]() // an exception rejects this job's promise
		return goja.Undefined()
	}
	for _, fn := range b.fns {
		// Each microtask of the batch fails on its own, as its own job
		// would: the exception becomes a rejected promise, reported as
		// unhandled at the end of the macrotask. Interrupts are not caught.
		if ex := w.rt.Try(fn); ex != nil {
			_, _, reject := w.rt.NewPromise()
			_ = reject(ex.Value())
		}
	}
	return goja.Undefined()
}

// dropStaleMicrotasks runs at the end of a macrotask, when goja has drained
// its job queue: anything left in the FIFO belongs to jobs that goja threw
// away (an interrupt or a stack overflow clears its queue), and must not be
// matched with later reactions.
func (w *Worker) dropStaleMicrotasks() {
	w.openBatch = nil
	if len(w.micro) != 0 {
		clear(w.micro)
		w.micro, w.microHead = w.micro[:0], 0
	}
}

// jobQueueField locates goja's job queue (Runtime.jobQueue, a []func()) so
// that QueueMicrotask can tell whether anything was queued since its last
// job. It is only ever read: its length and its backing array. If a goja
// upgrade renames or retypes it, ok is false and every microtask gets its own
// job, which is correct, only slower.
var jobQueueField = func() []int {
	f, ok := reflect.TypeFor[goja.Runtime]().FieldByName("jobQueue")
	if !ok || f.Type != reflect.TypeFor[[]func()]() {
		return nil
	}
	return f.Index
}()

// jobQueueState returns the backing array and length of goja's job queue.
// goja appends jobs to it and, when draining, swaps it for the array of the
// previous drain: an unchanged (array, length) pair while a batch has not
// started means no job was queued after the batch's own.
func (w *Worker) jobQueueState() (ptr uintptr, n int, ok bool) {
	if jobQueueField == nil {
		return 0, 0, false
	}
	q := reflect.ValueOf(w.rt).Elem().FieldByIndex(jobQueueField)
	return q.Pointer(), q.Len(), true
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
