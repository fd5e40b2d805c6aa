package streams

import (
	"fmt"
	"weak"

	"github.com/mcrepl/mcrepl/trace"
)

// liveEntry is a stream in the list the report walks. It holds the stream
// weakly: a stream nobody can reach anymore cannot be stuck on anyone.
// Its number names the stream in the report (#n, from 1 in creation order);
// its origin is the request that made it (host.Env.Origin).
type liveEntry struct {
	n      int
	rs     weak.Pointer[readableStream]
	ws     weak.Pointer[writableStream]
	origin any
}

func (r *realm) track(s *readableStream) {
	r.sweepLive()
	r.made++
	s.live = &liveEntry{n: r.made, rs: weak.Make(s), origin: r.env.CurrentOrigin()}
	r.live = append(r.live, s.live)
}

func (r *realm) trackWritable(s *writableStream) {
	r.sweepLive()
	r.made++
	s.live = &liveEntry{n: r.made, ws: weak.Make(s), origin: r.env.CurrentOrigin()}
	r.live = append(r.live, s.live)
}

// sweepLive drops collected streams once the list doubled since the last
// sweep.
func (r *realm) sweepLive() {
	if len(r.live) < 1024 || len(r.live) < 2*r.liveSwept {
		return
	}
	keep := r.live[:0]
	for _, e := range r.live {
		if e.rs.Value() != nil || e.ws.Value() != nil {
			keep = append(keep, e)
		}
	}
	clear(r.live[len(keep):])
	r.live = keep
	r.liveSwept = len(keep)
}

// trackPipe adds a pipe to the report's list (finished pipes are dropped
// as the list grows).
func (r *realm) trackPipe(p *pipe) {
	if len(r.pipes) >= 64 {
		keep := r.pipes[:0]
		for _, q := range r.pipes {
			if !q.finished {
				keep = append(keep, q)
			}
		}
		clear(r.pipes[len(keep):])
		r.pipes = keep
	}
	p.origin = r.env.CurrentOrigin()
	r.pipes = append(r.pipes, p)
}

// report lists the streams something still waits on: reads that no chunk
// will ever answer, writes a sink never finished, of those f covers (the
// others' weak pointers are not read).
func (r *realm) report(f trace.Filter) []trace.Problem {
	var out []trace.Problem
	for _, e := range r.live {
		if !f.Covers(e.origin) {
			continue
		}
		if s := e.rs.Value(); s != nil && s.state == stateReadable {
			n := readableStreamGetNumReadRequests(s) + readableStreamGetNumReadIntoRequests(s)
			if n == 0 {
				continue
			}
			out = append(out, trace.Problem{
				Port:   fmt.Sprintf("ReadableStream #%d", e.n),
				What:   "pending",
				Unit:   "read",
				Count:  n,
				Reason: "the stream is open and its source stopped enqueueing without closing or erroring it",
				Fix:    "call controller.close() (or enqueue) in the source, or cancel the stream when you stop reading",
			})
		}
		if s := e.ws.Value(); s != nil && (s.state == stateWritable || s.state == stateErroring) {
			n := s.writeRequests.len()
			if s.inFlightWriteRequest != nil {
				n++
			}
			if s.inFlightCloseRequest != nil || s.closeRequest != nil {
				n++
			}
			if n == 0 {
				continue
			}
			out = append(out, trace.Problem{
				Port:   fmt.Sprintf("WritableStream #%d", e.n),
				What:   "pending",
				Unit:   "write",
				Count:  n,
				Reason: "the sink never finished a write (its write() or start() promise never settled)",
				Fix:    "settle the promise that the sink's write() (or start()) returns",
			})
		}
	}
	for _, p := range r.pipes {
		if p.finished || !f.Covers(p.origin) {
			continue
		}
		pr := trace.Problem{
			Port:   fmt.Sprintf("pipe from ReadableStream #%d to WritableStream #%d", p.source.live.n, p.dest.live.n),
			What:   "unfinished",
			Unit:   "pipe",
			Count:  1,
			Reason: "its promise never settled: the source neither gave another chunk nor ended, or the destination let go of it",
			Fix:    "close or error the source (or cancel it), or pass a signal and abort the pipe",
		}
		if p.opts.signal != nil {
			if aborted, _, _ := r.ev.SignalOf(p.opts.signal); aborted {
				// workerd looks at the signal between chunks only (conformance case 2304).
				pr.Reason = "its signal was aborted while the pipe waited for a chunk, and workerd looks at the signal only between chunks: the source neither gave another chunk nor ended"
				pr.Fix = "close or error the source (or enqueue a chunk) as well as aborting: the pipe then rejects with the abort's reason"
			}
		}
		out = append(out, pr)
	}
	if f.Take {
		// The pipes covered leave the list after this report.
		kept := r.pipes[:0]
		for _, p := range r.pipes {
			if !f.Covers(p.origin) {
				kept = append(kept, p)
			}
		}
		clear(r.pipes[len(kept):])
		r.pipes = kept
	}
	return out
}
