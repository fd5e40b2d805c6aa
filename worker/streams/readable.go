package streams

import (
	"github.com/dop251/goja"
	"strconv"
)

// Stream states ([[state]] of ReadableStream and WritableStream).
const (
	stateReadable = iota
	stateClosed
	stateErrored
	// WritableStream only.
	stateWritable
	stateErroring
)

// chunk is a queued chunk: a JavaScript value, or bytes written from Go
// that become a Uint8Array only if script reads them.
type chunk struct {
	v     goja.Value
	b     []byte
	bytes bool
	// ab and off: the ArrayBuffer b lies in, when it came from script (a
	// byte stream's chunk); a Uint8Array made for script views it there.
	ab  *goja.Object
	off int
	// pad: a default read of a byte stream, which workerd answers with a
	// view on a fresh buffer of at least byteStreamReadSize bytes.
	pad bool
}

// byteStreamReadSize is the smallest buffer of workerd's default reads of a
// byte stream.
const byteStreamReadSize = 4096

func valueChunk(v goja.Value) chunk { return chunk{v: v} }

// js is the chunk as script sees it.
func (r *realm) js(c chunk) goja.Value {
	if c.bytes {
		if c.pad {
			buf := make([]byte, max(len(c.b), byteStreamReadSize))
			copy(buf, c.b)
			return r.newView(r.u8, r.rt.ToValue(r.rt.NewArrayBuffer(buf)), 0, len(c.b))
		}
		if c.ab != nil {
			return r.newView(r.u8, c.ab, c.off, len(c.b))
		}
		return r.newUint8Array(c.b)
	}
	if c.v == nil {
		return goja.Undefined()
	}
	return c.v
}

// readableStream is a ReadableStream's internal slots (§4.2.1).
type readableStream struct {
	r           *realm
	obj         *goja.Object
	state       int
	storedError goja.Value
	disturbed   bool
	// length is the number of bytes the stream will deliver, when known
	// (hasLength): a body made from bytes, its tee branches, a
	// FixedLengthStream's readable side. workerd sends it as the response's
	// Content-Length.
	length    int64
	hasLength bool
	reader    streamReader
	ctrl      rsController
	live      *liveEntry
}

// rsController is what ReadableStream needs of either controller.
type rsController interface {
	cancelSteps(reason goja.Value) *promise
	pullSteps(req readRequest)
	releaseSteps()
}

// streamReader is either reader.
type streamReader interface {
	generic() *readerGeneric
}

// readRequest is a read request: the steps to run with a chunk, at the end,
// or with an error.
type readRequest interface {
	chunkSteps(c chunk)
	closeSteps()
	errorSteps(e goja.Value)
}

type readerGeneric struct {
	stream *readableStream
	closed *promise
	obj    *goja.Object
}

func (g *readerGeneric) generic() *readerGeneric { return g }

// defaultReader is ReadableStreamDefaultReader (§4.3).
type defaultReader struct {
	readerGeneric
	readRequests queue[readRequest]
}

// queue is a FIFO.
type queue[T any] struct {
	items []T
	head  int
}

func (q *queue[T]) len() int { return len(q.items) - q.head }
func (q *queue[T]) push(v T) { q.items = append(q.items, v) }
func (q *queue[T]) peek() *T { return &q.items[q.head] }
func (q *queue[T]) shift() T {
	var zero T
	v := q.items[q.head]
	q.items[q.head] = zero
	q.head++
	if q.head == len(q.items) {
		q.items, q.head = q.items[:0], 0
	} else if q.head > 64 && q.head*2 > len(q.items) {
		n := copy(q.items, q.items[q.head:])
		clear(q.items[n:])
		q.items, q.head = q.items[:n], 0
	}
	return v
}
func (q *queue[T]) reset() []T {
	out := q.items[q.head:]
	q.items, q.head = nil, 0
	return out
}

func (r *realm) initReadable() {
	ctor, proto := r.class("ReadableStream", nil, r.constructReadableStream)
	r.getter(proto, "locked", func(call goja.FunctionCall) goja.Value {
		return r.rt.ToValue(r.thisReadable(call).reader != nil)
	})
	r.method(proto, "cancel", 0, func(call goja.FunctionCall) goja.Value {
		s := r.thisReadableOrReject(call)
		if s == nil {
			r.illegal()
		}
		if s.reader != nil {
			return r.rejectedPromise(r.typeError("This ReadableStream is currently locked to a reader.")).JS()
		}
		return readableStreamCancel(s, call.Argument(0)).JS()
	})
	r.method(proto, "getReader", 0, func(call goja.FunctionCall) goja.Value {
		s := r.thisReadable(call)
		opts := r.dictArg(call.Argument(0), "Failed to execute 'getReader' on 'ReadableStream': parameter 1 is not of type 'ReadableStreamGetReaderOptions'.")
		mode := member(opts, "mode")
		if goja.IsUndefined(mode) {
			return r.acquireDefaultReader(s, nil).obj
		}
		if mode.String() != "byob" {
			r.throwType("mode must be undefined or 'byob' in call to getReader().")
		}
		return r.acquireBYOBReader(s, nil).obj
	})
	r.method(proto, "pipeThrough", 0, r.pipeThrough)
	r.method(proto, "pipeTo", 0, r.pipeToMethod)
	r.method(proto, "tee", 0, func(call goja.FunctionCall) goja.Value {
		s := r.thisReadable(call)
		if s.reader != nil {
			r.throwType("This ReadableStream is currently locked to a reader,")
		}
		a, b := readableStreamTee(s)
		return r.rt.NewArray(a.obj, b.obj)
	})
	values := r.ev.Func("values", 0, r.values)
	_ = proto.DefineDataProperty("values", values, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	_ = proto.DefineDataPropertySymbol(r.symAsyncIterator, r.ev.Func("", 0, r.values), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = ctor.DefineDataProperty("from", r.ev.Func("from", 0, r.from), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	_ = ctor.DefineDataProperty("length", r.rt.ToValue(0), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)

	r.initDefaultController()
	r.initDefaultReader()
	r.initByteStreams()
	r.initIterator()
}

func (r *realm) thisReadable(call goja.FunctionCall) *readableStream {
	s := slot[readableStream](r, call.This)
	if s == nil {
		r.illegal()
	}
	return s
}

func (r *realm) thisReadableOrReject(call goja.FunctionCall) *readableStream {
	return slot[readableStream](r, call.This)
}

// constructReadableStream is new ReadableStream(underlyingSource, strategy)
// (§4.2.4).
func (r *realm) constructReadableStream(call goja.ConstructorCall) *goja.Object {
	if !r.constructors {
		r.throwPlain(constructorMsg("ReadableStream"))
	}
	srcArg := call.Argument(0)
	var src *goja.Object
	if !isUndef(srcArg) && !goja.IsNull(srcArg) {
		o, ok := srcArg.(*goja.Object)
		if !ok {
			r.throwType("Failed to construct 'ReadableStream': constructor parameter 1 is not of type 'UnderlyingSource'.")
		}
		src = o
	}
	// The underlying source's members in workerd's order, before the
	// strategy (the standard: strategy first, members sorted).
	typ := member(src, "type")
	autoAlloc := member(src, "autoAllocateChunkSize")
	start := r.fnMember(src, "start", "UnderlyingSource")
	pull := r.fnMember(src, "pull", "UnderlyingSource")
	cancel := r.fnMember(src, "cancel", "UnderlyingSource")
	hwmV, size := r.queuingStrategy(call.Argument(1), "ReadableStream", 2)
	s := r.newReadableObject(call.This)
	if !goja.IsUndefined(typ) {
		t := typ.String()
		if t == "" {
			// workerd takes an empty type for the default.
			r.setUpDefaultControllerFromSource(s, src, start, pull, cancel, defaultHWM(r, hwmV), size)
			return s.obj
		}
		if t != "bytes" {
			r.throwType("\"" + t + "\" is not a valid type of ReadableStream.")
		}
		hwm := 0.0
		if hwmV != nil {
			var err *goja.Object
			if hwm, err = r.toUint64(hwmV); err != nil {
				panic(err)
			}
		}
		// workerd allocates 4096-byte views for default reads when
		// autoAllocateChunkSize is not given (the standard: none).
		auto := 4096.0
		if !goja.IsUndefined(autoAlloc) {
			var err *goja.Object
			if auto, err = r.toUint64(autoAlloc); err != nil {
				panic(err)
			}
			if auto == 0 {
				r.throwType("The autoAllocateChunkSize option cannot be zero.")
			}
		}
		r.setUpByteControllerFromSource(s, src, start, pull, cancel, hwm, int(auto))
		return s.obj
	}
	r.setUpDefaultControllerFromSource(s, src, start, pull, cancel, defaultHWM(r, hwmV), size)
	return s.obj
}

// defaultHWM is ExtractHighWaterMark(strategy, 1).
func defaultHWM(r *realm, v goja.Value) float64 {
	if v == nil {
		return 1
	}
	hwm, err := r.toUint64(v)
	if err != nil {
		panic(err)
	}
	return hwm
}

// queuingStrategy reads a QueuingStrategy dictionary: highWaterMark (nil
// when absent) and the size algorithm (nil when absent).
func (r *realm) queuingStrategy(v goja.Value, class string, param int) (goja.Value, func(chunk) (float64, goja.Value)) {
	o := r.dictArg(v, "Failed to construct '"+class+"': constructor parameter "+strconv.Itoa(param)+" is not of type 'StreamQueuingStrategy'.")
	hwm := member(o, "highWaterMark")
	sizeFn := r.fnMember(o, "size", "StreamQueuingStrategy")
	var h goja.Value
	if !goja.IsUndefined(hwm) {
		h = hwm
	}
	if sizeFn == nil {
		return h, nil
	}
	return h, func(c chunk) (float64, goja.Value) {
		v, thrown := r.call(sizeFn, goja.Undefined(), r.js(c))
		if thrown != nil {
			return 0, thrown
		}
		f, err := r.toUint64(v)
		if err != nil {
			return 0, err
		}
		if class == "ReadableStream" {
			// workerd keeps a readable stream's chunk sizes in 32 bits.
			f = float64(uint64(f) & 0xffffffff)
		}
		return f, nil
	}
}

// newReadableObject is InitializeReadableStream on an object made by the
// constructor (or a fresh one when o is nil).
func (r *realm) newReadableObject(o *goja.Object) *readableStream {
	if o == nil {
		o = r.rt.CreateObject(r.protos["ReadableStream"])
	}
	s := &readableStream{r: r, state: stateReadable}
	s.obj = r.own(o, s)
	r.track(s)
	return s
}

// isReadableStreamLocked is IsReadableStreamLocked.
func isReadableStreamLocked(s *readableStream) bool { return s.reader != nil }

// readableStreamCancel is ReadableStreamCancel (§4.9.2).
func readableStreamCancel(s *readableStream, reason goja.Value) *promise {
	r := s.r
	s.disturbed = true
	if s.state == stateClosed {
		return r.resolvedPromise(goja.Undefined())
	}
	if s.state == stateErrored {
		return r.rejectedPromise(s.storedError)
	}
	readableStreamClose(s)
	if br, ok := s.reader.(*byobReader); ok {
		for _, req := range br.readIntoRequests.reset() {
			req.closeSteps(nil)
		}
	}
	src := s.ctrl.cancelSteps(reason)
	p := r.newPromise()
	src.then(func(goja.Value) { p.resolve(goja.Undefined()) }, p.reject)
	return p
}

// readableStreamClose is ReadableStreamClose.
func readableStreamClose(s *readableStream) {
	s.state = stateClosed
	if s.reader == nil {
		return
	}
	g := s.reader.generic()
	dr, ok := s.reader.(*defaultReader)
	if !ok {
		g.closed.resolve(goja.Undefined())
		return
	}
	reqs := dr.readRequests.reset()
	// workerd settles script's pending reads before the closed promise
	// (the standard: closed first). Reads of Go or of the iterator, tee
	// and pipe keep the standard's order: their steps may release the
	// reader.
	jsOnly := true
	for _, req := range reqs {
		if _, ok := req.(*jsReadRequest); !ok {
			jsOnly = false
		}
	}
	if !jsOnly {
		g.closed.resolve(goja.Undefined())
	}
	for _, req := range reqs {
		req.closeSteps()
	}
	g.closed.resolve(goja.Undefined())
}

// readableStreamError is ReadableStreamError.
func readableStreamError(s *readableStream, e goja.Value) {
	if e == nil {
		e = goja.Undefined()
	}
	s.state = stateErrored
	s.storedError = e
	if s.reader == nil {
		return
	}
	// workerd rejects the pending reads before the closed promise (the
	// standard: closed first).
	g := s.reader.generic()
	switch rd := s.reader.(type) {
	case *defaultReader:
		readableStreamDefaultReaderErrorReadRequests(rd, e)
	case *byobReader:
		readableStreamBYOBReaderErrorReadIntoRequests(rd, e)
	}
	g.closed.setHandled()
	g.closed.reject(e)
}

// readableStreamFulfillReadRequest is ReadableStreamFulfillReadRequest.
func readableStreamFulfillReadRequest(s *readableStream, c chunk, done bool) {
	rd := s.reader.(*defaultReader)
	req := rd.readRequests.shift()
	if done {
		req.closeSteps()
	} else {
		req.chunkSteps(c)
	}
}

// readableStreamGetNumReadRequests is ReadableStreamGetNumReadRequests.
func readableStreamGetNumReadRequests(s *readableStream) int {
	if rd, ok := s.reader.(*defaultReader); ok {
		return rd.readRequests.len()
	}
	return 0
}

func readableStreamHasDefaultReader(s *readableStream) bool {
	_, ok := s.reader.(*defaultReader)
	return ok
}

// readableStreamAddReadRequest is ReadableStreamAddReadRequest.
func readableStreamAddReadRequest(s *readableStream, req readRequest) {
	s.reader.(*defaultReader).readRequests.push(req)
}

// readableStreamReaderGenericInitialize is
// ReadableStreamReaderGenericInitialize.
func readableStreamReaderGenericInitialize(g *readerGeneric, s *readableStream) {
	r := s.r
	g.stream = s
	switch s.state {
	case stateReadable:
		g.closed = r.newPromise()
	case stateClosed:
		g.closed = r.resolvedPromise(goja.Undefined())
	default:
		g.closed = r.rejectedPromise(s.storedError)
		g.closed.setHandled()
	}
}

const releasedMsg = "This ReadableStream reader has been released."

// readableStreamReaderGenericRelease is ReadableStreamReaderGenericRelease.
func readableStreamReaderGenericRelease(g *readerGeneric) {
	s := g.stream
	r := s.r
	e := r.typeError(releasedMsg)
	// workerd rejects a pending closed promise and keeps a settled one
	// (the standard replaces it with a new rejected promise).
	if g.closed.pending() {
		g.closed.setHandled()
		g.closed.reject(e)
	}
	s.ctrl.releaseSteps()
	s.reader = nil
	g.stream = nil
}

// acquireDefaultReader is AcquireReadableStreamDefaultReader; obj is the
// reader object made by its constructor (nil: a new one).
func (r *realm) acquireDefaultReader(s *readableStream, obj *goja.Object) *defaultReader {
	if s.reader != nil {
		r.throwType("This ReadableStream is currently locked to a reader.")
	}
	if obj == nil {
		obj = r.rt.CreateObject(r.protos["ReadableStreamDefaultReader"])
	}
	rd := &defaultReader{}
	rd.obj = r.own(obj, rd)
	readableStreamReaderGenericInitialize(&rd.readerGeneric, s)
	s.reader = rd
	return rd
}

// readableStreamDefaultReaderRead is ReadableStreamDefaultReaderRead.
func readableStreamDefaultReaderRead(rd *defaultReader, req readRequest) {
	s := rd.stream
	s.disturbed = true
	switch s.state {
	case stateClosed:
		req.closeSteps()
	case stateErrored:
		req.errorSteps(s.storedError)
	default:
		s.ctrl.pullSteps(req)
	}
}

// readableStreamDefaultReaderRelease is ReadableStreamDefaultReaderRelease.
func readableStreamDefaultReaderRelease(rd *defaultReader) {
	r := rd.stream.r
	markStaleBYOB(rd.stream)
	readableStreamReaderGenericRelease(&rd.readerGeneric)
	readableStreamDefaultReaderErrorReadRequests(rd, r.typeError(releasedMsg))
}

// readableStreamDefaultReaderErrorReadRequests is
// ReadableStreamDefaultReaderErrorReadRequests.
func readableStreamDefaultReaderErrorReadRequests(rd *defaultReader, e goja.Value) {
	for _, req := range rd.readRequests.reset() {
		req.errorSteps(e)
	}
}

// jsReadRequest is the read request of reader.read(): a promise for an
// iterator result.
type jsReadRequest struct {
	r *realm
	p *promise
	// own is p's memory: reader.read() makes the request and its promise
	// in one allocation.
	own promise
}

func (q *jsReadRequest) chunkSteps(c chunk) { q.p.resolve(q.r.iterResult(q.r.js(c), false)) }
func (q *jsReadRequest) closeSteps()        { q.p.resolve(q.r.iterResult(nil, true)) }
func (q *jsReadRequest) errorSteps(e goja.Value) {
	q.p.reject(e)
}

func (r *realm) initDefaultReader() {
	_, proto := r.class("ReadableStreamDefaultReader", nil, func(call goja.ConstructorCall) *goja.Object {
		s := slot[readableStream](r, call.Argument(0))
		if s == nil {
			r.throwType("Failed to construct 'ReadableStreamDefaultReader': constructor parameter 1 is not of type 'ReadableStream'.")
		}
		return r.acquireDefaultReader(s, call.This).obj
	})
	this := func(call goja.FunctionCall) *defaultReader {
		rd := slot[defaultReader](r, call.This)
		if rd == nil {
			r.illegal()
		}
		return rd
	}
	r.getter(proto, "closed", func(call goja.FunctionCall) goja.Value {
		rd := slot[defaultReader](r, call.This)
		if rd == nil {
			r.illegal()
		}
		return rd.closed.JS()
	})
	r.method(proto, "cancel", 0, func(call goja.FunctionCall) goja.Value {
		rd := slot[defaultReader](r, call.This)
		if rd == nil {
			r.illegal()
		}
		if rd.stream == nil {
			return r.rejectedPromise(r.typeError(releasedMsg)).JS()
		}
		return readableStreamCancel(rd.stream, call.Argument(0)).JS()
	})
	r.method(proto, "read", 0, func(call goja.FunctionCall) goja.Value {
		rd := slot[defaultReader](r, call.This)
		if rd == nil {
			r.illegal()
		}
		if rd.stream == nil {
			return r.rejectedPromise(r.typeError(releasedMsg)).JS()
		}
		req := &jsReadRequest{r: r, own: promise{r: r}}
		req.p = &req.own
		readableStreamDefaultReaderRead(rd, req)
		return req.p.JS()
	})
	r.method(proto, "releaseLock", 0, func(call goja.FunctionCall) goja.Value {
		rd := this(call)
		if rd.stream == nil {
			return goja.Undefined()
		}
		readableStreamDefaultReaderRelease(rd)
		return goja.Undefined()
	})
}
