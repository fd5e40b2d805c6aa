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

// pipe is one pipeTo(): the source locked to a reader, the destination to
// a writer, as long as the pipe holds them.
type pipe struct {
	r          *realm
	source     *readableStream
	dest       *writableStream
	reader     *defaultReader
	writer     *writer
	opts       pipeOptions
	srcLocked  bool
	destLocked bool
	finished   bool // its promise settled
	origin     any  // the request that started it (host.Env.Origin)
}

// readableStreamPipeTo pipes source into dest the way workerd does
// (WritableStreamJsController::pipeLoop in its standard.c++), not with the
// standard's concurrent loop: each turn looks at both streams, propagates
// what ended, then reads one chunk and waits for its write before the next.
// When the destination closes or errors while the pipe holds it, the pipe
// lets go of both streams (canceling the source unless preventCancel) and
// its promise then fulfills at the next turn, as in workerd.
func readableStreamPipeTo(source *readableStream, dest *writableStream, opts pipeOptions) *promise {
	r := source.r
	p := &pipe{r: r, source: source, dest: dest, opts: opts, srcLocked: true, destLocked: true}
	p.reader = r.acquireDefaultReader(source, nil)
	p.writer = r.acquireWriter(dest, nil)
	source.disturbed = true
	p.writer.closed.then(func(goja.Value) {
		if p.destLocked {
			if opts.preventCancel {
				p.releaseSource(nil)
			} else {
				p.releaseSource(r.typeError(destClosedMsg))
			}
			p.releaseDest()
		}
	}, func(e goja.Value) {
		if p.destLocked && dest.state == stateErrored {
			if opts.preventCancel {
				p.releaseSource(nil)
			} else {
				p.releaseSource(e)
			}
			p.releaseDest()
		}
	})
	r.trackPipe(p)
	result := p.loop().chain(func(goja.Value) *promise { return r.resolvedPromise(goja.Undefined()) }, nil)
	result.then(func(goja.Value) { p.finished = true }, func(goja.Value) { p.finished = true })
	return result
}

const destClosedMsg = "This destination writable stream is closed."

// releaseSource lets go of the source, canceling it first with reason when
// reason is not nil.
func (p *pipe) releaseSource(reason goja.Value) {
	if !p.srcLocked {
		return
	}
	p.srcLocked = false
	if reason != nil {
		readableStreamCancel(p.source, reason).setHandled()
	} else {
		// Released without a cancel, workerd's source never answers the
		// pipe's pending read: a pipe that lets go this way never settles.
		p.reader.readRequests.reset()
	}
	if p.reader.stream != nil {
		readableStreamDefaultReaderRelease(p.reader)
	}
}

func (p *pipe) releaseDest() {
	if !p.destLocked {
		return
	}
	p.destLocked = false
	if p.writer.stream != nil {
		writableStreamDefaultWriterRelease(p.writer)
	}
}

// releaseFor lets go of both streams after reason ended the pipe from the
// destination's side.
func (p *pipe) releaseFor(reason goja.Value) {
	if p.opts.preventCancel {
		p.releaseSource(nil)
	} else {
		p.releaseSource(reason)
	}
	p.releaseDest()
}

// loop is one turn of the pipe loop.
func (p *pipe) loop() *promise {
	r := p.r
	if !p.destLocked {
		return r.resolvedPromise(goja.Undefined())
	}
	if q := p.checkSignal(); q != nil {
		return q
	}
	src, dest := p.source, p.dest
	switch {
	case src.state == stateErrored:
		e := src.storedError
		p.releaseSource(nil)
		p.releaseDest()
		if !p.opts.preventAbort {
			return writableStreamAbort(dest, e).chain(func(goja.Value) *promise { return r.rejectedPromise(e) }, nil)
		}
		return r.rejectedPromise(e)
	case dest.state == stateErrored || dest.state == stateErroring:
		e := dest.storedError
		p.releaseFor(e)
		return r.rejectedPromise(e)
	case src.state == stateClosed:
		p.releaseSource(nil)
		p.releaseDest()
		if !p.opts.preventClose {
			if writableStreamCloseQueuedOrInFlight(dest) {
				return r.rejectedPromise(r.typeError(wsClosedMsg))
			}
			return writableStreamClose(dest)
		}
		return r.resolvedPromise(goja.Undefined())
	case dest.state == stateClosed:
		e := r.typeError(destClosedMsg)
		p.releaseFor(e)
		return r.rejectedPromise(e)
	}
	req := &pipeReadRequest{own: promise{r: r}}
	req.p = &req.own
	read := req.p
	readableStreamDefaultReaderRead(p.reader, req)
	return read.chain(func(goja.Value) *promise {
		if !p.destLocked {
			return r.resolvedPromise(goja.Undefined())
		}
		if q := p.checkSignal(); q != nil {
			return q
		}
		if req.done {
			return p.loop() // the next turn closes
		}
		return writableStreamDefaultWriterWrite(p.writer, req.c).chain(func(goja.Value) *promise {
			return p.loop()
		}, func(e goja.Value) *promise {
			if p.opts.preventCancel {
				p.releaseSource(nil)
			} else {
				p.releaseSource(e)
			}
			return r.rejectedPromise(e)
		})
	}, func(goja.Value) *promise {
		return p.loop() // the next turn sees the error
	})
}

// checkSignal ends the pipe if its signal aborted.
func (p *pipe) checkSignal() *promise {
	r := p.r
	if p.opts.signal == nil {
		return nil
	}
	aborted, reason, _ := r.ev.SignalOf(p.opts.signal)
	if !aborted {
		return nil
	}
	if p.opts.preventCancel {
		p.releaseSource(nil)
	} else {
		p.releaseSource(reason)
	}
	p.releaseDest()
	if !p.opts.preventAbort {
		return writableStreamAbort(p.dest, reason).chain(func(goja.Value) *promise { return r.rejectedPromise(reason) }, nil)
	}
	return r.rejectedPromise(reason)
}

// pipeReadRequest settles a promise with one read, keeping the chunk in Go.
type pipeReadRequest struct {
	p    *promise
	c    chunk
	done bool
	own  promise // p's memory: the request and its promise are one allocation
}

func (q *pipeReadRequest) chunkSteps(c chunk)      { q.c = c; q.p.resolve(goja.Undefined()) }
func (q *pipeReadRequest) closeSteps()             { q.done = true; q.p.resolve(goja.Undefined()) }
func (q *pipeReadRequest) errorSteps(e goja.Value) { q.p.reject(e) }
