package events

import (
	"github.com/dop251/goja"
)

// NewOpenEvent builds the trusted 'open' event an EventSource fires when it
// connects: an OpenEvent (workerd's Event subclass, which is no global and
// cannot be constructed), neither bubbling nor cancelable.
func (r *Realm) NewOpenEvent() *goja.Object {
	if r.openEventProto == nil {
		_, r.openEventProto = r.Class("OpenEvent", r.eventProto, nil)
		delete(r.ctors, "OpenEvent") // not a global
	}
	o := r.rt.CreateObject(r.openEventProto)
	r.events.put(o, &Event{typ: "open", trusted: true})
	return o
}

// NewStreamMessage builds a trusted MessageEvent of typ as an EventSource
// dispatches one: data, lastEventId and origin as given, source null, ports
// an empty array.
func (r *Realm) NewStreamMessage(typ string, data, lastEventID, origin goja.Value) *goja.Object {
	o := r.rt.CreateObject(r.messageEventProto)
	r.defineMessageFields(o, data, origin, lastEventID, goja.Null(), r.rt.NewArray())
	r.events.put(o, &Event{typ: typ, trusted: true})
	return o
}

// NewTargetObject makes a new EventTarget whose prototype is proto, the
// object `super()` gives a subclass of EventTarget (EventSource's
// constructor, which is a function, makes its object so).
func (r *Realm) NewTargetObject(proto *goja.Object) *goja.Object {
	o, _ := r.newTargetObject(r.rt.CreateObject(proto))
	return o
}
