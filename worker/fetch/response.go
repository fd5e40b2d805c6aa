package fetch

import (
	"math"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/events"
	"github.com/mcrepl/mcrepl/worker/websocket"
)

// response is the Go side of a Response.
type response struct {
	status     int
	statusText string
	headers    *headers
	headersObj *goja.Object
	body       *body
	url        string
	redirected bool
	typ        string     // "default" or "error"
	cf         goja.Value // undefined unless given
	// manual is encodeBody: "manual": the body is sent as it is whatever
	// its Content-Encoding says. clone() does not keep it (workerd's clone
	// is sent compressed).
	manual bool
	// encoded is a fetched body, which mcrepl leaves as the origin encoded
	// it (workerd decodes it), so it too is sent as it is.
	encoded bool
	// webSocket is the WebSocket end given in the init's webSocket field
	// (a 101 response), or nil.
	webSocket *goja.Object
}

func nullBodyStatus(status int) bool {
	return status == 101 || status == 204 || status == 205 || status == 304
}

func redirectStatus(status int) bool {
	return status == 301 || status == 302 || status == 303 || status == 307 || status == 308
}

func (s *state) initResponse() {
	r, rt := s.realm, s.rt
	ctor, proto := r.Class("Response", s.bodyProto, func(call goja.ConstructorCall) *goja.Object {
		p := &response{status: 200, typ: "default", cf: goja.Undefined()}
		// The body argument is converted before the init is read.
		ex := s.extract(call.Argument(0))
		s.initResponseFields(p, call.Argument(1), "Failed to construct 'Response': constructor parameter 2")
		if ex.b != nil && nullBodyStatus(p.status) {
			// workerd lets a zero-length body through as a null body (with
			// a warning), the only way to make such a Response before null
			// bodies were accepted.
			if ex.b.stream != nil || len(ex.b.buf) > 0 {
				s.throwTypeError("Response with null body status (101, 204, 205, or 304) cannot have a body.")
			}
			ex = extracted{}
		}
		p.body = ex.b
		if ex.contentType != "" && !p.headers.has("content-type") {
			p.headers.append("content-type", ex.contentType, "")
		}
		p.headersObj = s.newHeadersObject(p.headers)
		s.responses.put(call.This, p)
		return nil
	})
	s.responseCtor, s.responseProto = ctor, proto

	static := func(name string, length int, f func(goja.FunctionCall) goja.Value) {
		_ = ctor.DefineDataProperty(name, r.Func(name, length, f), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	}
	static("error", 0, func(goja.FunctionCall) goja.Value {
		p := &response{status: 0, typ: "error", headers: &headers{}, cf: goja.Undefined()}
		return s.wrapResponse(p)
	})
	static("redirect", 0, func(call goja.FunctionCall) goja.Value {
		if len(call.Arguments) == 0 {
			s.throwTypeError("Failed to execute 'redirect' on 'Response': parameter 1 is not of type 'string'.")
		}
		raw := s.toStr(call.Argument(0))
		status := 302
		if len(call.Arguments) > 1 && !goja.IsUndefined(call.Argument(1)) {
			status = s.toInt32(call.Argument(1))
		}
		if !redirectStatus(status) {
			panic(s.rangeError(itoa(status) + " is not a redirect status code. It must be one of: 301, 302, 303, 307, or 308."))
		}
		u, ok := s.parseURL(raw, "")
		if !ok {
			s.throwTypeError("Unable to parse URL: " + raw)
		}
		s.env.RefuseInGlobalScope()
		h := &headers{guard: guardImmutable}
		h.append("location", u, "")
		return s.wrapResponse(&response{status: status, typ: "default", headers: h, cf: goja.Undefined()})
	})
	static("json", 0, func(call goja.FunctionCall) goja.Value {
		if len(call.Arguments) == 0 {
			s.throwTypeError("Failed to execute 'json' on 'Response': parameter 1 is not of type 'Value'.")
		}
		text := s.jsonString(call.Argument(0))
		s.env.RefuseInGlobalScope()
		p := &response{status: 200, typ: "default", cf: goja.Undefined()}
		s.initResponseFields(p, call.Argument(1), "Failed to execute 'json' on 'Response': parameter 2")
		if nullBodyStatus(p.status) {
			s.throwTypeError("Response with null body status (101, 204, 205, or 304) cannot have a body.")
		}
		p.body = &body{buf: []byte(toUSV(text))}
		if !p.headers.has("content-type") {
			p.headers.append("content-type", "application/json", "")
		}
		return s.wrapResponse(p)
	})

	this := func(call goja.FunctionCall) *response {
		p := s.responses.get(call.This)
		if p == nil {
			s.throwTypeError(events.IllegalInvocation)
		}
		return p
	}
	r.Method(proto, "clone", func(call goja.FunctionCall) goja.Value {
		p := this(call)
		if p.webSocket != nil {
			s.throwTypeError("Cannot clone a response to a WebSocket handshake.")
		}
		c := *p
		p.body, c.body = s.teeBody(p.body)
		c.cf = s.cfClone(p.cf)
		c.headers = p.headers.clone()
		c.headersObj = nil
		c.manual = false
		return s.wrapResponse(&c)
	})
	get := func(name string, f func(p *response) goja.Value) {
		r.Accessor(proto, name, func(call goja.FunctionCall) goja.Value { return f(this(call)) }, nil)
	}
	get("status", func(p *response) goja.Value { return rt.ToValue(p.status) })
	get("statusText", func(p *response) goja.Value { return rt.ToValue(p.statusText) })
	get("headers", func(p *response) goja.Value { return p.headersObj })
	get("ok", func(p *response) goja.Value { return rt.ToValue(p.status >= 200 && p.status <= 299) })
	get("redirected", func(p *response) goja.Value { return rt.ToValue(p.redirected) })
	get("url", func(p *response) goja.Value { return rt.ToValue(p.url) })
	// workerd's WebSocket upgrade: the end given to the constructor, or null.
	get("webSocket", func(p *response) goja.Value {
		if p.webSocket == nil {
			return goja.Null()
		}
		return p.webSocket
	})
	get("cf", func(p *response) goja.Value { return p.cf })
	get("type", func(p *response) goja.Value { return rt.ToValue(p.typ) })
	constructorLast(proto)
}

// wrapResponse makes a Response object for p (its Headers object too, if
// it has none).
func (s *state) wrapResponse(p *response) *goja.Object {
	if p.headersObj == nil {
		p.headersObj = s.newHeadersObject(p.headers)
	}
	o := s.rt.CreateObject(s.responseProto)
	s.responses.put(o, p)
	return o
}

func (s *state) rangeError(msg string) goja.Value {
	in := s.env.Intrinsics()
	return in.NewError(s.rt, in.RangeError, msg)
}

// toInt32 is workerd's conversion of a status to an int: NaN and the
// infinities are 0, a fraction is truncated, and a value past int32 is a
// TypeError.
func (s *state) toInt32(v goja.Value) int {
	f := v.ToFloat()
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	f = math.Trunc(f)
	if f < math.MinInt32 || f > math.MaxInt32 {
		s.throwTypeError("Value out of range. Must be between -2147483648 and 2147483647 (inclusive).")
	}
	return int(f)
}

// validStatusText is HTTP's reason-phrase as workerd checks it: no control
// characters (tab included; DEL is allowed).
func validStatusText(s string) bool {
	for _, c := range s {
		if c < 0x20 {
			return false
		}
	}
	return true
}

// initResponseFields reads a ResponseInit into p. The members are read in
// the order workerd declares them (status, statusText, headers, cf,
// webSocket, encodeBody), each converted as it is read; status and
// statusText are checked after. what names the argument in the message for
// an init that is no object.
func (s *state) initResponseFields(p *response, initV goja.Value, what string) {
	const dict = "InitializerDict"
	p.headers = &headers{}
	if initV == nil || goja.IsUndefined(initV) || goja.IsNull(initV) {
		return
	}
	init, ok := initV.(*goja.Object)
	if !ok {
		s.throwTypeError(what + " is not of type '" + dict + " or Response'.")
	}
	defined := func(v goja.Value) bool { return v != nil && !goja.IsUndefined(v) }
	statusV := init.Get("status")
	if defined(statusV) {
		p.status = s.toInt32(statusV)
	}
	statusTextV := init.Get("statusText")
	var statusText string
	if defined(statusTextV) {
		statusText = s.toStr(statusTextV)
	}
	if headersV := init.Get("headers"); defined(headersV) {
		s.fillHeaders(p.headers, headersV, "Incorrect type for the 'headers' field on '"+dict+"': the provided value is not of type 'Headers or Sequence or object'.")
	}
	cfV := init.Get("cf")
	if defined(cfV) {
		s.cfCheck(cfV, dict)
	}
	if ws := init.Get("webSocket"); defined(ws) && !goja.IsNull(ws) {
		if !websocket.IsWebSocket(s.env, ws) {
			s.throwTypeError("Incorrect type for the 'webSocket' field on '" + dict + "': the provided value is not of type 'WebSocket'.")
		}
		p.webSocket = ws.(*goja.Object)
	}
	if encodeV := init.Get("encodeBody"); defined(encodeV) {
		e := s.toStr(encodeV)
		if e != "automatic" && e != "manual" {
			s.throwTypeError("encodeBody: unexpected value: " + e)
		}
		p.manual = e == "manual"
	}
	if defined(cfV) {
		p.cf = s.jsonCopy(cfV)
	}
	if p.webSocket != nil {
		if p.status != 101 {
			panic(s.rangeError("Responses with a WebSocket must have status code 101."))
		}
	} else if p.status < 200 || p.status > 599 {
		panic(s.rangeError("Responses may only be constructed with status codes in the range 200 to 599, inclusive."))
	}
	if defined(statusTextV) {
		if !validStatusText(statusText) {
			s.throwTypeError("Invalid statusText")
		}
		p.statusText = statusText
	}
}
