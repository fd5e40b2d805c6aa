package serve

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/coder/websocket"
	"github.com/dop251/goja"

	wsapi "github.com/mcrepl/mcrepl/worker/websocket"
)

// maxMessage is workerd's limit on a received WebSocket message (1 MiB
// without increase_websocket_message_size).
const maxMessage = 1 << 20

// upgrade answers a fetch handler's 101 response: the request must be a
// WebSocket handshake; the connection is upgraded and coupled to the end
// the response carried, so that the Worker's other end (the one it
// accepted) talks to the client. It returns when the connection ends.
func (s *Server) upgrade(rw http.ResponseWriter, hr *http.Request, g *generation, req *request, tag string, start time.Time, end goja.Value) {
	if !headerHas(hr.Header, "Upgrade", "websocket") {
		s.fail(rw, tag, start, "Uncaught TypeError: the handler returned a WebSocket upgrade (status 101 with webSocket) to a request that is not a WebSocket handshake (no Upgrade: websocket): return it only when request.headers.get('Upgrade') is 'websocket'")
		return
	}
	c, err := websocket.Accept(rw, hr, &websocket.AcceptOptions{InsecureSkipVerify: true})
	if err != nil {
		s.logf("%s: WebSocket upgrade failed: %v", tag, err)
		return
	}
	c.SetReadLimit(maxMessage)
	s.logf("%s 101 WebSocket (%s)", tag, since(start))
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	conn := newNetConn()
	coupled := make(chan *wsapi.Coupled, 1)
	env := g.w.Host()
	g.w.Post(func(*goja.Runtime) {
		g.w.SetOrigin(req)
		cp, _ := wsapi.Couple(env, end, conn) // nil when the Worker accepted that end itself
		coupled <- cp
	})
	cp := <-coupled
	if cp == nil {
		_ = c.Close(websocket.StatusInternalError, "the response's webSocket was accepted by the Worker")
		return
	}
	// The writer: what the Worker's end sends, in order.
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			f, ok := conn.next(ctx)
			if !ok {
				return
			}
			if f.close {
				_ = c.Close(websocket.StatusCode(f.code), f.reason)
				return
			}
			typ := websocket.MessageText
			if f.binary {
				typ = websocket.MessageBinary
			}
			if err := c.Write(ctx, typ, f.data); err != nil {
				return
			}
		}
	}()
	// The reader: what the client sends, to the Worker's end.
	for {
		typ, data, err := c.Read(ctx)
		if err != nil {
			code := websocket.CloseStatus(err)
			var ce websocket.CloseError
			reason := ""
			if errors.As(err, &ce) {
				reason = ce.Reason
			}
			g.w.Post(func(*goja.Runtime) {
				g.w.SetOrigin(req)
				if code == -1 {
					cp.Gone()
				} else {
					cp.Receive(false, nil, true, int(code), reason)
				}
			})
			break
		}
		g.w.Post(func(*goja.Runtime) {
			g.w.SetOrigin(req)
			cp.Receive(typ == websocket.MessageBinary, data, false, 0, "")
		})
	}
	select {
	case <-done:
	case <-time.After(5 * time.Second):
	}
	s.logf("%s: WebSocket closed", tag)
	s.report(g, req, nil)
}

type outFrame struct {
	binary, close bool
	data          []byte
	code          int
	reason        string
}

// netConn is the Worker's side of the connection: frames queue, without
// bound and in order, for the writer goroutine; the loop never blocks.
type netConn struct {
	mu     sync.Mutex
	q      []outFrame
	wake   chan struct{} // capacity 1
	closed bool
}

func newNetConn() *netConn { return &netConn{wake: make(chan struct{}, 1)} }

func (n *netConn) push(f outFrame) {
	n.mu.Lock()
	if n.closed {
		n.mu.Unlock()
		return
	}
	n.closed = f.close
	n.q = append(n.q, f)
	n.mu.Unlock()
	select {
	case n.wake <- struct{}{}:
	default:
	}
}

func (n *netConn) Send(binary bool, data []byte) { n.push(outFrame{binary: binary, data: data}) }

func (n *netConn) Close(code int, reason string) {
	n.push(outFrame{close: true, code: code, reason: reason})
}

// next waits for the next frame; false once ctx is done.
func (n *netConn) next(ctx context.Context) (outFrame, bool) {
	for {
		n.mu.Lock()
		if len(n.q) > 0 {
			f := n.q[0]
			n.q = n.q[1:]
			n.mu.Unlock()
			return f, true
		}
		n.mu.Unlock()
		select {
		case <-n.wake:
		case <-ctx.Done():
			return outFrame{}, false
		}
	}
}

// headerHas reports whether a comma-separated header of h lists token
// (case-insensitively), as Upgrade: websocket does.
func headerHas(h http.Header, name, token string) bool {
	for _, v := range h.Values(name) {
		for t := range strings.SplitSeq(v, ",") {
			if strings.EqualFold(strings.TrimSpace(t), token) {
				return true
			}
		}
	}
	return false
}
