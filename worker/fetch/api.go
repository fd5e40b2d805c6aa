package fetch

import (
	"errors"
	"io"
	"net/http"
	"strings"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/host"
	"github.com/mcrepl/mcrepl/worker/streams"
)

// Incoming is a request that a server hands to a fetch handler.
type Incoming struct {
	Method string
	URL    string // absolute
	Header http.Header
	// Body is read when the handler reads the request's body; nil: no body.
	// It is closed once read to the end.
	Body io.ReadCloser
	// CF is the request's cf object as JSON-like Go values; nil: an empty
	// object.
	CF map[string]any
}

// NewRequest makes the Request object a fetch handler receives. Loop
// goroutine only.
func NewRequest(env *host.Env, in Incoming) *goja.Object {
	s := get(env)
	q := &request{
		method:   strings.ToUpper(in.Method),
		url:      in.URL,
		headers:  fromHTTP(in.Header),
		redirect: "manual",
		cache:    goja.Undefined(),
	}
	if in.Body != nil && q.method != "GET" && q.method != "HEAD" {
		q.body = &body{reader: in.Body}
	} else if in.Body != nil {
		_ = in.Body.Close()
	}
	cf := in.CF
	if cf == nil {
		cf = map[string]any{}
	}
	q.cf = s.rt.ToValue(cf)
	q.headersObj = s.newHeadersObject(q.headers)
	q.incoming = true
	o := s.rt.CreateObject(s.requestProto)
	s.requests.put(o, q)
	return o
}

// Abort aborts the signal of a Request made by NewRequest (the client went
// away), with the reason workerd gives. Loop goroutine only.
func Abort(env *host.Env, req *goja.Object) {
	s := get(env)
	q := s.requests.get(req)
	if q == nil {
		return
	}
	q.clientGone = true
	if q.ctrl == nil {
		return // no signal was asked for: it will be made aborted
	}
	q.abortIncoming(s)
}

// abortIncoming aborts an incoming request's signal: its client went away.
func (q *request) abortIncoming(s *state) {
	s.rt.Try(func() {
		s.call(q.ctrl, "abort", s.realm.NewDOMException("The client has disconnected.", "AbortError"))
	})
}

// Outgoing is a Response as a server sends it.
type Outgoing struct {
	Status     int
	StatusText string
	Header     http.Header
	// Body is nil for a null body.
	Body *Body
	// Manual is encodeBody: "manual" (and a fetched Response): the body is
	// sent as it is; otherwise workerd compresses it when Content-Encoding
	// is gzip or br.
	Manual bool
	// WebSocket is the end of a 101 response's webSocket (package
	// websocket), nil for any other response: mcrepl serve upgrades the
	// connection and couples it to the end (websocket.Couple).
	WebSocket goja.Value
}

// ErrNotResponse is returned by ResponseOf for a value that is not a
// Response.
var ErrNotResponse = errors.New("not a Response")

// ErrErrorResponse is returned by ResponseOf for Response.error(), which
// workerd refuses as a handler's answer (with this message).
//
//lint:ignore ST1005 workerd's message, printed as it is
var ErrErrorResponse = errors.New("Return value from serve handler must not be an error response (like Response.error())")

// ErrBodyUsed is returned by ResponseOf for a Response whose body was
// already read.
//
//lint:ignore ST1005 workerd's message, printed as it is
var ErrBodyUsed = errors.New(bodyUsedMessage)

// ResponseOf reads the Response v for sending, and marks its body used.
// Header's keys are the names as workerd writes them (WireName): assign
// them to a header map as they are. Loop goroutine only.
func ResponseOf(env *host.Env, v goja.Value) (Outgoing, error) {
	s := get(env)
	p := s.responses.get(v)
	if p == nil {
		return Outgoing{}, ErrNotResponse
	}
	if p.typ == "error" {
		return Outgoing{}, ErrErrorResponse
	}
	out := Outgoing{Status: p.status, StatusText: p.statusText, Header: p.headers.HTTP(), Manual: p.manual || p.encoded}
	if p.webSocket != nil {
		out.WebSocket = p.webSocket
		return out, nil
	}
	if p.body == nil {
		return out, nil
	}
	b := p.body
	if b.disturbed(s) || b.stream != nil && s.locked(b.stream) {
		return out, ErrBodyUsed
	}
	out.Body = &Body{s: s}
	switch {
	case b.stream != nil:
		rd, err := streams.ReadableOf(env, b.stream).GetReader()
		if err != nil {
			return out, ErrBodyUsed
		}
		out.Body.js = rd
		out.Body.length, out.Body.hasLength = rd.Length()
	case b.reader != nil:
		out.Body.reader = b.reader
	default:
		out.Body.buf = b.buf
		out.Body.buffered = true
	}
	b.used = true
	return out, nil
}

// Body is a response body being sent.
type Body struct {
	s        *state
	buf      []byte
	buffered bool
	reader   io.ReadCloser
	js       *streams.Reader // a reader of the Response's ReadableStream
	// length is js's stream's length when hasLength, read on the loop.
	length    int64
	hasLength bool
}

// Buffered returns the whole body when it is bytes in Go. Any goroutine.
func (b *Body) Buffered() ([]byte, bool) { return b.buf, b.buffered }

// Length is the length of a streamed body, when its stream knows it (a
// body made from bytes, passed on as response.body or a tee branch, a
// Blob's stream, a FixedLengthStream): workerd sends it as the
// Content-Length. Any goroutine, before the first Next.
func (b *Body) Length() (int64, bool) {
	if b.buffered {
		return int64(len(b.buf)), true
	}
	if b.js == nil {
		return 0, false
	}
	return b.length, b.hasLength
}

// Reader returns the body as a Go reader, when it is one (a fetch()
// response passed through): any goroutine may read it.
func (b *Body) Reader() (io.ReadCloser, bool) { return b.reader, b.reader != nil }

// Next reads the next chunk of a body that is neither Buffered nor a
// Reader and calls cb on the loop with it (a copy), or with done at the
// end, or with the error that ended the stream. It converts a chunk as
// workerd's draining read (the pump of a response body) converts it: the
// bytes of an ArrayBuffer or of any ArrayBufferView, a string as UTF-8 (a
// lone surrogate as U+FFFD); anything else is workerd's TypeError, and the
// stream is cancelled with it. Loop goroutine only.
func (b *Body) Next(cb func(chunk []byte, done bool, err error)) {
	s := b.s
	if b.js == nil {
		cb(nil, true, nil)
		return
	}
	b.js.Read(func(c streams.Chunk, done bool, jerr goja.Value) {
		switch {
		case jerr != nil:
			cb(nil, false, errors.New(s.describe(jerr)))
		case done:
			cb(nil, true, nil)
		case !c.IsBytes() && goja.IsString(c.Value):
			cb([]byte(c.Value.String()), false, nil)
		default:
			data, ok := c.Data(s.env)
			if !ok {
				const msg = "Draining read encountered a value that cannot be converted to bytes"
				b.js.Cancel(s.typeError(msg))
				cb(nil, false, errors.New("TypeError: "+msg))
				return
			}
			cb(append([]byte(nil), data...), false, nil)
		}
	})
}

// Cancel cancels a streamed body (the client went away). Loop goroutine
// only.
func (b *Body) Cancel() {
	if b.js != nil {
		b.js.Cancel(b.s.realm.NewDOMException("The client has disconnected.", "AbortError"))
	}
	if b.reader != nil {
		_ = b.reader.Close()
	}
}

// describe is a thrown value as a one-line message.
func (s *state) describe(v goja.Value) string {
	if o, ok := v.(*goja.Object); ok {
		var msg string
		s.rt.Try(func() {
			if st := o.Get("stack"); st != nil && !goja.IsUndefined(st) {
				msg = st.String()
				return
			}
			msg = o.String()
		})
		if msg != "" {
			return msg
		}
	}
	return v.String()
}

// IsResponse reports whether v is a Response. Loop goroutine only.
func IsResponse(env *host.Env, v goja.Value) bool { return get(env).responses.get(v) != nil }
