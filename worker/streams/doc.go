// Package streams implements the WHATWG Streams standard as workerd has it,
// on goja's public API: ReadableStream (default and type: 'bytes') with its
// controllers, ReadableStreamDefaultReader, ReadableStreamBYOBReader and
// ReadableStreamBYOBRequest, tee, pipeTo, pipeThrough, values() and async
// iteration, ReadableStream.from; WritableStream with its controller and
// writer; TransformStream and its controller; ByteLengthQueuingStrategy and
// CountQueuingStrategy; CompressionStream and DecompressionStream (gzip,
// deflate, deflate-raw through Go's compress packages); workerd's
// IdentityTransformStream and FixedLengthStream.
//
// The algorithms are Go functions named after the standard's abstract
// operations (readableStreamDefaultReaderRead, writableStreamStartErroring,
// ...), one file per part: readable.go (§4.2, §4.3, §4.9), default_controller.go
// (§4.6), bytes.go (§4.4, §4.7, §4.8), tee.go, pipe.go, iterator.go,
// writable.go (§5), transform.go (§6), strategies.go (§7). Where workerd
// differs from the standard (its messages, read results of {done: true}
// without a value, enqueue() not rethrowing a size error), the code
// follows workerd and says so.
//
// Promises: most promises of the standard are only reacted to by other
// stream algorithms, so a spec promise is a Go value (promise.go) whose
// JavaScript Promise is made only when script asks for it. Reactions run as
// microtasks, like then() callbacks. Nothing here holds the event loop: an
// idle pipe or a reader waiting on a source that never enqueues does not
// keep `run` alive; such waits are listed in the end-of-run report
// (report.go, through host.Env.AddReporter).
//
// # Go API
//
// Other packages (text coding streams, Blob.stream(), DigestStream, Request
// and Response bodies) use the streams through Go, loop goroutine only.
// Bytes written from Go and read from Go never become JavaScript objects:
// a chunk is a Chunk, Go bytes or a JavaScript value.
//
// A ReadableStream fed from Go:
//
//	rs, ctl := streams.NewReadable(env, streams.Source{
//		Bytes: true, // a byte stream: BYOB readers work
//		Pull: func(c *streams.Controller, done func()) {
//			complete := env.Loop.Hold("read body")
//			go func() {
//				b, err := read()
//				complete(func() { // back on the loop
//					if err != nil { c.Error(env.RT.NewTypeError(err.Error())) } else if b == nil { c.Close() } else { _ = c.Enqueue(b) }
//					done()
//				})
//			}()
//		},
//	})
//	return rs.Value() // the ReadableStream object
//
// (or enqueue everything up front through ctl and ctl.Close()).
// SetUpReadable does the same on an object made by a subclass constructor.
//
// Reading a stream from Go: ReadableOf(env, v) is nil unless v is a
// ReadableStream; Locked, Disturbed, State tell its state; GetReader locks
// it; Reader.Read delivers one Chunk (or done, or the error) to a callback
// on the loop, Reader.ReadAll the whole body as bytes. Chunk.Data gives a
// chunk's bytes whatever side wrote it (a BufferSource value is viewed,
// not copied).
//
// A WritableStream consumed by Go: NewWritable(env, Sink{Write, Close,
// Abort}) or SetUpWritable(env, obj, sink) for a subclass such as
// crypto.DigestStream (WritablePrototype is the prototype to inherit from).
// WritableOf and GetWriter write into any WritableStream from Go.
//
// A transform in Go: NewTransform(env, Transformer{Transform, Flush})
// returns the readable and writable sides; SetUpTransform does the same on
// an object made by the constructor of a TransformStream subclass (its
// prototype inherits from TransformPrototype), whose readable and writable
// getters then serve it, as TextEncoderStream and CompressionStream do. A
// Go transform raises backpressure as the standard says (a script's
// TransformStream does from the compatibility date 2024-12-16 on, as in
// workerd). Transform gets each
// written Chunk and enqueues through TransformController.Enqueue (Go
// bytes) or EnqueueValue (a JavaScript value, e.g. a decoded string).
//
// Errors from the Go API are *JSError values holding the exception (a
// TypeError with workerd's message); JSError.Throw throws it from a host
// function. Go code never panics out of this package.
package streams
