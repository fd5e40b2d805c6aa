package events

import (
	"github.com/dop251/goja"
)

// closeInit is the state of a CloseEvent.
type closeInit struct {
	code     int
	reason   string
	wasClean bool
}

// CloseEventClass builds workerd's CloseEvent class on first use (WebSocket's
// close event) and returns its constructor. Its code, reason and wasClean are
// own read-only data properties of each event, in workerd's order (wasClean,
// reason, code), not getters; the constructor takes (type, {code, reason,
// wasClean}) with the defaults 0, "" and false.
func (r *Realm) CloseEventClass() *goja.Object {
	if r.closeEventProto != nil {
		return r.ctors["CloseEvent"]
	}
	c, proto := r.Class("CloseEvent", r.eventProto, func(call goja.ConstructorCall) *goja.Object {
		e := r.construct("CloseEvent", call)
		ci := &closeInit{}
		if init, ok := call.Argument(1).(*goja.Object); ok {
			if v := init.Get("code"); v != nil && !goja.IsUndefined(v) {
				ci.code = int(int32(v.ToInteger()))
			}
			if v := init.Get("reason"); v != nil && !goja.IsUndefined(v) {
				ci.reason = v.String()
			}
			if v := init.Get("wasClean"); v != nil && !goja.IsUndefined(v) {
				ci.wasClean = v.ToBoolean()
			}
		}
		e.closeInit = ci
		r.defineCloseFields(call.This, ci)
		r.events.put(call.This, e)
		return nil
	})
	r.closeEventProto = proto
	r.ConstructorLast(proto)
	return c
}

func (r *Realm) defineCloseFields(o *goja.Object, ci *closeInit) {
	def := func(name string, v goja.Value) {
		_ = o.DefineDataProperty(name, v, goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	}
	def("wasClean", r.rt.ToValue(ci.wasClean))
	def("reason", r.rt.ToValue(ci.reason))
	def("code", r.rt.ToValue(ci.code))
}

// NewCloseEvent builds a trusted CloseEvent of type close, as a WebSocket
// dispatches it when the peer's close frame arrives.
func (r *Realm) NewCloseEvent(code int, reason string, wasClean bool) *goja.Object {
	r.CloseEventClass()
	o := r.rt.CreateObject(r.closeEventProto)
	ci := &closeInit{code: code, reason: reason, wasClean: wasClean}
	r.defineCloseFields(o, ci)
	r.events.put(o, &Event{typ: "close", trusted: true, closeInit: ci})
	return o
}

// NewErrorEvent builds a trusted ErrorEvent of type error with message and
// error, as a WebSocket dispatches it when its connection fails.
func (r *Realm) NewErrorEvent(message string, err goja.Value) *goja.Object {
	o := r.rt.CreateObject(r.errorEventProto)
	r.events.put(o, &Event{typ: "error", trusted: true, errorInit: &errorInit{message: message, err: err}})
	return o
}

// DispatchSourceless builds a trusted MessageEvent as a WebSocket delivers
// it (data, origin null, lastEventId "", source null, ports an empty array)
// and dispatches it at target as Dispatch does.
func (r *Realm) DispatchSourceless(target *goja.Object, data goja.Value, policy Policy) (*goja.Exception, int) {
	o := r.rt.CreateObject(r.messageEventProto)
	r.defineMessageFields(o, data, goja.Null(), r.empty, goja.Null(), r.rt.NewArray())
	e := &Event{typ: "message", trusted: true}
	r.events.put(o, e)
	return r.dispatch(target, o, e, policy)
}
