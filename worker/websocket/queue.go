package websocket

import (
	"context"
	"sync"
)

// OutFrame is one frame an end sends over its connection.
type OutFrame struct {
	Binary, Close bool
	Data          []byte
	Code          int
	Reason        string
}

// Queue is a Conn whose frames wait, without bound and in order, for the
// goroutine that writes the connection (Next): the loop never blocks on the
// network. mcrepl serve's upgraded connections and outgoing WebSockets use
// it.
type Queue struct {
	mu     sync.Mutex
	q      []OutFrame
	wake   chan struct{} // capacity 1
	closed bool
}

// NewQueue makes an empty Queue.
func NewQueue() *Queue { return &Queue{wake: make(chan struct{}, 1)} }

func (n *Queue) push(f OutFrame) {
	n.mu.Lock()
	if n.closed {
		n.mu.Unlock()
		return
	}
	n.closed = f.Close
	n.q = append(n.q, f)
	n.mu.Unlock()
	select {
	case n.wake <- struct{}{}:
	default:
	}
}

// Send queues a message: text, or binary when binary is set.
func (n *Queue) Send(binary bool, data []byte) { n.push(OutFrame{Binary: binary, Data: data}) }

// Close queues a close frame; nothing is queued after it.
func (n *Queue) Close(code int, reason string) {
	n.push(OutFrame{Close: true, Code: code, Reason: reason})
}

// Next waits for the next frame; false once ctx is done. Any goroutine.
func (n *Queue) Next(ctx context.Context) (OutFrame, bool) {
	for {
		n.mu.Lock()
		if len(n.q) > 0 {
			f := n.q[0]
			n.q[0] = OutFrame{}
			n.q = n.q[1:]
			n.mu.Unlock()
			return f, true
		}
		n.mu.Unlock()
		select {
		case <-n.wake:
		case <-ctx.Done():
			return OutFrame{}, false
		}
	}
}
