package worker

import (
	"reflect"
	"unsafe"

	"github.com/dop251/goja"
)

// QueueMicrotask queues fn as a microtask: a promise reaction job on goja's
// job queue, so it runs in FIFO order with promise reactions and
// queueMicrotask callbacks, exactly where V8 would run it. A JS exception
// escaping fn is reported as an unhandled rejection; this is how workerd
// reports an exception escaping a message delivery microtask. Loop
// goroutine only.
//
// The job is appended to goja's job queue directly, which is where a
// `then` on a resolved promise puts its reaction job, without the promise,
// its resolving functions and the reaction that `then` would allocate. A
// batch is one or more microtasks queued back to back with nothing else
// entering goja's job queue in between (a loop of postMessage calls):
// running them in one job is indistinguishable from running them in
// consecutive jobs.
//
// If goja's job queue cannot be found (see jobQueueField), each batch is
// instead the reaction of a `then` on a resolved promise; every reaction
// shares one callback, which runs the oldest batch of a FIFO: a `then` on a
// resolved promise enqueues exactly one job, and jobs run in enqueue order,
// so the k-th run of the callback belongs to the k-th batch.
func (w *Worker) QueueMicrotask(fn func()) {
	if t := w.async; t != nil {
		// AsyncLocalStorage: the microtask runs in the context it was queued in
		// (a port delivery sees the store of its postMessage), as in workerd.
		ctx, inner := t.Grab(), fn
		fn = func() { t.Resumed(ctx); defer t.Exited(); inner() }
	}
	if q := w.jobQueue(); q != nil {
		if b := w.openBatch; b != nil && len(*q) == w.batchQueueLen && len(*q) > 0 &&
			uintptr(unsafe.Pointer(unsafe.SliceData(*q))) == w.batchQueuePtr {
			b.fns = append(b.fns, fn)
			return
		}
		b := newBatch(fn)
		*q = append(*q, func() { w.runBatch(b) })
		w.openBatch = b
		w.batchQueuePtr, w.batchQueueLen = uintptr(unsafe.Pointer(unsafe.SliceData(*q))), len(*q)
		return
	}
	if b := w.openBatch; b != nil {
		if ptr, n, ok := w.jobQueueState(); ok && ptr == w.batchQueuePtr && n == w.batchQueueLen {
			b.fns = append(b.fns, fn)
			return
		}
	}
	b := newBatch(fn)
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

// microBatch is the work of one reaction job. Most batches hold one
// microtask (a ping-pong's every message is one), which is kept in the
// batch itself, not in an allocation of its own.
type microBatch struct {
	fns   []func()
	first [1]func()
}

func newBatch(fn func()) *microBatch {
	b := &microBatch{first: [1]func(){fn}}
	b.fns = b.first[:]
	return b
}

// runBatch is the job of a batch queued on goja's job queue.
func (w *Worker) runBatch(b *microBatch) {
	if w.openBatch == b {
		w.openBatch = nil
	}
	w.runFns(b.fns)
}

// runMicrotask is the shared reaction callback of QueueMicrotask when goja's
// job queue cannot be reached.
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
	w.runFns(b.fns)
	return goja.Undefined()
}

// runFns runs the microtasks of a batch, letting go of each as it starts:
// what a microtask holds (a posted message, 100,000 of them in a burst) is
// garbage once it has run, not when the whole batch has.
func (w *Worker) runFns(fns []func()) {
	for i, fn := range fns {
		fns[i] = nil
		// Each microtask of the batch fails on its own, as its own job
		// would: the exception becomes a rejected promise, reported as
		// unhandled at the end of the macrotask. Interrupts are not caught.
		if ex := w.rt.Try(fn); ex != nil {
			_, _, reject := w.rt.NewPromise()
			_ = reject(ex.Value())
		}
	}
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
	if !ok || f.Type != reflect.TypeFor[[]func()]() || len(f.Index) != 1 {
		return nil
	}
	return f.Index
}()

// directJobs is false only in tests of the path without goja's job queue.
var directJobs = true

// jobQueueOffset is where goja's job queue is in a goja.Runtime.
var jobQueueOffset = func() uintptr {
	if jobQueueField == nil {
		return 0
	}
	return reflect.TypeFor[goja.Runtime]().Field(jobQueueField[0]).Offset
}()

// jobQueue returns goja's job queue, to which QueueMicrotask appends its jobs
// as goja's promises append theirs, or nil if it cannot be found.
func (w *Worker) jobQueue() *[]func() {
	if jobQueueField == nil || !directJobs {
		return nil
	}
	return (*[]func())(unsafe.Add(unsafe.Pointer(w.rt), jobQueueOffset))
}

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
	w.checkGlobalThis(call)
	fn, ok := goja.AssertFunction(call.Argument(0))
	if !ok {
		panic(w.rt.NewTypeError("Failed to execute 'queueMicrotask' on 'ServiceWorkerGlobalScope': parameter 1 is not of type 'function'."))
	}
	w.QueueMicrotask(func() {
		if _, err := fn(goja.Undefined()); err != nil {
			w.ReportException(err)
		}
	})
	return goja.Undefined()
}
