package channel

import (
	"strings"
	"unsafe"
	"weak"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/internal/gojaprops"
)

// What the channel keeps of its ports and channels, so that a port the script can no
// longer reach, and that has nothing left to report, is not kept by the channel:
//
//   - A port's Go state and its object are one allocation, a portObj: the object is the
//     struct's first field (gojaprops.Relocate moves the object goja made there), so the
//     state is found from the object by its address, and a port's object is told from all
//     others by the address of its class name (gojaprops.Tag), the way worker/events finds a
//     delivered MessageEvent's state. A map keyed by the object could not do it even with
//     weak keys: its value, the Port, holds the object, so no entry would ever be freed.
//   - A port's events.Target is in its state (events.NewOwnTarget), and the realm finds it
//     through the channel (Realm.FindTarget), so that the realm does not keep the port either.
//   - A channel object has no Go state: it is only tagged.
//   - all lists the ports that can still matter (every port not closed: it may receive, and
//     its queue is what Report lists) and the last keepClosed ports closed, so that .ports
//     shows the channels just closed; the older closed ports leave the listing.
//     A closed port has an empty queue (shut accounts for the queue as a loss) and can
//     receive nothing, so the report loses nothing by it.
//   - all holds a port strongly while it has messages queued (what the report lists) or is
//     among the last ones closed, and weakly otherwise: an open port that the script can no
//     longer reach, nor its peer (each holds the other), has nothing to report and is
//     collected with its channel, as workerd collects it. A handler that leaves a port open
//     per request does not grow the server. A weak entry leaves the listing once its port
//     is collected and the listing has doubled since the last sweep.
//   - A loss names its ports by label, so it keeps no port.
//
// When gojaprops cannot relocate or tag (a goja upgrade changed its layout), the ports and
// channels are kept in maps, for the life of the runtime, as before.
type portObj struct {
	obj  goja.Object // first: a port's *goja.Object is its *portObj
	port Port
}

// portTag and chanTag mark the objects of ports and channels (gojaprops.Tag): class names
// "Object" at addresses of their own.
var (
	portTag = strings.Clone("Object")
	chanTag = strings.Clone("Object")
)

// keepClosed is how many closed ports stay listed: enough for the channels of an interactive
// session or a test to show as closed after close(), few enough that a program making a
// channel per request keeps a constant number of them.
const keepClosed = 64

// makePort makes the object of a port and its state, one allocation when it can.
func (c *Channels) makePort(label string) *Port {
	src := c.rt.CreateObject(c.portProto)
	po := &portObj{}
	p := &po.port
	if gojaprops.Relocate(&po.obj, src) {
		*p = Port{c: c, obj: &po.obj, label: label, origin: c.origin()}
		if gojaprops.Tag(&po.obj, &portTag) {
			return p
		}
	} else {
		*p = Port{c: c, obj: src, label: label, origin: c.origin()}
	}
	if c.ports == nil {
		c.ports = map[*goja.Object]*Port{}
	}
	c.ports[p.obj] = p
	return p
}

// portOf is the port whose object is o, or nil.
func (c *Channels) portOf(o *goja.Object) *Port {
	if o == nil {
		return nil
	}
	if gojaprops.Tagged(o, &portTag) {
		if p := &(*portObj)(unsafe.Pointer(o)).port; p.c == c {
			return p
		}
		return nil
	}
	return c.ports[o]
}

// markChannel records that o is a MessageChannel.
func (c *Channels) markChannel(o *goja.Object) {
	if gojaprops.Tag(o, &chanTag) {
		return
	}
	if c.channels == nil {
		c.channels = map[*goja.Object]bool{}
	}
	c.channels[o] = true
}

// isChannel reports whether o is a MessageChannel (an instance of a subclass included).
func (c *Channels) isChannel(o *goja.Object) bool {
	if o == nil {
		return false
	}
	return gojaprops.Tagged(o, &chanTag) || c.channels[o]
}

// Tagged reports whether every port and channel of c is told from other objects by its tag
// alone (gojaprops.Tag), none of them kept in the fallback maps: then an object with goja's
// own class name (events.Realm.Ordinary) is neither.
func (c *Channels) Tagged() bool { return c.ports == nil && c.channels == nil }

// listing is a port's entry in all: strong, or weak when the port has nothing to report.
// origin is the port's (the report's filter reads no weak pointer it does not cover).
type listing struct {
	strong *Port
	weak   weak.Pointer[portObj] // zero when the port is not allocated with its object
	origin any
}

// port is the entry's port, nil once collected.
func (e *listing) port() *Port {
	if e.strong != nil {
		return e.strong
	}
	if po := e.weak.Value(); po != nil {
		return &po.port
	}
	return nil
}

// hold makes p's entry strong: it has something to report, or is listed as closed.
func (e *listing) hold(p *Port) {
	if e != nil {
		e.strong = p
	}
}

// loosen holds the entry's port weakly from now on, when it can be held so.
func (e *listing) loosen() {
	if e.weak != (weak.Pointer[portObj]{}) {
		e.strong = nil
	}
}

// sweepFrom is the length of all from which a sweep is worth its walk.
const sweepFrom = 1024

// list adds a new port to the listing.
func (c *Channels) list(p *Port) {
	if n := len(c.all); n >= sweepFrom && n >= 2*c.swept {
		c.sweep()
	}
	e := &listing{strong: p, origin: p.origin}
	if gojaprops.Tagged(p.obj, &portTag) {
		e.weak = weak.Make((*portObj)(unsafe.Pointer(p.obj)))
	}
	p.listing = e
	c.all = append(c.all, e)
}

// sweep lets go of the open ports with nothing queued (weak from now on), and drops the
// entries of the ports collected.
func (c *Channels) sweep() {
	kept := c.all[:0]
	for _, e := range c.all {
		p := e.port()
		if p == nil {
			continue
		}
		if p.state != closed && len(p.queue) == 0 {
			e.loosen()
		}
		kept = append(kept, e)
	}
	clear(c.all[len(kept):])
	c.all = kept
	c.swept = len(kept)
}

// retire is told that p was closed: once more than keepClosed closed ports are listed (twice
// as many, so that the listing is compacted once per keepClosed closes), the oldest closed
// ones leave it.
func (c *Channels) retire(p *Port) {
	c.closes++
	p.closedAt = c.closes
	p.listing.hold(p)
	c.listedClosed++
	if c.listedClosed <= 2*keepClosed {
		return
	}
	kept := c.all[:0]
	for _, e := range c.all {
		q := e.port()
		if q == nil || q.state == closed && q.closedAt <= c.closes-keepClosed {
			continue
		}
		kept = append(kept, e)
	}
	clear(c.all[len(kept):])
	c.all = kept
	c.listedClosed = keepClosed
}
