package fetch

import (
	"strings"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/events"
	"github.com/mcrepl/mcrepl/worker/url"
)

// request is the Go side of a Request.
type request struct {
	method     string
	url        string
	headers    *headers
	headersObj *goja.Object
	body       *body
	redirect   string // "follow" or "manual"
	signal     *goja.Object
	cf         goja.Value // undefined unless given
	cache      goja.Value // undefined, "no-store" or "no-cache"
	// An incoming request (NewRequest) makes its signal on first use, from
	// ctrl, an AbortController: most handlers never read it, and every
	// controller costs the isolate memory until it ends.
	incoming   bool
	ctrl       *goja.Object
	clientGone bool // Abort was called
	// defaultSignal: signal is the one made on first use, not one given
	// (structuredClone refuses a Request only for a given one).
	defaultSignal bool
}

// knownMethod reports whether up is one of the methods workerd accepts
// (kj's HttpMethod list), upper case; a method is matched
// case-insensitively and normalised to this. A switch, not a map that the
// package's init function would build at every start.
func knownMethod(up string) bool {
	switch up {
	case "GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "PURGE", "OPTIONS", "TRACE",
		"COPY", "LOCK", "MKCOL", "MOVE", "PROPFIND", "PROPPATCH", "SEARCH", "UNLOCK", "ACL",
		"REPORT", "MKACTIVITY", "CHECKOUT", "MERGE", "MSEARCH", "NOTIFY", "SUBSCRIBE",
		"UNSUBSCRIBE", "QUERY", "BAN":
		return true
	}
	return false
}

// parseURL parses input (against base, if not "") with the WHATWG URL
// parser (package url) and returns its serialization.
func (s *state) parseURL(input string, base string) (string, bool) {
	if base != "" {
		return url.Parse(input, &base)
	}
	return url.Parse(input, nil)
}

func (s *state) initRequest() {
	r, rt := s.realm, s.rt
	ctor, proto := r.Class("Request", s.bodyProto, func(call goja.ConstructorCall) *goja.Object {
		if len(call.Arguments) == 0 {
			s.throwTypeError("Failed to construct 'Request': constructor parameter 1 is not of type 'Request or string'.")
		}
		q := s.newRequest(call.Argument(0), call.Argument(1), "Failed to construct 'Request': constructor parameter 2")
		s.requests.put(call.This, q)
		return nil
	})
	s.requestCtor, s.requestProto = ctor, proto
	this := func(call goja.FunctionCall) *request {
		q := s.requests.get(call.This)
		if q == nil {
			s.throwTypeError(events.IllegalInvocation)
		}
		return q
	}
	r.Method(proto, "clone", func(call goja.FunctionCall) goja.Value {
		q := this(call)
		c := *q
		q.body, c.body = s.teeBody(q.body)
		c.cf = s.cfClone(q.cf)
		if q.defaultSignal && !q.incoming {
			c.signal, c.defaultSignal = nil, false // the clone makes its own
		}
		c.headers = q.headers.clone()
		c.headersObj = s.newHeadersObject(c.headers)
		o := rt.CreateObject(s.requestProto)
		s.requests.put(o, &c)
		return o
	})
	get := func(name string, f func(q *request) goja.Value) {
		r.Accessor(proto, name, func(call goja.FunctionCall) goja.Value { return f(this(call)) }, nil)
	}
	get("method", func(q *request) goja.Value { return rt.ToValue(q.method) })
	get("url", func(q *request) goja.Value { return rt.ToValue(q.url) })
	get("headers", func(q *request) goja.Value { return q.headersObj })
	get("redirect", func(q *request) goja.Value { return rt.ToValue(q.redirect) })
	get("fetcher", func(*request) goja.Value { return goja.Null() })
	get("signal", func(q *request) goja.Value { return q.signalObj(s) })
	get("cf", func(q *request) goja.Value { return q.cf })
	get("integrity", func(*request) goja.Value { return rt.ToValue("") })
	get("keepalive", func(*request) goja.Value { return rt.ToValue(false) })
	get("cache", func(q *request) goja.Value { return q.cache })
	constructorLast(proto)
}

// signalObj is the request's signal, made on first use when none was given
// (one that never aborts).
func (q *request) signalObj(s *state) *goja.Object {
	if q.signal != nil {
		return q.signal
	}
	q.defaultSignal = true
	if !q.incoming {
		q.signal = s.newSignal()
		return q.signal
	}
	ac, err := s.rt.New(s.env.Realm.Ctor("AbortController"))
	if err != nil {
		panic(err)
	}
	q.ctrl = ac
	q.signal = s.signalOf(ac)
	if q.clientGone {
		q.abortIncoming(s)
	}
	return q.signal
}

// newSignal makes a fresh AbortSignal through AbortController.
func (s *state) newSignal() *goja.Object {
	ac, err := s.rt.New(s.env.Realm.Ctor("AbortController"))
	if err != nil {
		panic(err)
	}
	return s.signalOf(ac)
}

// signalOf is an AbortController's signal.
func (s *state) signalOf(ac *goja.Object) *goja.Object {
	sig, ok := ac.Get("signal").(*goja.Object)
	if !ok {
		panic(s.typeError("AbortController.prototype.signal is not an AbortSignal"))
	}
	return sig
}

// newRequest is the Request constructor's steps (Fetch §5.4, as workerd
// has them); what names the init argument in the message for one that is
// no object.
func (s *state) newRequest(input, initV goja.Value, what string) *request {
	rt := s.rt
	q := &request{method: "GET", redirect: "follow", cf: goja.Undefined(), cache: goja.Undefined()}
	var src *request
	if o, ok := input.(*goja.Object); ok {
		src = s.requests.get(o)
	}
	// The arguments are converted in order before the URL is parsed, as
	// workerd does: the input to a string, then the init's type.
	var raw string
	if src == nil {
		raw = s.toStr(input)
	}
	var init *goja.Object
	if o, ok := initV.(*goja.Object); ok && !goja.IsNull(initV) {
		init = o
	} else if initV != nil && !goja.IsUndefined(initV) && !goja.IsNull(initV) {
		s.throwTypeError(what + " is not of type 'RequestInitializerDict or Request'.")
	}
	if src != nil {
		q.method, q.url, q.redirect, q.cf, q.cache = src.method, src.url, src.redirect, s.cfClone(src.cf), src.cache
		q.headers = src.headers.clone()
		q.headers.guard = guardNone
		// A signal made on first use is the source's own: the copy makes
		// its own (an incoming request's, which the client's leaving
		// aborts, is shared).
		if !src.defaultSignal {
			q.signal = src.signal
		}
		if src.incoming {
			q.signal = src.signalObj(s)
		}
	} else {
		u, ok := s.parseURL(raw, "")
		if !ok {
			s.throwTypeError("Invalid URL: " + raw)
		}
		q.url = u
		q.headers = &headers{}
	}
	field := func(name string) goja.Value {
		if init == nil {
			return goja.Undefined()
		}
		return init.Get(name)
	}
	defined := func(v goja.Value) bool { return v != nil && !goja.IsUndefined(v) }
	str := s.toStr

	// The dictionary is read member by member in the order workerd
	// declares RequestInitializerDict, each converted as it is read (a
	// wrong type throws there); the values are checked afterwards.
	var method, redirect, cache, integrity string
	methodV := field("method")
	if defined(methodV) {
		method = str(methodV)
	}
	if headersV := field("headers"); defined(headersV) {
		h := &headers{}
		s.fillHeaders(h, headersV, "Incorrect type for the 'headers' field on 'RequestInitializerDict': the provided value is not of type 'Headers or Sequence or object'.")
		q.headers = h
	}
	bodyV := field("body")
	var ex extracted
	if defined(bodyV) {
		ex = s.extract(bodyV)
	}
	redirectV := field("redirect")
	if defined(redirectV) {
		redirect = str(redirectV)
	}
	if fetcherV := field("fetcher"); defined(fetcherV) && !goja.IsNull(fetcherV) {
		s.throwTypeError("Incorrect type for the 'fetcher' field on 'RequestInitializerDict': the provided value is not of type 'Fetcher'.")
	}
	cfV := field("cf")
	if defined(cfV) {
		s.cfCheck(cfV, "RequestInitializerDict")
	}
	cacheV := field("cache")
	if defined(cacheV) {
		cache = str(cacheV)
	}
	integrityV := field("integrity")
	if defined(integrityV) {
		integrity = str(integrityV)
	}
	if signalV := field("signal"); defined(signalV) {
		if goja.IsNull(signalV) {
			q.signal, q.defaultSignal = nil, false
		} else if _, _, isSignal := s.env.Realm.SignalOf(signalV); !isSignal {
			s.throwTypeError("Incorrect type for the 'signal' field on 'RequestInitializerDict': the provided value is not of type 'AbortSignal'.")
		} else {
			q.signal, q.defaultSignal = signalV.(*goja.Object), false
		}
	}
	if v := field("encodeResponseBody"); defined(v) {
		if e := str(v); e != "automatic" && e != "manual" {
			s.throwTypeError("encodeResponseBody: unexpected value: " + e)
		}
	}

	if defined(cacheV) {
		if cache != "no-store" && cache != "no-cache" {
			s.throwTypeError("Unsupported cache mode: " + cache)
		}
		q.cache = rt.ToValue(cache)
	}
	if integrity != "" {
		s.throwTypeError("Subrequest integrity checking is not implemented. The integrity option must be either undefined or an empty string.")
	}
	if defined(methodV) {
		up := strings.ToUpper(method)
		if !knownMethod(up) {
			s.throwTypeError("Invalid HTTP method string: " + method)
		}
		q.method = up
	}
	if defined(cfV) {
		q.cf = s.jsonCopy(cfV)
	}
	hasBody := defined(bodyV) && !goja.IsNull(bodyV)
	if hasBody && (q.method == "GET" || q.method == "HEAD") {
		s.throwTypeError("Request with a GET or HEAD method cannot have a body.")
	}
	if defined(redirectV) {
		// workerd compares the mode without regard to ASCII case ("FOLLOW").
		switch r := asciiLower(redirect); {
		case r == "follow" || r == "manual":
			q.redirect = r
		case s.env.Flags.Enabled("fetch_redirect_error"):
			// "error" is matched exactly, where the other two are not.
			if redirect != "error" {
				s.throwTypeError(`Invalid redirect value, must be one of "follow", "manual", or "error".`)
			}
			q.redirect = redirect
		default:
			s.throwTypeError(`Invalid redirect value. Use "follow" or "manual". To use "error", enable the fetch_redirect_error compatibility flag.`)
		}
	}
	switch {
	case defined(bodyV):
		q.body = ex.b
		if ex.contentType != "" && !q.headers.has("content-type") {
			q.headers.append("content-type", ex.contentType, "")
		}
	case src != nil && src.body != nil:
		if src.body.disturbed(s) {
			s.throwTypeError("Cannot reconstruct a Request with a used body.")
		}
		if q.method == "GET" || q.method == "HEAD" {
			s.throwTypeError("Request with a GET or HEAD method cannot have a body.")
		}
		moved := *src.body
		q.body = &moved
		src.body.used = true
		src.body.buf, src.body.reader = nil, nil
	}
	q.headersObj = s.newHeadersObject(q.headers)
	return q
}

// asciiLower lowercases ASCII letters only, as a case-insensitive
// comparison of a C string does.
func asciiLower(v string) string {
	b := []byte(v)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
