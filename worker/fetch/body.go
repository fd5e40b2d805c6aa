package fetch

import (
	"io"
	"mime"
	"strings"
	"unicode/utf8"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/events"
)

// body is a Request's or Response's body (Fetch §5.1 "body"): a Go source
// until .body makes it a stream. A nil *body is the null body.
type body struct {
	// The source, when no stream was made yet: exactly one of these.
	buf    []byte
	reader io.ReadCloser // a Go stream (a server's request, a fetch() response)
	parts  []part        // Blobs (read through arrayBuffer()) and bytes: a Blob or FormData with files

	// stream is the ReadableStream: given at construction, or made from
	// the source by .body.
	stream *goja.Object
	// own is set when stream was made here; pulled then says whether
	// anything read from it (the stream is disturbed).
	own, pulled bool
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
	if b.used || b.own && b.pulled {
		return true
	}
	if b.stream != nil && !b.own {
		return s.locked(b.stream) && b.used
	}
	return false
}

func (s *state) locked(stream *goja.Object) bool {
	locked := false
	s.rt.Try(func() { locked = stream.Get("locked").ToBoolean() })
	return locked
}

// extracted is a BodyInit turned into a body with its Content-Type.
type extracted struct {
	b           *body
	contentType string // "" when the init gives none
}

// extract is Fetch's "extract a body" (§5.1) for workerd's BodyInit:
// ReadableStream, string, ArrayBuffer and views, Blob, FormData,
// URLSearchParams; anything else is converted to a string.
func (s *state) extract(v goja.Value) extracted {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return extracted{}
	}
	if o, ok := v.(*goja.Object); ok {
		if b, ok := s.bufferBytes(o); ok {
			return extracted{b: &body{buf: append([]byte(nil), b...)}}
		}
		if f := s.forms.get(o); f != nil {
			parts, boundary := f.encode(s)
			b := &body{parts: parts}
			if len(parts) == 1 && parts[0].blob == nil {
				b = &body{buf: parts[0].b}
			}
			return extracted{b: b, contentType: "multipart/form-data; boundary=" + boundary}
		}
		if s.instanceOf(o, "ReadableStream") {
			return extracted{b: &body{stream: o}}
		}
		if s.instanceOf(o, "Blob") {
			t := o.Get("type").String()
			return extracted{b: &body{parts: []part{{blob: o}}}, contentType: t}
		}
		if s.instanceOf(o, "URLSearchParams") {
			return extracted{b: &body{buf: []byte(o.String())}, contentType: "application/x-www-form-urlencoded;charset=UTF-8"}
		}
	}
	return extracted{b: &body{buf: []byte(toUSV(v.String()))}, contentType: "text/plain;charset=UTF-8"}
}

// toUSV replaces lone surrogates (which goja keeps in strings and Go's
// conversion turns into U+FFFD already) so that the bytes are UTF-8.
func toUSV(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return strings.ToValidUTF8(s, "\uFFFD")
}

// streamOf returns b's ReadableStream, making it from the source on first
// use. It returns nil when the isolate has no ReadableStream.
func (s *state) streamOf(b *body) *goja.Object {
	if b.stream != nil {
		return b.stream
	}
	rs := s.global("ReadableStream")
	if rs == nil {
		s.realm.ThrowTypeError("Body.body needs ReadableStream, which this isolate does not have")
	}
	src := *b
	if b.used {
		src = body{buf: []byte{}}
	}
	done := false
	pull := s.rt.ToValue(func(call goja.FunctionCall) goja.Value {
		b.pulled = true
		ctrl := call.Argument(0).ToObject(s.rt)
		enqueue := func(chunk []byte) {
			fn, _ := goja.AssertFunction(ctrl.Get("enqueue"))
			if _, err := fn(ctrl, s.u8(chunk)); err != nil {
				panic(err)
			}
		}
		closeStream := func() {
			if done {
				return
			}
			done = true
			fn, _ := goja.AssertFunction(ctrl.Get("close"))
			_, _ = fn(ctrl)
			if br, ok := ctrl.Get("byobRequest").(*goja.Object); ok && br != nil {
				if fn, ok := goja.AssertFunction(br.Get("respond")); ok {
					_, _ = fn(br, s.rt.ToValue(0))
				}
			}
		}
		switch {
		case src.reader != nil:
			p, resolve, reject := s.promise()
			complete := s.env.Loop.Hold("reading a request or response body")
			r := src.reader
			go func() {
				buf := make([]byte, 64<<10)
				n, err := io.ReadFull(r, buf)
				complete(func() {
					if ex := s.try(func() {
						if n > 0 {
							enqueue(buf[:n])
						}
						switch err {
						case nil:
						case io.EOF, io.ErrUnexpectedEOF:
							_ = r.Close()
							closeStream()
						default:
							_ = r.Close()
							panic(s.typeError("Network connection lost."))
						}
					}); ex != nil {
						reject(ex)
						return
					}
					resolve(goja.Undefined())
				})
			}()
			return p
		case src.parts != nil:
			p, resolve, reject := s.promise()
			parts := src.parts
			src.parts = nil
			s.readParts(parts, func(data []byte) {
				if ex := s.try(func() {
					if len(data) > 0 {
						enqueue(data)
					}
					closeStream()
				}); ex != nil {
					reject(ex)
					return
				}
				resolve(goja.Undefined())
			}, reject)
			return p
		default:
			if len(src.buf) > 0 {
				chunk := src.buf
				src.buf = nil
				enqueue(chunk)
				return goja.Undefined()
			}
			closeStream()
			return goja.Undefined()
		}
	})
	cancel := s.rt.ToValue(func(goja.FunctionCall) goja.Value {
		b.pulled = true
		if src.reader != nil {
			_ = src.reader.Close()
		}
		src.buf, src.parts = nil, nil
		return goja.Undefined()
	})
	b.stream = s.helper("byteStream", rs, pull, cancel).(*goja.Object)
	b.own = true
	b.buf, b.reader, b.parts = nil, nil, nil
	return b.stream
}

// part is a piece of a body: bytes, or a Blob whose bytes are read when
// the body is.
type part struct {
	b    []byte
	blob *goja.Object
}

// readParts reads parts in order and calls done with their concatenation,
// or fail with what a Blob's arrayBuffer() rejected with.
func (s *state) readParts(parts []part, done func([]byte), fail func(goja.Value)) {
	var out []byte
	var next func(i int)
	next = func(i int) {
		for ; i < len(parts) && parts[i].blob == nil; i++ {
			out = append(out, parts[i].b...)
		}
		if i == len(parts) {
			done(out)
			return
		}
		var ab goja.Value
		if ex := s.try(func() { ab = s.call(parts[i].blob, "arrayBuffer") }); ex != nil {
			fail(ex)
			return
		}
		s.whenSettled(ab, func(v goja.Value) {
			data, _ := s.bufferBytes(v)
			out = append(out, data...)
			next(i + 1)
		}, fail)
	}
	next(0)
}

// call calls o's method name with args, throwing what it throws.
func (s *state) call(o *goja.Object, name string, args ...goja.Value) goja.Value {
	fn, ok := goja.AssertFunction(o.Get(name))
	if !ok {
		s.realm.ThrowTypeError(name + " is not a function")
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
		if s.locked(b.stream) {
			reject(s.typeError("This ReadableStream is currently locked to a reader."))
			break
		}
		b.used = true
		var all goja.Value
		if ex := s.try(func() { all = s.helper("readAll", b.stream) }); ex != nil {
			reject(ex)
			break
		}
		s.whenSettled(all, func(v goja.Value) {
			data, _ := s.bufferBytes(v)
			finish(data)
		}, reject)
	case b.reader != nil:
		b.used = true
		r := b.reader
		complete := s.env.Loop.Hold("reading a request or response body")
		go func() {
			data, err := io.ReadAll(r)
			_ = r.Close()
			complete(func() {
				if err != nil {
					reject(s.typeError("Network connection lost."))
					return
				}
				finish(data)
			})
		}()
	case b.parts != nil:
		b.used = true
		s.readParts(b.parts, finish, reject)
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
	if b.disturbed(s) || b.stream != nil && s.locked(b.stream) {
		s.realm.ThrowTypeError("This ReadableStream is currently locked to a reader,")
	}
	if b.stream == nil && b.reader == nil {
		c := *b
		return b, &c
	}
	stream := s.streamOf(b)
	pair := s.call(stream, "tee").ToObject(s.rt)
	b1, _ := pair.Get("0").(*goja.Object)
	b2, _ := pair.Get("1").(*goja.Object)
	b.stream, b.own = b1, false
	return b, &body{stream: b2}
}

// contentTypeOf is the MIME essence of a header list's Content-Type.
func contentTypeOf(h *headers) (essence string, params map[string]string) {
	v, ok := h.get("content-type")
	if !ok {
		return "", nil
	}
	mt, params, err := mime.ParseMediaType(v)
	if err != nil {
		return strings.ToLower(strings.TrimSpace(strings.Split(v, ";")[0])), nil
	}
	return mt, params
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
		r.ThrowTypeError(events.IllegalInvocation)
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
			var o owner
			if ex := s.try(func() { o = this(call) }); ex != nil {
				return s.rejected(ex)
			}
			return s.consume(*o.b, func(data []byte) goja.Value { return convert(o, data) })
		})
	}
	method("arrayBuffer", func(_ owner, data []byte) goja.Value {
		return rt.ToValue(rt.NewArrayBuffer(append([]byte(nil), data...)))
	})
	method("bytes", func(_ owner, data []byte) goja.Value { return s.u8(append([]byte(nil), data...)) })
	method("text", func(o owner, data []byte) goja.Value {
		s.warnNotText(o.headers)
		return rt.ToValue(decodeUTF8(data))
	})
	method("json", func(_ owner, data []byte) goja.Value {
		parse, _ := goja.AssertFunction(s.env.Global.Get("JSON").ToObject(rt).Get("parse"))
		v, err := parse(goja.Undefined(), rt.ToValue(decodeUTF8(data)))
		if err != nil {
			panic(err)
		}
		return v
	})
	method("formData", func(o owner, data []byte) goja.Value { return s.parseFormData(o.headers, data) })
	method("blob", func(o owner, data []byte) goja.Value {
		blob := s.global("Blob")
		if blob == nil {
			r.ThrowTypeError("blob() needs Blob, which this isolate does not have")
		}
		t, _ := o.headers.get("content-type")
		opts := rt.NewObject()
		_ = opts.Set("type", strings.ToLower(t))
		v, err := rt.New(blob, rt.NewArray(s.u8(append([]byte(nil), data...))), opts)
		if err != nil {
			panic(err)
		}
		return v
	})
	constructorLast(proto)
}

// warnNotText is workerd's warning for text() on a body whose type says it
// is not text.
func (s *state) warnNotText(h *headers) {
	if h == nil {
		return
	}
	v, ok := h.get("content-type")
	if !ok {
		return
	}
	mt, _ := contentTypeOf(h)
	if strings.HasPrefix(mt, "text/") || mt == "" || strings.Contains(mt, "json") || strings.Contains(mt, "xml") ||
		strings.Contains(mt, "javascript") || mt == "application/x-www-form-urlencoded" {
		return
	}
	s.warnf("Called .text() on an HTTP body which does not appear to be text. The body's Content-Type is %q. The result will probably be corrupted. Consider checking the Content-Type header before interpreting entities as text.", v)
}

// decodeUTF8 is UTF-8 decode (Encoding §4.1): a leading BOM dropped,
// invalid sequences replaced by U+FFFD.
func decodeUTF8(b []byte) string {
	if len(b) >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF {
		b = b[3:]
	}
	if utf8.Valid(b) {
		return string(b)
	}
	var out strings.Builder
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		out.WriteRune(r) // RuneError is U+FFFD
		b = b[n:]
	}
	return out.String()
}

// jsonString is JSON.stringify for Response.json.
func (s *state) jsonString(v goja.Value) string {
	stringify, _ := goja.AssertFunction(s.env.Global.Get("JSON").ToObject(s.rt).Get("stringify"))
	out, err := stringify(goja.Undefined(), v)
	if err != nil {
		panic(err)
	}
	if goja.IsUndefined(out) {
		s.realm.ThrowTypeError("Value is not JSON serializable")
	}
	return out.String()
}
