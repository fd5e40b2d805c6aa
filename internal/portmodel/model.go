// Package portmodel holds a reference model of workerd's MessagePort rules
// (spec page, sections 1.5-1.13) in plain Go, and the tests that hold mcrepl's
// isolate to it: randomized operation sequences run through both, which must
// log the same deliveries and close events in the same order, and volume
// tests (a million messages, none lost or reordered).
//
// The model covers one channel of two ports, each pending, started or
// closed; 'message' listener counting through addEventListener,
// removeEventListener, once and the onmessage slot; start(); delivery in one
// microtask per message, queued at post time, to a started peer; a queued
// batch drained in one microtask when the port starts; close() closing both
// ports synchronously, peer first; and the drops (closed ports, batches
// dispatched to nobody). Microtasks are a FIFO queue shared with the script's
// own await continuations and queueMicrotask callbacks, as in V8.
//
// Run a sequence through the model with Model; render it as JavaScript for
// the isolate with Program.
package portmodel

import (
	"strconv"
	"strings"
)

// Kind is what an Op does.
type Kind uint8

// The operations of a sequence. Port is 0 (port1) or 1 (port2).
const (
	Post           Kind = iota // P[Port].postMessage(N)
	Add                        // P[Port].addEventListener('message', listener Fn, {once: Once})
	Remove                     // P[Port].removeEventListener('message', listener Fn)
	SetOnmessage               // P[Port].onmessage = handler Fn
	ClearOnmessage             // P[Port].onmessage = null
	Start                      // P[Port].start()
	Close                      // P[Port].close()
	Microtask                  // queueMicrotask(() => log 'qN')
	Await                      // await null, then log 'aN'
	Tick                       // await a setTimeout(0), then log 'tN'
)

// Listeners (Fn for Add and Remove). Each logs "p<port>:L<fn>:<data>" when
// called; some then act on the port that received the message.
const (
	Reply      = 3 // logs, then posts data+"r" back if data is a number
	CloseOwn   = 4 // logs, then closes the receiving port
	NListeners = 5
)

// Onmessage handlers (Fn for SetOnmessage): 0 and 1 log
// "p<port>:H<fn>:<data>"; HandleEventObject is a non-callable object with a
// handleEvent method, which takes the slot but is never called.
const (
	HandleEventObject = 2
	NHandlers         = 3
)

// Op is one operation of a sequence.
type Op struct {
	Kind Kind
	Port int
	Fn   int
	Once bool
	N    int // message number (Post) or mark number (Microtask, Await, Tick)
}

type state uint8

const (
	pending state = iota
	started
	closed
)

type listener struct {
	fn      int
	once    bool
	slot    bool // the onmessage slot
	removed bool
}

type port struct {
	state   state
	queue   []string
	list    []*listener // 'message' listeners, in order
	slot    *listener   // the active onmessage slot, or nil
	handler int         // the onmessage handler while slot is set
}

type model struct {
	ports [2]*port
	micro []func()
	log   []string
	// the script, paused at an await
	ops  []Op
	pc   int
	tick bool // paused on a Tick, resumed when the microtasks are drained
}

// Model runs ops through the reference model and returns what the listeners,
// close listeners and marks log, in order.
func Model(ops []Op) []string {
	m := &model{ports: [2]*port{{}, {}}, ops: ops}
	m.step()
	for {
		for len(m.micro) > 0 {
			f := m.micro[0]
			m.micro = m.micro[1:]
			f()
		}
		if !m.tick {
			return m.log
		}
		m.tick = false
		m.logf("t" + strconv.Itoa(m.ops[m.pc-1].N))
		m.step()
	}
}

func (m *model) logf(s string) { m.log = append(m.log, s) }

// step runs the script from where it paused until its next await or its end.
func (m *model) step() {
	for m.pc < len(m.ops) {
		op := m.ops[m.pc]
		m.pc++
		p := m.ports[op.Port]
		switch op.Kind {
		case Post:
			m.post(op.Port, strconv.Itoa(op.N))
		case Add:
			if !listed(p.list, op.Fn) {
				p.list = append(p.list, &listener{fn: op.Fn, once: op.Once})
				m.changed(op.Port)
			}
		case Remove:
			for _, l := range p.list {
				if !l.slot && l.fn == op.Fn {
					m.unlist(op.Port, l)
					break
				}
			}
		case SetOnmessage:
			p.handler = op.Fn
			if p.slot == nil {
				p.slot = &listener{slot: true}
				p.list = append(p.list, p.slot)
				m.changed(op.Port)
			}
		case ClearOnmessage:
			if p.slot != nil {
				m.unlist(op.Port, p.slot)
			}
		case Start:
			if p.state == pending {
				m.begin(op.Port)
			}
		case Close:
			m.close(op.Port)
		case Microtask:
			n := op.N
			m.micro = append(m.micro, func() { m.logf("q" + strconv.Itoa(n)) })
		case Await:
			n := op.N
			m.micro = append(m.micro, func() { m.logf("a" + strconv.Itoa(n)); m.step() })
			return
		case Tick:
			m.tick = true
			return
		}
	}
}

// listed reports whether list holds listener fn (not the onmessage slot).
func listed(list []*listener, fn int) bool {
	for _, l := range list {
		if !l.slot && l.fn == fn {
			return true
		}
	}
	return false
}

// unlist removes l from port i's listeners.
func (m *model) unlist(i int, l *listener) {
	p := m.ports[i]
	for j, x := range p.list {
		if x == l {
			p.list = append(p.list[:j:j], p.list[j+1:]...)
			break
		}
	}
	l.removed = true
	if l == p.slot {
		p.slot = nil
	}
	m.changed(i)
}

// changed applies the listener count: the first listener starts a pending
// port, losing the last one makes a started port pending (§1.6).
func (m *model) changed(i int) {
	p := m.ports[i]
	switch {
	case p.state == closed:
	case len(p.list) > 0 && p.state == pending:
		m.begin(i)
	case len(p.list) == 0 && p.state == started:
		p.state = pending
	}
}

// begin starts port i: its queue is released as one microtask.
func (m *model) begin(i int) {
	p := m.ports[i]
	p.state = started
	batch := p.queue
	p.queue = nil
	if len(batch) > 0 {
		m.micro = append(m.micro, func() {
			for _, d := range batch {
				m.dispatch(i, d)
			}
		})
	}
}

// post is port from's postMessage(data) (§1.5 steps 5-6).
func (m *model) post(from int, data string) {
	if m.ports[from].state == closed {
		return
	}
	to := 1 - from
	q := m.ports[to]
	switch q.state {
	case pending:
		q.queue = append(q.queue, data)
	case started:
		m.micro = append(m.micro, func() { m.dispatch(to, data) })
	}
}

// dispatch delivers one message on port i to the listeners registered when
// the dispatch starts, skipping those removed meanwhile.
func (m *model) dispatch(i int, data string) {
	p := m.ports[i]
	name := "p" + strconv.Itoa(i)
	for _, l := range append([]*listener(nil), p.list...) {
		if l.removed {
			continue
		}
		if l.once {
			m.unlist(i, l)
		}
		if l.slot {
			if p.handler != HandleEventObject {
				m.logf(name + ":H" + strconv.Itoa(p.handler) + ":" + data)
			}
			continue
		}
		m.logf(name + ":L" + strconv.Itoa(l.fn) + ":" + data)
		switch l.fn {
		case Reply:
			if !strings.HasSuffix(data, "r") {
				m.post(i, data+"r")
			}
		case CloseOwn:
			m.close(i)
		}
	}
}

// close is port i's close(): both ports close, the peer's close event
// first (§1.12).
func (m *model) close(i int) {
	p := m.ports[i]
	if p.state == closed {
		return
	}
	p.state, p.queue = closed, nil
	if q := m.ports[1-i]; q.state != closed {
		q.state, q.queue = closed, nil
		m.logf("p" + strconv.Itoa(1-i) + ":close")
	}
	m.logf("p" + strconv.Itoa(i) + ":close")
}
