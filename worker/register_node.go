package worker

import (
	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/trace"
	"github.com/mcrepl/mcrepl/worker/host"
	"github.com/mcrepl/mcrepl/worker/node"
)

// The Node.js globals and node: modules (package node), and what they need
// of the isolate beyond host.Env: the event log, and the async context
// that AsyncLocalStorage carries into timer callbacks and port deliveries.
func init() {
	node.SetHooks(node.Hooks{
		TraceLog: eventLog,
		TrackAsync: func(env *host.Env, t goja.AsyncContextTracker) {
			if w := workerOf(env); w != nil {
				if w.origins != nil {
					w.origins.node = t // inside the origins' tracker
					return
				}
				w.async = t
				w.rt.SetAsyncContextTracker(t)
			}
		},
	})
}

// eventLog is the event log of env's Worker for an API package (nil when
// it is off): the same stream, mode and format as the channel's.
func eventLog(env *host.Env) *trace.Log {
	w := workerOf(env)
	if w == nil {
		return nil
	}
	out := w.cfg.EventLogWriter
	if out == nil {
		out = w.stdout
	}
	return trace.New(out, w.cfg.EventLog, w.cfg.EventLogFormat)
}

// workerOf returns the Worker whose host.Env env is.
func workerOf(env *host.Env) *Worker {
	if h, ok := env.Loop.(hostLoop); ok {
		return h.w
	}
	return nil
}
