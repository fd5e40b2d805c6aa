package worker

import (
	"github.com/mcrepl/mcrepl/trace"
	"github.com/mcrepl/mcrepl/worker/host"
	"github.com/mcrepl/mcrepl/worker/websocket"
)

// WebSocketPair, WebSocket and CloseEvent (package websocket), with the
// event log.
func init() {
	websocket.SetHooks(websocket.Hooks{
		TraceLog: func(env *host.Env) *trace.Log {
			w := workerOf(env)
			if w == nil {
				return nil
			}
			out := w.cfg.EventLogWriter
			if out == nil {
				out = w.stdout
			}
			return trace.New(out, w.cfg.EventLog, w.cfg.EventLogFormat)
		},
	})
}

// OpenWebSockets lists the WebSocket ends accepted and not closed (see
// websocket.OpenEnds). Loop goroutine only.
func (w *Worker) OpenWebSockets() []string {
	if w.host == nil {
		return nil
	}
	return websocket.OpenEnds(w.host)
}
