package host

import (
	"net"
	"net/url"
	"slices"
	"strings"
	"sync"
)

// NetAllows reports whether the permission list (--allow-net) lets an API
// reach u, an http, https, ws or wss URL: "*" allows every host, "host"
// every port of it, "host:port" that port (the scheme's default when u
// names none).
func (p Permissions) NetAllows(u *url.URL) bool {
	host := strings.ToLower(u.Hostname())
	port := u.Port()
	if port == "" {
		port = "80"
		if u.Scheme == "https" || u.Scheme == "wss" {
			port = "443"
		}
	}
	for _, a := range p.Net {
		a = strings.ToLower(strings.TrimSpace(a))
		if a == "*" {
			return true
		}
		h, pt, err := net.SplitHostPort(a)
		if err != nil {
			h, pt = strings.Trim(a, "[]"), ""
		}
		if h == host && (pt == "" || pt == port) {
			return true
		}
	}
	return false
}

// NetDenied is the TypeError message of an API (api: "fetch()", "new
// WebSocket()") refused a host that --allow-net does not cover: it says how
// to allow it.
func (p Permissions) NetDenied(api, host string) string {
	if len(p.Net) == 0 {
		return api + " of " + host + " is not allowed: mcrepl reaches no network unless you allow it. " +
			"Run with --allow-net to allow every host, or --allow-net=" + host + " for this one."
	}
	return api + " of " + host + " is not allowed: --allow-net lists only " + strings.Join(p.Net, ", ") +
		". Add it with --allow-net=" + host + "."
}

// closers are what an API asked to run when the isolate closes, by the
// number OnClose gave each (the order they run in).
type closers struct {
	mu   sync.Mutex
	fns  map[uint64]func()
	next uint64
	done bool
}

// OnClose registers f to run once when the isolate is closed (a network
// connection to end, a goroutine to stop). f runs on whatever goroutine
// closes the isolate, after its loop has stopped, so it must not touch the
// runtime. Any goroutine; after the close, f runs at once. The function it
// returns forgets f (call it when what f would end has ended by itself, so
// that a long session does not keep one closure per connection it made).
func (env *Env) OnClose(f func()) (forget func()) {
	c := &env.closers
	c.mu.Lock()
	if c.done {
		c.mu.Unlock()
		f()
		return func() {}
	}
	if c.fns == nil {
		c.fns = map[uint64]func(){}
	}
	id := c.next
	c.next++
	c.fns[id] = f
	c.mu.Unlock()
	return func() {
		c.mu.Lock()
		delete(c.fns, id)
		c.mu.Unlock()
	}
}

// Closed runs the functions OnClose registered, once, in the order they
// were registered (package worker calls it from Worker.Close).
func (env *Env) Closed() {
	c := &env.closers
	c.mu.Lock()
	fns := c.fns
	c.fns, c.done = nil, true
	c.mu.Unlock()
	ids := make([]uint64, 0, len(fns))
	for id := range fns {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		fns[id]()
	}
}
