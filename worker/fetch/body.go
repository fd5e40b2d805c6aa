package fetch

import (
	"io"
	"strings"
	"unicode/utf8"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/blob"
	"github.com/mcrepl/mcrepl/worker/events"
	"github.com/mcrepl/mcrepl/worker/streams"
)

// body is a Request's or Response's body (Fetch §5.1 "body"): a Go source
// until .body makes it a stream. A nil *body is the null body.
type body struct {
	// The source, when no stream was made yet: exactly one of these.
	buf    []byte
	reader io.ReadCloser // a Go stream (a server's request, a fetch() response)

	// stream is the ReadableStream: given at construction, or made from
	// the source by .body.
	stream *goja.Object
	// readErr, when set, gives the error a failed read of reader stands
	// for (a fetch() aborted after its response: the signal's reason);
	// nil from it, or no readErr: workerd's "Network connection lost."
	readErr func() goja.Value
	// used: consumed through a Go path (text() and the others, or a
	// server sending it).
	used bool
}

const bodyUsedMessage = "Body has already been used. It can only be used once. Use tee() first if you need to read it twice."

// disturbed reports whether the body was read (Fetch's "disturbed").
func (b *body) disturbed(s *state) bool {
	if b == nil {
		return false
	}
	if b.used {
		return true
	}
	if b.stream != nil {
		if rs := streams.ReadableOf(s.env, b.stream); rs != nil {
			return rs.Disturbed()
		}
	}
	return false
}

// locked reports whether a reader holds stream.
func (s *state) locked(stream *goja.Object) bool {
	rs := streams.ReadableOf(s.env, stream)
	return rs != nil && rs.Locked()
}

// readError is the error a failed read of b's Go reader rejects with.
func (b *body) readError(s *state) goja.Value {
	if b.readErr != nil {
		if v := b.readErr(); v != nil {
			return v
		}
	}
	return s.typeError("Network connection lost.")
}

// extracted is a BodyInit turned into a body with its Content-Type.
type extracted struct {
	b           *body
	contentType string // "" when the init gives none
}

// extract is Fetch's "extract a body" (§5.1) for workerd's BodyInit:
// ReadableStream, string, ArrayBuffer and views, Blob, FormData,
// URLSearchParams; anything else is converted to a string. A body that is
// not a stream is refused in a Worker's global scope, as workerd refuses it
// (it would make a stream of it there): a null body and a ReadableStream are
// allowed.
func (s *state) extract(v goja.Value) extracted {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return extracted{}
	}
	ex := s.extractValue(v)
	if ex.b.stream == nil {
		s.env.RefuseInGlobalScope()
	}
	return ex
}

func (s *state) extractValue(v goja.Value) extracted {
	if o, ok := v.(*goja.Object); ok {
		if b, ok := s.bufferBytes(o); ok {
			return extracted{b: &body{buf: append([]byte(nil), b...)}}
		}
		if f := s.forms.get(o); f != nil {
			data, boundary := f.encode(s)
			return extracted{b: &body{buf: data}, contentType: "multipart/form-data; boundary=" + boundary}
		}
		if rs := streams.ReadableOf(s.env, o); rs != nil {
			if rs.Locked() {
				s.throwTypeError("This ReadableStream is locked to a reader, and cannot be used as a body.")
			}
			if rs.Disturbed() {
				s.throwTypeError("This ReadableStream is disturbed (has already been read from), and cannot be used as a body.")
			}
			return extracted{b: &body{stream: o}}
		}
		if bl := blob.Of(s.env, o); bl != nil {
			return extracted{b: &body{buf: bl.Bytes()}, contentType: bl.Type()}
		}
		if s.instanceOf(o, "URLSearchParams") {
			return extracted{b: &body{buf: []byte(o.String())}, contentType: "application/x-www-form-urlencoded;charset=UTF-8"}
		}
	}
	// The bytes are V8's UTF-8 of the string, a lone surrogate as WTF-8.
	return extracted{b: &body{buf: []byte(blob.WTF8(s.toStrValue(v)))}, contentType: "text/plain;charset=UTF-8"}
}

// toUSV replaces lone surrogates (which goja keeps in strings and Go's
// conversion turns into U+FFFD already) so that the bytes are UTF-8.
func toUSV(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}

// bodyChunk is the size of the chunks a buffered body's stream delivers.
const bodyChunk = 4096

// streamOf returns b's ReadableStream, making it from the source on first
// use: a byte stream that Go feeds (package streams).
func (s *state) streamOf(b *body) *goja.Object {
	if b.stream != nil {
		return b.stream
	}
	src := *b
	if b.used {
		src = body{}
	}
	b.buf, b.reader = nil, nil
	var source streams.Source
	source.Bytes = true
	switch {
	case src.reader != nil:
		r := src.reader
		source.Pull = func(c *streams.Controller, done func()) {
			complete := s.env.Loop.Hold("reading a request or response body")
			go func() {
				// One read: what has arrived, so that a body that streams
				// (Server-Sent Events) is not held back until 64 KiB came.
				buf := make([]byte, 64<<10)
				n, err := r.Read(buf)
				complete(func() {
					s.enter(func() {
						if n > 0 {
							_ = c.Enqueue(buf[:n])
						}
						switch err {
						case nil:
						case io.EOF, io.ErrUnexpectedEOF:
							_ = r.Close()
							c.Close()
						default:
							_ = r.Close()
							c.Error(src.readError(s))
						}
						done()
					})
				})
			}()
		}
		source.Cancel = func(goja.Value) { _ = r.Close() }
	default:
		// Bytes: workerd knows the length of this stream, and of what
		// passes it on (new Response(response.body), tee()).
		source.Length, source.HasLength = int64(len(src.buf)), true
	}
	rs, ctl := streams.NewReadable(s.env, source)
	if src.reader == nil {
		// workerd hands a buffered body out in chunks of 4096 bytes (a BYOB
		// read fills its view from as many as it takes).
		for off := 0; off < len(src.buf); off += bodyChunk {
			end := min(off+bodyChunk, len(src.buf))
			_ = ctl.Enqueue(src.buf[off:end:end])
		}
		ctl.Close()
	}
	if b.used {
		// Consumed by text() and the others: workerd hands out a locked
		// stream.
		_, _ = rs.GetReader()
	}
	b.stream = rs.Value()
	return b.stream
}

// enter runs f as a task entered from the loop (host.Loop.Call), so that
// the microtasks it queues (stream reactions) run when it returns, as
// after any callback: a completion job of Loop.Hold is not such a task.
func (s *state) enter(f func()) {
	fn, _ := goja.AssertFunction(s.rt.ToValue(func(goja.FunctionCall) goja.Value {
		f()
		return goja.Undefined()
	}))
	if _, err := s.env.Loop.Call(fn, goja.Undefined()); err != nil {
		s.env.Loop.ReportException(err)
	}
}

// call calls o's method name with args, throwing what it throws.
func (s *state) call(o *goja.Object, name string, args ...goja.Value) goja.Value {
	fn, ok := goja.AssertFunction(o.Get(name))
	if !ok {
		s.throwTypeError(name + " is not a function")
	}
	v, err := fn(o, args...)
	if err != nil {
		panic(err)
	}
	return v
}

// consume is the body mixin's "consume body" (Fetch §5.3): it reads b to
// its end and resolves with convert(bytes), or rejects with what failed.
func (s *state) consume(b *body, convert func([]byte) goja.Value) goja.Value {
	p, resolve, reject := s.promise()
	finish := func(data []byte) {
		var out goja.Value
		if ex := s.try(func() { out = convert(data) }); ex != nil {
			reject(ex)
			return
		}
		resolve(out)
	}
	switch {
	case b == nil:
		finish(nil)
	case b.disturbed(s):
		reject(s.typeError(bodyUsedMessage))
	case b.stream != nil:
		rs := streams.ReadableOf(s.env, b.stream)
		rd, err := rs.GetReader()
		if err != nil {
			reject(s.typeError("This ReadableStream is currently locked to a reader."))
			break
		}
		b.used = true
		rd.ReadAll(func(data []byte, err goja.Value) {
			if err != nil {
				reject(err)
				return
			}
			finish(data)
		})
	case b.reader != nil:
		b.used = true
		r := b.reader
		complete := s.env.Loop.Hold("reading a request or response body")
		go func() {
			data, err := io.ReadAll(r)
			_ = r.Close()
			complete(func() {
				if err != nil {
					reject(b.readError(s))
					return
				}
				finish(data)
			})
		}()
	default:
		b.used = true
		finish(b.buf)
	}
	return p
}

// teeBody is clone()'s body: a buffered body is shared, a stream is teed.
func (s *state) teeBody(b *body) (orig, copy *body) {
	if b == nil {
		return nil, nil
	}
	// A stream that was read from but is not locked is teed as it is (both
	// branches get what is left), as workerd does.
	if b.used || b.stream != nil && s.locked(b.stream) {
		s.throwTypeError("This ReadableStream is currently locked to a reader,")
	}
	if b.stream == nil && b.reader == nil {
		c := *b
		return b, &c
	}
	rs := streams.ReadableOf(s.env, s.streamOf(b))
	r1, r2, err := rs.Tee()
	if err != nil {
		panic(err.(*streams.JSError).Value)
	}
	b.stream = r1.Value()
	return b, &body{stream: r2.Value()}
}

// initBody builds the Body class, the mixin that Request and Response
// inherit from (workerd exposes it as a global that cannot be constructed).
func (s *state) initBody() {
	r, rt := s.realm, s.rt
	s.bodyCtor, s.bodyProto = r.Class("Body", nil, nil)
	proto := s.bodyProto
	type owner struct {
		b       **body
		headers *headers
	}
	this := func(call goja.FunctionCall) owner {
		if q := s.requests.get(call.This); q != nil {
			return owner{&q.body, q.headers}
		}
		if p := s.responses.get(call.This); p != nil {
			return owner{&p.body, p.headers}
		}
		s.throwTypeError(events.IllegalInvocation)
		return owner{}
	}
	r.Accessor(proto, "body", func(call goja.FunctionCall) goja.Value {
		o := this(call)
		if *o.b == nil {
			return goja.Null()
		}
		return s.streamOf(*o.b)
	}, nil)
	r.Accessor(proto, "bodyUsed", func(call goja.FunctionCall) goja.Value {
		return rt.ToValue((*this(call).b).disturbed(s))
	}, nil)
	method := func(name string, convert func(o owner, data []byte) goja.Value) {
		r.Method(proto, name, func(call goja.FunctionCall) goja.Value {
			o := this(call) // a wrong this throws, before any promise
			return s.consume(*o.b, func(data []byte) goja.Value { return convert(o, data) })
		})
	}
	method("arrayBuffer", func(_ owner, data []byte) goja.Value {
		return rt.ToValue(rt.NewArrayBuffer(append([]byte(nil), data...)))
	})
	method("bytes", func(_ owner, data []byte) goja.Value { return s.u8(append([]byte(nil), data...)) })
	// text() and json() decode UTF-8 keeping a leading BOM (which JSON.parse
	// then refuses), as workerd does.
	method("text", func(o owner, data []byte) goja.Value {
		if *o.b != nil {
			s.warnNotText(o.headers)
		}
		return rt.ToValue(blob.DecodeUTF8(data))
	})
	method("json", func(o owner, data []byte) goja.Value {
		if *o.b != nil {
			s.warnNotText(o.headers)
		}
		parse := s.env.Intrinsics().JSONParse
		if parse == nil {
			panic(s.typeError("JSON.parse is not available"))
		}
		v, err := parse(goja.Undefined(), rt.ToValue(blob.DecodeUTF8(data)))
		if err != nil {
			panic(err)
		}
		return v
	})
	r.Method(proto, "formData", func(call goja.FunctionCall) goja.Value {
		o := this(call)
		// workerd reads the body first: a used body, or the stream's error,
		// comes before the missing Content-Type.
		return s.consume(*o.b, func(data []byte) goja.Value {
			if !o.headers.has("content-type") {
				panic(s.typeError("Parsing a Body as FormData requires a Content-Type header."))
			}
			return s.parseFormData(o.headers, data)
		})
	})
	method("blob", func(o owner, data []byte) goja.Value {
		typ := ""
		if t, ok := o.headers.get("content-type"); ok {
			if m, ok := extractMIMEType(t); ok {
				typ = m.serialize()
			}
		}
		return blob.New(s.env, append([]byte(nil), data...), typ)
	})
	constructorLast(proto)
}

// warnNotText is workerd's warning for text() on a body whose type does not
// parse as a MIME type or is not text (isTextMIME).
func (s *state) warnNotText(h *headers) {
	if h == nil {
		return
	}
	v, ok := h.get("content-type")
	if !ok {
		return
	}
	if m, ok := parseMIMEType(v); ok && isTextMIME(m) {
		return
	}
	s.warnf("Called .text() on an HTTP body which does not appear to be text. The body's Content-Type is \"%s\". The result will probably be corrupted. Consider checking the Content-Type header before interpreting entities as text.", v)
}

// jsonString is JSON.stringify for Response.json.
func (s *state) jsonString(v goja.Value) string {
	stringify := s.env.Intrinsics().JSONStringify
	if stringify == nil {
		panic(s.typeError("JSON.stringify is not available"))
	}
	out, err := stringify(goja.Undefined(), v)
	if err != nil {
		panic(err)
	}
	// workerd sends what V8's JSON::Stringify gives for an unserializable
	// value (undefined, a function, a symbol): the text "undefined".
	return out.String()
}
