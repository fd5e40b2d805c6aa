package serve

import (
	"context"
	"errors"
	"net/http"
	"time"

	"github.com/coder/websocket"
	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/fetch"
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
	if !fetch.HeaderHasToken(hr.Header, "Upgrade", "websocket") {
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
	conn := wsapi.NewQueue()
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
			f, ok := conn.Next(ctx)
			if !ok {
				return
			}
			if f.Close {
				_ = c.Close(websocket.StatusCode(f.Code), f.Reason)
				return
			}
			typ := websocket.MessageText
			if f.Binary {
				typ = websocket.MessageBinary
			}
			if err := c.Write(ctx, typ, f.Data); err != nil {
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
