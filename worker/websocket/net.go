package websocket

import (
	"context"
	"errors"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/coder/websocket"
	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/events"
	"github.com/mcrepl/mcrepl/worker/host"
)

// The network: new WebSocket(url, protocols) and fetch() with Upgrade:
// websocket connect to a server when --allow-net allows its host (checked
// against workerd 2026-11-23 and a local server: docs/websocket.md). The end
// a script holds is an ordinary socket; its peer is a hidden socket coupled
// to the connection (as mcrepl serve couples an end to its client), so that
// sending, closing, the auto-reply and the event log work as for a pair.

// maxNetMessage is workerd's limit on a message an outgoing WebSocket
// receives (32 MiB; 128 MiB with increase_websocket_message_size).
const maxNetMessage = 32 << 20

// Messages workerd gives a connection that fails or ends.
const (
	failedToEstablish = "Failed to establish websocket connection"
	droppedWithout    = "WebSocket disconnected without sending Close frame."
	connectionLost    = "Network connection lost."
)

// link is a socket's network connection: the hidden peer coupled to it,
// and the goroutines that read and write it.
type link struct {
	s      *state
	w      *socket // the end the script holds
	n      *socket // its hidden peer, coupled to the connection
	q      *Queue
	c      *websocket.Conn
	ctx    context.Context
	cancel context.CancelFunc
	// life keeps the isolate running while the end is accepted and the
	// connection open (workerd registers a pending event for it): nil
	// before, and once released.
	life func(func())
	// serverClosed is set when the server's close frame has arrived: the
	// end's reply is the last frame, after which the server tears the
	// connection down and workerd fires "Network connection lost." at it.
	serverClosed bool
	gone         bool // the reader ended
	// next carries, from the loop to the reader, the hold of the message it
	// reads next: one at a time, so none is left when the reader ends.
	next chan func(func())
	// written counts the bytes the writer has written (bufferedAmount is
	// what was sent less this).
	written atomic.Int64
	// seen is written as the loop last read it: it moves between tasks
	// only, so that bufferedAmount does not fall within one (as workerd's,
	// which its pump lowers between tasks).
	seen     int64
	catching bool // a catchUp task is queued
	// The writer's close handshake (the script closed first): what it sent,
	// and how it went once closeDone is closed.
	closing     atomic.Bool
	closeCode   int
	closeReason string
	closeErr    error
	closeDone   chan struct{}
}

// catchUp lets bufferedAmount see what the writer wrote. Loop only.
func (l *link) catchUp() { l.seen, l.catching = l.written.Load(), false }

// dialClient is the HTTP client of every outgoing WebSocket handshake: no
// proxy from the environment, no redirects (workerd's handshake follows
// none: a 3xx is "expected ... 101"), HTTP/1.1.
func dialClient() *http.Client {
	dialOnce.Do(func() {
		dialValue = &http.Client{
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
			Transport:     &http.Transport{Proxy: nil, DialContext: (&net.Dialer{}).DialContext},
		}
	})
	return dialValue
}

var (
	dialOnce  sync.Once
	dialValue *http.Client
)

// checkURL makes workerd's checks of new WebSocket's URL, in its order,
// and returns the URL to connect to (http or https).
func (s *state) checkURL(raw string) *url.URL {
	const prefix = "WebSocket Constructor: "
	scheme, rest, ok := strings.Cut(raw, "://")
	valid := ok && scheme != ""
	for i := 0; valid && i < len(scheme); i++ {
		c := scheme[i]
		letter := c|0x20 >= 'a' && c|0x20 <= 'z'
		valid = letter || i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.')
	}
	u, err := url.Parse(raw)
	if !valid || err != nil {
		s.env.ThrowDOMException(prefix+"The url is invalid.", "SyntaxError")
	}
	switch strings.ToLower(scheme) {
	case "ws":
		u.Scheme = "http"
	case "wss":
		u.Scheme = "https"
	default:
		s.env.ThrowDOMException(prefix+"The url scheme must be ws or wss.", "SyntaxError")
	}
	if strings.Contains(rest, "#") {
		s.env.ThrowDOMException(prefix+"The url fragment must be empty.", "SyntaxError")
	}
	u.User = nil // userinfo is not sent: an Authorization header is the way
	return u
}

// protocolStrings converts new WebSocket's second argument (a string, or a
// sequence of strings) as workerd does before anything is checked: single
// says it was one string. A Symbol is refused.
func (s *state) protocolStrings(v goja.Value) (list []string, single bool) {
	if v == nil || goja.IsUndefined(v) {
		return nil, false
	}
	if o, ok := v.(*goja.Object); ok {
		if it := o.GetSymbol(goja.SymIterator); it != nil && !goja.IsUndefined(it) && !goja.IsNull(it) {
			list = []string{}
			s.rt.ForOf(o, func(item goja.Value) bool {
				list = append(list, s.env.Realm.DOMString(item))
				return true
			})
			return list, false
		}
	}
	return []string{s.env.Realm.DOMString(v)}, true
}

// checkProtocols makes workerd's checks of the protocols protocolStrings
// converted, and returns the tokens to offer.
func (s *state) checkProtocols(list []string, single bool) []string {
	const prefix = "WebSocket Constructor: "
	if single {
		if !validToken(list[0]) {
			s.env.ThrowDOMException(prefix+"The protocol header token is invalid.", "SyntaxError")
		}
		return list
	}
	seen := map[string]bool{}
	for _, p := range list {
		if !validToken(p) {
			s.env.ThrowDOMException(prefix+"One of the protocol header tokens is invalid.", "SyntaxError")
		}
		if seen[p] {
			s.env.ThrowDOMException(prefix+"The protocols header cannot have repeating values.", "SyntaxError")
		}
		seen[p] = true
	}
	return list
}

// validToken is RFC 6455's subprotocol token (§4.1 item 10): visible ASCII
// but the separators.
func validToken(p string) bool {
	if p == "" {
		return false
	}
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c < 0x21 || c > 0x7e || strings.IndexByte("()<>@,;:\\/[]?={}\"", c) >= 0 {
			return false
		}
	}
	return true
}

// construct is `new WebSocket(url, protocols)`: workerd's checks, then a
// socket in CONNECTING that connects in the background and fires open (or
// error and close) when the handshake ends.
func (s *state) construct(call goja.ConstructorCall) {
	if len(call.Arguments) == 0 || goja.IsUndefined(call.Arguments[0]) {
		s.throwType("Failed to construct 'WebSocket': constructor parameter 1 is not of type 'string'.")
	}
	raw := s.env.Realm.DOMString(call.Arguments[0])
	// Before the URL is checked, as workerd refuses it.
	s.env.RefuseInGlobalScope()
	list, single := s.protocolStrings(call.Argument(1)) // converted before the URL is checked, as workerd does
	u := s.checkURL(raw)
	protos := s.checkProtocols(list, single)
	w := s.newSocketOn(call.This)
	w.client, w.connecting, w.url = true, true, raw
	header := http.Header{"User-Agent": {""}} // workerd sends none
	mode := websocket.CompressionDisabled
	if enabled(s.env.Flags, "web_socket_compression") {
		mode = websocket.CompressionContextTakeover // offers plain "permessage-deflate", as workerd does
	}
	if !s.env.Perms.NetAllows(u) {
		msg := s.env.Perms.NetDenied("new WebSocket()", u.Host)
		if s.env.Warn != nil {
			s.env.Warn("new WebSocket('" + raw + "'): " + msg)
		}
		s.env.Loop.QueueIO(func() { s.failConnect(w, s.rt.NewTypeError("%s", msg)) })
		return
	}
	opts := &websocket.DialOptions{HTTPHeader: header, Subprotocols: protos, CompressionMode: mode}
	w.cancelDial = s.dial("new WebSocket('"+raw+"')", u.String(), opts,
		func(c *websocket.Conn, ctx context.Context, cancel context.CancelFunc, resp *http.Response, err error) {
			w.cancelDial = nil
			if err != nil {
				s.failConnect(w, s.dialError(resp, err))
				return
			}
			if w.canceled {
				cancel()
				_ = c.CloseNow()
				s.failConnect(w, s.netError(connectionLost))
				return
			}
			l := s.attach(w, c, ctx, cancel, resp)
			w.connecting = false
			w.protocol, w.protocolNull = headerValue(resp, "Sec-WebSocket-Protocol")
			w.extensions, w.extensionsNull = headerValue(resp, "Sec-WebSocket-Extensions")
			w.accepted = true
			l.hold()
			ev := s.env.Realm.NewEvent("open") // a plain Event, as workerd's
			s.dispatch(w, func() (*goja.Exception, int) { return s.env.Realm.Dispatch(w.obj, ev, events.ReportEach) })
		})
}

func headerValue(resp *http.Response, name string) (string, bool) {
	if v := resp.Header.Values(name); len(v) > 0 {
		return strings.Join(v, ", "), false
	}
	return "", true
}

// dialError is the error a failed handshake gives the error event: workerd's
// TypeError for a response that is not 101, "Network connection lost." for
// the rest.
func (s *state) dialError(resp *http.Response, err error) goja.Value {
	if resp != nil && resp.StatusCode != http.StatusSwitchingProtocols {
		return s.rt.NewTypeError("Failed to establish the WebSocket connection: expected server to reply with HTTP status code 101 (switching protocols), but received %d instead.", resp.StatusCode)
	}
	return s.netError(connectionLost)
}

func (s *state) netError(msg string) goja.Value {
	in := s.env.Intrinsics()
	return in.NewError(s.rt, in.Error, msg)
}

// failConnect ends a socket whose handshake failed as workerd does: an error
// event with the error, then a close event 1006, not clean, both CLOSED.
func (s *state) failConnect(w *socket, err goja.Value) {
	w.connecting = false
	w.closedIncoming = true
	w.errored, w.released = true, true
	msg := "Uncaught " + err.String()
	ev := s.env.Realm.NewErrorEvent(msg, err)
	s.dispatch(w, func() (*goja.Exception, int) { return s.env.Realm.Dispatch(w.obj, ev, events.ReportEach) })
	ce := s.env.Realm.NewCloseEvent(1006, failedToEstablish, false)
	s.dispatch(w, func() (*goja.Exception, int) { return s.env.Realm.Dispatch(w.obj, ce, events.ReportEach) })
}

// dial connects on a goroutine and calls done on the loop with the
// connection (nil when the handshake failed), the server's response and
// the error. cancel stops it.
func (s *state) dial(name, target string, opts *websocket.DialOptions, done func(c *websocket.Conn, ctx context.Context, cancel context.CancelFunc, resp *http.Response, err error)) (cancel func()) {
	ctx, stop := context.WithCancel(context.Background())
	s.env.OnClose(stop)
	opts.HTTPClient = dialClient()
	complete := s.env.Loop.Hold(name)
	go func() {
		c, resp, err := websocket.Dial(ctx, target, opts)
		complete(func() {
			if err != nil {
				stop()
			}
			done(c, ctx, stop, resp, err)
		})
	}()
	return stop
}

// attach couples w to the connection c through a hidden peer, and starts
// the goroutines that read and write it.
func (s *state) attach(w *socket, c *websocket.Conn, ctx context.Context, cancel context.CancelFunc, resp *http.Response) *link {
	c.SetReadLimit(maxNetMessage)
	host := "network"
	if resp != nil && resp.Request != nil {
		host = resp.Request.URL.Host
	}
	n := &socket{label: host, origin: w.origin, accepted: true}
	w.peer, n.peer = n, w
	l := &link{s: s, w: w, n: n, q: NewQueue(), c: c, ctx: ctx, cancel: cancel, next: make(chan func(func()), 1), closeDone: make(chan struct{})}
	l.next <- s.env.Loop.Hold("WebSocket message")
	n.link, w.link = l, l
	n.coupled = l.q
	go l.write()
	go l.read()
	return l
}

// hold keeps the isolate running until the connection ends (once the end
// is accepted: before, a script that never accepts it does not hang).
func (l *link) hold() {
	if l.life == nil && !l.gone {
		l.life = l.s.env.Loop.Hold("WebSocket " + l.n.label + " open")
	}
}

// release lets the isolate end: the connection is over.
func (l *link) release() {
	if l.life != nil {
		l.life(nil)
		l.life = nil
	}
}

// write sends what the script's end sent, in order; each frame written
// lowers its bufferedAmount (written, read by the loop).
func (l *link) write() {
	for {
		f, ok := l.q.Next(l.ctx)
		if !ok {
			return
		}
		if f.Close {
			l.closeCode, l.closeReason = f.Code, f.Reason
			l.closing.Store(true)
			l.closeErr = l.c.Close(websocket.StatusCode(f.Code), f.Reason)
			close(l.closeDone)
			return
		}
		typ := websocket.MessageText
		if f.Binary {
			typ = websocket.MessageBinary
		}
		err := l.c.Write(l.ctx, typ, f.Data)
		l.written.Add(int64(len(f.Data)))
		if err != nil {
			return
		}
	}
}

// read gives the script's end what the server sends, then how it ended: a
// close frame, or the connection lost without one. One goroutine reads the
// connection without pause (so that a close handshake the writer runs never
// takes the server's close frame from it), another hands each message to
// the loop.
func (l *link) read() {
	type item struct {
		typ  websocket.MessageType
		data []byte
		err  error
	}
	var mu sync.Mutex
	var items []item
	wake := make(chan struct{}, 1)
	go func() {
		for {
			typ, data, err := l.c.Read(l.ctx)
			if err != nil && websocket.CloseStatus(err) == -1 && l.closing.Load() {
				// The writer's close handshake read the server's reply: when
				// it succeeded the server answered with the same code.
				<-l.closeDone
				if l.closeErr == nil {
					err = websocket.CloseError{Code: websocket.StatusCode(l.closeCode), Reason: l.closeReason}
				}
			}
			mu.Lock()
			items = append(items, item{typ, data, err})
			mu.Unlock()
			select {
			case wake <- struct{}{}:
			default:
			}
			if err != nil {
				return
			}
		}
	}()
	s := l.s
	for {
		mu.Lock()
		if len(items) == 0 {
			mu.Unlock()
			select {
			case <-wake:
			case <-l.ctx.Done():
				return // the isolate closed
			}
			continue
		}
		it := items[0]
		items = items[1:]
		mu.Unlock()
		typ, data, err := it.typ, it.data, it.err
		// The hold the loop made for this message (Hold is loop-only): the
		// job below makes the next one before it runs anything else.
		var complete func(func())
		select {
		case complete = <-l.next:
		case <-l.ctx.Done():
			return // the isolate closed (OnClose): its loop is gone
		}
		if err != nil {
			code := websocket.CloseStatus(err)
			reason := ""
			var ce websocket.CloseError
			if errors.As(err, &ce) {
				reason = ce.Reason
			}
			complete(func() {
				l.gone = true // no hold for a next message
				l.catchUp()
				if code == -1 {
					l.drop()
				} else {
					if !l.n.closedIncoming {
						l.serverClosed = true // the server closed first
					}
					l.n.closedOutgoing = true
					s.post(l.n.label+" (network)", l.n, frame{close: true, code: int(code), reason: reason}, "")
				}
				l.release()
			})
			return
		}
		complete(func() {
			l.next <- s.env.Loop.Hold("WebSocket message")
			l.catchUp()
			if l.n.closedOutgoing || l.n.released {
				return
			}
			f := frame{text: string(data)}
			if typ == websocket.MessageBinary {
				f = frame{bin: data, binary: true}
			}
			s.post(l.n.label+" (network)", l.n, f, "")
		})
	}
}

// drop is the connection lost without a close frame: after what arrived
// before it, the end gets workerd's close event 1006, not clean.
func (l *link) drop() {
	n := l.n
	if n.released {
		return
	}
	n.released = true
	n.closedOutgoing = true
	l.s.deliver(l.w, frame{close: true, dropped: true, code: 1006, reason: droppedWithout})
}

// sent is called when the script's end sends f to the network: a close
// frame that replies to the server's is the last, and workerd then reports
// the connection torn down at the end.
func (l *link) sent(f frame) {
	l.w.buffered += len(f.bin) + len(f.text)
	if !l.catching {
		l.catching = true // one task catches up for all the sends of this one
		l.s.env.Loop.QueueIO(l.catchUp)
	}
	if !f.close {
		return
	}
	if (l.serverClosed || l.n.closedOutgoing) && l.w.coupled == nil { // a proxied end has no events
		w := l.w
		l.s.env.Loop.QueueIO(func() {
			if !w.errored {
				l.s.errorEvent(w)
			}
		})
	}
}

// Upgrade is what fetch() of a request with Upgrade: websocket got: the
// server's response and, for a 101, the WebSocket end the Response carries
// (OPEN, to be accepted; url null, protocol and extensions "", as workerd's).
type Upgrade struct {
	Status     int
	StatusText string
	Header     http.Header
	Body       []byte       // the start of a response that is not 101
	WebSocket  *goja.Object // nil unless Status is 101
}

// FetchUpgrade makes the handshake fetch() of target (http or https) makes
// for a request with Upgrade: websocket, with the request's headers, and
// calls done on the loop with what the server answered, or the error that
// failed the connection. The run waits for it.
func FetchUpgrade(env *host.Env, target string, header http.Header, done func(u *Upgrade, err error)) (cancel func()) {
	s := st(env)
	h := make(http.Header, len(header))
	for k, vs := range header {
		k = http.CanonicalHeaderKey(k)
		h[k] = append(h[k], vs...)
	}
	var protos []string
	for _, v := range h.Values("Sec-WebSocket-Protocol") {
		for p := range strings.SplitSeq(v, ",") {
			if p = strings.TrimSpace(p); p != "" {
				protos = append(protos, p)
			}
		}
	}
	h.Del("Sec-WebSocket-Protocol")
	for _, k := range []string{"Upgrade", "Connection", "Sec-WebSocket-Key", "Sec-WebSocket-Version", "Sec-WebSocket-Extensions"} {
		h.Del(k)
	}
	if _, ok := h["User-Agent"]; !ok {
		h["User-Agent"] = []string{""}
	}
	// fetch() offers no compression: the request says what it wants.
	opts := &websocket.DialOptions{HTTPHeader: h, Subprotocols: protos, CompressionMode: websocket.CompressionDisabled}
	return s.dial("fetch "+target, target, opts, func(c *websocket.Conn, ctx context.Context, cancel context.CancelFunc, resp *http.Response, err error) {
		if resp == nil {
			done(nil, err)
			return
		}
		u := &Upgrade{Status: resp.StatusCode, StatusText: strings.TrimSpace(strings.TrimPrefix(resp.Status, strconv.Itoa(resp.StatusCode))), Header: resp.Header}
		if err != nil || c == nil {
			if resp.StatusCode == http.StatusSwitchingProtocols {
				done(nil, err) // a 101 that is not a WebSocket handshake
				return
			}
			if resp.Body != nil {
				u.Body, _ = io.ReadAll(resp.Body)
			}
			done(u, nil)
			return
		}
		w := s.newSocketOn(nil)
		s.attach(w, c, ctx, cancel, resp)
		u.WebSocket = w.obj
		done(u, nil)
	})
}
