package streams

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"io"

	"github.com/andybalholm/brotli"
	"github.com/dop251/goja"
)

const formatMsg = "The compression format must be either 'deflate', 'deflate-raw', 'gzip' or 'brotli'."

// pairClass declares a class whose instances are TransformStreams with Go
// transforms (CompressionStream, IdentityTransformStream, ...): it
// inherits from parent (TransformStream.prototype, as in workerd), whose
// readable and writable getters serve it.
func (r *realm) pairClass(name string, parent *goja.Object, ctor func(call goja.ConstructorCall) *Transform) {
	r.class(name, parent, func(call goja.ConstructorCall) *goja.Object {
		t := ctor(call)
		t.t.obj = r.own(call.This, t.t)
		t.t.writable.expectsBytes = true
		return t.t.obj
	})
}

func (r *realm) format(call goja.ConstructorCall, class string) string {
	if len(call.Arguments) == 0 {
		r.throwType("Failed to construct '" + class + "': constructor parameter 1 is not of type 'string'.")
	}
	f := call.Argument(0).String()
	switch f {
	case "gzip", "deflate", "deflate-raw", "brotli":
		return f
	}
	r.throwType(formatMsg)
	return ""
}

// pairReadableHWM is the readable side's high-water mark (in chunks) of
// workerd's byte transforms, whose writes complete without a reader as
// long as the output fits.
const pairReadableHWM = 16

// byteChunk is the bytes a byte transform's writable side takes from a
// chunk, as workerd's do: Go bytes, a BufferSource's, a string's UTF-8
// bytes, none for undefined. ok is false for any other value, which the
// write refuses before it is queued (writableStreamDefaultWriterWrite).
func (r *realm) byteChunk(ch Chunk) (b []byte, ok bool) {
	switch {
	case ch.IsBytes():
		return ch.Bytes, true
	case goja.IsUndefined(ch.Value):
		return nil, true
	}
	if s, ok := stringChunk(ch.Value); ok {
		return []byte(s), true
	}
	return r.bytesOf(ch.Value)
}

// byteChunkOK reports whether a byte transform's writable side takes v.
func (r *realm) byteChunkOK(v goja.Value) bool {
	if v == nil || goja.IsUndefined(v) || goja.IsString(v) {
		return true
	}
	_, ok := r.bytesOf(v)
	return ok
}

const chunkTypeMsg = "This TransformStream is being used as a byte stream, but received an object of non-ArrayBuffer/ArrayBufferView type on its writable side."

func (r *realm) initCompression() {
	r.pairClass("CompressionStream", r.protos["TransformStream"], func(call goja.ConstructorCall) *Transform {
		format := r.format(call, "CompressionStream")
		r.env.RefuseInGlobalScope()
		var buf bytes.Buffer
		var w io.WriteCloser
		switch format {
		case "gzip":
			w = gzip.NewWriter(&buf)
		case "deflate":
			w = zlib.NewWriter(&buf)
		case "brotli":
			w = brotli.NewWriter(&buf)
		default:
			w, _ = flate.NewWriter(&buf, flate.DefaultCompression)
		}
		emit := func(c *TransformController) {
			if buf.Len() > 0 {
				out := bytes.Clone(buf.Bytes())
				buf.Reset()
				_ = c.Enqueue(out)
			}
		}
		return NewTransform(r.env, Transformer{
			ReadableHighWaterMark: pairReadableHWM,
			Transform: func(c *TransformController, ch Chunk) goja.Value {
				b, ok := r.byteChunk(ch)
				if !ok {
					return r.typeError(chunkTypeMsg)
				}
				if _, err := w.Write(b); err != nil {
					return r.typeError(err.Error())
				}
				emit(c)
				return nil
			},
			Flush: func(c *TransformController) goja.Value {
				if err := w.Close(); err != nil {
					return r.typeError(err.Error())
				}
				emit(c)
				return nil
			},
		})
	})
	r.pairClass("DecompressionStream", r.protos["TransformStream"], func(call goja.ConstructorCall) *Transform {
		format := r.format(call, "DecompressionStream")
		r.env.RefuseInGlobalScope()
		d := newInflater(format)
		return NewTransform(r.env, Transformer{
			ReadableHighWaterMark: pairReadableHWM,
			Transform: func(c *TransformController, ch Chunk) goja.Value {
				b, ok := r.byteChunk(ch)
				if !ok {
					return r.typeError(chunkTypeMsg)
				}
				// An error wins over the output decompressed before it, as in
				// workerd.
				out, err := d.write(bytes.Clone(b))
				if err != nil {
					return r.typeError(err.Error())
				}
				if len(out) > 0 {
					_ = c.Enqueue(out)
				}
				return nil
			},
			Flush: func(c *TransformController) goja.Value {
				out, err := d.close()
				if err != nil {
					return r.typeError(err.Error())
				}
				if len(out) > 0 {
					_ = c.Enqueue(out)
				}
				return nil
			},
			Cancel: func(goja.Value) { d.stop() },
		})
	})
}

// inflater turns Go's pull-based decompressors into a push-based one: the
// decompressor runs on its own goroutine and reads from a feeder that hands
// it one written chunk at a time; write and close block the loop goroutine
// only while the decompressor works through what they gave it.
type inflater struct {
	format  string
	started bool
	waiting bool // the decompressor waits for input
	in      chan []byte
	hungry  chan struct{}
	closing chan struct{} // closed with in: no one waits for hungry any more
	done    chan struct{}
	out     []byte
	err     error
	cur     []byte
	ended   bool   // the compressed data ended
	head    []byte // the data's first two bytes (checkHeader)
	bad     bool   // they cannot start the format's data
	extra   bool   // bytes came after its end
}

func newInflater(format string) *inflater {
	return &inflater{format: format, in: make(chan []byte), hungry: make(chan struct{}), closing: make(chan struct{}), done: make(chan struct{})}
}

// Read and ReadByte are the decompressor's side (its goroutine). As a
// flate.Reader the feeder is read byte-exactly, so what follows the
// compressed data stays unread.
func (d *inflater) Read(p []byte) (int, error) {
	if len(d.cur) == 0 && !d.fill() {
		return 0, io.EOF
	}
	n := copy(p, d.cur)
	d.cur = d.cur[n:]
	return n, nil
}

func (d *inflater) ReadByte() (byte, error) {
	if len(d.cur) == 0 && !d.fill() {
		return 0, io.EOF
	}
	b := d.cur[0]
	d.cur = d.cur[1:]
	return b, nil
}

func (d *inflater) fill() bool {
	for len(d.cur) == 0 {
		// A decompressor that reads past its input's end before it knows
		// its data ended (brotli's) asks once more after close.
		select {
		case d.hungry <- struct{}{}:
		case <-d.closing:
		}
		b, ok := <-d.in
		if !ok {
			return false
		}
		d.cur = b
	}
	return true
}

func (d *inflater) run() {
	defer close(d.done)
	var zr io.Reader
	var err error
	switch d.format {
	case "gzip":
		var g *gzip.Reader
		g, err = gzip.NewReader(d)
		if err == nil {
			g.Multistream(false)
			zr = g
		}
	case "deflate":
		zr, err = zlib.NewReader(d)
	case "brotli":
		zr = brotli.NewReader(d)
	default:
		zr = flate.NewReader(d)
	}
	if err != nil {
		d.err = err
		return
	}
	buf := make([]byte, 32<<10)
	for {
		n, err := zr.Read(buf)
		d.out = append(d.out, buf[:n]...)
		if err == io.EOF {
			d.ended = true
			// What follows the end is refused, as workerd does.
			for {
				if len(d.cur) > 0 {
					d.extra = true
					d.cur = nil
				}
				if !d.fill() {
					return
				}
			}
		}
		if err != nil {
			if d.format == "brotli" && err.Error() == "brotli: excessive input" {
				// brotli's reader takes the bytes after the end in with the
				// data, and says so: workerd's trailing bytes.
				d.extra = true
			}
			d.err = err
			return
		}
	}
}

// wait blocks until the decompressor wants input or finished.
func (d *inflater) wait() bool {
	select {
	case <-d.hungry:
		d.waiting = true
		return true
	case <-d.done:
		return false
	}
}

func (d *inflater) take() ([]byte, error) {
	out := d.out
	d.out = nil
	if d.extra {
		return out, errTrailing
	}
	if d.err != nil {
		if errors.Is(d.err, io.ErrUnexpectedEOF) {
			return out, errIncomplete
		}
		return out, errDecompression
	}
	return out, nil
}

// message is an error whose text is workerd's message, word for word.
type message string

func (m message) Error() string { return string(m) }

const (
	errTrailing      message = "Trailing bytes after end of compressed data"
	errIncomplete    message = "Called close() on a decompression stream with incomplete data"
	errDecompression message = "Decompression failed."
)

func (d *inflater) write(b []byte) ([]byte, error) {
	if len(b) == 0 {
		return nil, nil
	}
	if !d.checkHeader(b) {
		// zlib checks a gzip or zlib header as soon as it has its first two
		// bytes; Go's readers wait for the whole header.
		d.stop()
		d.bad = true
	}
	if d.bad {
		return nil, errDecompression
	}
	if !d.started {
		d.started = true
		go d.run()
	}
	if !d.waiting && !d.wait() {
		return d.take()
	}
	d.waiting = false
	d.in <- b
	d.wait()
	return d.take()
}

// checkHeader takes the first two bytes of the data as they come and
// reports whether they can start a stream of d's format: the gzip magic
// (1f 8b), or a zlib header (deflate, check bits valid); anything for the
// raw formats.
func (d *inflater) checkHeader(b []byte) bool {
	if d.format != "gzip" && d.format != "deflate" || len(d.head) == 2 {
		return true
	}
	d.head = append(d.head, b[:min(len(b), 2-len(d.head))]...)
	if len(d.head) < 2 {
		return true
	}
	h0, h1 := d.head[0], d.head[1]
	if d.format == "gzip" {
		return h0 == 0x1f && h1 == 0x8b
	}
	return h0&0x0f == 8 && h0>>4 <= 7 && (uint(h0)<<8|uint(h1))%31 == 0
}

func (d *inflater) close() ([]byte, error) {
	if d.bad {
		return nil, errDecompression
	}
	if !d.started {
		d.started = true
		go d.run()
	}
	if !d.waiting {
		d.wait()
	}
	close(d.closing)
	close(d.in)
	d.waiting = false
	<-d.done
	out, err := d.take()
	if err == nil && !d.ended {
		err = errIncomplete
	}
	return out, err
}

// stop ends the decompressor goroutine of a canceled stream.
func (d *inflater) stop() {
	if !d.started {
		return
	}
	if !d.waiting {
		d.wait()
	}
	select {
	case <-d.done:
	default:
		close(d.closing)
		close(d.in)
		<-d.done
	}
	d.waiting = false
}
