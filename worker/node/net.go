package node

import (
	"crypto/tls"
	"errors"
	"net"
	"os"
	"syscall"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/sockets"
)

// node:net and node:tls (js/net.js, js/tls.js) are a node:stream Duplex
// over a cloudflare:sockets Socket, as workerd's are: the binding gives them
// that module's connect() and the reason a connection failed, which workerd
// turns into Node's errors (ECONNREFUSED, ENOTFOUND).

// installNet adds node:net's binding functions. Nothing of package sockets
// is made until a script connects.
func installNet(s *state, b *goja.Object) {
	env := s.env
	rt := env.RT
	set := func(name string, f func(goja.FunctionCall) goja.Value) { _ = b.Set(name, env.Realm.Func(name, 0, f)) }
	// socketsConnect(address, options) -> a cloudflare:sockets Socket.
	set("socketsConnect", func(call goja.FunctionCall) goja.Value {
		connect, _ := goja.AssertFunction(sockets.Exports(env).Get("connect"))
		v, err := connect(goja.Undefined(), call.Argument(0), call.Argument(1))
		if err != nil {
			panic(err)
		}
		return v
	})
	// socketFailure(socket) -> {code, errno, dns} of why socket could not
	// connect or lost its connection (dns: a name that did not resolve),
	// or undefined when the network did not say.
	set("socketFailure", func(call goja.FunctionCall) goja.Value {
		code, errno, dns := failureCode(sockets.FailReason(env, call.Argument(0)))
		if code == "" {
			return goja.Undefined()
		}
		o := rt.NewObject()
		_ = o.Set("code", code)
		_ = o.Set("errno", errno)
		_ = o.Set("dns", dns)
		return o
	})
	// tlsThrowsNotImplemented: throw_on_not_implemented_tls_options.
	_ = b.Set("tlsThrowsNotImplemented", env.Flags.Enabled("throw_on_not_implemented_tls_options"))
}

// failureCode is Node's code and libuv's errno of a connection failure,
// as workerd's node:net reports them, and whether it was a name lookup's;
// "" for one it does not name (a TLS handshake, a refusal by --allow-net).
func failureCode(err error) (code string, errno int, lookup bool) {
	if err == nil {
		return "", 0, false
	}
	var dns *net.DNSError
	if errors.As(err, &dns) {
		if dns.IsTimeout {
			return "EAI_AGAIN", -3001, true
		}
		return "ENOTFOUND", -3008, true
	}
	var rec tls.RecordHeaderError
	if errors.As(err, &rec) {
		return "", 0, false
	}
	for _, e := range []struct {
		err   error
		code  string
		errno int
	}{
		{syscall.ECONNREFUSED, "ECONNREFUSED", -111},
		{syscall.ECONNRESET, "ECONNRESET", -104},
		{syscall.EPIPE, "EPIPE", -32},
		{syscall.EHOSTUNREACH, "EHOSTUNREACH", -113},
		{syscall.ENETUNREACH, "ENETUNREACH", -101},
		{syscall.ETIMEDOUT, "ETIMEDOUT", -110},
		{os.ErrDeadlineExceeded, "ETIMEDOUT", -110},
	} {
		if errors.Is(err, e.err) {
			return e.code, e.errno, false
		}
	}
	return "", 0, false
}
