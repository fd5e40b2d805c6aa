package events

import (
	"strings"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/internal/gojaprops"
)

// The clone asks about every ordinary object it serializes whether it is one of the realm's
// host objects (AsDOMException, HostType), which is a lookup in each of the realm's tables.
// Ordinary answers the common case, an object that is none of them, from the object alone:
// once the first clone has asked, every object the realm registers (an EventTarget, AbortSignal,
// AbortController, Event or DOMException) that is an ordinary goja object still carrying goja's
// own class name is tagged (gojaprops.Tag, with hostTag), the objects registered before are
// tagged then, and an object whose class name is still goja's own is none of them. A tag is a
// mark on the object itself, so it keeps nothing alive, and it survives Object.setPrototypeOf.
// Objects tagged by others (a port, a delivered MessageEvent's target) already have a class
// name of their own, and are left as they are. When tagging is not possible (gojaprops could
// not learn goja's layout) or an object could not be tagged, Ordinary always says false, and
// the tables answer, as before.
var hostTag = strings.Clone("Object")

// hostTags is the realm's state of tagging.
type hostTags struct {
	started bool // Ordinary was asked: new host objects are tagged as they are registered
	ok      bool // the layout is known, and every registered ordinary object was tagged
}

// startTags checks tagging on a probe object and tags the objects registered so far.
func (r *Realm) startTags() {
	h := &r.tags
	h.started = true
	probe := r.rt.NewObject()
	if !gojaprops.Untagged(probe) || !gojaprops.Tag(probe, &hostTag) || gojaprops.Untagged(probe) || !gojaprops.Untagged(r.rt.NewObject()) {
		return
	}
	h.ok = true
	for o := range r.targets {
		h.mark(o)
	}
	for o := range r.signals {
		h.mark(o)
	}
	for o, sig := range r.ctrls {
		h.mark(o)
		h.mark(sig)
	}
	r.events.markAll(h)
	r.domex.markAll(h)
}

// mark tags o, a host object being registered, once tagging has started.
func (h *hostTags) mark(o *goja.Object) {
	if !h.started || !h.ok || o == nil {
		return
	}
	if gojaprops.Untagged(o) && !gojaprops.Tag(o, &hostTag) {
		h.ok = false // cannot happen (the probe was tagged); stay exact anyway
	}
}

// Ordinary reports that o is an ordinary object that is none of the realm's host objects: no
// EventTarget, AbortSignal, AbortController, Event or DOMException of its own (HostType and
// AsDOMException say so too). The Targets found through FindTarget are their owner's to answer
// for. False means nothing: ask HostType. It is cheap: the clone asks it about every ordinary
// object.
func (r *Realm) Ordinary(o *goja.Object) bool {
	if !r.tags.started {
		r.startTags()
	}
	return r.tags.ok && o != nil && gojaprops.Untagged(o)
}

// markAll tags the live objects of s.
func (s *weakSlots[T]) markAll(h *hostTags) {
	for _, e := range s.m {
		h.mark(e.p.Value())
	}
	for _, e := range s.recent {
		h.mark(e.p.Value())
	}
}
