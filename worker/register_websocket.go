package worker

import (
	"github.com/mcrepl/mcrepl/worker/websocket"
)

// WebSocketPair, WebSocket and CloseEvent (package websocket), with the
// event log.
func init() {
	websocket.SetHooks(websocket.Hooks{TraceLog: eventLog})
}

// OpenWebSockets lists the WebSocket ends accepted and not closed (see
// websocket.OpenEnds). Loop goroutine only.
func (w *Worker) OpenWebSockets() []string {
	if w.host == nil {
		return nil
	}
	return websocket.OpenEnds(w.host)
}
