// Package sockets implements workerd's cloudflare:sockets module: connect()
// and the Socket it returns, a TCP connection (optionally TLS) that a Worker
// opens to a server, with the behaviour of the workerd binary
// (testdata/conformance/net, cases 08-...):
//
//   - connect(address, options) checks its arguments with workerd's
//     messages and in workerd's order: a "host:port" string is parsed as
//     the URL "fake://" + address is (so "[::1]:5432" works and
//     "127.0.0.1:99999" "could not be parsed"), a {hostname, port}
//     dictionary converts port as an unsigned short, and the whole address
//     must be at most 255 characters of letters, digits and "-._[]:";
//   - the Socket is returned at once: opened resolves with {remoteAddress,
//     localAddress} once the connection is made, closed resolves when both
//     directions have ended (or close() was called); a connection that
//     cannot be made rejects closed, then opened, with workerd's "proxy
//     request failed, cannot connect to the specified address" (and its
//     hint for ports 80 and 443), ends the readable and errors the
//     writable;
//   - readable is a byte stream (BYOB readers work) of what the server
//     sends, writable a byte sink that takes BufferSources and strings;
//     the server's end of its side ends readable and, unless allowHalfOpen,
//     closes writable; writable.close() half-closes the connection;
//     a reset errors readable with "Network connection lost.";
//   - close() errors both streams with workerd's "belongs to an object that
//     is closing" TypeErrors, waits for the connection attempt, ends the
//     connection and resolves closed;
//   - secureTransport "on" makes a TLS connection (Go's crypto/tls against
//     the system's roots, the hostname as the server name), "starttls"
//     allows startTls({expectedServerHostname}), which upgrades the
//     connection and returns the new Socket (the old one's closed resolves
//     and its upgraded is true).
//     A local workerd has no TLS configuration and fails both; mcrepl does
//     what Cloudflare's network does (docs/differences.md).
//
// Nothing connects without --allow-net naming the host (host.Permissions):
// a refused connect() fails as an unreachable address does, with a
// TypeError that says how to allow it, and a line on stderr.
package sockets

import (
	"context"
	"crypto/tls"
	"errors"
	"io"
	"math"
	"net"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/events"
	"github.com/mcrepl/mcrepl/worker/host"
	"github.com/mcrepl/mcrepl/worker/inspect"
	"github.com/mcrepl/mcrepl/worker/streams"
	urlpkg "github.com/mcrepl/mcrepl/worker/url"
)

// workerd's messages.
const (
	connectFailed   = "proxy request failed, cannot connect to the specified address"
	httpPortHint    = ". It looks like you might be trying to connect to a HTTP-based service — consider using fetch instead"
	connectionLost  = "Network connection lost."
	readableClosing = "This ReadableStream belongs to an object that is closing."
	writableClosing = "This WritableStream belongs to an object that is closing."
	badAddress      = "Specified address could not be parsed."
	noHostname      = "Specified address is missing hostname."
	noPort          = "Specified address is missing port."
	invalidHost     = "Specified address is empty string, contains unsupported characters or is too long."
	nullAddress     = "Cannot initialize SocketAddress with required members from an undefined or null value."
	nullOptions     = "Cannot initialize SocketOptions with required members from an undefined or null value."
	notOptions      = "Failed to execute 'connect' on 'SocketsModule': parameter 2 is not of type 'SocketOptions'."
	portNotInteger  = "The value cannot be converted because it is not an integer."
	portNegative    = "The value cannot be converted because it is negative and this API expects a positive number."
	portTooLarge    = "Value out of range. Must be less than or equal to 65535."
	tlsOnTLS        = "Cannot startTls on a TLS socket."
	tlsAfterClose   = "The connection was closed before startTls could be started."
	tlsNeedsOption  = "The `secureTransport` socket option must be set to 'starttls' for startTls to be used."
	tlsTwice        = "startTls has already been called on this socket, or the socket was transferred over RPC."
)

// dialTimeout bounds a connection attempt (workerd's network has its own).
const dialTimeout = 30 * time.Second

// readSize is the most one read takes from the connection.
const readSize = 64 << 10

type stateKey struct{}

type state struct {
	noop    goja.Value // a function that does nothing
	env     *host.Env
	rt      *goja.Runtime
	proto   *goja.Object
	exports *goja.Object
	sockets host.Slots[socket]
}

func st(env *host.Env) *state {
	return host.State(env, stateKey{}, func() *state {
		s := &state{env: env, rt: env.RT}
		s.noop = env.Realm.Func("", 0, func(goja.FunctionCall) goja.Value { return goja.Undefined() })
		s.initClass()
		s.registerInspect()
		return s
	})
}

// Exports returns the module's exports (connect), made once per isolate.
// Loop goroutine only.
func Exports(env *host.Env) *goja.Object { return st(env).exports }

// FailReason is why the Socket v could not connect, or why its connection
// was lost, as the network said it (a *net.OpError, a *net.DNSError, a TLS
// error), or nil: node:net makes Node's errors of it (ECONNREFUSED,
// ENOTFOUND, ECONNRESET), as workerd's node:net does. Loop goroutine only.
func FailReason(env *host.Env, v goja.Value) error {
	if k := st(env).sockets.Get(v); k != nil {
		return k.reason
	}
	return nil
}

// connBox holds a socket's connection for the goroutine that closes the
// isolate (OnClose), which must not touch the socket itself.
type connBox struct {
	mu sync.Mutex
	c  net.Conn
}

func (b *connBox) set(c net.Conn) {
	b.mu.Lock()
	b.c = c
	b.mu.Unlock()
}

func (b *connBox) close() {
	b.mu.Lock()
	c := b.c
	b.c = nil
	b.mu.Unlock()
	if c != nil {
		_ = c.Close()
	}
}

// socket is the Go side of one Socket.
type socket struct {
	s   *state
	obj *goja.Object

	address string // as given: opened's remoteAddress
	domain  string // the hostname: TLS's server name
	target  string // what net.Dial is given
	secure  string // "off", "on" or "starttls"
	// halfOpen: allowHalfOpen (the server's end of its side leaves the
	// writable open).
	halfOpen bool
	upgraded bool
	tlsUsed  bool // startTls was called

	readable *streams.Readable
	rctl     *streams.Controller
	writable *streams.Writable

	opened, closed              *goja.Promise
	resolveOpened, rejectOpened func(any) error
	resolveClosed, rejectClosed func(any) error
	closedSettled               bool
	closeWaiters                []func(any) error
	openedSettled               bool

	conn    net.Conn // the connection, nil before it is made and after it ended
	box     connBox
	forget  func() // forgets the OnClose closer
	cancel  context.CancelFunc
	dialing bool
	failed  bool       // the connection could not be made
	reason  error      // why it failed or was lost, as the network said (FailReason)
	writeEr goja.Value // what writes reject with once it failed
	closing bool       // close() was called

	readDone, writeDone bool
	// reading: a read of the connection is in flight; afterRead run once
	// it is over (startTls waits for it: its bytes are the handshake's).
	reading   bool
	afterRead []func()
	upgrading bool // startTls is taking the connection
	// afterDial run once the connection attempt is over (a pull, a write, a
	// close() or startTls() that came before it).
	afterDial []func()
}

func (s *state) throwType(msg string) { panic(s.rt.NewTypeError("%s", msg)) }

func (s *state) initClass() {
	r := s.env.Realm
	rt := s.rt
	ctor, proto := r.Class("Socket", nil, nil)
	s.proto = proto
	this := func(call goja.FunctionCall) *socket {
		k := s.sockets.Get(call.This)
		if k == nil {
			r.ThrowTypeError(events.IllegalInvocation)
		}
		return k
	}
	r.Accessor(proto, "readable", func(call goja.FunctionCall) goja.Value { return this(call).readable.Value() }, nil)
	r.Accessor(proto, "writable", func(call goja.FunctionCall) goja.Value { return this(call).writable.Value() }, nil)
	r.Accessor(proto, "closed", func(call goja.FunctionCall) goja.Value { return rt.ToValue(this(call).closed) }, nil)
	r.Accessor(proto, "opened", func(call goja.FunctionCall) goja.Value { return rt.ToValue(this(call).opened) }, nil)
	r.Accessor(proto, "upgraded", func(call goja.FunctionCall) goja.Value { return rt.ToValue(this(call).upgraded) }, nil)
	r.Accessor(proto, "secureTransport", func(call goja.FunctionCall) goja.Value { return rt.ToValue(this(call).secure) }, nil)
	r.Method(proto, "close", func(call goja.FunctionCall) goja.Value { return this(call).close() })
	r.Method(proto, "startTls", func(call goja.FunctionCall) goja.Value { return this(call).startTLS(call.Argument(0)) })
	r.ConstructorLast(proto)
	r.Tag(proto, "Socket")
	_ = ctor

	s.exports = rt.NewObject()
	_ = s.exports.Set("connect", r.Func("connect", 2, func(call goja.FunctionCall) goja.Value {
		return s.connect(call.Argument(0), call.Argument(1))
	}))
}

// options are connect()'s SocketOptions.
type options struct {
	secure   string
	halfOpen bool
}

// connect is connect(address, options).
func (s *state) connect(addrV, optsV goja.Value) goja.Value {
	address, domain, port, fromString := s.addressArg(addrV)
	opts := s.optionsArg(optsV)
	s.env.RefuseInGlobalScope()
	if fromString {
		h, p, ok := urlpkg.HostAndPort("fake://" + address)
		switch {
		case !ok:
			s.throwType(badAddress)
		case h == "":
			s.throwType(noHostname)
		case p == "":
			s.throwType(noPort)
		}
		domain, port = h, p
	}
	if !validHost(address) {
		s.throwType(invalidHost)
	}
	switch opts.secure {
	case "":
		opts.secure = "off"
	case "off", "on", "starttls":
	default:
		s.throwType("Unsupported value in secureTransport socket option: " + opts.secure)
	}
	k := s.newSocket(address, domain, opts.secure, opts.halfOpen)
	k.target = net.JoinHostPort(strings.TrimSuffix(strings.TrimPrefix(domain, "["), "]"), port)
	u := &url.URL{Scheme: "tcp", Host: k.target}
	switch {
	case domain == "":
		s.env.Loop.QueueIO(func() { k.fail(nil, errors.New("no hostname")) })
	case !s.env.Perms.NetAllows(u):
		msg := s.env.Perms.NetDenied("connect()", k.target)
		if s.env.Warn != nil {
			s.env.Warn("connect('" + address + "'): " + msg)
		}
		s.env.Loop.QueueIO(func() { k.fail(s.rt.NewTypeError("%s", msg), nil) })
	default:
		k.dial(port == "80" || port == "443")
	}
	return k.obj
}

// addressArg converts connect()'s first argument: a dictionary's parts, or
// a string to parse (fromString).
func (s *state) addressArg(v goja.Value) (address, domain, port string, fromString bool) {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		s.throwType(nullAddress)
	}
	o, ok := v.(*goja.Object)
	if !ok {
		return v.String(), "", "", true
	}
	hv := o.Get("hostname")
	if hv != nil && !goja.IsUndefined(hv) {
		domain = hv.String()
	}
	n := math.NaN() // a missing port is not an integer
	if pv := o.Get("port"); pv != nil {
		n = pv.ToFloat()
	}
	switch {
	case math.IsNaN(n) || math.IsInf(n, 0):
		s.throwType(portNotInteger)
	case n < 0:
		s.throwType(portNegative)
	case n > 65535:
		s.throwType(portTooLarge)
	}
	port = strconv.Itoa(int(math.Trunc(n)))
	return domain + ":" + port, domain, port, false
}

// optionsArg converts connect()'s second argument.
func (s *state) optionsArg(v goja.Value) options {
	var opts options
	if v == nil || goja.IsUndefined(v) {
		return opts
	}
	if goja.IsNull(v) {
		s.throwType(nullOptions)
	}
	o, ok := v.(*goja.Object)
	if !ok {
		s.throwType(notOptions)
	}
	if h := o.Get("allowHalfOpen"); h != nil && !goja.IsUndefined(h) {
		opts.halfOpen = h.ToBoolean()
	}
	if st := o.Get("secureTransport"); st != nil && !goja.IsUndefined(st) {
		opts.secure = st.String() // checked after the address, as workerd does
	}
	return opts
}

// validHost is workerd's isValidHost of the whole address: 1-255
// characters, letters, digits and "-._[]:".
func validHost(a string) bool {
	if len(a) == 0 || len(a) > 255 {
		return false
	}
	for i := 0; i < len(a); i++ {
		c := a[i]
		switch {
		case c == '-' || c == '.' || c == '_' || c == '[' || c == ']' || c == ':':
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		default:
			return false
		}
	}
	return true
}

// newSocket makes a Socket object and its streams.
func (s *state) newSocket(address, domain, secure string, halfOpen bool) *socket {
	rt := s.rt
	k := &socket{s: s, address: address, domain: domain, secure: secure, halfOpen: halfOpen}
	k.obj = rt.CreateObject(s.proto)
	k.opened, k.resolveOpened, k.rejectOpened = rt.NewPromise()
	k.closed, k.resolveClosed, k.rejectClosed = rt.NewPromise()
	// workerd marks closed as handled: a connection that fails is no
	// unhandled rejection unless the script leaves opened unobserved.
	if then, ok := goja.AssertFunction(rt.ToValue(k.closed).(*goja.Object).Get("then")); ok {
		_, _ = then(rt.ToValue(k.closed), goja.Undefined(), s.noop)
	}
	k.readable, k.rctl = streams.NewReadable(s.env, streams.Source{
		Bytes:  true,
		Pull:   k.pull,
		Cancel: func(goja.Value) { k.cancelRead() },
	})
	k.writable = streams.NewWritable(s.env, streams.Sink{
		Bytes: true,
		Write: func(c streams.Chunk, done func(err goja.Value)) {
			b, _ := streams.ByteChunk(s.env, c)
			if !c.IsBytes() {
				b = append([]byte(nil), b...) // the script's memory
			}
			k.write(b, done)
		},
		Close: func(done func(err goja.Value)) { k.closeWrite(done) },
		Abort: func(goja.Value) { k.closeWrite(nil) },
	})
	s.sockets.Put(k.obj, k)
	return k
}

// dial makes the connection on a goroutine.
func (k *socket) dial(httpPort bool) {
	s := k.s
	ctx, cancel := context.WithCancel(context.Background())
	k.cancel = cancel
	k.forget = s.env.OnClose(func() { cancel(); k.box.close() })
	k.dialing = true
	complete := s.env.Loop.Hold("connect('" + k.address + "')")
	target, secure, domain := k.target, k.secure, k.domain
	go func() {
		d := net.Dialer{Timeout: dialTimeout}
		c, err := d.DialContext(ctx, "tcp", target)
		if err == nil && secure == "on" {
			tc := tls.Client(c, &tls.Config{ServerName: strings.Trim(domain, "[]")})
			if err = tc.HandshakeContext(ctx); err != nil {
				_ = c.Close()
			} else {
				c = tc
			}
		}
		if err == nil {
			k.box.set(c)
		}
		complete(func() {
			k.dialing = false
			if err != nil {
				msg := connectFailed
				if httpPort {
					msg += httpPortHint
				}
				k.fail(s.env.Realm.NewError(msg), err)
			} else {
				k.conn = c
				k.openWith()
			}
			k.runAfterDial()
		})
	}()
}

func (k *socket) runAfterDial() {
	fns := k.afterDial
	k.afterDial = nil
	for _, f := range fns {
		f()
	}
}

// openWith resolves opened with the SocketInfo.
func (k *socket) openWith() {
	info := k.s.rt.NewObject()
	_ = info.Set("remoteAddress", k.address)
	_ = info.Set("localAddress", goja.Undefined())
	k.openedSettled = true
	_ = k.resolveOpened(info)
}

// fail ends a socket whose connection could not be made: closed rejects,
// then opened, reads end and writes reject. reason, when not nil, is said
// on stderr.
func (k *socket) fail(e *goja.Object, reason error) {
	s := k.s
	if e == nil {
		e = s.env.Realm.NewError(connectFailed)
	}
	// Why, on stderr, unless the server refused it: a name that does not
	// resolve, a TLS handshake that failed (workerd logs the first only).
	if reason != nil && !errors.Is(reason, syscall.ECONNREFUSED) && s.env.Warn != nil {
		s.env.Warn("connect('" + k.address + "'): " + reason.Error())
	}
	k.failed = true
	k.reason = reason
	k.writeEr = s.env.Realm.NewError("jsg.Error: " + e.Get("message").String())
	if e.Get("name").String() == "TypeError" {
		k.writeEr = e
	}
	k.settleClosed(e)
	if !k.openedSettled {
		k.openedSettled = true
		_ = k.rejectOpened(e)
	}
	k.readDone, k.writeDone = true, true
	k.rctl.Close()
	k.writable.Error(k.writeEr)
	k.release()
}

// settleClosed resolves (e nil) or rejects closed, once, and what waits
// for it (a second close()).
func (k *socket) settleClosed(e goja.Value) {
	if k.closedSettled {
		return
	}
	k.closedSettled = true
	if e != nil {
		_ = k.rejectClosed(e)
	} else {
		_ = k.resolveClosed(goja.Undefined())
	}
	for _, w := range k.closeWaiters {
		_ = w(goja.Undefined())
	}
	k.closeWaiters = nil
}

// release ends the connection and forgets it.
func (k *socket) release() {
	k.conn = nil
	k.box.close()
	if k.cancel != nil {
		k.cancel()
	}
	if k.forget != nil {
		k.forget()
		k.forget = nil
	}
}

// maybeClosed resolves closed once both directions are over.
func (k *socket) maybeClosed() {
	if k.readDone && k.writeDone && !k.closedSettled {
		k.release()
		k.settleClosed(nil)
	}
}

// pull reads what the server sent.
func (k *socket) pull(c *streams.Controller, done func()) {
	if k.dialing {
		k.afterDial = append(k.afterDial, func() { k.pull(c, done) })
		return
	}
	conn := k.conn
	if conn == nil || k.readDone {
		if c.CanEnqueue() {
			c.Close()
		}
		done()
		return
	}
	complete := k.s.env.Loop.Hold("socket read from " + k.address)
	k.reading = true
	go func() {
		buf := make([]byte, readSize)
		n, err := conn.Read(buf)
		complete(func() {
			defer done()
			k.reading = false
			if after := k.afterRead; after != nil {
				k.afterRead = nil
				defer func() {
					for _, f := range after {
						f()
					}
				}()
			}
			if k.readDone || k.conn != conn || k.upgrading {
				return // closed, cancelled or upgraded meanwhile
			}
			if n > 0 {
				_ = c.Enqueue(buf[:n:n])
			}
			switch {
			case err == nil:
			case errors.Is(err, io.EOF):
				k.readDone = true
				// The writable first: closing the readable resolves the
				// script's read, whose continuation may write at once.
				if !k.halfOpen && !k.writeDone && k.writable.Finish() {
					k.writeDone = true
					if cw, ok := conn.(interface{ CloseWrite() error }); ok {
						_ = cw.CloseWrite()
					}
				}
				c.Close()
				k.maybeClosed()
			default:
				k.readDone = true
				if k.reason == nil {
					k.reason = err
				}
				c.Error(k.s.env.Realm.NewError(connectionLost))
				k.writeDone = true
				k.writable.Error(k.s.env.Realm.NewError(connectionLost))
				k.maybeClosed()
			}
		})
	}()
}

// cancelRead is the readable's cancel: nothing more is read.
func (k *socket) cancelRead() {
	k.readDone = true
	if tc, ok := k.conn.(*net.TCPConn); ok {
		_ = tc.CloseRead()
	}
	k.maybeClosed()
}

// write sends b.
func (k *socket) write(b []byte, done func(err goja.Value)) {
	if k.dialing {
		k.afterDial = append(k.afterDial, func() { k.write(b, done) })
		return
	}
	conn := k.conn
	if conn == nil {
		if k.writeEr != nil {
			done(k.writeEr)
		} else {
			done(k.s.rt.NewTypeError("%s", writableClosing))
		}
		return
	}
	// What the kernel takes at once is written here, so that the write's
	// completion comes before any answer to it (as workerd's does: a
	// write goroutine could be scheduled after the reader that got the
	// echo). The rest, if the socket's buffer is full, on a goroutine.
	if tc, ok := conn.(*net.TCPConn); ok {
		_ = tc.SetWriteDeadline(time.Now().Add(time.Millisecond))
		n, err := tc.Write(b)
		_ = tc.SetWriteDeadline(time.Time{})
		if err == nil {
			// A task later, as the goroutine's completion would come,
			// but ahead of any read that follows it.
			k.s.env.Loop.QueueIO(func() { done(nil) })
			return
		}
		if !errors.Is(err, os.ErrDeadlineExceeded) {
			if k.reason == nil {
				k.reason = err
			}
			done(k.s.env.Realm.NewError(connectionLost))
			return
		}
		b = b[n:]
	}
	complete := k.s.env.Loop.Hold("socket write to " + k.address)
	go func() {
		_, err := conn.Write(b)
		complete(func() {
			if err != nil {
				if k.reason == nil {
					k.reason = err
				}
				done(k.s.env.Realm.NewError(connectionLost))
				return
			}
			done(nil)
		})
	}()
}

// closeWrite ends the script's side (writable.close(), or an abort):
// the connection is half-closed.
func (k *socket) closeWrite(done func(err goja.Value)) {
	if k.dialing {
		k.afterDial = append(k.afterDial, func() { k.closeWrite(done) })
		return
	}
	if cw, ok := k.conn.(interface{ CloseWrite() error }); ok {
		_ = cw.CloseWrite()
	}
	k.writeDone = true
	if done != nil {
		done(nil)
	}
	k.maybeClosed()
}

// close is Socket.close().
func (k *socket) close() goja.Value {
	rt := k.s.rt
	p, resolve, _ := rt.NewPromise()
	if k.closing || k.closedSettled {
		if k.closedSettled {
			_ = resolve(goja.Undefined())
		} else {
			k.closeWaiters = append(k.closeWaiters, resolve)
		}
		return rt.ToValue(p)
	}
	k.closing = true
	k.rctl.Error(rt.NewTypeError("%s", readableClosing))
	k.writable.Error(rt.NewTypeError("%s", writableClosing))
	finish := func() {
		k.readDone, k.writeDone = true, true
		// A startTls() after close() still upgrades the socket, as in
		// workerd; said before closed resolves (resolving it runs the
		// script's reactions at once).
		if k.tlsUsed {
			k.upgraded = true
		}
		k.release()
		k.settleClosed(nil)
		_ = resolve(goja.Undefined())
	}
	if k.dialing {
		k.afterDial = append(k.afterDial, finish)
	} else {
		// workerd ends the connection a few promise reactions later: until
		// then startTls() still finds it.
		k.s.env.Loop.QueueMicrotask(finish)
	}
	return rt.ToValue(p)
}

// startTLS is Socket.startTls(): a new Socket over the same connection,
// upgraded to TLS once the old one's pending writes are done.
func (k *socket) startTLS(optsV goja.Value) goja.Value {
	s := k.s
	// TlsOptions' expectedServerHostname: the name the certificate must
	// have (node:tls's servername), the host's by default.
	serverName := strings.Trim(k.domain, "[]")
	if o, ok := optsV.(*goja.Object); ok {
		if v := o.Get("expectedServerHostname"); v != nil && !goja.IsUndefined(v) {
			serverName = v.String()
		}
	}
	switch {
	case k.secure == "on":
		s.throwType(tlsOnTLS)
	case k.tlsUsed:
		// Before the closed check: an upgraded socket is closed too.
		s.throwType(tlsTwice)
	case k.conn == nil && !k.dialing:
		s.throwType(tlsAfterClose)
	case k.secure != "starttls":
		s.throwType(tlsNeedsOption)
	}
	k.tlsUsed = true
	t := s.newSocket(k.address, k.domain, "on", k.halfOpen)
	t.target = k.target
	t.dialing = true
	var upgrade func()
	upgrade = func() {
		if k.conn == nil {
			t.dialing = false
			t.fail(nil, errors.New("the connection ended before startTls"))
			t.runAfterDial()
			return
		}
		raw := k.conn
		if k.reading {
			// A read in flight would take the server's handshake: it
			// is stopped, and the upgrade goes on once it is over.
			k.upgrading = true
			_ = raw.SetReadDeadline(time.Now())
			k.afterRead = append(k.afterRead, func() {
				_ = raw.SetReadDeadline(time.Time{})
				k.upgrading = false
				upgrade()
			})
			return
		}
		// The old socket lets go of the connection without ending it.
		k.conn = nil
		k.box.set(nil)
		if k.forget != nil {
			k.forget()
			k.forget = nil
		}
		k.readDone, k.writeDone = true, true
		k.upgraded = true
		k.lockStreams()
		k.settleClosed(nil)

		ctx, cancel := context.WithCancel(context.Background())
		t.cancel = cancel
		t.box.set(raw)
		t.forget = s.env.OnClose(func() { cancel(); t.box.close() })
		complete := s.env.Loop.Hold("startTls('" + k.address + "')")
		go func() {
			tc := tls.Client(raw, &tls.Config{ServerName: serverName})
			err := tc.HandshakeContext(ctx)
			if err == nil {
				t.box.set(tc)
			}
			complete(func() {
				t.dialing = false
				if err != nil {
					t.fail(nil, err)
				} else {
					t.conn = tc
					t.openWith()
				}
				t.runAfterDial()
			})
		}()
	}
	if k.dialing {
		k.afterDial = append(k.afterDial, upgrade)
	} else {
		// After the writes the script queued so far (workerd flushes the
		// old writable first): a task later.
		s.env.Loop.QueueIO(upgrade)
	}
	return t.obj
}

// lockStreams locks the old socket's streams after startTls, as workerd's
// detached streams are.
func (k *socket) lockStreams() {
	if !k.writable.Locked() {
		_, _ = k.writable.GetWriter()
	}
	if !k.readable.Locked() {
		_, _ = k.readable.GetReader()
	}
}

// registerInspect shows a Socket as workerd's console.log does: its
// attributes, in the prototype's order.
func (s *state) registerInspect() {
	prev := inspect.Custom(s.rt)
	inspect.RegisterCustom(s.rt, func(o *goja.Object, opts inspect.Options, recurse func(goja.Value) string) (string, bool) {
		if k := s.sockets.Get(o); k != nil {
			return s.inspectSocket(k, opts, recurse), true
		}
		if prev != nil {
			return prev(o, opts, recurse)
		}
		return "", false
	})
}

func (s *state) inspectSocket(k *socket, opts inspect.Options, recurse func(goja.Value) string) string {
	rt := s.rt
	vals := []struct {
		name string
		v    goja.Value
	}{
		{"readable", k.readable.Value()},
		{"writable", k.writable.Value()},
		{"closed", rt.ToValue(k.closed)},
		{"opened", rt.ToValue(k.opened)},
		{"upgraded", rt.ToValue(k.upgraded)},
		{"secureTransport", rt.ToValue(k.secure)},
	}
	entries := make([]string, len(vals))
	multi := false
	total := 2*len(vals) + 1 + 7
	for i, e := range vals {
		entries[i] = e.name + ": " + recurse(e.v)
		total += len(entries[i])
		multi = multi || strings.Contains(entries[i], "\n")
	}
	width := opts.BreakLength
	if width == 0 {
		width = 80
	}
	if !multi && total <= width {
		return "Socket { " + strings.Join(entries, ", ") + " }"
	}
	return "Socket {\n  " + strings.Join(entries, ",\n  ") + "\n}"
}
