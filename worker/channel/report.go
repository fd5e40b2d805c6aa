package channel

import (
	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/trace"
	"github.com/mcrepl/mcrepl/worker/clone"
)

// lossKind is why messages were not received.
type lossKind uint8

const (
	lossClosedQueued    lossKind = iota // queued on a pending port that was then closed
	lossStartNoListener                 // delivered after start() with no listener
	lossRemoved                         // delivered after the last listener was removed
	lossSenderClosed                    // posted on a closed port
	lossReceiverClosed                  // posted to a closed port
	lossBatchAborted                    // after an exception escaped an earlier delivery of the batch
)

// loss is an account of messages nobody received, grouped by port and kind.
// It names the ports by label ("" for none) and so keeps neither.
type loss struct {
	port, from string
	kind       lossKind
	count      int
	data       []string
	origin     any // the request that made the port (host.Env.Origin)
}

// lossKey finds a port's loss of a kind in Channels.losses.
type lossKey struct {
	port string
	kind lossKind
}

// lose records that msgs, meant for p, were not received.
func (c *Channels) lose(p, from *Port, kind lossKind, msgs []queued) {
	if len(msgs) == 0 {
		return
	}
	// Labels are unique to their port.
	port, fromLabel := labelOf(p), labelOf(from)
	var l *loss
	if i, ok := c.lossAt[lossKey{port, kind}]; ok {
		l = &c.losses[i]
	} else {
		origin := c.origin()
		if p != nil {
			origin = p.origin
		}
		if c.lossAt == nil {
			c.lossAt = map[lossKey]int{}
		}
		c.lossAt[lossKey{port, kind}] = len(c.losses)
		c.losses = append(c.losses, loss{port: port, from: fromLabel, kind: kind, origin: origin})
		l = &c.losses[len(c.losses)-1]
	}
	l.count += len(msgs)
	for i := range msgs {
		if len(l.data) == trace.ReportDataLimit {
			break
		}
		l.data = append(l.data, c.preview(&msgs[i]))
	}
}

// dropLosses lets go of the losses f covers, for good (Filter.Take).
func (c *Channels) dropLosses(f trace.Filter) {
	kept := c.losses[:0]
	for _, l := range c.losses {
		if !f.Covers(l.origin) {
			kept = append(kept, l)
		}
	}
	if len(kept) == len(c.losses) {
		return
	}
	clear(c.losses[len(kept):])
	c.losses = kept
	clear(c.lossAt)
	for i, l := range kept {
		c.lossAt[lossKey{l.port, l.kind}] = i
	}
}

// previewCloneLimit is the largest message (clone.Message.Size) that drop
// deserializes to describe.
const previewCloneLimit = 16 << 10

// drop accounts for a message posted on p that cannot reach its peer q:
// p is closed or q is. The data v was validated and serialized already,
// as msg (nil when v is a primitive, its own clone).
func (c *Channels) drop(p, q *Port, v goja.Value, msg *clone.Message) {
	kind, why := lossSenderClosed, "the sending port is closed"
	if p.state != closed {
		kind, why = lossReceiverClosed, "the receiving port is closed"
	}
	// The data shown is the clone's, as it would have been delivered; a
	// message too large to deserialize cheaply is shown from the posted
	// value instead (deserializing it only to cut its preview would cost
	// what the message holds).
	if msg != nil && msg.Size() <= previewCloneLimit {
		if cv, err := c.env.Cloner.Deserialize(msg); err == nil {
			v = cv
		}
	}
	c.lose(q, p, kind, []queued{{v: v}})
	if log := c.env.Log; log.Verbose() {
		rec := trace.Record{Kind: trace.KindDrop, Port: p.label, Data: c.format(v), Reason: why}
		if q != nil {
			rec.To = q.label
		}
		log.Write(rec)
	}
}

// Report lists what did not happen: messages still queued on ports that
// are not started, messages dispatched to no listener, and posts dropped
// because a port was closed, each with the reason and the fix.
func (c *Channels) Report(f trace.Filter) []trace.Problem {
	var out []trace.Problem
	for _, e := range c.all {
		if !f.Covers(e.origin) {
			continue
		}
		p := e.port()
		if f.Take && p != nil && p.state != closed {
			e.loosen() // reported for good: kept now only if the script reaches it
		}
		if p == nil || p.state != pending || len(p.queue) == 0 {
			continue
		}
		pr := trace.Problem{Port: p.label, What: "still queued", Count: len(p.queue)}
		if p.peer != nil {
			pr.From = p.peer.label
		}
		for i := range min(len(p.queue), trace.ReportDataLimit) {
			// Deserialized once: the value stays queued for the port.
			pr.Data = append(pr.Data, c.preview(&p.queue[i]))
		}
		switch {
		case p.wasStarted:
			pr.Reason = p.label + " went back to pending when its last 'message' listener was removed, so later messages wait in its queue"
			pr.Fix = "keep a 'message' listener on " + p.label + " (a { once: true } listener receives one message only), or add one again to receive the queue"
		case p.peer != nil && p.peer.target.Count("message") > 0:
			pr.Reason = p.label + " never started: it has no 'message' listener and start() was not called. The listener is on " + p.peer.label + ", the port that posted: a port never receives its own posts"
			pr.Fix = "post on " + p.label + " to reach the listener on " + p.peer.label + ", or listen on " + p.label + " (" + short(p.label) + ".onmessage = ...)"
		default:
			pr.Reason = p.label + " never started: it has no 'message' listener and start() was not called"
			pr.Fix = "add a listener to " + p.label + ": " + short(p.label) + ".onmessage = (e) => ... or " + short(p.label) + ".addEventListener('message', ...)"
		}
		out = append(out, pr)
	}
	for _, l := range c.losses {
		if !f.Covers(l.origin) {
			continue
		}
		pr := trace.Problem{Port: l.port, From: l.from, Count: l.count, Data: l.data}
		were, them := theyWere(l.count), themOrIt(l.count)
		switch l.kind {
		case lossClosedQueued:
			pr.What = "dropped"
			pr.Reason = pr.Port + " was closed while " + were + " still queued: it never started"
			pr.Fix = "add a 'message' listener to " + pr.Port + " before closing either port"
		case lossStartNoListener:
			pr.What = "lost"
			pr.Reason = pr.Port + " was started by start() with no 'message' listener, so " + were + " dispatched to nobody"
			pr.Fix = "add the listener before calling start() (or in the same synchronous code), or just set " + short(pr.Port) + ".onmessage, which starts the port"
		case lossRemoved:
			pr.What = "lost"
			pr.Reason = were + " already scheduled for delivery when the last 'message' listener of " + pr.Port + " was removed, so " + were + " dispatched to nobody"
			pr.Fix = "remove the listener (or let a { once: true } listener fire) only after the messages you expect have arrived"
		case lossSenderClosed:
			pr.What = "dropped"
			pr.Port, pr.From = pr.From, ""
			if l.port != "" {
				pr.Port = l.from + " → " + l.port
			}
			pr.Reason = were + " posted after the sending port was closed; postMessage drops " + them + " silently"
			pr.Fix = "post before calling close() on either port"
		case lossBatchAborted:
			pr.What = "lost"
			pr.Reason = were + " queued on " + pr.Port + " and released in one batch; a 'message' listener threw again while handling the first exception, which ended the batch (workerd's legacy dispatch)"
			pr.Fix = "catch exceptions inside the 'message' listeners, or run with the spec_compliant_dispatch_exceptions flag (the default from 2026-09-15)"
		case lossReceiverClosed:
			pr.What = "dropped"
			pr.Reason = were + " posted after " + pr.Port + " was closed; postMessage drops " + them + " silently"
			pr.Fix = "post before calling close() on either port"
		}
		out = append(out, pr)
	}
	if f.Take {
		c.dropLosses(f)
	}
	return out
}

// short is the variable name a port label suggests: port1 or port2.
func short(label string) string {
	for i := len(label) - 1; i >= 0; i-- {
		if label[i] == '.' {
			return label[i+1:]
		}
	}
	return label
}

// labelOf is p's label, or "" when p is nil.
func labelOf(p *Port) string {
	if p == nil {
		return ""
	}
	return p.label
}

// Ports describes the ports in creation order: every port not closed and the
// last keepClosed ports closed (registry.go).
func (c *Channels) Ports() []trace.PortInfo {
	out := make([]trace.PortInfo, 0, len(c.all))
	for _, e := range c.all {
		p := e.port()
		if p == nil {
			continue
		}
		out = append(out, trace.PortInfo{Label: p.label, State: p.state.String(), Queued: len(p.queue), Listeners: p.target.Count("message")})
	}
	return out
}

// theyWere is "it was" for one message and "they were" for several.
func theyWere(n int) string {
	if n == 1 {
		return "it was"
	}
	return "they were"
}

// themOrIt is "it" for one message and "them" for several.
func themOrIt(n int) string {
	if n == 1 {
		return "it"
	}
	return "them"
}
