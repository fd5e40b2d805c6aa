package fetch

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/events"
	hostpkg "github.com/mcrepl/mcrepl/worker/host"
	"github.com/mcrepl/mcrepl/worker/websocket"
)

// maxRedirects is the Fetch standard's redirect limit (§4.4 step 5), which
// workerd keeps.
const maxRedirects = 20

// client is the HTTP client every isolate's fetch() uses, made by the first
// fetch. Redirects are followed by fetch itself, so that "manual" can hand
// back the 3xx.
func client() *http.Client {
	clientOnce.Do(func() { clientValue = makeClient() })
	return clientValue
}

// A sync.Once and a function rather than a package-level sync.OnceValue,
// whose call would be code in the package's init function at every start.
var (
	clientOnce  sync.Once
	clientValue *http.Client
)

func makeClient() *http.Client {
	return &http.Client{
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		Transport: &http.Transport{
			Proxy:               nil, // nothing but what the user allowed: no proxy from the environment
			DialContext:         (&net.Dialer{}).DialContext,
			MaxIdleConnsPerHost: 16,
			ForceAttemptHTTP2:   true,
		},
	}
}

// NetDeniedMessage is the TypeError fetch() rejects with when --allow-net
// does not cover the URL's host.
func NetDeniedMessage(host string, allowed []string) string {
	return hostpkg.Permissions{Net: allowed}.NetDenied("fetch()", host)
}

func (s *state) initFetch() {
	s.fetchFn = s.realm.Func("fetch", 0, func(call goja.FunctionCall) goja.Value {
		if !onGlobal(s.env, call.This) {
			s.throwTypeError(events.IllegalInvocation) // before any promise
		}
		var q *request
		if ex := s.try(func() {
			if len(call.Arguments) == 0 {
				s.throwTypeError("Failed to execute 'fetch' on 'ServiceWorkerGlobalScope': parameter 1 is not of type 'Request or string'.")
			}
			q = s.newRequest(call.Argument(0), call.Argument(1), "Failed to execute 'fetch' on 'ServiceWorkerGlobalScope': parameter 2")
		}); ex != nil {
			return s.rejected(ex)
		}
		if v, refused := s.env.RejectInGlobalScope(); refused {
			return v
		}
		return s.fetch(q)
	})
}

// fetch runs one fetch of q and returns its promise.
func (s *state) fetch(q *request) goja.Value {
	p, resolve, reject := s.promise()
	u, err := url.Parse(q.url)
	if err == nil && u.Scheme == "data" {
		s.fetchData(q, resolve, reject)
		return p
	}
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		reject(s.typeError("Fetch API cannot load: " + q.url))
		return p
	}
	if q.signal != nil && q.signal.Get("aborted").ToBoolean() {
		reject(q.signal.Get("reason"))
		return p
	}
	if !s.env.Perms.NetAllows(u) {
		reject(s.typeError(NetDeniedMessage(u.Host, s.env.Perms.Net)))
		return p
	}
	if HeaderHasToken(q.headers.HTTP(), "Upgrade", "websocket") {
		s.fetchUpgrade(q, resolve, reject)
		return p
	}
	send := func(data []byte, reader io.ReadCloser) {
		ctx, cancel := context.WithCancel(context.Background())
		aborted := false
		if q.signal != nil {
			s.realm.OnAbort(q.signal, func() {
				aborted = true
				cancel()
			})
		}
		var bodyR io.Reader
		if reader != nil {
			bodyR = reader
		} else if data != nil {
			bodyR = bytes.NewReader(data)
		}
		req, err := http.NewRequestWithContext(ctx, q.method, q.url, bodyR)
		if err != nil {
			cancel()
			reject(s.typeError("Fetch API cannot load: " + q.url))
			return
		}
		req.Header = q.headers.HTTP()
		if _, ok := req.Header["User-Agent"]; !ok {
			req.Header["User-Agent"] = []string{""} // workerd sends none; Go's default would say Go
		}
		complete := s.env.Loop.Hold("fetch " + q.url)
		go func() {
			resp, urls, err := do(req, q.redirect, data != nil || reader == nil)
			complete(func() {
				if err != nil {
					cancel()
					if aborted {
						reject(q.signal.Get("reason"))
						return
					}
					var tm *tooManyRedirects
					if errors.As(err, &tm) {
						reject(s.typeError("Too many redirects."))
						return
					}
					if errors.Is(err, errRedirectMode) {
						reject(s.typeError(`Received a redirect response with redirect mode set to "error".`))
						return
					}
					reject(s.typeError("Network connection lost."))
					return
				}
				r := &response{
					status:     resp.StatusCode,
					statusText: strings.TrimSpace(strings.TrimPrefix(resp.Status, itoa(resp.StatusCode))),
					headers:    fromHTTP(resp.Header),
					typ:        "default",
					cf:         goja.Undefined(),
					url:        urls[len(urls)-1],
					redirected: len(urls) > 1,
					// Go's transport decodes only what it asked for itself:
					// a body still encoded must not be encoded again.
					encoded: true,
				}
				r.headers.guard = guardImmutable
				if q.method != "HEAD" && !nullBodyStatus(resp.StatusCode) {
					r.body = &body{reader: &cancelOnClose{resp.Body, cancel}, readErr: func() goja.Value {
						if aborted {
							return q.signal.Get("reason")
						}
						return nil
					}}
				} else {
					_ = resp.Body.Close()
					cancel()
				}
				resolve(s.wrapResponse(r))
			})
		}()
	}
	b := q.body
	switch {
	case b == nil:
		send(nil, nil)
	case b.stream == nil && b.reader != nil:
		b.used = true
		send(nil, b.reader)
	default:
		// A stream or Blob body is read first, then sent with its length.
		all := s.consume(b, func(data []byte) goja.Value { return s.rt.ToValue(s.rt.NewArrayBuffer(data)) })
		s.whenSettled(all, func(v goja.Value) {
			data, _ := s.bufferBytes(v)
			if data == nil {
				data = []byte{}
			}
			send(data, nil)
		}, reject)
	}
	return p
}

// fetchUpgrade is a fetch with Upgrade: websocket, as workerd makes it: the
// WebSocket handshake, then a 101 Response whose webSocket is the end to
// accept(), or the server's other answer as an ordinary Response (its
// first KiB of body). The body of the request is not sent.
func (s *state) fetchUpgrade(q *request, resolve, reject func(goja.Value)) {
	if q.body != nil {
		q.body.used = true
	}
	aborted := false
	cancel := websocket.FetchUpgrade(s.env, q.url, q.headers.HTTP(), func(u *websocket.Upgrade, err error) {
		if aborted {
			return
		}
		if u == nil {
			reject(s.typeError("Network connection lost."))
			return
		}
		r := &response{status: u.Status, statusText: u.StatusText, headers: fromHTTP(u.Header), typ: "default", cf: goja.Undefined(), url: q.url}
		r.headers.guard = guardImmutable
		if u.WebSocket != nil {
			r.webSocket = u.WebSocket
		} else if !nullBodyStatus(u.Status) {
			r.body = &body{buf: u.Body}
		}
		resolve(s.wrapResponse(r))
	})
	if q.signal != nil {
		s.realm.OnAbort(q.signal, func() {
			aborted = true
			cancel()
			reject(q.signal.Get("reason"))
		})
	}
}

// HeaderHasToken reports whether a comma-separated header of h lists token,
// case-insensitively (Upgrade: websocket; mcrepl serve asks it too).
func HeaderHasToken(h http.Header, name, token string) bool {
	for _, v := range h.Values(name) {
		for t := range strings.SplitSeq(v, ",") {
			if strings.EqualFold(strings.TrimSpace(t), token) {
				return true
			}
		}
	}
	return false
}

// fetchData answers a fetch of a data: URL as workerd does: a 200 "OK"
// Response with the URL's MIME type (mutable headers, no url), whose body
// is the data for a GET and null for any other method; the signal is not
// looked at, and a request body is used up. It settles a microtask later
// (before any timer), as workerd's does.
func (s *state) fetchData(q *request, resolve, reject func(goja.Value)) {
	typ, data, ok := parseDataURL(q.url)
	if q.body != nil {
		q.body.used = true
		q.body.buf, q.body.reader = nil, nil
	}
	s.whenSettled(goja.Undefined(), func(goja.Value) {
		if !ok {
			reject(s.typeError("Fetch API cannot load: " + q.url))
			return
		}
		r := &response{status: 200, statusText: "OK", headers: &headers{}, typ: "default", cf: goja.Undefined()}
		r.headers.append("content-type", typ, "")
		if q.method == "GET" {
			if data == nil {
				data = []byte{}
			}
			r.body = &body{buf: data}
		}
		resolve(s.wrapResponse(r))
	}, reject)
}

type tooManyRedirects struct{}

func (*tooManyRedirects) Error() string { return "too many redirects" }

// errRedirectMode is do's error for a redirect response to a request whose
// redirect mode is "error" (fetch_redirect_error).
var errRedirectMode = errors.New("a redirect with redirect mode error")

// do sends req and follows redirects as Fetch's "HTTP-redirect fetch"
// does (§4.4) when mode is "follow": 303, and 301/302 after POST, become a
// GET without body; a body that cannot be replayed stops a 307/308. It
// returns the final response and every URL visited.
func do(req *http.Request, mode string, replayable bool) (*http.Response, []string, error) {
	urls := []string{req.URL.String()}
	var saved []byte
	if replayable && req.Body != nil {
		data, err := io.ReadAll(req.Body)
		if err != nil {
			return nil, nil, err
		}
		saved = data
		req.Body = io.NopCloser(bytes.NewReader(data))
	}
	for {
		resp, err := client().Do(req)
		if err != nil {
			return nil, nil, err
		}
		if mode == "error" && redirectStatus(resp.StatusCode) {
			_ = resp.Body.Close()
			return nil, nil, errRedirectMode
		}
		loc := resp.Header.Get("Location")
		if mode != "follow" || !redirectStatus(resp.StatusCode) || loc == "" {
			return resp, urls, nil
		}
		next, err := req.URL.Parse(loc)
		if err != nil || (next.Scheme != "http" && next.Scheme != "https") {
			return resp, urls, nil
		}
		_ = resp.Body.Close()
		if len(urls) > maxRedirects {
			return nil, nil, &tooManyRedirects{}
		}
		method := req.Method
		var body io.Reader
		if resp.StatusCode == 303 && method != "HEAD" || (resp.StatusCode == 301 || resp.StatusCode == 302) && method == "POST" {
			method = "GET"
		} else if saved != nil {
			body = bytes.NewReader(saved)
		} else if req.Body != nil && req.Body != http.NoBody {
			return resp, urls, nil
		}
		nr, err := http.NewRequestWithContext(req.Context(), method, next.String(), body)
		if err != nil {
			return nil, nil, err
		}
		nr.Header = req.Header.Clone()
		if body == nil {
			for _, h := range []string{"Content-Type", "Content-Length", "Content-Encoding", "Content-Language", "Content-Location"} {
				nr.Header.Del(h)
			}
		}
		req = nr
		urls = append(urls, next.String())
	}
}

// cancelOnClose releases a response's context when its body is closed.
type cancelOnClose struct {
	io.ReadCloser
	cancel context.CancelFunc
}

func (c *cancelOnClose) Close() error {
	err := c.ReadCloser.Close()
	c.cancel()
	return err
}
