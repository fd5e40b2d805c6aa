package streams

import (
	"fmt"

	"github.com/dop251/goja"
)

// Reader types of a pull-into descriptor.
const (
	readerDefault = iota
	readerBYOB
	readerNone
)

// pullIntoDescriptor is a pull-into descriptor (§4.7.1).
type pullIntoDescriptor struct {
	buffer           goja.ArrayBuffer
	bufObj           *goja.Object
	bufferByteLength int
	byteOffset       int
	byteLength       int
	bytesFilled      int
	minimumFill      int
	elementSize      int
	viewCtor         *goja.Object
	readerType       int
	noRequest        bool // see readableByteStreamControllerEnqueue
}

func (d *pullIntoDescriptor) setBuffer(r *realm, ab goja.ArrayBuffer) {
	d.buffer = ab
	d.bufObj = r.rt.ToValue(ab).(*goja.Object)
}

// byteEntry is a readable byte stream queue entry.
type byteEntry struct {
	b   []byte       // the entry's bytes (byteOffset..byteOffset+byteLength of its buffer)
	ab  *goja.Object // the buffer, when it came from script (nil: Go bytes)
	off int
}

// byteController is ReadableByteStreamController (§4.7).
type byteController struct {
	r            *realm
	stream       *readableStream
	obj          *goja.Object
	autoAllocate int
	byobRequest  *byobRequest
	// keepStale and stale: workerd's controller.byobRequest still gives
	// the request that outlived a released reader's pending read after
	// that request is answered (its view gone), until a new one is made.
	keepStale       bool
	inRespond       bool
	stale           *byobRequest
	closeRequested  bool
	pullAgain       bool
	pulling         bool
	started         bool
	pendingPullInto queue[*pullIntoDescriptor]
	queue           queue[byteEntry]
	queueTotalSize  float64
	hwm             float64
	pullAlgo        func() *promise
	cancelAlgo      func(reason goja.Value) *promise
	branches        []*byteController // after a tee: the byte streams chunks go to
}

// byobRequest is ReadableStreamBYOBRequest (§4.8).
type byobRequest struct {
	obj  *goja.Object
	ctrl *byteController
	view goja.Value
}

// byobReader is ReadableStreamBYOBReader (§4.4).
type byobReader struct {
	readerGeneric
	readIntoRequests queue[readIntoRequest]
}

// readIntoRequest is a read-into request.
type readIntoRequest interface {
	chunkSteps(v goja.Value)
	closeSteps(v goja.Value)
	errorSteps(e goja.Value)
}

func (c *byteController) controllerObject() *goja.Object {
	if c.obj == nil {
		c.obj = c.r.own(c.r.rt.CreateObject(c.r.protos["ReadableByteStreamController"]), c)
	}
	return c.obj
}

func (r *realm) initByteStreams() {
	_, proto := r.class("ReadableByteStreamController", nil, nil)
	this := func(call goja.FunctionCall) *byteController {
		c := slot[byteController](r, call.This)
		if c == nil {
			r.illegal()
		}
		return c
	}
	r.getter(proto, "byobRequest", func(call goja.FunctionCall) goja.Value {
		req := readableByteStreamControllerGetBYOBRequest(this(call))
		if req == nil {
			return goja.Null()
		}
		return req.obj
	})
	r.getter(proto, "desiredSize", func(call goja.FunctionCall) goja.Value {
		return r.desired(readableByteStreamControllerGetDesiredSize(this(call)))
	})
	r.method(proto, "close", 0, func(call goja.FunctionCall) goja.Value {
		c := this(call)
		if c.closeRequested || c.stream.state != stateReadable {
			r.throwType("This ReadableStream is closed.")
		}
		readableByteStreamControllerClose(c)
		return goja.Undefined()
	})
	r.method(proto, "enqueue", 0, func(call goja.FunctionCall) goja.Value {
		c := this(call)
		vi, ok := r.viewOf(call.Argument(0))
		if !ok {
			r.throwType("Failed to execute 'enqueue' on 'ReadableByteStreamController': parameter 1 is not of type 'BufferSource'.")
		}
		if vi.buf.Detached() {
			r.throwType("Cannot enqueue a zero-length ArrayBuffer.")
		}
		if vi.n == 0 {
			r.throwType("Cannot enqueue a zero-length ArrayBuffer.")
		}
		if len(vi.buf.Bytes()) == 0 {
			r.throwType("Cannot enqueue a zero-length ArrayBuffer.")
		}
		if c.closeRequested {
			r.throwType("This ReadableStream is closed.")
		}
		if c.stream.state != stateReadable {
			r.throwType("Unable to enqueue")
		}
		readableByteStreamControllerEnqueue(c, vi)
		return goja.Undefined()
	})
	r.method(proto, "error", 0, func(call goja.FunctionCall) goja.Value {
		c := this(call)
		if len(call.Arguments) == 0 {
			r.throwType("Failed to execute 'error' on 'ReadableByteStreamController': parameter 1 is not of type 'Value'.")
		}
		readableByteStreamControllerError(c, call.Argument(0))
		return goja.Undefined()
	})

	_, rproto := r.class("ReadableStreamBYOBRequest", nil, nil)
	thisReq := func(call goja.FunctionCall) *byobRequest {
		q := slot[byobRequest](r, call.This)
		if q == nil {
			r.illegal()
		}
		return q
	}
	r.getter(rproto, "view", func(call goja.FunctionCall) goja.Value {
		q := thisReq(call)
		if q.view == nil {
			return goja.Null()
		}
		return q.view
	})
	// atLeast is workerd's: how many bytes the pending read waits for.
	r.getter(rproto, "atLeast", func(call goja.FunctionCall) goja.Value {
		q := thisReq(call)
		if q.ctrl == nil || q.ctrl.pendingPullInto.len() == 0 {
			return goja.Null()
		}
		return r.rt.ToValue((*q.ctrl.pendingPullInto.peek()).minimumFill)
	})
	r.method(rproto, "respond", 0, func(call goja.FunctionCall) goja.Value {
		q := thisReq(call)
		n, err := r.toUint64(call.Argument(0))
		if err != nil {
			panic(err)
		}
		if q.ctrl == nil || q.ctrl.pendingPullInto.len() == 0 {
			r.throwType("This ReadableStreamBYOBRequest has been invalidated.")
		}
		vi, _ := r.viewOf(q.view)
		if vi.buf.Detached() {
			r.throwType("Cannot respond with a detached ArrayBuffer.")
		}
		c := q.ctrl
		c.inRespond = true
		defer func() { c.inRespond = false }()
		readableByteStreamControllerRespond(c, int(n))
		return goja.Undefined()
	})
	r.method(rproto, "respondWithNewView", 0, func(call goja.FunctionCall) goja.Value {
		q := thisReq(call)
		vi, ok := r.viewOf(call.Argument(0))
		if !ok {
			r.throwType("Failed to execute 'respondWithNewView' on 'ReadableStreamBYOBRequest': parameter 1 is not of type 'ArrayBufferView'.")
		}
		if q.ctrl == nil || q.ctrl.pendingPullInto.len() == 0 {
			r.throwType("This ReadableStreamBYOBRequest has been invalidated.")
		}
		if vi.buf.Detached() {
			r.throwType("Cannot respond with a detached ArrayBuffer.")
		}
		c := q.ctrl
		c.inRespond = true
		defer func() { c.inRespond = false }()
		readableByteStreamControllerRespondWithNewView(c, vi)
		return goja.Undefined()
	})

	_, bproto := r.class("ReadableStreamBYOBReader", nil, func(call goja.ConstructorCall) *goja.Object {
		s := slot[readableStream](r, call.Argument(0))
		if s == nil {
			r.throwType("Failed to construct 'ReadableStreamBYOBReader': constructor parameter 1 is not of type 'ReadableStream'.")
		}
		return r.acquireBYOBReader(s, call.This).obj
	})
	thisB := func(call goja.FunctionCall) *byobReader {
		rd := slot[byobReader](r, call.This)
		if rd == nil {
			r.illegal()
		}
		return rd
	}
	r.getter(bproto, "closed", func(call goja.FunctionCall) goja.Value {
		rd := slot[byobReader](r, call.This)
		if rd == nil {
			r.illegal()
		}
		return rd.closed.JS()
	})
	r.method(bproto, "cancel", 0, func(call goja.FunctionCall) goja.Value {
		rd := slot[byobReader](r, call.This)
		if rd == nil {
			r.illegal()
		}
		if rd.stream == nil {
			return r.rejectedPromise(r.typeError(releasedMsg)).JS()
		}
		return readableStreamCancel(rd.stream, call.Argument(0)).JS()
	})
	r.method(bproto, "read", 0, func(call goja.FunctionCall) goja.Value {
		rd := slot[byobReader](r, call.This)
		if rd == nil {
			r.illegal()
		}
		var p *promise
		if ex := r.try(func() { p = r.byobRead(rd, call.Argument(0), call.Argument(1)) }); ex != nil {
			return r.rejectedPromise(ex).JS()
		}
		return p.JS()
	})
	// readAtLeast(minBytes, view) is workerd's: read(view) that waits for
	// at least minBytes bytes.
	r.method(bproto, "readAtLeast", 0, func(call goja.FunctionCall) goja.Value {
		rd := slot[byobReader](r, call.This)
		if rd == nil {
			r.illegal()
		}
		var p *promise
		if ex := r.try(func() {
			n, err := r.toUint64(call.Argument(0))
			if err != nil {
				panic(err)
			}
			vi, _ := r.viewOf(call.Argument(1))
			elem := max(vi.elem, 1)
			opts := r.rt.NewObject()
			_ = opts.Set("min", (int(n)+elem-1)/elem)
			p = r.byobRead(rd, call.Argument(1), opts)
		}); ex != nil {
			return r.rejectedPromise(ex).JS()
		}
		return p.JS()
	})
	r.method(bproto, "releaseLock", 0, func(call goja.FunctionCall) goja.Value {
		rd := thisB(call)
		if rd.stream == nil {
			return goja.Undefined()
		}
		readableStreamBYOBReaderRelease(rd)
		return goja.Undefined()
	})
}

// byobRead is ReadableStreamBYOBReader.prototype.read(view, options).
func (r *realm) byobRead(rd *byobReader, viewV, optsV goja.Value) *promise {
	vi, ok := r.viewOf(viewV)
	if !ok {
		r.throwType("Failed to execute 'read' on 'ReadableStreamBYOBReader': parameter 1 is not of type 'ArrayBufferView'.")
	}
	opts := r.dictArg(optsV, "Failed to execute 'read' on 'ReadableStreamBYOBReader': parameter 2 is not of type 'ReadableStreamBYOBReaderReadOptions'.")
	min := 1.0
	if m := member(opts, "min"); !goja.IsUndefined(m) {
		var err *goja.Object
		if min, err = r.toUint64(m); err != nil {
			panic(err)
		}
	}
	if vi.buf.Detached() {
		return r.rejectedPromise(r.typeError("Unable to use a detached ArrayBuffer."))
	}
	if vi.n == 0 || len(vi.buf.Bytes()) == 0 {
		return r.rejectedPromise(r.typeError("You must call read() on a \"byob\" reader with a positive-sized TypedArray object."))
	}
	if min == 0 {
		return r.rejectedPromise(r.typeError("Minimum bytes to read must be greater than zero."))
	}
	// workerd refuses a min over the view's length with a TypeError that
	// counts bytes (the standard: a RangeError).
	if min*float64(vi.elem) > float64(vi.n) {
		return r.rejectedPromise(r.typeError(fmt.Sprintf("Minimum bytes to read (%d) exceeds size of buffer (%d).", int64(min)*int64(vi.elem), vi.n)))
	}
	if rd.stream == nil {
		return r.rejectedPromise(r.typeError(releasedMsg))
	}
	p := r.newPromise()
	readableStreamBYOBReaderRead(rd, vi, int(min), &jsReadIntoRequest{r, p})
	return p
}

type jsReadIntoRequest struct {
	r *realm
	p *promise
}

func (q *jsReadIntoRequest) chunkSteps(v goja.Value) { q.p.resolve(q.r.iterResultWithValue(v, false)) }
func (q *jsReadIntoRequest) closeSteps(v goja.Value) {
	if v == nil {
		v = goja.Undefined()
	}
	q.p.resolve(q.r.iterResultWithValue(v, true))
}
func (q *jsReadIntoRequest) errorSteps(e goja.Value) { q.p.reject(e) }

// acquireBYOBReader is AcquireReadableStreamBYOBReader.
func (r *realm) acquireBYOBReader(s *readableStream, obj *goja.Object) *byobReader {
	if s.reader != nil {
		r.throwType("This ReadableStream is currently locked to a reader.")
	}
	if _, ok := s.ctrl.(*byteController); !ok {
		r.throwType("This ReadableStream does not support BYOB reads.")
	}
	if obj == nil {
		obj = r.rt.CreateObject(r.protos["ReadableStreamBYOBReader"])
	}
	rd := &byobReader{}
	rd.obj = r.own(obj, rd)
	readableStreamReaderGenericInitialize(&rd.readerGeneric, s)
	s.reader = rd
	return rd
}

// readableStreamBYOBReaderRead is ReadableStreamBYOBReaderRead.
func readableStreamBYOBReaderRead(rd *byobReader, vi viewInfo, min int, req readIntoRequest) {
	s := rd.stream
	s.disturbed = true
	if s.state == stateErrored {
		req.errorSteps(s.storedError)
		return
	}
	readableByteStreamControllerPullInto(s.ctrl.(*byteController), vi, min, req)
}

// readableStreamBYOBReaderRelease is ReadableStreamBYOBReaderRelease.
func readableStreamBYOBReaderRelease(rd *byobReader) {
	r := rd.stream.r
	markStaleBYOB(rd.stream)
	readableStreamReaderGenericRelease(&rd.readerGeneric)
	readableStreamBYOBReaderErrorReadIntoRequests(rd, r.typeError(releasedMsg))
}

// markStaleBYOB notes a reader released while the byte stream s has a
// BYOB request (see byteController.keepStale).
func markStaleBYOB(s *readableStream) {
	if c, ok := s.ctrl.(*byteController); ok && c.byobRequest != nil {
		c.keepStale = true
	}
}

// readableStreamBYOBReaderErrorReadIntoRequests is
// ReadableStreamBYOBReaderErrorReadIntoRequests.
func readableStreamBYOBReaderErrorReadIntoRequests(rd *byobReader, e goja.Value) {
	for _, req := range rd.readIntoRequests.reset() {
		req.errorSteps(e)
	}
}

func readableStreamHasBYOBReader(s *readableStream) bool {
	_, ok := s.reader.(*byobReader)
	return ok
}

func readableStreamGetNumReadIntoRequests(s *readableStream) int {
	if rd, ok := s.reader.(*byobReader); ok {
		return rd.readIntoRequests.len()
	}
	return 0
}

// readableStreamFulfillReadIntoRequest is ReadableStreamFulfillReadIntoRequest.
func readableStreamFulfillReadIntoRequest(s *readableStream, v goja.Value, done bool) {
	rd := s.reader.(*byobReader)
	req := rd.readIntoRequests.shift()
	if done {
		req.closeSteps(v)
	} else {
		req.chunkSteps(v)
	}
}

// setUpByteControllerFromSource is
// SetUpReadableByteStreamControllerFromUnderlyingSource.
func (r *realm) setUpByteControllerFromSource(s *readableStream, src *goja.Object, start, pull, cancel goja.Callable, hwm float64, auto int) {
	c := &byteController{r: r}
	var startAlgo func() *promise
	startAlgo, c.pullAlgo, c.cancelAlgo = r.sourceAlgorithms(src, start, pull, cancel, c.controllerObject)
	setUpReadableByteStreamController(s, c, startAlgo, hwm, auto)
}

// setUpReadableByteStreamController is SetUpReadableByteStreamController.
func setUpReadableByteStreamController(s *readableStream, c *byteController, startAlgo func() *promise, hwm float64, auto int) {
	c.stream = s
	c.hwm = hwm
	c.autoAllocate = auto
	s.ctrl = c
	startAlgo().then(func(goja.Value) {
		c.started = true
		readableByteStreamControllerCallPullIfNeeded(c)
	}, func(e goja.Value) {
		readableByteStreamControllerError(c, e)
	})
}

func (c *byteController) cancelSteps(reason goja.Value) *promise {
	readableByteStreamControllerClearPendingPullIntos(c)
	c.queue.reset()
	c.queueTotalSize = 0
	result := c.cancelAlgo(reason)
	readableByteStreamControllerClearAlgorithms(c)
	return result
}

func (c *byteController) pullSteps(req readRequest) {
	s := c.stream
	if c.queueTotalSize > 0 {
		readableByteStreamControllerFillReadRequestFromQueue(c, req)
		return
	}
	if c.autoAllocate > 0 {
		d := &pullIntoDescriptor{bufferByteLength: c.autoAllocate, byteLength: c.autoAllocate,
			minimumFill: 1, elementSize: 1, viewCtor: c.r.u8, readerType: readerDefault}
		d.setBuffer(c.r, c.r.rt.NewArrayBuffer(make([]byte, c.autoAllocate)))
		c.pendingPullInto.push(d)
	}
	readableStreamAddReadRequest(s, req)
	readableByteStreamControllerCallPullIfNeeded(c)
}

func (c *byteController) releaseSteps() {
	if c.pendingPullInto.len() > 0 {
		first := *c.pendingPullInto.peek()
		first.readerType = readerNone
		c.pendingPullInto.reset()
		c.pendingPullInto.push(first)
	}
}

// readableByteStreamControllerCallPullIfNeeded is
// ReadableByteStreamControllerCallPullIfNeeded.
func readableByteStreamControllerCallPullIfNeeded(c *byteController) {
	if !readableByteStreamControllerShouldCallPull(c) {
		return
	}
	if c.pulling {
		c.pullAgain = true
		return
	}
	c.pulling = true
	c.pullAlgo().then(func(goja.Value) {
		c.pulling = false
		if c.pullAgain {
			c.pullAgain = false
			readableByteStreamControllerCallPullIfNeeded(c)
		}
	}, func(e goja.Value) {
		readableByteStreamControllerError(c, e)
	})
}

// readableByteStreamControllerShouldCallPull is
// ReadableByteStreamControllerShouldCallPull.
func readableByteStreamControllerShouldCallPull(c *byteController) bool {
	s := c.stream
	// workerd does not wait for start() to finish before pulling.
	if s.state != stateReadable || c.closeRequested {
		return false
	}
	if c.branches != nil {
		for _, b := range c.branches {
			bs := b.stream
			if bs.state == stateReadable && (readableStreamGetNumReadRequests(bs) > 0 || readableStreamGetNumReadIntoRequests(bs) > 0) {
				return true
			}
		}
	} else {
		if readableStreamHasDefaultReader(s) && readableStreamGetNumReadRequests(s) > 0 {
			return true
		}
		if readableStreamHasBYOBReader(s) && readableStreamGetNumReadIntoRequests(s) > 0 {
			return true
		}
	}
	d, _ := readableByteStreamControllerGetDesiredSize(c)
	return d > 0
}

func readableByteStreamControllerClearAlgorithms(c *byteController) {
	r := c.r
	c.pullAlgo = func() *promise { return r.resolvedPromise(goja.Undefined()) }
	c.cancelAlgo = func(goja.Value) *promise { return r.resolvedPromise(goja.Undefined()) }
}

func readableByteStreamControllerClearPendingPullIntos(c *byteController) {
	readableByteStreamControllerInvalidateBYOBRequest(c)
	c.pendingPullInto.reset()
}

// readableByteStreamControllerClose is ReadableByteStreamControllerClose.
func readableByteStreamControllerClose(c *byteController) {
	s := c.stream
	if c.closeRequested || s.state != stateReadable {
		return
	}
	if c.branches != nil {
		c.closeRequested = true
		for _, b := range c.branches {
			_ = c.r.try(func() { readableByteStreamControllerClose(b) })
		}
		readableByteStreamControllerClearAlgorithms(c)
		s.state = stateClosed
		return
	}
	if c.queueTotalSize > 0 {
		c.closeRequested = true
		return
	}
	if c.pendingPullInto.len() > 0 {
		first := *c.pendingPullInto.peek()
		if first.bytesFilled%first.elementSize != 0 {
			e := c.r.typeError("Insufficient bytes to fill the final element of the pending BYOB read.")
			readableByteStreamControllerError(c, e)
			panic(e)
		}
	}
	readableByteStreamControllerClearAlgorithms(c)
	readableStreamClose(s)
}

// readableByteStreamControllerCommitPullIntoDescriptor is
// ReadableByteStreamControllerCommitPullIntoDescriptor.
func readableByteStreamControllerCommitPullIntoDescriptor(s *readableStream, d *pullIntoDescriptor) {
	done := s.state == stateClosed
	if d.readerType == readerDefault {
		n := d.bytesFilled
		ab := s.r.transferArrayBuffer(d.buffer)
		abObj := s.r.rt.ToValue(ab).(*goja.Object)
		b := ab.Bytes()[d.byteOffset : d.byteOffset+n]
		readableStreamFulfillReadRequest(s, chunk{b: b, bytes: true, ab: abObj, off: d.byteOffset}, done)
		return
	}
	v := readableByteStreamControllerConvertPullIntoDescriptor(s.r, d)
	readableStreamFulfillReadIntoRequest(s, v, done)
}

// readableByteStreamControllerConvertPullIntoDescriptor is
// ReadableByteStreamControllerConvertPullIntoDescriptor.
func readableByteStreamControllerConvertPullIntoDescriptor(r *realm, d *pullIntoDescriptor) goja.Value {
	ab := r.transferArrayBuffer(d.buffer)
	return r.newView(d.viewCtor, r.rt.ToValue(ab), d.byteOffset, d.bytesFilled/d.elementSize)
}

// readableByteStreamControllerEnqueue is ReadableByteStreamControllerEnqueue
// for a view from script.
func readableByteStreamControllerEnqueue(c *byteController, vi viewInfo) {
	r := c.r
	if c.closeRequested || c.stream.state != stateReadable {
		return
	}
	transferred := r.transferArrayBuffer(vi.buf)
	abObj := r.rt.ToValue(transferred).(*goja.Object)
	e := byteEntry{b: transferred.Bytes()[vi.off : vi.off+vi.n], ab: abObj, off: vi.off}
	readableByteStreamControllerEnqueueEntry(c, e)
}

// readableByteStreamControllerEnqueueEntry is the rest of
// ReadableByteStreamControllerEnqueue, from "If
// controller.[[pendingPullIntos]] is not empty".
func readableByteStreamControllerEnqueueEntry(c *byteController, e byteEntry) {
	r := c.r
	s := c.stream
	if c.branches != nil {
		for _, b := range c.branches {
			if !b.closeRequested && b.stream.state == stateReadable {
				readableByteStreamControllerEnqueueEntry(b, byteEntry{b: e.b})
			}
		}
		readableByteStreamControllerCallPullIfNeeded(c)
		return
	}
	if c.pendingPullInto.len() > 0 {
		first := *c.pendingPullInto.peek()
		if first.buffer.Detached() {
			panic(r.typeError("The BYOB request's buffer has been detached."))
		}
		readableByteStreamControllerInvalidateBYOBRequest(c)
		first.setBuffer(r, r.transferArrayBuffer(first.buffer))
		if first.readerType == readerNone {
			readableByteStreamControllerEnqueueDetachedPullIntoToQueue(c, first)
		}
	}
	switch {
	case readableStreamHasDefaultReader(s):
		readableByteStreamControllerProcessReadRequestsUsingQueue(c)
		if readableStreamGetNumReadRequests(s) == 0 {
			readableByteStreamControllerEnqueueChunkToQueue(c, e)
		} else {
			if c.pendingPullInto.len() > 0 {
				readableByteStreamControllerShiftPendingPullInto(c)
			}
			readableStreamFulfillReadRequest(s, chunk{b: e.b, bytes: true, ab: e.ab, off: e.off, pad: true}, false)
		}
	case readableStreamHasBYOBReader(s):
		readableByteStreamControllerEnqueueChunkToQueue(c, e)
		for _, d := range readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(c) {
			readableByteStreamControllerCommitPullIntoDescriptor(s, d)
		}
		// workerd gives no BYOB request for a read that enqueue() filled
		// in part (the standard: one for the rest of its view).
		if c.pendingPullInto.len() > 0 {
			if d := *c.pendingPullInto.peek(); d.bytesFilled > 0 {
				d.noRequest = true
			}
		}
	default:
		readableByteStreamControllerEnqueueChunkToQueue(c, e)
	}
	readableByteStreamControllerCallPullIfNeeded(c)
}

func readableByteStreamControllerEnqueueChunkToQueue(c *byteController, e byteEntry) {
	c.queue.push(e)
	c.queueTotalSize += float64(len(e.b))
}

// readableByteStreamControllerEnqueueClonedChunkToQueue is
// ReadableByteStreamControllerEnqueueClonedChunkToQueue.
func readableByteStreamControllerEnqueueClonedChunkToQueue(c *byteController, buf []byte) {
	readableByteStreamControllerEnqueueChunkToQueue(c, byteEntry{b: append([]byte(nil), buf...)})
}

func readableByteStreamControllerEnqueueDetachedPullIntoToQueue(c *byteController, d *pullIntoDescriptor) {
	if d.bytesFilled > 0 {
		readableByteStreamControllerEnqueueClonedChunkToQueue(c, d.buffer.Bytes()[d.byteOffset:d.byteOffset+d.bytesFilled])
	}
	readableByteStreamControllerShiftPendingPullInto(c)
}

// readableByteStreamControllerError is ReadableByteStreamControllerError.
func readableByteStreamControllerError(c *byteController, e goja.Value) {
	s := c.stream
	if s.state != stateReadable {
		return
	}
	c.pendingPullInto.reset()
	c.queue.reset()
	c.queueTotalSize = 0
	readableByteStreamControllerClearAlgorithms(c)
	for _, b := range c.branches {
		readableByteStreamControllerError(b, e)
	}
	readableStreamError(s, e)
}

// readableByteStreamControllerFillPullIntoDescriptorFromQueue is
// ReadableByteStreamControllerFillPullIntoDescriptorFromQueue.
func readableByteStreamControllerFillPullIntoDescriptorFromQueue(c *byteController, d *pullIntoDescriptor) bool {
	maxBytesToCopy := min(int(c.queueTotalSize), d.byteLength-d.bytesFilled)
	maxBytesFilled := d.bytesFilled + maxBytesToCopy
	remaining := maxBytesToCopy
	ready := false
	maxAligned := maxBytesFilled - maxBytesFilled%d.elementSize
	if maxAligned >= d.minimumFill {
		remaining = maxAligned - d.bytesFilled
		ready = true
	}
	dst := d.buffer.Bytes()
	for remaining > 0 {
		head := c.queue.peek()
		n := min(remaining, len(head.b))
		start := d.byteOffset + d.bytesFilled
		copy(dst[start:start+n], head.b[:n])
		if len(head.b) == n {
			c.queue.shift()
		} else {
			head.b = head.b[n:]
			head.off += n
		}
		c.queueTotalSize -= float64(n)
		d.bytesFilled += n
		remaining -= n
	}
	return ready
}

// readableByteStreamControllerFillReadRequestFromQueue is
// ReadableByteStreamControllerFillReadRequestFromQueue.
func readableByteStreamControllerFillReadRequestFromQueue(c *byteController, req readRequest) {
	e := c.queue.shift()
	c.queueTotalSize -= float64(len(e.b))
	readableByteStreamControllerHandleQueueDrain(c)
	req.chunkSteps(chunk{b: e.b, bytes: true, ab: e.ab, off: e.off, pad: true})
}

// readableByteStreamControllerGetBYOBRequest is
// ReadableByteStreamControllerGetBYOBRequest.
func readableByteStreamControllerGetBYOBRequest(c *byteController) *byobRequest {
	r := c.r
	// workerd makes a request only while the stream is readable, and keeps
	// the one it made when the stream errors.
	if c.byobRequest == nil && c.pendingPullInto.len() > 0 && c.stream.state == stateReadable && !(*c.pendingPullInto.peek()).noRequest {
		d := *c.pendingPullInto.peek()
		view := r.newView(r.u8, d.bufObj, d.byteOffset+d.bytesFilled, d.byteLength-d.bytesFilled)
		q := &byobRequest{ctrl: c, view: view}
		q.obj = r.own(r.rt.CreateObject(r.protos["ReadableStreamBYOBRequest"]), q)
		c.byobRequest = q
		c.stale = nil
	}
	if c.byobRequest == nil && c.stale != nil {
		return c.stale
	}
	return c.byobRequest
}

// readableByteStreamControllerGetDesiredSize is
// ReadableByteStreamControllerGetDesiredSize.
func readableByteStreamControllerGetDesiredSize(c *byteController) (float64, bool) {
	switch c.stream.state {
	case stateErrored:
		return 0, false
	case stateClosed:
		return 0, true
	}
	if c.branches != nil {
		fullest := 0.0
		for _, b := range c.branches {
			fullest = max(fullest, b.queueTotalSize)
		}
		return c.hwm - fullest, true
	}
	return c.hwm - c.queueTotalSize, true
}

// readableByteStreamControllerHandleQueueDrain closes a drained stream whose
// close was requested; unlike the standard it does not pull again, as
// workerd does not after a read that the queue answered.
func readableByteStreamControllerHandleQueueDrain(c *byteController) {
	if c.queueTotalSize == 0 && c.closeRequested {
		readableByteStreamControllerClearAlgorithms(c)
		readableStreamClose(c.stream)
	}
}

func readableByteStreamControllerInvalidateBYOBRequest(c *byteController) {
	if c.byobRequest == nil {
		return
	}
	c.byobRequest.ctrl = nil
	c.byobRequest.view = nil
	if c.keepStale && c.inRespond && !c.closeRequested && c.stream.state == stateReadable {
		c.stale = c.byobRequest
	}
	c.keepStale = false
	c.byobRequest = nil
}

func readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(c *byteController) []*pullIntoDescriptor {
	var filled []*pullIntoDescriptor
	for c.pendingPullInto.len() > 0 {
		if c.queueTotalSize == 0 {
			break
		}
		d := *c.pendingPullInto.peek()
		if readableByteStreamControllerFillPullIntoDescriptorFromQueue(c, d) {
			readableByteStreamControllerShiftPendingPullInto(c)
			filled = append(filled, d)
		}
	}
	return filled
}

func readableByteStreamControllerProcessReadRequestsUsingQueue(c *byteController) {
	rd := c.stream.reader.(*defaultReader)
	for rd.readRequests.len() > 0 {
		if c.queueTotalSize == 0 {
			return
		}
		req := rd.readRequests.shift()
		readableByteStreamControllerFillReadRequestFromQueue(c, req)
	}
}

// readableByteStreamControllerPullInto is ReadableByteStreamControllerPullInto.
func readableByteStreamControllerPullInto(c *byteController, vi viewInfo, min int, req readIntoRequest) {
	r := c.r
	s := c.stream
	d := &pullIntoDescriptor{byteOffset: vi.off, byteLength: vi.n, minimumFill: min * vi.elem,
		elementSize: vi.elem, viewCtor: vi.ctor, readerType: readerBYOB}
	d.setBuffer(r, r.transferArrayBuffer(vi.buf))
	d.bufferByteLength = len(d.buffer.Bytes())
	if c.pendingPullInto.len() > 0 {
		c.pendingPullInto.push(d)
		s.reader.(*byobReader).readIntoRequests.push(req)
		return
	}
	if s.state == stateClosed {
		req.closeSteps(r.newView(d.viewCtor, d.bufObj, d.byteOffset, 0))
		return
	}
	if c.queueTotalSize > 0 {
		if readableByteStreamControllerFillPullIntoDescriptorFromQueue(c, d) {
			v := readableByteStreamControllerConvertPullIntoDescriptor(r, d)
			readableByteStreamControllerHandleQueueDrain(c)
			req.chunkSteps(v)
			return
		}
		if c.closeRequested {
			e := r.typeError("Insufficient bytes to fill the final element of the pending BYOB read.")
			readableByteStreamControllerError(c, e)
			req.errorSteps(e)
			return
		}
	}
	c.pendingPullInto.push(d)
	s.reader.(*byobReader).readIntoRequests.push(req)
	readableByteStreamControllerCallPullIfNeeded(c)
}

// readableByteStreamControllerRespond is ReadableByteStreamControllerRespond.
func readableByteStreamControllerRespond(c *byteController, n int) {
	r := c.r
	first := *c.pendingPullInto.peek()
	if c.stream.state == stateClosed {
		if n != 0 {
			r.throwType("bytesWritten must be zero after the stream is closed.")
		}
	} else {
		if n == 0 {
			r.throwType("bytesWritten must be greater than zero while the stream is readable.")
		}
		if first.bytesFilled+n > first.byteLength {
			panic(r.rangeError("Too many bytes written to the BYOB request's view."))
		}
	}
	first.setBuffer(r, r.transferArrayBuffer(first.buffer))
	readableByteStreamControllerRespondInternal(c, n)
}

func readableByteStreamControllerRespondInClosedState(c *byteController, first *pullIntoDescriptor) {
	if first.readerType == readerNone {
		readableByteStreamControllerShiftPendingPullInto(c)
	}
	s := c.stream
	if readableStreamHasBYOBReader(s) {
		var filled []*pullIntoDescriptor
		for len(filled) < readableStreamGetNumReadIntoRequests(s) {
			filled = append(filled, readableByteStreamControllerShiftPendingPullInto(c))
		}
		for _, d := range filled {
			readableByteStreamControllerCommitPullIntoDescriptor(s, d)
		}
	}
}

func readableByteStreamControllerRespondInReadableState(c *byteController, n int, d *pullIntoDescriptor) {
	s := c.stream
	d.bytesFilled += n
	if d.readerType == readerNone {
		readableByteStreamControllerEnqueueDetachedPullIntoToQueue(c, d)
		for _, f := range readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(c) {
			readableByteStreamControllerCommitPullIntoDescriptor(s, f)
		}
		return
	}
	if d.bytesFilled < d.minimumFill {
		return
	}
	readableByteStreamControllerShiftPendingPullInto(c)
	if rem := d.bytesFilled % d.elementSize; rem > 0 {
		end := d.byteOffset + d.bytesFilled
		readableByteStreamControllerEnqueueClonedChunkToQueue(c, d.buffer.Bytes()[end-rem:end])
		d.bytesFilled -= rem
	}
	filled := readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(c)
	readableByteStreamControllerCommitPullIntoDescriptor(s, d)
	for _, f := range filled {
		readableByteStreamControllerCommitPullIntoDescriptor(s, f)
	}
}

func readableByteStreamControllerRespondInternal(c *byteController, n int) {
	first := *c.pendingPullInto.peek()
	readableByteStreamControllerInvalidateBYOBRequest(c)
	if c.stream.state == stateClosed {
		readableByteStreamControllerRespondInClosedState(c, first)
	} else {
		readableByteStreamControllerRespondInReadableState(c, n, first)
	}
	readableByteStreamControllerCallPullIfNeeded(c)
}

// readableByteStreamControllerRespondWithNewView is
// ReadableByteStreamControllerRespondWithNewView.
func readableByteStreamControllerRespondWithNewView(c *byteController, vi viewInfo) {
	r := c.r
	first := *c.pendingPullInto.peek()
	if c.stream.state == stateClosed {
		if vi.n != 0 {
			r.throwType("The view's length must be zero after the stream is closed.")
		}
	} else if vi.n == 0 {
		r.throwType("The view's length must be greater than zero while the stream is readable.")
	}
	if first.byteOffset+first.bytesFilled != vi.off {
		panic(r.rangeError("The region specified by view does not match byobRequest."))
	}
	if first.bufferByteLength != len(vi.buf.Bytes()) {
		panic(r.rangeError("The buffer of view has different capacity than byobRequest."))
	}
	if first.bytesFilled+vi.n > first.byteLength {
		panic(r.rangeError("The region specified by view is larger than byobRequest."))
	}
	first.setBuffer(r, r.transferArrayBuffer(vi.buf))
	readableByteStreamControllerRespondInternal(c, vi.n)
}

func readableByteStreamControllerShiftPendingPullInto(c *byteController) *pullIntoDescriptor {
	return c.pendingPullInto.shift()
}
