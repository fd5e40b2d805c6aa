package streams

import (
	"github.com/dop251/goja"
)

// writableStream is a WritableStream's internal slots (§5.2).
type writableStream struct {
	r                    *realm
	obj                  *goja.Object
	backpressure         bool
	closeRequest         *promise
	ctrl                 *writableController
	inFlightWriteRequest *promise
	inFlightCloseRequest *promise
	pendingAbortRequest  *pendingAbortRequest
	state                int
	storedError          goja.Value
	writer               *writer
	writeRequests        queue[*promise]
	live                 *liveEntry
	// expectsBytes: the sink takes bytes only (a Go pair's writable side:
	// CompressionStream's and the like), as console.log's [expectsBytes] says.
	expectsBytes bool
	host         any // Sink.Host
}

type pendingAbortRequest struct {
	p                  *promise
	reason             goja.Value
	wasAlreadyErroring bool
}

// writer is WritableStreamDefaultWriter (§5.3).
type writer struct {
	obj    *goja.Object
	stream *writableStream
	closed *promise
	ready  *promise
}

// writableController is WritableStreamDefaultController (§5.4).
type writableController struct {
	r              *realm
	obj            *goja.Object
	stream         *writableStream
	abortCtrl      *goja.Object // AbortController, made on first use
	holdReady      bool         // the sink has a start(): ready waits for it
	abortReason    goja.Value
	aborted        bool
	queue          queue[writeEntry]
	queueTotalSize float64
	started        bool
	hwm            float64
	size           func(chunk) (float64, goja.Value)
	writeAlgo      func(c chunk) *promise
	closeAlgo      func() *promise
	abortAlgo      func(reason goja.Value) *promise
	sizeCleared    bool
	// The reactions to a write's promise (one write is in flight at a
	// time), made once.
	written, writeFailed func(goja.Value)
}

type writeEntry struct {
	c     chunk
	size  float64
	close bool // the close sentinel
}

const (
	wsLockedMsg   = "This WritableStream is currently locked to a writer."
	wsClosedMsg   = "This WritableStream has been closed."
	wsReleasedMsg = "This WritableStream writer has been released."
)

func (r *realm) initWritable() {
	_, proto := r.class("WritableStream", nil, r.constructWritableStream)
	this := func(call goja.FunctionCall) *writableStream {
		s := slot[writableStream](r, call.This)
		if s == nil {
			r.illegal()
		}
		return s
	}
	r.getter(proto, "locked", func(call goja.FunctionCall) goja.Value {
		return r.rt.ToValue(this(call).writer != nil)
	})
	r.method(proto, "abort", 0, func(call goja.FunctionCall) goja.Value {
		s := slot[writableStream](r, call.This)
		if s == nil {
			r.illegal()
		}
		if s.writer != nil {
			return r.rejectedPromise(r.typeError(wsLockedMsg)).JS()
		}
		return follow(r, writableStreamAbort(s, call.Argument(0))).JS()
	})
	r.method(proto, "close", 0, func(call goja.FunctionCall) goja.Value {
		s := slot[writableStream](r, call.This)
		if s == nil {
			r.illegal()
		}
		if s.writer != nil {
			return r.rejectedPromise(r.typeError(wsLockedMsg)).JS()
		}
		if writableStreamCloseQueuedOrInFlight(s) {
			return r.rejectedPromise(r.typeError(wsClosedMsg)).JS()
		}
		return writableStreamClose(s).JS()
	})
	r.method(proto, "getWriter", 0, func(call goja.FunctionCall) goja.Value {
		return r.acquireWriter(this(call), nil).obj
	})

	_, cproto := r.class("WritableStreamDefaultController", nil, nil)
	thisC := func(call goja.FunctionCall) *writableController {
		c := slot[writableController](r, call.This)
		if c == nil {
			r.illegal()
		}
		return c
	}
	r.getter(cproto, "signal", func(call goja.FunctionCall) goja.Value {
		return thisC(call).signal()
	})
	r.method(cproto, "error", 0, func(call goja.FunctionCall) goja.Value {
		c := thisC(call)
		if c.stream.state != stateWritable {
			return goja.Undefined()
		}
		writableStreamDefaultControllerError(c, call.Argument(0))
		return goja.Undefined()
	})

	_, wproto := r.class("WritableStreamDefaultWriter", nil, func(call goja.ConstructorCall) *goja.Object {
		s := slot[writableStream](r, call.Argument(0))
		if s == nil {
			r.throwType("Failed to construct 'WritableStreamDefaultWriter': constructor parameter 1 is not of type 'WritableStream'.")
		}
		return r.acquireWriter(s, call.This).obj
	})
	thisW := func(call goja.FunctionCall) *writer {
		w := slot[writer](r, call.This)
		if w == nil {
			r.illegal()
		}
		return w
	}
	rejectW := func(call goja.FunctionCall, f func(w *writer) *promise) goja.Value {
		w := slot[writer](r, call.This)
		if w == nil {
			r.illegal()
		}
		if w.stream == nil {
			return r.rejectedPromise(r.typeError(wsReleasedMsg)).JS()
		}
		return f(w).JS()
	}
	r.getter(wproto, "closed", func(call goja.FunctionCall) goja.Value {
		w := slot[writer](r, call.This)
		if w == nil {
			r.illegal()
		}
		return w.closed.JS()
	})
	r.getter(wproto, "desiredSize", func(call goja.FunctionCall) goja.Value {
		w := thisW(call)
		if w.stream == nil {
			r.throwType(wsReleasedMsg)
		}
		return r.desired(writableStreamDefaultWriterGetDesiredSize(w))
	})
	r.getter(wproto, "ready", func(call goja.FunctionCall) goja.Value {
		w := slot[writer](r, call.This)
		if w == nil {
			r.illegal()
		}
		return w.ready.JS()
	})
	r.method(wproto, "abort", 0, func(call goja.FunctionCall) goja.Value {
		return rejectW(call, func(w *writer) *promise { return follow(r, writableStreamAbort(w.stream, call.Argument(0))) })
	})
	r.method(wproto, "close", 0, func(call goja.FunctionCall) goja.Value {
		return rejectW(call, func(w *writer) *promise {
			if writableStreamCloseQueuedOrInFlight(w.stream) {
				return r.rejectedPromise(r.typeError(wsClosedMsg))
			}
			return writableStreamClose(w.stream)
		})
	})
	r.method(wproto, "releaseLock", 0, func(call goja.FunctionCall) goja.Value {
		w := thisW(call)
		if w.stream == nil {
			return goja.Undefined()
		}
		writableStreamDefaultWriterRelease(w)
		return goja.Undefined()
	})
	r.method(wproto, "write", 0, func(call goja.FunctionCall) goja.Value {
		return rejectW(call, func(w *writer) *promise {
			return writableStreamDefaultWriterWrite(w, valueChunk(call.Argument(0)))
		})
	})
}

// constructWritableStream is new WritableStream(underlyingSink, strategy)
// (§5.2.4).
func (r *realm) constructWritableStream(call goja.ConstructorCall) *goja.Object {
	if !r.constructors {
		r.throwPlain(constructorMsg("WritableStream"))
	}
	sinkArg := call.Argument(0)
	var sink *goja.Object
	if !isUndef(sinkArg) && !goja.IsNull(sinkArg) {
		o, ok := sinkArg.(*goja.Object)
		if !ok {
			r.throwType("Failed to construct 'WritableStream': constructor parameter 1 is not of type 'UnderlyingSink'.")
		}
		sink = o
	}
	// workerd reads the sink's members in its own order, before the
	// strategy (the standard: strategy first, members sorted).
	member(sink, "type")
	start := r.fnMember(sink, "start", "UnderlyingSink")
	write := r.fnMember(sink, "write", "UnderlyingSink")
	abort := r.fnMember(sink, "abort", "UnderlyingSink")
	closeFn := r.fnMember(sink, "close", "UnderlyingSink")
	hwmV, size := r.queuingStrategy(call.Argument(1), "WritableStream", 2)
	hwm := 1.0
	if hwmV != nil {
		var err *goja.Object
		if hwm, err = r.toUint64(hwmV); err != nil {
			panic(err)
		}
	}
	s := r.newWritableObject(call.This)
	c := &writableController{r: r, holdReady: start != nil}
	var sinkV goja.Value = goja.Undefined()
	if sink != nil {
		sinkV = sink
	}
	startAlgo := func() *promise {
		if start == nil {
			return r.syncResolved()
		}
		v, thrown := r.call(start, sinkV, c.controllerObject())
		if thrown != nil {
			// workerd errors the stream instead of rethrowing.
			return r.rejectedPromise(thrown)
		}
		return r.promiseOf(v)
	}
	c.writeAlgo = func(ch chunk) *promise {
		if write == nil {
			return r.syncResolved()
		}
		return r.callPromise(write, sinkV, r.js(ch), c.controllerObject())
	}
	c.closeAlgo = func() *promise {
		if closeFn == nil {
			return r.syncResolved()
		}
		return r.callPromise(closeFn, sinkV)
	}
	c.abortAlgo = func(reason goja.Value) *promise {
		if abort == nil {
			return r.syncResolved()
		}
		return r.callPromise(abort, sinkV, reason)
	}
	setUpWritableStreamDefaultController(s, c, startAlgo, hwm, size)
	return s.obj
}

func (r *realm) newWritableObject(o *goja.Object) *writableStream {
	if o == nil {
		o = r.rt.CreateObject(r.protos["WritableStream"])
	}
	s := &writableStream{r: r, state: stateWritable}
	s.obj = r.own(o, s)
	r.trackWritable(s)
	return s
}

func (c *writableController) controllerObject() *goja.Object {
	if c.obj == nil {
		c.obj = c.r.own(c.r.rt.CreateObject(c.r.protos["WritableStreamDefaultController"]), c)
	}
	return c.obj
}

// signal is the controller's AbortSignal, made on first use (aborted
// already if the stream was aborted before script asked for it).
func (c *writableController) signal() goja.Value {
	r := c.r
	if c.abortCtrl == nil {
		o, err := r.rt.New(r.ev.Ctor("AbortController"))
		r.check(err)
		c.abortCtrl = o
		if c.aborted {
			c.signalAbort(c.abortReason)
		}
	}
	return c.abortCtrl.Get("signal")
}

func (c *writableController) signalAbort(reason goja.Value) {
	c.aborted = true
	c.abortReason = reason
	if c.abortCtrl == nil {
		return
	}
	abort, _ := goja.AssertFunction(c.abortCtrl.Get("abort"))
	if abort != nil {
		if _, err := abort(c.abortCtrl, reason); err != nil {
			if ex, ok := err.(*goja.Exception); ok {
				c.r.env.Loop.ReportException(ex)
			} else {
				panic(err)
			}
		}
	}
}

// acquireWriter is AcquireWritableStreamDefaultWriter and
// SetUpWritableStreamDefaultWriter.
func (r *realm) acquireWriter(s *writableStream, obj *goja.Object) *writer {
	if s.writer != nil {
		r.throwType(wsLockedMsg)
	}
	if obj == nil {
		obj = r.rt.CreateObject(r.protos["WritableStreamDefaultWriter"])
	}
	w := &writer{stream: s}
	w.obj = r.own(obj, w)
	s.writer = w
	switch s.state {
	case stateWritable:
		if !writableStreamCloseQueuedOrInFlight(s) && s.backpressure {
			w.ready = r.newPromise()
		} else {
			w.ready = r.resolvedPromise(goja.Undefined())
			// workerd's JavaScript promise for it is made with the writer,
			// pending, and fulfilled a microtask later (its C++ promise is
			// resolved at once, as the standard says: abort() replaces it).
			w.ready.jsLater()
		}
		w.closed = r.newPromise()
	case stateErroring:
		// workerd's writer on an erroring stream is ready (the standard:
		// ready rejects with the stored error).
		w.ready = r.resolvedPromise(goja.Undefined())
		w.closed = r.newPromise()
	case stateClosed:
		w.ready = r.resolvedPromise(goja.Undefined())
		w.closed = r.resolvedPromise(goja.Undefined())
	default:
		w.ready = r.rejectedPromise(s.storedError)
		w.ready.setHandled()
		w.closed = r.rejectedPromise(s.storedError)
		w.closed.setHandled()
	}
	return w
}

// writableStreamAbort is WritableStreamAbort (§5.5.1).
func writableStreamAbort(s *writableStream, reason goja.Value) *promise {
	r := s.r
	if s.state == stateClosed || s.state == stateErrored {
		return r.resolvedPromise(goja.Undefined())
	}
	s.ctrl.signalAbort(reason)
	if s.state == stateClosed || s.state == stateErrored {
		return r.resolvedPromise(goja.Undefined())
	}
	if s.pendingAbortRequest != nil {
		return s.pendingAbortRequest.p
	}
	wasAlreadyErroring := false
	if s.state == stateErroring {
		wasAlreadyErroring = true
		reason = goja.Undefined()
	}
	p := r.newPromise()
	s.pendingAbortRequest = &pendingAbortRequest{p: p, reason: reason, wasAlreadyErroring: wasAlreadyErroring}
	if !wasAlreadyErroring {
		writableStreamStartErroring(s, reason)
	}
	return p
}

// writableStreamClose is WritableStreamClose.
func writableStreamClose(s *writableStream) *promise {
	r := s.r
	// workerd rejects close() on an errored stream with the stored error
	// (the standard: a TypeError).
	if s.state == stateErrored {
		return r.rejectedPromise(s.storedError)
	}
	if s.state == stateClosed {
		return r.rejectedPromise(r.typeError(wsClosedMsg))
	}
	p := r.newPromise()
	s.closeRequest = p
	if w := s.writer; w != nil && s.backpressure && s.state == stateWritable {
		w.ready.resolve(goja.Undefined())
	}
	writableStreamDefaultControllerClose(s.ctrl)
	return p
}

func writableStreamAddWriteRequest(s *writableStream) *promise {
	p := s.r.newPromise()
	s.writeRequests.push(p)
	return p
}

func writableStreamDealWithRejection(s *writableStream, e goja.Value) {
	if s.state == stateWritable {
		writableStreamStartErroring(s, e)
		return
	}
	writableStreamFinishErroring(s)
}

func writableStreamFinishErroring(s *writableStream) {
	s.state = stateErrored
	s.ctrl.queue.reset()
	s.ctrl.queueTotalSize = 0
	for _, p := range s.writeRequests.reset() {
		p.reject(s.storedError)
	}
	if s.pendingAbortRequest == nil {
		writableStreamRejectCloseAndClosedPromiseIfNeeded(s)
		return
	}
	req := s.pendingAbortRequest
	s.pendingAbortRequest = nil
	if req.wasAlreadyErroring {
		req.p.reject(s.storedError)
		writableStreamRejectCloseAndClosedPromiseIfNeeded(s)
		return
	}
	c := s.ctrl
	result := c.abortAlgo(req.reason)
	writableStreamDefaultControllerClearAlgorithms(c)
	result.then(func(goja.Value) {
		req.p.resolve(goja.Undefined())
		writableStreamRejectCloseAndClosedPromiseIfNeeded(s)
	}, func(e goja.Value) {
		req.p.reject(e)
		writableStreamRejectCloseAndClosedPromiseIfNeeded(s)
	})
}

func writableStreamFinishInFlightClose(s *writableStream) {
	s.inFlightCloseRequest.resolve(goja.Undefined())
	s.inFlightCloseRequest = nil
	if s.state == stateErroring {
		s.storedError = nil
		if s.pendingAbortRequest != nil {
			s.pendingAbortRequest.p.resolve(goja.Undefined())
			s.pendingAbortRequest = nil
		}
	}
	s.state = stateClosed
	if w := s.writer; w != nil {
		w.closed.resolve(goja.Undefined())
	}
}

func writableStreamFinishInFlightCloseWithError(s *writableStream, e goja.Value) {
	s.inFlightCloseRequest.reject(e)
	s.inFlightCloseRequest = nil
	if s.pendingAbortRequest != nil {
		s.pendingAbortRequest.p.reject(e)
		s.pendingAbortRequest = nil
	}
	writableStreamDealWithRejection(s, e)
}

func writableStreamFinishInFlightWrite(s *writableStream) {
	s.inFlightWriteRequest.resolve(goja.Undefined())
	s.inFlightWriteRequest = nil
}

func writableStreamFinishInFlightWriteWithError(s *writableStream, e goja.Value) {
	s.inFlightWriteRequest.reject(e)
	s.inFlightWriteRequest = nil
	writableStreamDealWithRejection(s, e)
}

func writableStreamHasOperationMarkedInFlight(s *writableStream) bool {
	return s.inFlightWriteRequest != nil || s.inFlightCloseRequest != nil
}

func writableStreamCloseQueuedOrInFlight(s *writableStream) bool {
	return s.closeRequest != nil || s.inFlightCloseRequest != nil
}

func writableStreamRejectCloseAndClosedPromiseIfNeeded(s *writableStream) {
	if s.closeRequest != nil {
		s.closeRequest.reject(s.storedError)
		s.closeRequest = nil
	}
	if w := s.writer; w != nil {
		w.closed.setHandled()
		w.closed.reject(s.storedError)
	}
}

func writableStreamStartErroring(s *writableStream, reason goja.Value) {
	if reason == nil {
		reason = goja.Undefined()
	}
	s.state = stateErroring
	s.storedError = reason
	if w := s.writer; w != nil {
		writableStreamDefaultWriterEnsureReadyPromiseRejected(w, reason)
	}
	if !writableStreamHasOperationMarkedInFlight(s) && s.ctrl.started {
		writableStreamFinishErroring(s)
	}
}

func writableStreamUpdateBackpressure(s *writableStream, bp bool) {
	if w := s.writer; w != nil && bp != s.backpressure {
		if bp {
			w.ready = s.r.newPromise()
		} else {
			w.ready.resolve(goja.Undefined())
		}
	}
	s.backpressure = bp
}

func writableStreamDefaultWriterEnsureClosedPromiseRejected(w *writer, e goja.Value) {
	if w.closed.pending() {
		w.closed.setHandled()
		w.closed.reject(e)
	} else {
		w.closed = w.stream.r.rejectedPromise(e)
		w.closed.setHandled()
	}
}

func writableStreamDefaultWriterEnsureReadyPromiseRejected(w *writer, e goja.Value) {
	if w.ready.pending() {
		w.ready.setHandled()
		w.ready.reject(e)
	} else {
		w.ready = w.stream.r.rejectedPromise(e)
		w.ready.setHandled()
	}
}

func writableStreamDefaultWriterGetDesiredSize(w *writer) (float64, bool) {
	s := w.stream
	// workerd gives a number for an errored or erroring stream too.
	if s.state == stateClosed {
		return 0, true
	}
	return writableStreamDefaultControllerGetDesiredSize(s.ctrl), true
}

func writableStreamDefaultWriterRelease(w *writer) {
	s := w.stream
	e := s.r.typeError(wsReleasedMsg)
	// workerd rejects a pending ready promise of a released writer and
	// leaves a settled one as it is (the standard replaces it with a
	// rejected one).
	if w.ready.pending() {
		w.ready.setHandled()
		w.ready.reject(e)
	}
	writableStreamDefaultWriterEnsureClosedPromiseRejected(w, e)
	s.writer = nil
	w.stream = nil
}

// writableStreamDefaultWriterWrite is WritableStreamDefaultWriterWrite.
func writableStreamDefaultWriterWrite(w *writer, ch chunk) *promise {
	s := w.stream
	r := s.r
	c := s.ctrl
	// workerd goes on with the write when size() released the writer
	// (the standard rejects it).
	size := writableStreamDefaultControllerGetChunkSize(c, ch)
	switch {
	case s.state == stateErrored:
		return r.rejectedPromise(s.storedError)
	case writableStreamCloseQueuedOrInFlight(s) || s.state == stateClosed:
		return r.rejectedPromise(r.typeError(wsClosedMsg))
	case s.state == stateErroring:
		return r.rejectedPromise(s.storedError)
	case s.expectsBytes && !ch.bytes && !r.byteChunkOK(ch.v):
		// workerd's byte transforms refuse a chunk that is not bytes at
		// once, and the stream goes on (cases 2333, 2334).
		return r.rejectedPromise(r.typeError(chunkTypeMsg))
	}
	p := writableStreamAddWriteRequest(s)
	writableStreamDefaultControllerWrite(c, ch, size)
	return p
}

// setUpWritableStreamDefaultController is
// SetUpWritableStreamDefaultController.
func setUpWritableStreamDefaultController(s *writableStream, c *writableController, startAlgo func() *promise, hwm float64, size func(chunk) (float64, goja.Value)) {
	c.stream = s
	s.ctrl = c
	c.hwm = hwm
	c.size = size
	// workerd keeps a writer's ready promise pending until the sink's
	// start() has settled (the standard: backpressure alone decides).
	writableStreamUpdateBackpressure(s, c.holdReady || writableStreamDefaultControllerGetBackpressure(c))
	startAlgo().then(func(goja.Value) {
		c.started = true
		if c.holdReady && s.state == stateWritable && !writableStreamCloseQueuedOrInFlight(s) {
			writableStreamUpdateBackpressure(s, writableStreamDefaultControllerGetBackpressure(c))
		}
		writableStreamDefaultControllerAdvanceQueueIfNeeded(c)
	}, func(e goja.Value) {
		c.started = true
		writableStreamDealWithRejection(s, e)
	})
}

func writableStreamDefaultControllerAdvanceQueueIfNeeded(c *writableController) {
	s := c.stream
	if !c.started || s.inFlightWriteRequest != nil {
		return
	}
	if s.state == stateErroring {
		writableStreamFinishErroring(s)
		return
	}
	if c.queue.len() == 0 {
		return
	}
	e := c.queue.peek()
	if e.close {
		writableStreamDefaultControllerProcessClose(c)
	} else {
		writableStreamDefaultControllerProcessWrite(c, e.c)
	}
}

func writableStreamDefaultControllerClearAlgorithms(c *writableController) {
	r := c.r
	c.writeAlgo = func(chunk) *promise { return r.resolvedPromise(goja.Undefined()) }
	c.closeAlgo = func() *promise { return r.resolvedPromise(goja.Undefined()) }
	c.abortAlgo = func(goja.Value) *promise { return r.resolvedPromise(goja.Undefined()) }
	c.size = nil
	c.sizeCleared = true
}

func writableStreamDefaultControllerClose(c *writableController) {
	c.queue.push(writeEntry{close: true})
	writableStreamDefaultControllerAdvanceQueueIfNeeded(c)
}

func writableStreamDefaultControllerError(c *writableController, e goja.Value) {
	writableStreamDefaultControllerClearAlgorithms(c)
	writableStreamStartErroring(c.stream, e)
}

func writableStreamDefaultControllerErrorIfNeeded(c *writableController, e goja.Value) {
	if c.stream.state == stateWritable {
		writableStreamDefaultControllerError(c, e)
	}
}

func writableStreamDefaultControllerGetBackpressure(c *writableController) bool {
	return writableStreamDefaultControllerGetDesiredSize(c) <= 0
}

func writableStreamDefaultControllerGetChunkSize(c *writableController, ch chunk) float64 {
	if c.size == nil {
		return 1
	}
	size, thrown := c.size(ch)
	if thrown != nil {
		writableStreamDefaultControllerErrorIfNeeded(c, thrown)
		return 1
	}
	return size
}

func writableStreamDefaultControllerGetDesiredSize(c *writableController) float64 {
	return c.hwm - c.queueTotalSize
}

func writableStreamDefaultControllerProcessClose(c *writableController) {
	s := c.stream
	s.inFlightCloseRequest = s.closeRequest
	s.closeRequest = nil
	c.queue.shift()
	p := c.closeAlgo()
	writableStreamDefaultControllerClearAlgorithms(c)
	p.then(func(goja.Value) {
		writableStreamFinishInFlightClose(s)
	}, func(e goja.Value) {
		writableStreamFinishInFlightCloseWithError(s, e)
	})
}

func writableStreamDefaultControllerProcessWrite(c *writableController, ch chunk) {
	s := c.stream
	s.inFlightWriteRequest = s.writeRequests.shift()
	if c.written == nil {
		c.written = func(goja.Value) {
			writableStreamFinishInFlightWrite(s)
			e := c.queue.shift()
			c.queueTotalSize -= e.size
			if c.queueTotalSize < 0 {
				c.queueTotalSize = 0
			}
			if !writableStreamCloseQueuedOrInFlight(s) && s.state == stateWritable {
				writableStreamUpdateBackpressure(s, writableStreamDefaultControllerGetBackpressure(c))
			}
			writableStreamDefaultControllerAdvanceQueueIfNeeded(c)
		}
		c.writeFailed = func(e goja.Value) {
			if s.state == stateWritable {
				writableStreamDefaultControllerClearAlgorithms(c)
			}
			writableStreamFinishInFlightWriteWithError(s, e)
		}
	}
	c.writeAlgo(ch).then(c.written, c.writeFailed)
}

func writableStreamDefaultControllerWrite(c *writableController, ch chunk, size float64) {
	c.queue.push(writeEntry{c: ch, size: size})
	c.queueTotalSize += size
	s := c.stream
	if !writableStreamCloseQueuedOrInFlight(s) && s.state == stateWritable {
		writableStreamUpdateBackpressure(s, writableStreamDefaultControllerGetBackpressure(c))
	}
	writableStreamDefaultControllerAdvanceQueueIfNeeded(c)
}

// follow is a new promise settled as p is: workerd returns a distinct
// promise from every abort() call, where the standard returns the pending
// abort's own.
func follow(r *realm, p *promise) *promise {
	q := r.newPromise()
	if p.pending() {
		// Settled together with p, as when workerd hands out p itself.
		p.followers = append(p.followers, q)
		return q
	}
	p.then(q.resolve, q.reject)
	return q
}
