package worker

import (
	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/trace"
)

// Origins: which request's code is running, so that what it makes (ports,
// streams, pipes) can be reported with that request alone (mcrepl serve).
// The origin is set by the server for the work it posts (SetOrigin) and is
// carried, as AsyncLocalStorage's context is, into promise reactions,
// timers, Go-side microtasks (a port delivery), host timers and the
// completions of host work (Hold): originTracker is goja's
// AsyncContextTracker, with node:async_hooks' tracker inside it when that
// module is loaded. Outside attributed work the origin is nil.

// originTracker carries the origin, and node's context when there is one.
type originTracker struct {
	w    *Worker
	node goja.AsyncContextTracker // node:async_hooks' (nil until loaded)
}

var _ goja.AsyncContextTracker = (*originTracker)(nil)

// asyncCtx is a captured context: node's, and the origin.
type asyncCtx struct{ node, origin any }

func (t *originTracker) Grab() any {
	var n any
	if t.node != nil {
		n = t.node.Grab()
	}
	if n == nil && t.w.origin == nil {
		return nil
	}
	return &asyncCtx{n, t.w.origin}
}

func (t *originTracker) Resumed(ctx any) {
	c, _ := ctx.(*asyncCtx)
	if c == nil {
		c = &asyncCtx{}
	}
	t.w.origin = c.origin
	if t.node != nil {
		t.node.Resumed(c.node)
	}
}

func (t *originTracker) Exited() {
	t.w.origin = t.w.originBase // back to the job's own
	if t.node != nil {
		t.node.Exited()
	}
}

// TrackOrigins turns on the tracking of origins; call it before the
// isolate runs code. Any goroutine but the loop's.
func (w *Worker) TrackOrigins() {
	w.loop.do(func() {
		if w.origins != nil {
			return
		}
		w.origins = &originTracker{w: w, node: w.async}
		w.async = w.origins
		w.rt.SetAsyncContextTracker(w.origins)
	})
}

// SetOrigin sets the origin of the job running now and of the code it is
// about to run (nil: none); a job that sets it sets it back to nil when
// done. A callback run inside the job (a promise reaction) has its own,
// and the job's is back when it returns. Loop goroutine only.
func (w *Worker) SetOrigin(o any) { w.origin, w.originBase = o, o }

// Origin is the origin of the code running now. Loop goroutine only.
func (w *Worker) Origin() any { return w.origin }

// ProblemsOf is Problems of what was made with origin (nil: what no
// request made, such as a module's top-level objects). Any goroutine but
// the loop's.
func (w *Worker) ProblemsOf(origin any) []trace.Problem {
	return w.problems(trace.Filter{Origin: origin})
}

// TakeProblemsOf is ProblemsOf for the last time: what the isolate kept only
// to report it of origin (an unfinished pipe, a port's queued messages, a
// loss) is let go; what the script still reaches stays. A server calls it
// when a request is done. Any goroutine but the loop's.
func (w *Worker) TakeProblemsOf(origin any) []trace.Problem {
	return w.problems(trace.Filter{Origin: origin, Take: true})
}
