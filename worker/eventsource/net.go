package eventsource

import (
	"net/url"
	"strings"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/fetch"
	urlpkg "github.com/mcrepl/mcrepl/worker/url"
)

// netAPI is what new EventSource(url) uses of the isolate: its own fetch(),
// AbortController and the Response and Headers members, as the isolate
// made them (a script that replaces them changes nothing here).
type netAPI struct {
	fetch        goja.Callable
	abortCtor    *goja.Object
	abort        goja.Callable // AbortController.prototype.abort
	signal       goja.Callable // AbortController.prototype.signal's getter
	ok, status   goja.Callable // Response.prototype's getters
	headers      goja.Callable
	redirected   goja.Callable
	responseURL  goja.Callable
	body         goja.Callable
	headersGet   goja.Callable // Headers.prototype.get
	networkError string        // fetch()'s message for a connection that failed
}

func (s *state) netOf() *netAPI {
	if s.net != nil {
		return s.net
	}
	env, rt := s.env, s.rt
	in := env.Intrinsics()
	n := &netAPI{networkError: "Network connection lost."}
	n.fetch, _ = goja.AssertFunction(env.Builtin("fetch"))
	// The getter of name on o or the first of its prototypes that has one
	// (the body mixin's members may live on a parent prototype).
	getter := func(o *goja.Object, name string) goja.Callable {
		for ; o != nil; o = o.Prototype() {
			if g := in.Getter(rt, o, rt.ToValue(name)); g != nil {
				return g
			}
		}
		return nil
	}
	proto := func(name string) *goja.Object {
		c, _ := env.Builtin(name).(*goja.Object)
		if c == nil {
			return nil
		}
		p, _ := c.Get("prototype").(*goja.Object)
		return p
	}
	n.abortCtor = env.Realm.Ctor("AbortController")
	if p, _ := n.abortCtor.Get("prototype").(*goja.Object); p != nil {
		n.abort, _ = goja.AssertFunction(p.Get("abort"))
		n.signal = getter(p, "signal")
	}
	rp := proto("Response")
	n.ok, n.status, n.headers = getter(rp, "ok"), getter(rp, "status"), getter(rp, "headers")
	n.redirected, n.responseURL, n.body = getter(rp, "redirected"), getter(rp, "url"), getter(rp, "body")
	if hp := proto("Headers"); hp != nil {
		n.headersGet, _ = goja.AssertFunction(hp.Get("get"))
	}
	s.net = n
	return n
}

// call calls f (one of netAPI's) and panics with what it threw: only in a
// host function or a Try.
func call(f goja.Callable, this goja.Value, args ...goja.Value) goja.Value {
	if f == nil {
		return goja.Undefined()
	}
	v, err := f(this, args...)
	if err != nil {
		panic(err)
	}
	return v
}

// connect fetches src's URL (HTML §9.2.3 "reestablish the connection"), with
// Accept: text/event-stream, Cache-Control: no-cache and Last-Event-ID.
func (s *state) connect(src *source) {
	if src.readyState == closed {
		return
	}
	n := s.netOf()
	rt := s.rt
	if n.fetch == nil || n.abort == nil || n.signal == nil {
		in := s.env.Intrinsics()
		s.notifyError(src, in.NewError(rt, in.TypeError, "fetch() is not available"), false)
		return
	}
	var ctrl *goja.Object
	if ex := rt.Try(func() {
		c, err := rt.New(n.abortCtor)
		if err != nil {
			panic(err)
		}
		ctrl = c
	}); ex != nil {
		s.notifyError(src, ex.Value(), false)
		return
	}
	aborted := false
	src.abort = func(reason goja.Value) {
		aborted = true
		args := []goja.Value{}
		if reason != nil {
			args = append(args, reason)
		}
		rt.Try(func() { call(n.abort, ctrl, args...) })
	}
	headers := rt.CreateObject(nil)
	_ = headers.Set("accept", eventStream)
	_ = headers.Set("cache-control", "no-cache")
	if src.lastEventID != "" {
		_ = headers.Set("last-event-id", src.lastEventID)
	}
	init := rt.CreateObject(nil)
	_ = init.Set("headers", headers)
	var promise goja.Value
	if ex := rt.Try(func() {
		_ = init.Set("signal", call(n.signal, ctrl))
		promise = call(n.fetch, goja.Undefined(), rt.ToValue(src.url), init)
	}); ex != nil {
		s.notifyError(src, ex.Value(), false)
		return
	}
	in := s.env.Intrinsics()
	r := s.env.Realm
	onResponse := r.Func("", 1, func(fc goja.FunctionCall) goja.Value {
		if !aborted {
			src.abort = nil
		}
		if ex := rt.Try(func() { s.onResponse(src, fc.Argument(0)) }); ex != nil {
			s.notifyError(src, ex.Value(), false)
		}
		return goja.Undefined()
	})
	onFailure := r.Func("", 1, func(fc goja.FunctionCall) goja.Value {
		s.fetchFailed(src, fc.Argument(0))
		return goja.Undefined()
	})
	if in.PromiseThen == nil {
		return
	}
	if _, err := in.PromiseThen(promise, onResponse, onFailure); err != nil {
		s.env.Loop.ReportException(err)
	}
}

// fetchFailed fails src with the fetch's rejection: a refused permission
// is also said on stderr, once per source, since a script without an
// 'error' listener would see nothing.
func (s *state) fetchFailed(src *source, reason goja.Value) {
	if src.readyState == closed {
		return
	}
	if o, ok := reason.(*goja.Object); ok {
		msg := o.Get("message")
		if msg != nil && s.isTypeError(o) {
			if u, err := url.Parse(src.url); err == nil && msg.String() == fetch.NetDeniedMessage(u.Host, s.env.Perms.Net) {
				if !src.warned && s.env.Warn != nil {
					src.warned = true
					s.env.Warn("new EventSource('" + src.url + "'): " + msg.String())
				}
			} else if msg.String() == s.netOf().networkError {
				// workerd's failed connection is an Error, not fetch()'s TypeError.
				in := s.env.Intrinsics()
				reason = in.NewError(s.rt, in.Error, msg.String())
			}
		}
	}
	s.notifyError(src, reason, false)
}

func (s *state) isTypeError(o *goja.Object) bool {
	in := s.env.Intrinsics()
	if in.TypeError == nil {
		return false
	}
	p, _ := in.TypeError.Get("prototype").(*goja.Object)
	for q := o.Prototype(); q != nil; q = q.Prototype() {
		if q == p {
			return true
		}
	}
	return false
}

// lostConnection reports whether a failed read of a response's body is
// fetch()'s "Network connection lost.", which workerd's body stream gives
// as a disconnection (the end of the stream, then a reconnection).
func (s *state) lostConnection(v goja.Value) bool {
	o, ok := v.(*goja.Object)
	if !ok || !s.isTypeError(o) {
		return false
	}
	m := o.Get("message")
	return m != nil && m.String() == s.netOf().networkError
}

// onResponse checks the response (HTML §9.2.3 "announce the connection" or
// "fail the connection") and reads its body.
func (s *state) onResponse(src *source, resp goja.Value) {
	if src.readyState == closed {
		return
	}
	n := s.netOf()
	fail := func(msg string) {
		s.notifyError(src, s.env.Realm.NewDOMException(msg, "AbortError"), false)
	}
	if !call(n.ok, resp).ToBoolean() {
		fail("The response status code was " + call(n.status, resp).String() + ".")
		return
	}
	ct := call(n.headersGet, call(n.headers, resp), s.rt.ToValue("content-type"))
	if goja.IsNull(ct) || goja.IsUndefined(ct) {
		fail("No content type header was present in the response.")
		return
	}
	if mimeEssence(ct.String()) != eventStream {
		fail("The content type '" + ct.String() + "' is invalid.")
		return
	}
	if call(n.redirected, resp).ToBoolean() {
		if u := call(n.responseURL, resp).String(); u != "" {
			if href, ok := urlpkg.Parse(u, nil); ok {
				src.url, src.urlOrigin = href, originOf(href)
			}
		}
	}
	body := call(n.body, resp)
	if rs := readableOf(s.env, body); rs != nil {
		if ex := s.readStream(src, rs, true); ex != nil {
			// Before spec_compliant_dispatch_exceptions, what an 'open'
			// listener threw is an unhandled rejection in workerd.
			s.env.Loop.ReportException(ex)
		}
		return
	}
	in := s.env.Intrinsics()
	if src.previousNoBody {
		s.notifyError(src, in.NewError(s.rt, in.Error, "The server provided no content."), false)
		return
	}
	src.previousNoBody = true
	s.notifyError(src, in.NewError(s.rt, in.Error, "The server provided no content. Will try reconnecting."), true)
	s.reconnect(src)
}

// reconnect waits the reconnection time, then connects again (HTML §9.2.3
// "reestablish the connection"); the source is CONNECTING meanwhile.
func (s *state) reconnect(src *source) {
	if src.readyState == closed {
		return
	}
	src.readyState = connecting
	cancel := s.env.Loop.SetTimer(src.reconnect, func() {
		src.abort = nil
		s.connect(src)
	})
	src.abort = func(goja.Value) { cancel() }
}

// mimeEssence is a MIME type's essence (type/subtype, lowercased), "" when
// the value is no MIME type.
func mimeEssence(v string) string {
	v, _, _ = strings.Cut(v, ";")
	v = strings.ToLower(strings.Trim(v, " \t\r\n"))
	typ, sub, ok := strings.Cut(v, "/")
	if !ok || typ == "" || sub == "" || strings.ContainsAny(sub, " \t/") || strings.ContainsAny(typ, " \t") {
		return ""
	}
	return v
}
