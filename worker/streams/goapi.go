package streams

import (
	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/host"
)

// Chunk is a chunk as Go code sees it: Bytes when it was written from Go
// (it never became a JavaScript object), Value when script enqueued or
// wrote it.
type Chunk struct {
	Bytes []byte
	Value goja.Value
}

// IsBytes reports whether the chunk is Go bytes.
func (c Chunk) IsBytes() bool { return c.Value == nil }

// Data returns the chunk's bytes: Bytes, or the bytes of a BufferSource
// Value without copying (they alias the script's memory: copy them before
// the script runs again if they must be kept). ok is false for a Value that
// is no BufferSource.
func (c Chunk) Data(env *host.Env) (b []byte, ok bool) {
	if c.Value == nil {
		return c.Bytes, true
	}
	return get(env).bytesOf(c.Value)
}

func toChunk(c chunk) Chunk {
	if c.bytes {
		return Chunk{Bytes: c.b}
	}
	if c.v == nil {
		return Chunk{Value: goja.Undefined()}
	}
	return Chunk{Value: c.v}
}

func fromChunk(c Chunk) chunk {
	if c.Value == nil {
		return chunk{b: c.Bytes, bytes: true}
	}
	return chunk{v: c.Value}
}

// BytesOf returns the bytes of a BufferSource (ArrayBuffer, typed array,
// DataView) without copying; ok is false for other values and detached
// buffers. Loop goroutine only.
func BytesOf(env *host.Env, v goja.Value) ([]byte, bool) { return get(env).bytesOf(v) }

// JSError is an exception value (a TypeError, or what script threw) that a
// Go API call produced. Throw it from a host function with Throw.
type JSError struct{ Value goja.Value }

func (e *JSError) Error() string { return e.Value.String() }

// Throw throws the exception from a host function.
func (e *JSError) Throw() { panic(e.Value) }

func catch(r *realm, f func()) error {
	if ex := r.try(f); ex != nil {
		return &JSError{ex}
	}
	return nil
}

// ---- ReadableStream ----

// Source is a Go underlying source.
type Source struct {
	// Pull is called when the stream wants a chunk (a reader waits, or the
	// queue is under its high-water mark). It enqueues, closes or errors
	// through c, now or later, and calls done exactly once when this pull
	// is over (the next Pull waits for it). Work outside the loop holds the
	// loop (env.Loop.Hold) and calls c and done from the completion job.
	// nil: the stream only gets what is enqueued through the controller
	// returned by NewReadable.
	Pull func(c *Controller, done func())
	// Cancel is called once if a consumer cancels the stream; nil: nothing.
	Cancel func(reason goja.Value)
	// HighWaterMark: in chunks (Bytes false) or bytes (Bytes true). Default 0.
	HighWaterMark float64
	// Bytes makes a readable byte stream (type: 'bytes', BYOB readers work).
	// Only Go bytes and BufferSources can be enqueued.
	Bytes bool
	// Length is the number of bytes the stream will deliver, when
	// HasLength: a server sends it as the Content-Length of a response
	// with this body, as workerd does for a stream whose length it knows.
	Length    int64
	HasLength bool
}

// Controller enqueues into a ReadableStream from Go.
type Controller struct {
	d *defaultController
	b *byteController
}

// Enqueue enqueues Go bytes (they are not copied: do not change them after).
func (c *Controller) Enqueue(b []byte) error {
	if c.b != nil {
		if c.b.closeRequested || c.b.stream.state != stateReadable {
			return &JSError{c.b.r.typeError("Unable to enqueue")}
		}
		if len(b) == 0 {
			return nil
		}
		return catch(c.b.r, func() { readableByteStreamControllerEnqueueEntry(c.b, byteEntry{b: b}) })
	}
	return c.enqueue(chunk{b: b, bytes: true})
}

// EnqueueValue enqueues a JavaScript value (a default stream only).
func (c *Controller) EnqueueValue(v goja.Value) error {
	if c.b != nil {
		vi, ok := c.b.r.viewOf(v)
		if !ok {
			return &JSError{c.b.r.typeError("Failed to execute 'enqueue' on 'ReadableByteStreamController': parameter 1 is not of type 'ArrayBufferView'.")}
		}
		return catch(c.b.r, func() { readableByteStreamControllerEnqueue(c.b, vi) })
	}
	return c.enqueue(chunk{v: v})
}

func (c *Controller) enqueue(ch chunk) error {
	if !readableStreamDefaultControllerCanCloseOrEnqueue(c.d) {
		return &JSError{c.d.r.typeError("Unable to enqueue")}
	}
	return catch(c.d.r, func() {
		if thrown := readableStreamDefaultControllerEnqueue(c.d, ch); thrown != nil {
			panic(thrown)
		}
	})
}

// Close closes the stream once its queue drains (no-op if closed already).
// A BYOB read waiting on a byte stream ends with done, as a JavaScript
// source's byobRequest.respond(0) after close() ends it (a Go source has
// no byobRequest to respond to).
func (c *Controller) Close() {
	if c.b != nil {
		_ = catch(c.b.r, func() {
			readableByteStreamControllerClose(c.b)
			if c.b.stream.state == stateClosed && c.b.pendingPullInto.len() > 0 {
				readableByteStreamControllerRespond(c.b, 0)
			}
		})
		return
	}
	readableStreamDefaultControllerClose(c.d)
}

// Error errors the stream with e.
func (c *Controller) Error(e goja.Value) {
	if c.b != nil {
		readableByteStreamControllerError(c.b, e)
		return
	}
	readableStreamDefaultControllerError(c.d, e)
}

// CanEnqueue reports whether the stream still takes chunks (it is readable
// and Close was not called).
func (c *Controller) CanEnqueue() bool {
	if c.b != nil {
		return !c.b.closeRequested && c.b.stream.state == stateReadable
	}
	return readableStreamDefaultControllerCanCloseOrEnqueue(c.d)
}

// DesiredSize is the controller's desiredSize; ok is false when it is null
// (the stream errored).
func (c *Controller) DesiredSize() (size float64, ok bool) {
	if c.b != nil {
		return readableByteStreamControllerGetDesiredSize(c.b)
	}
	return readableStreamDefaultControllerGetDesiredSize(c.d)
}

// Readable is a ReadableStream as Go sees it.
type Readable struct{ s *readableStream }

// NewReadable makes a ReadableStream fed by src and returns it with its
// controller. Loop goroutine only.
func NewReadable(env *host.Env, src Source) (*Readable, *Controller) {
	return SetUpReadable(env, nil, src)
}

// SetUpReadable is NewReadable on an object made elsewhere (a subclass
// instance whose prototype inherits from ReadablePrototype); nil: a new
// ReadableStream.
func SetUpReadable(env *host.Env, obj *goja.Object, src Source) (*Readable, *Controller) {
	r := get(env)
	s := r.newReadableObject(obj)
	s.length, s.hasLength = src.Length, src.HasLength
	ctl := &Controller{}
	start := func() *promise { return r.resolvedPromise(goja.Undefined()) }
	pullAlgo := func() *promise {
		if src.Pull == nil {
			return r.resolvedPromise(goja.Undefined())
		}
		p := r.newPromise()
		src.Pull(ctl, func() { p.resolve(goja.Undefined()) })
		return p
	}
	cancelAlgo := func(reason goja.Value) *promise {
		if src.Cancel != nil {
			src.Cancel(reason)
		}
		return r.resolvedPromise(goja.Undefined())
	}
	if src.Bytes {
		c := &byteController{r: r, pullAlgo: pullAlgo, cancelAlgo: cancelAlgo}
		ctl.b = c
		setUpReadableByteStreamController(s, c, start, src.HighWaterMark, 0)
	} else {
		c := &defaultController{r: r, pullAlgo: pullAlgo, cancelAlgo: cancelAlgo}
		ctl.d = c
		setUpReadableStreamDefaultController(s, c, start, src.HighWaterMark, nil)
	}
	return &Readable{s}, ctl
}

// ReadablePrototype is ReadableStream.prototype, for subclasses.
func ReadablePrototype(env *host.Env) *goja.Object { return get(env).protos["ReadableStream"] }

// ReadableOf returns v as a ReadableStream, or nil if it is none.
func ReadableOf(env *host.Env, v goja.Value) *Readable {
	s := slot[readableStream](get(env), v)
	if s == nil {
		return nil
	}
	return &Readable{s}
}

// Value is the stream's JavaScript object.
func (rs *Readable) Value() *goja.Object { return rs.s.obj }

// Locked reports whether a reader (or a pipe) holds the stream.
func (rs *Readable) Locked() bool { return rs.s.reader != nil }

// MarkDisturbed marks the stream as read, as a consumer that takes it
// whole does (HTMLRewriter.transform: the Response's bodyUsed is true at
// once, in workerd).
func (rs *Readable) MarkDisturbed() { rs.s.disturbed = true }

// Disturbed reports whether the stream was ever read or canceled.
func (rs *Readable) Disturbed() bool { return rs.s.disturbed }

// State is "readable", "closed" or "errored".
func (rs *Readable) State() string {
	switch rs.s.state {
	case stateClosed:
		return "closed"
	case stateErrored:
		return "errored"
	}
	return "readable"
}

// StoredError is the error the stream errored with (nil unless errored).
func (rs *Readable) StoredError() goja.Value { return rs.s.storedError }

// Cancel cancels an unlocked stream; done (may be nil) runs on the loop
// with nil or the rejection.
func (rs *Readable) Cancel(reason goja.Value, done func(err goja.Value)) {
	if reason == nil {
		reason = goja.Undefined()
	}
	p := readableStreamCancel(rs.s, reason)
	if done != nil {
		p.then(func(goja.Value) { done(nil) }, done)
	}
}

// Tee tees the stream (it must be unlocked).
func (rs *Readable) Tee() (*Readable, *Readable, error) {
	if rs.s.reader != nil {
		return nil, nil, &JSError{rs.s.r.typeError("This ReadableStream is currently locked to a reader.")}
	}
	a, b := readableStreamTee(rs.s)
	return &Readable{a}, &Readable{b}, nil
}

// PipeTo pipes the stream into w as pipeTo() does; done (may be nil) runs
// on the loop with nil or the error the pipe ended with.
func (rs *Readable) PipeTo(w *Writable, preventClose, preventAbort, preventCancel bool, done func(err goja.Value)) error {
	r := rs.s.r
	if rs.s.reader != nil {
		return &JSError{r.typeError("This ReadableStream is currently locked to a reader.")}
	}
	if w.s.writer != nil {
		return &JSError{r.typeError("This WritableStream is currently locked to a writer")}
	}
	p := readableStreamPipeTo(rs.s, w.s, pipeOptions{preventAbort: preventAbort, preventCancel: preventCancel, preventClose: preventClose})
	p.setHandled()
	if done != nil {
		p.then(func(goja.Value) { done(nil) }, done)
	}
	return nil
}

// Reader is a default reader held by Go.
type Reader struct {
	r  *realm
	rd *defaultReader
}

// Length is the number of bytes the stream will deliver, when it is known
// (see Source.Length) and nothing has been read from it yet.
func (rs *Readable) Length() (int64, bool) { return streamLength(rs.s) }

// Length is the stream's Length, for the reader that has just locked it.
func (rd *Reader) Length() (int64, bool) { return streamLength(rd.rd.stream) }

func streamLength(s *readableStream) (int64, bool) {
	if s == nil || !s.hasLength || s.disturbed {
		return 0, false
	}
	return s.length, true
}

// GetReader locks the stream to a new default reader.
func (rs *Readable) GetReader() (*Reader, error) {
	r := rs.s.r
	var rd *defaultReader
	if err := catch(r, func() { rd = r.acquireDefaultReader(rs.s, nil) }); err != nil {
		return nil, err
	}
	return &Reader{r, rd}, nil
}

// Read reads one chunk. cb runs on the loop exactly once, with a chunk,
// with done at the end, or with the stream's error; it may run before Read
// returns (a queued chunk is delivered at once).
func (rd *Reader) Read(cb func(c Chunk, done bool, err goja.Value)) {
	if rd.rd.stream == nil {
		cb(Chunk{}, false, rd.r.typeError(releasedMsg))
		return
	}
	readableStreamDefaultReaderRead(rd.rd, &goReadRequest{cb})
}

type goReadRequest struct {
	cb func(c Chunk, done bool, err goja.Value)
}

func (q *goReadRequest) chunkSteps(c chunk)      { q.cb(toChunk(c), false, nil) }
func (q *goReadRequest) closeSteps()             { q.cb(Chunk{}, true, nil) }
func (q *goReadRequest) errorSteps(e goja.Value) { q.cb(Chunk{}, false, e) }

// ReadAll reads every chunk to the end and calls cb once, on the loop, with
// their bytes concatenated (chunks must be Go bytes or BufferSources, else
// the stream is canceled and cb gets a TypeError) or with the stream's
// error. The reader stays locked.
func (rd *Reader) ReadAll(cb func(data []byte, err goja.Value)) {
	var out []byte
	var step func()
	sync := false
	again := false
	step = func() {
		for {
			again = false
			sync = true
			rd.Read(func(c Chunk, done bool, err goja.Value) {
				if err != nil {
					cb(nil, err)
					return
				}
				if done {
					if out == nil {
						out = []byte{}
					}
					cb(out, nil)
					return
				}
				b, ok := c.Data(rd.r.env)
				if !ok {
					e := rd.r.typeError("This ReadableStream did not return bytes.")
					rd.Cancel(e)
					cb(nil, e)
					return
				}
				out = append(out, b...)
				if sync {
					again = true
				} else {
					step()
				}
			})
			sync = false
			if !again {
				return
			}
		}
	}
	step()
}

// Cancel cancels the stream through the reader.
func (rd *Reader) Cancel(reason goja.Value) {
	if rd.rd.stream != nil {
		readableStreamCancel(rd.rd.stream, reason)
	}
}

// Release releases the lock (pending reads fail with a TypeError).
func (rd *Reader) Release() {
	if rd.rd.stream != nil {
		readableStreamDefaultReaderRelease(rd.rd)
	}
}

// ---- WritableStream ----

// Sink is a Go underlying sink.
type Sink struct {
	// Write consumes one chunk and calls done exactly once, on the loop,
	// with nil or an error value (which errors the stream). Required.
	Write func(c Chunk, done func(err goja.Value))
	// Close is called after the last write; nil: nothing to do.
	Close func(done func(err goja.Value))
	// Abort is called once if the stream is aborted; nil: nothing.
	Abort func(reason goja.Value)
	// HighWaterMark in chunks; 0 means the default, 1.
	HighWaterMark float64
	// Bytes makes the stream take bytes only, as workerd's byte sinks do:
	// a write of a value that is no BufferSource or string is rejected at
	// once with workerd's TypeError and the stream goes on (console.log
	// shows [expectsBytes]: true). Strings are passed on as they are; read
	// a chunk's bytes with ByteChunk.
	Bytes bool
	// Host is the owner's state for the stream (a subclass's: the digest
	// of a crypto.DigestStream), kept with the stream's own state and
	// returned by Writable.Host: what it refers to lives as long as the
	// stream does, and no longer, where a table keyed by the object would
	// keep the stream alive through any reference back to it.
	Host any
}

// Writable is a WritableStream as Go sees it.
type Writable struct{ s *writableStream }

// NewWritable makes a WritableStream that writes into sink.
func NewWritable(env *host.Env, sink Sink) *Writable { return SetUpWritable(env, nil, sink) }

// SetUpWritable is NewWritable on an object made elsewhere (a subclass such
// as crypto.DigestStream, whose prototype inherits from WritablePrototype);
// nil: a new WritableStream.
func SetUpWritable(env *host.Env, obj *goja.Object, sink Sink) *Writable {
	r := get(env)
	s := r.newWritableObject(obj)
	c := &writableController{r: r}
	c.writeAlgo = func(ch chunk) *promise {
		p := r.newPromise()
		sink.Write(toChunk(ch), func(err goja.Value) {
			if err != nil {
				p.reject(err)
			} else {
				p.resolve(goja.Undefined())
			}
		})
		return p
	}
	c.closeAlgo = func() *promise {
		if sink.Close == nil {
			return r.resolvedPromise(goja.Undefined())
		}
		p := r.newPromise()
		sink.Close(func(err goja.Value) {
			if err != nil {
				p.reject(err)
			} else {
				p.resolve(goja.Undefined())
			}
		})
		return p
	}
	c.abortAlgo = func(reason goja.Value) *promise {
		if sink.Abort != nil {
			sink.Abort(reason)
		}
		return r.resolvedPromise(goja.Undefined())
	}
	hwm := sink.HighWaterMark
	if hwm == 0 {
		hwm = 1
	}
	s.host = sink.Host
	s.expectsBytes = sink.Bytes
	setUpWritableStreamDefaultController(s, c, func() *promise { return r.resolvedPromise(goja.Undefined()) }, hwm, nil)
	return &Writable{s}
}

// WritablePrototype is WritableStream.prototype, for subclasses.
func WritablePrototype(env *host.Env) *goja.Object { return get(env).protos["WritableStream"] }

// WritableOf returns v as a WritableStream, or nil if it is none.
func WritableOf(env *host.Env, v goja.Value) *Writable {
	s := slot[writableStream](get(env), v)
	if s == nil {
		return nil
	}
	return &Writable{s}
}

// Value is the stream's JavaScript object.
func (ws *Writable) Value() *goja.Object { return ws.s.obj }

// Host is the Sink's Host: nil for a stream set up without one.
func (ws *Writable) Host() any { return ws.s.host }

// Error errors the stream with e, unless it is closed or errored already
// (the controller's error(), from the sink's side). Loop goroutine only.
func (ws *Writable) Error(e goja.Value) {
	if ws.s.state == stateWritable {
		writableStreamDefaultControllerErrorIfNeeded(ws.s.ctrl, e)
	}
}

// Finish closes the stream from the sink's side, as workerd closes a
// socket's writable when the peer ends the connection: a writable stream
// with no write in flight becomes closed (its writer's closed resolves,
// later writes reject with "This WritableStream has been closed."), queued
// writes are dropped with that error. It reports whether the stream is
// closed now. Loop goroutine only.
func (ws *Writable) Finish() bool {
	s := ws.s
	if s.state == stateClosed {
		return true
	}
	if s.state != stateWritable || s.inFlightWriteRequest != nil || s.inFlightCloseRequest != nil {
		return false
	}
	r := s.r
	writableStreamDefaultControllerClearAlgorithms(s.ctrl)
	s.ctrl.queue = queue[writeEntry]{}
	s.ctrl.queueTotalSize = 0
	for s.writeRequests.len() > 0 {
		s.writeRequests.shift().reject(r.typeError(wsClosedMsg))
	}
	if s.closeRequest != nil {
		s.closeRequest.resolve(goja.Undefined())
		s.closeRequest = nil
	}
	s.state = stateClosed
	if w := s.writer; w != nil {
		w.closed.resolve(goja.Undefined())
		if s.backpressure {
			w.ready.resolve(goja.Undefined())
		}
	}
	return true
}

// ByteChunk returns the bytes of a chunk written to a byte sink (Sink.Bytes):
// Go bytes, a BufferSource's (aliasing the script's memory) or a string's
// UTF-8; ok is false for any other value.
func ByteChunk(env *host.Env, c Chunk) (b []byte, ok bool) { return get(env).byteChunk(c) }

// Locked reports whether a writer (or a pipe) holds the stream.
func (ws *Writable) Locked() bool { return ws.s.writer != nil }

// Writer is a default writer held by Go.
type Writer struct {
	r *realm
	w *writer
}

// GetWriter locks the stream to a new writer.
func (ws *Writable) GetWriter() (*Writer, error) {
	r := ws.s.r
	var w *writer
	if err := catch(r, func() { w = r.acquireWriter(ws.s, nil) }); err != nil {
		return nil, err
	}
	return &Writer{r, w}, nil
}

func (w *Writer) settle(p *promise, done func(err goja.Value)) {
	p.setHandled()
	if done != nil {
		p.then(func(goja.Value) { done(nil) }, done)
	}
}

// Write writes a chunk; done (may be nil) runs on the loop when the sink
// took it, with nil or the error.
func (w *Writer) Write(c Chunk, done func(err goja.Value)) {
	if w.w.stream == nil {
		w.settle(w.r.rejectedPromise(w.r.typeError(wsReleasedMsg)), done)
		return
	}
	w.settle(writableStreamDefaultWriterWrite(w.w, fromChunk(c)), done)
}

// Ready runs f on the loop when the stream has room (desiredSize > 0) or
// errored (with its error).
func (w *Writer) Ready(f func(err goja.Value)) {
	w.w.ready.then(func(goja.Value) { f(nil) }, f)
}

// DesiredSize is the writer's desiredSize; ok is false when it is null.
func (w *Writer) DesiredSize() (float64, bool) {
	if w.w.stream == nil {
		return 0, false
	}
	return writableStreamDefaultWriterGetDesiredSize(w.w)
}

// Close closes the stream; done as for Write.
func (w *Writer) Close(done func(err goja.Value)) {
	if w.w.stream == nil {
		w.settle(w.r.rejectedPromise(w.r.typeError(wsReleasedMsg)), done)
		return
	}
	if writableStreamCloseQueuedOrInFlight(w.w.stream) {
		w.settle(w.r.rejectedPromise(w.r.typeError(wsClosedMsg)), done)
		return
	}
	w.settle(writableStreamClose(w.w.stream), done)
}

// Abort aborts the stream.
func (w *Writer) Abort(reason goja.Value, done func(err goja.Value)) {
	if w.w.stream == nil {
		w.settle(w.r.rejectedPromise(w.r.typeError(wsReleasedMsg)), done)
		return
	}
	if reason == nil {
		reason = goja.Undefined()
	}
	w.settle(writableStreamAbort(w.w.stream, reason), done)
}

// Release releases the lock.
func (w *Writer) Release() {
	if w.w.stream != nil {
		writableStreamDefaultWriterRelease(w.w)
	}
}

// ---- TransformStream ----

// Transformer is a Go transformer: synchronous functions of a chunk.
type Transformer struct {
	// Transform handles one written chunk, enqueueing output through c; a
	// non-nil return value errors both sides with it. nil: identity.
	Transform func(c *TransformController, ch Chunk) (err goja.Value)
	// Flush runs when the writable side closes, before the readable side
	// does. nil: nothing.
	Flush func(c *TransformController) (err goja.Value)
	// Cancel runs when either side is canceled or aborted. nil: nothing.
	Cancel func(reason goja.Value)
	// WritableHighWaterMark (default 1) and ReadableHighWaterMark (default 0)
	// in chunks; negative means 0.
	WritableHighWaterMark, ReadableHighWaterMark float64
}

// TransformController enqueues into the readable side of a Go transform.
type TransformController struct{ c *transformController }

// Enqueue enqueues Go bytes (not copied).
func (c *TransformController) Enqueue(b []byte) error {
	return catch(c.c.r, func() { transformStreamDefaultControllerEnqueue(c.c, chunk{b: b, bytes: true}) })
}

// EnqueueValue enqueues a JavaScript value.
func (c *TransformController) EnqueueValue(v goja.Value) error {
	return catch(c.c.r, func() { transformStreamDefaultControllerEnqueue(c.c, chunk{v: v}) })
}

// Error errors both sides.
func (c *TransformController) Error(e goja.Value) { transformStreamDefaultControllerError(c.c, e) }

// Terminate closes the readable side and errors the writable side.
func (c *TransformController) Terminate() { transformStreamDefaultControllerTerminate(c.c) }

// Transform is a TransformStream pair made from Go.
type Transform struct {
	Readable *Readable
	Writable *Writable
	// Object is the TransformStream object SetUpTransform set up, which
	// its constructor returns (nil from NewTransform).
	Object *goja.Object
	t      *transformStream
}

// NewTransform makes a readable/writable pair joined by t (as a
// TransformStream's, without the TransformStream object: a class such as
// CompressionStream exposes the two sides itself).
func NewTransform(env *host.Env, t Transformer) *Transform {
	r := get(env)
	ts := &transformStream{r: r, enqueueBackpressure: true}
	startPromise := r.resolvedPromise(goja.Undefined())
	wHWM, rHWM := 1.0, 0.0
	if t.WritableHighWaterMark != 0 {
		wHWM = max(t.WritableHighWaterMark, 0)
	}
	if t.ReadableHighWaterMark > 0 {
		rHWM = t.ReadableHighWaterMark
	}
	initializeTransformStream(ts, startPromise, wHWM, nil, rHWM, nil)
	c := &transformController{r: r}
	tc := &TransformController{c}
	transform := func(ch chunk) *promise {
		if t.Transform == nil {
			if ex := r.try(func() { transformStreamDefaultControllerEnqueue(c, ch) }); ex != nil {
				return r.rejectedPromise(ex)
			}
			return r.resolvedPromise(goja.Undefined())
		}
		var err goja.Value
		if ex := r.try(func() { err = t.Transform(tc, toChunk(ch)) }); ex != nil {
			err = ex
		}
		if err != nil {
			return r.rejectedPromise(err)
		}
		return r.resolvedPromise(goja.Undefined())
	}
	flush := func() *promise {
		if t.Flush == nil {
			return r.resolvedPromise(goja.Undefined())
		}
		var err goja.Value
		if ex := r.try(func() { err = t.Flush(tc) }); ex != nil {
			err = ex
		}
		if err != nil {
			return r.rejectedPromise(err)
		}
		return r.resolvedPromise(goja.Undefined())
	}
	cancel := func(reason goja.Value) *promise {
		if t.Cancel != nil {
			t.Cancel(reason)
		}
		return r.resolvedPromise(goja.Undefined())
	}
	setUpTransformStreamDefaultController(ts, c, transform, flush, cancel)
	return &Transform{Readable: &Readable{ts.readable}, Writable: &Writable{ts.writable}, t: ts}
}

// SetUpTransform is NewTransform on an object made by the constructor of a
// TransformStream subclass (TextEncoderStream, TextDecoderStream): obj
// becomes a TransformStream whose readable and writable getters return the
// pair's sides.
func SetUpTransform(env *host.Env, obj *goja.Object, t Transformer) *Transform {
	tr := NewTransform(env, t)
	tr.t.obj = get(env).own(obj, tr.t)
	tr.Object = tr.t.obj
	return tr
}

// TransformSides returns the readable and writable sides of v, a
// TransformStream (a subclass's included), or nils: what a subclass's
// inspection shows, without the subclass keeping its Transform (a state kept
// by the object that points back at it would keep the object alive).
func TransformSides(env *host.Env, v goja.Value) (readable, writable goja.Value) {
	ts, _ := get(env).slotOf(v).(*transformStream)
	if ts == nil {
		return nil, nil
	}
	return (&Readable{ts.readable}).Value(), (&Writable{ts.writable}).Value()
}

// TransformPrototype is TransformStream.prototype, for subclasses.
func TransformPrototype(env *host.Env) *goja.Object { return get(env).protos["TransformStream"] }

// IsReadableStream reports whether v is a ReadableStream.
func IsReadableStream(env *host.Env, v goja.Value) bool { return ReadableOf(env, v) != nil }

// IsWritableStream reports whether v is a WritableStream.
func IsWritableStream(env *host.Env, v goja.Value) bool { return WritableOf(env, v) != nil }
