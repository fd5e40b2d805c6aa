package streams

import (
	"github.com/dop251/goja"
)

// pipeToMethod is ReadableStream.prototype.pipeTo(destination, options).
func (r *realm) pipeToMethod(call goja.FunctionCall) goja.Value {
	s := slot[readableStream](r, call.This)
	if s == nil {
		r.illegal()
	}
	var p *promise
	if ex := r.try(func() {
		dest := slot[writableStream](r, call.Argument(0))
		if dest == nil {
			r.throwType("Failed to execute 'pipeTo' on 'ReadableStream': parameter 1 is not of type 'WritableStream'.")
		}
		o := r.pipeOptions(call.Argument(1), "pipeTo")
		if s.reader != nil {
			r.throwType("This ReadableStream is currently locked to a reader.")
		}
		if dest.writer != nil {
			r.throwType("This WritableStream is currently locked to a writer")
		}
		p = readableStreamPipeTo(s, dest, o)
	}); ex != nil {
		return r.rejectedPromise(ex).JS()
	}
	return p.JS()
}

type pipeOptions struct {
	preventAbort, preventCancel, preventClose bool
	signal                                    goja.Value
}

// pipeOptions converts a StreamPipeOptions dictionary (members in
// lexicographic order).
func (r *realm) pipeOptions(v goja.Value, method string) pipeOptions {
	o := r.dictArg(v, "Failed to execute '"+method+"' on 'ReadableStream': parameter 2 is not of type 'StreamPipeOptions'.")
	var po pipeOptions
	po.preventAbort = member(o, "preventAbort").ToBoolean()
	po.preventCancel = member(o, "preventCancel").ToBoolean()
	po.preventClose = member(o, "preventClose").ToBoolean()
	sig := member(o, "signal")
	if !goja.IsUndefined(sig) {
		if _, _, ok := r.ev.SignalOf(sig); !ok {
			r.throwType("Incorrect type for the 'signal' field on 'StreamPipeOptions': the provided value is not of type 'AbortSignal'.")
		}
		po.signal = sig
	}
	return po
}

// pipeThrough is ReadableStream.prototype.pipeThrough(transform, options).
func (r *realm) pipeThrough(call goja.FunctionCall) goja.Value {
	s := r.thisReadable(call)
	tv, ok := call.Argument(0).(*goja.Object)
	if !ok {
		r.throwType("Failed to execute 'pipeThrough' on 'ReadableStream': parameter 1 is not of type 'Transform'.")
	}
	rsV := tv.Get("readable")
	rs := slot[readableStream](r, rsV)
	if rs == nil {
		r.throwType("Incorrect type for the 'readable' field on 'Transform': the provided value is not of type 'ReadableStream'.")
	}
	wsV := tv.Get("writable")
	ws := slot[writableStream](r, wsV)
	if ws == nil {
		r.throwType("Incorrect type for the 'writable' field on 'Transform': the provided value is not of type 'WritableStream'.")
	}
	o := r.pipeOptions(call.Argument(1), "pipeThrough")
	if s.reader != nil {
		r.throwType("This ReadableStream is currently locked to a reader.")
	}
	if ws.writer != nil {
		r.throwType("This WritableStream is currently locked to a writer.")
	}
	readableStreamPipeTo(s, ws, o).setHandled()
	return rs.obj
}

// pipe is the state of one ReadableStreamPipeTo.
type pipe struct {
	r            *realm
	source       *readableStream
	dest         *writableStream
	reader       *defaultReader
	writer       *writer
	opts         pipeOptions
	shuttingDown bool
	currentWrite *promise
	result       *promise
	removeAbort  func()
}

// readableStreamPipeTo is ReadableStreamPipeTo (§4.9.4).
func readableStreamPipeTo(source *readableStream, dest *writableStream, opts pipeOptions) *promise {
	r := source.r
	p := &pipe{r: r, source: source, dest: dest, opts: opts}
	p.reader = r.acquireDefaultReader(source, nil)
	p.writer = r.acquireWriter(dest, nil)
	source.disturbed = true
	p.currentWrite = r.resolvedPromise(goja.Undefined())
	p.result = r.newPromise()
	if opts.signal != nil {
		abortAlgo := func() {
			_, reason, _ := r.ev.SignalOf(opts.signal)
			p.shutdownWithAnAction(func() *promise {
				var actions []*promise
				if !opts.preventAbort {
					if dest.state == stateWritable {
						actions = append(actions, writableStreamAbort(dest, reason))
					} else {
						actions = append(actions, r.resolvedPromise(goja.Undefined()))
					}
				}
				if !opts.preventCancel {
					if source.state == stateReadable {
						actions = append(actions, readableStreamCancel(source, reason))
					} else {
						actions = append(actions, r.resolvedPromise(goja.Undefined()))
					}
				}
				return r.all(actions)
			}, true, reason)
		}
		if aborted, _, _ := r.ev.SignalOf(opts.signal); aborted {
			abortAlgo()
			return p.result
		}
		p.removeAbort = r.ev.OnAbort(opts.signal, abortAlgo)
	}

	// Errors must be propagated forward.
	p.isOrBecomesErrored(source, p.reader.closed, func(e goja.Value) {
		if !opts.preventAbort {
			p.shutdownWithAnAction(func() *promise { return writableStreamAbort(dest, e) }, true, e)
		} else {
			p.shutdown(true, e)
		}
	})
	// Errors must be propagated backward.
	p.isOrBecomesErrored(dest, p.writer.closed, func(e goja.Value) {
		if !opts.preventCancel {
			p.shutdownWithAnAction(func() *promise { return readableStreamCancel(source, e) }, true, e)
		} else {
			p.shutdown(true, e)
		}
	})
	// Closing must be propagated forward.
	if source.state == stateClosed {
		p.closeForward()
	} else {
		p.reader.closed.then(func(goja.Value) { p.closeForward() }, nil)
	}
	// Closing must be propagated backward.
	if writableStreamCloseQueuedOrInFlight(dest) || dest.state == stateClosed {
		e := r.typeError("the destination writable stream closed before all data could be piped to it")
		if !opts.preventCancel {
			p.shutdownWithAnAction(func() *promise { return readableStreamCancel(source, e) }, true, e)
		} else {
			p.shutdown(true, e)
		}
	}
	p.loop()
	return p.result
}

func (p *pipe) closeForward() {
	if !p.opts.preventClose {
		p.shutdownWithAnAction(func() *promise { return writableStreamDefaultWriterCloseWithErrorPropagation(p.writer) }, false, nil)
	} else {
		p.shutdown(false, nil)
	}
}

func (p *pipe) isOrBecomesErrored(state interface{}, closed *promise, action func(goja.Value)) {
	switch s := state.(type) {
	case *readableStream:
		if s.state == stateErrored {
			action(s.storedError)
			return
		}
	case *writableStream:
		if s.state == stateErrored {
			action(s.storedError)
			return
		}
	}
	closed.then(nil, action)
}

// loop is the pipe loop: wait for the writer to be ready, read a chunk,
// write it, again, until shutdown.
func (p *pipe) loop() {
	if p.shuttingDown {
		return
	}
	p.writer.ready.then(func(goja.Value) {
		if p.shuttingDown {
			return
		}
		readableStreamDefaultReaderRead(p.reader, &pipeReadRequest{p})
	}, nil)
}

type pipeReadRequest struct{ p *pipe }

func (q *pipeReadRequest) chunkSteps(c chunk) {
	p := q.p
	p.currentWrite = writableStreamDefaultWriterWrite(p.writer, c)
	p.currentWrite.setHandled()
	p.r.env.Loop.QueueMicrotask(p.loop)
}
func (q *pipeReadRequest) closeSteps()           {}
func (q *pipeReadRequest) errorSteps(goja.Value) {}

func (p *pipe) waitForWritesToFinish() *promise {
	old := p.currentWrite
	return old.chain(func(goja.Value) *promise {
		if old != p.currentWrite {
			return p.waitForWritesToFinish()
		}
		return p.r.resolvedPromise(goja.Undefined())
	}, func(goja.Value) *promise {
		if old != p.currentWrite {
			return p.waitForWritesToFinish()
		}
		return p.r.resolvedPromise(goja.Undefined())
	})
}

func (p *pipe) shutdownWithAnAction(action func() *promise, isError bool, e goja.Value) {
	if p.shuttingDown {
		return
	}
	p.shuttingDown = true
	doTheRest := func() {
		action().then(func(goja.Value) { p.finalize(isError, e) }, func(ne goja.Value) { p.finalize(true, ne) })
	}
	if p.dest.state == stateWritable && !writableStreamCloseQueuedOrInFlight(p.dest) {
		p.waitForWritesToFinish().then(func(goja.Value) { doTheRest() }, nil)
	} else {
		doTheRest()
	}
}

func (p *pipe) shutdown(isError bool, e goja.Value) {
	if p.shuttingDown {
		return
	}
	p.shuttingDown = true
	if p.dest.state == stateWritable && !writableStreamCloseQueuedOrInFlight(p.dest) {
		p.waitForWritesToFinish().then(func(goja.Value) { p.finalize(isError, e) }, nil)
	} else {
		p.finalize(isError, e)
	}
}

func (p *pipe) finalize(isError bool, e goja.Value) {
	writableStreamDefaultWriterRelease(p.writer)
	readableStreamDefaultReaderRelease(p.reader)
	if p.removeAbort != nil {
		p.removeAbort()
	}
	if isError {
		p.result.reject(e)
	} else {
		p.result.resolve(goja.Undefined())
	}
}

// all is "waiting for all" of ps: fulfilled when every one is, rejected
// with the first rejection.
func (r *realm) all(ps []*promise) *promise {
	out := r.newPromise()
	n := len(ps)
	if n == 0 {
		out.resolve(goja.Undefined())
		return out
	}
	for _, p := range ps {
		p.then(func(goja.Value) {
			n--
			if n == 0 {
				out.resolve(goja.Undefined())
			}
		}, out.reject)
	}
	return out
}
