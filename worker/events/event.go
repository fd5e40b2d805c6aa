package events

import (
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"

	"github.com/mcrepl/mcrepl/internal/gojaprops"
)

// Event is the Go side of an Event object.
type Event struct {
	typ           string
	trusted       bool
	bubbles       bool
	cancelable    bool
	composed      bool
	canceled      bool // defaultPrevented
	prevented     bool // preventDefault was called, cancelable or not
	stopped       bool // stopPropagation (cancelBubble)
	stopImmediate bool
	inPassive     bool // a passive listener is running: preventDefault is ignored
	dispatching   bool
	lazy          bool // a delivered MessageEvent's fields are not yet own properties (delivered.go; here it costs no byte)
	phase         int
	target        *goja.Object // nil until dispatched: reads as undefined
	current       *goja.Object

	// kind-specific state, kept out of line so that the Event of every delivered message
	// stays small
	errorInit *errorInit
	kind      *eventKind
	closeInit *closeInit // a CloseEvent's code, reason and wasClean (closeevent.go)
}

// eventKind is the state of a CustomEvent or a PromiseRejectionEvent.
type eventKind struct {
	custom        bool       // a CustomEvent
	detail        goja.Value // CustomEvent's detail (undefined by default, as in workerd)
	rejectReason  goja.Value
	rejectPromise goja.Value
}

// k returns the kind-specific state; a zero one for the others.
func (e *Event) k() *eventKind {
	if e.kind == nil {
		return &noKind
	}
	return e.kind
}

var noKind eventKind

type errorInit struct {
	message, filename string
	lineno, colno     int
	err               goja.Value
}

func (e *Event) preventDefault() {
	if e.inPassive {
		return
	}
	e.prevented = true
	if e.cancelable {
		e.canceled = true
	}
}

func (r *Realm) thisEvent(call goja.FunctionCall) *Event {
	e := r.eventOf(call.This)
	if e == nil {
		r.ThrowTypeError(IllegalInvocation)
	}
	return e
}

func (r *Realm) initEvent() {
	_, proto := r.Class("Event", nil, func(call goja.ConstructorCall) *goja.Object {
		e := r.construct("Event", call)
		r.events.put(call.This, e)
		return nil
	})
	r.eventProto = proto
	reserve(proto, 22) // 13 accessors, 4 methods, 4 constants
	get := func(name string, f func(e *Event) goja.Value) {
		r.Accessor(proto, name, func(call goja.FunctionCall) goja.Value { return f(r.thisEvent(call)) }, nil)
	}
	b := func(v bool) goja.Value { return r.rt.ToValue(v) }
	obj := func(o *goja.Object) goja.Value {
		if o == nil {
			return goja.Undefined()
		}
		return o
	}
	get("type", func(e *Event) goja.Value { return r.rt.ToValue(e.typ) })
	get("eventPhase", func(e *Event) goja.Value { return r.rt.ToValue(e.phase) })
	get("composed", func(e *Event) goja.Value { return b(e.composed) })
	get("bubbles", func(e *Event) goja.Value { return b(e.bubbles) })
	get("cancelable", func(e *Event) goja.Value { return b(e.cancelable) })
	get("defaultPrevented", func(e *Event) goja.Value { return b(e.canceled) })
	get("returnValue", func(e *Event) goja.Value { return b(!e.canceled) })
	get("currentTarget", func(e *Event) goja.Value { return obj(e.current) })
	get("target", func(e *Event) goja.Value { return obj(e.target) })
	get("srcElement", func(e *Event) goja.Value { return obj(e.target) })
	get("timeStamp", func(e *Event) goja.Value { return r.rt.ToValue(0) })
	get("isTrusted", func(e *Event) goja.Value { return b(e.trusted) })
	r.Accessor(proto, "cancelBubble", func(call goja.FunctionCall) goja.Value {
		return b(r.thisEvent(call).stopped)
	}, func(call goja.FunctionCall) goja.Value {
		// workerd's cancelBubble is the stop-propagation flag both ways:
		// false clears it (the DOM spec ignores false).
		r.thisEvent(call).stopped = call.Argument(0).ToBoolean()
		return goja.Undefined()
	})

	r.Method(proto, "stopImmediatePropagation", func(call goja.FunctionCall) goja.Value {
		// workerd's stopImmediatePropagation leaves cancelBubble false.
		r.thisEvent(call).stopImmediate = true
		return goja.Undefined()
	})
	r.Method(proto, "preventDefault", func(call goja.FunctionCall) goja.Value {
		r.thisEvent(call).preventDefault()
		return goja.Undefined()
	})
	r.Method(proto, "stopPropagation", func(call goja.FunctionCall) goja.Value {
		r.thisEvent(call).stopped = true
		return goja.Undefined()
	})
	r.Method(proto, "composedPath", func(call goja.FunctionCall) goja.Value {
		e := r.thisEvent(call)
		if e.dispatching && e.current != nil {
			return r.rt.NewArray(e.current)
		}
		return r.rt.NewArray()
	})
	c := r.ctors["Event"]
	reserve(c, 4)
	// The constants are configurable, as workerd's are (WebIDL's are not).
	for i, n := range []string{"NONE", "CAPTURING_PHASE", "AT_TARGET", "BUBBLING_PHASE"} {
		v := r.rt.ToValue(i)
		r.defineData(c, n, v, false, true, true)
		r.defineData(proto, n, v, false, true, true)
	}

	_, r.messageEventProto = r.Class("MessageEvent", proto, func(call goja.ConstructorCall) *goja.Object {
		e := r.construct("MessageEvent", call)
		init, _ := call.Argument(1).(*goja.Object)
		field := func(name string, def goja.Value) goja.Value {
			if init == nil {
				return def
			}
			v := init.Get(name)
			if v == nil || goja.IsUndefined(v) {
				return def
			}
			return v
		}
		data := field("data", goja.Null())
		origin := r.rt.ToValue(field("origin", r.rt.ToValue("")).String())
		lastID := r.rt.ToValue(field("lastEventId", r.rt.ToValue("")).String())
		source := field("source", goja.Null())
		ports := field("ports", r.rt.NewArray())
		r.defineMessageFields(call.This, data, origin, lastID, source, ports)
		r.events.put(call.This, e)
		return nil
	})

	_, r.errorEventProto = r.Class("ErrorEvent", proto, func(call goja.ConstructorCall) *goja.Object {
		e := r.construct("ErrorEvent", call)
		e.errorInit = &errorInit{err: goja.Undefined()}
		if init, ok := call.Argument(1).(*goja.Object); ok {
			if v := init.Get("message"); v != nil && !goja.IsUndefined(v) {
				e.errorInit.message = v.String()
			}
			if v := init.Get("filename"); v != nil && !goja.IsUndefined(v) {
				e.errorInit.filename = v.String()
			}
			if v := init.Get("lineno"); v != nil && !goja.IsUndefined(v) {
				e.errorInit.lineno = int(v.ToInteger())
			}
			if v := init.Get("colno"); v != nil && !goja.IsUndefined(v) {
				e.errorInit.colno = int(v.ToInteger())
			}
			if v := init.Get("error"); v != nil {
				e.errorInit.err = v
			}
		}
		r.events.put(call.This, e)
		return nil
	})
	errGet := func(name string, f func(i *errorInit) goja.Value) {
		r.Accessor(r.errorEventProto, name, func(call goja.FunctionCall) goja.Value {
			e := r.thisEvent(call)
			if e.errorInit == nil {
				r.ThrowTypeError(IllegalInvocation)
			}
			return f(e.errorInit)
		}, nil)
	}
	errGet("filename", func(i *errorInit) goja.Value { return r.rt.ToValue(i.filename) })
	errGet("message", func(i *errorInit) goja.Value { return r.rt.ToValue(i.message) })
	errGet("lineno", func(i *errorInit) goja.Value { return r.rt.ToValue(i.lineno) })
	errGet("colno", func(i *errorInit) goja.Value { return r.rt.ToValue(i.colno) })
	errGet("error", func(i *errorInit) goja.Value { return i.err })

	// workerd's PromiseRejectionEvent cannot be constructed by scripts, and
	// its reason and promise are own properties of each event (newRejection).
	_, r.rejectionProto = r.Class("PromiseRejectionEvent", proto, nil)

	// CustomEvent, at every compatibility date: detail defaults to
	// undefined (the DOM says null), and there is no initCustomEvent.
	_, r.customEventProto = r.Class("CustomEvent", proto, func(call goja.ConstructorCall) *goja.Object {
		e := r.construct("CustomEvent", call)
		e.kind = &eventKind{custom: true, detail: goja.Undefined()}
		if init, ok := call.Argument(1).(*goja.Object); ok {
			if v := init.Get("detail"); v != nil {
				e.kind.detail = v
			}
		}
		r.events.put(call.This, e)
		return nil
	})
	r.Accessor(r.customEventProto, "detail", func(call goja.FunctionCall) goja.Value {
		e := r.thisEvent(call)
		if !e.k().custom {
			r.ThrowTypeError(IllegalInvocation)
		}
		return e.kind.detail
	}, nil)
}

// construct reads the (type, init) arguments common to every event class.
// initName is the name workerd's messages give an event class's init
// dictionary.
func initName(class string) string {
	switch class {
	case "Event":
		return "Init"
	case "CustomEvent", "ErrorEvent":
		return class + "Init"
	}
	return "Initializer"
}

func (r *Realm) construct(class string, call goja.ConstructorCall) *Event {
	if len(call.Arguments) == 0 {
		r.ThrowTypeError("Failed to construct '" + class + "': constructor parameter 1 is not of type 'string'.")
	}
	e := &Event{typ: r.DOMString(call.Arguments[0])}
	switch init := call.Argument(1).(type) {
	case *goja.Object:
		e.bubbles = truthy(init.Get("bubbles"))
		e.cancelable = truthy(init.Get("cancelable"))
		e.composed = truthy(init.Get("composed"))
	default:
		if !goja.IsUndefined(init) && !goja.IsNull(init) {
			r.ThrowTypeError("Failed to construct '" + class + "': constructor parameter 2 is not of type '" + initName(class) + "'.")
		}
	}
	return e
}

// messageFieldNames are a MessageEvent's own properties, in workerd's order.
var messageFieldNames = [...]unistring.String{"ports", "source", "lastEventId", "origin", "data"}

// defineMessageFields defines a MessageEvent's own read-only data
// properties, in workerd's order: straight into goja's storage when o is
// fresh (see package gojaprops), else through DefineDataProperty.
func (r *Realm) defineMessageFields(o *goja.Object, data, origin, lastEventID, source, ports goja.Value) {
	vals := [...]goja.Value{ports, source, lastEventID, origin, data}
	if gojaprops.DefineReadOnly(o, messageFieldNames[:], vals[:]) {
		return
	}
	def := func(name string, v goja.Value) {
		_ = o.DefineDataProperty(name, v, goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	}
	def("ports", ports)
	def("source", source)
	def("lastEventId", lastEventID)
	def("origin", origin)
	def("data", data)
}

// NewEvent builds a trusted Event of typ (close, for instance).
func (r *Realm) NewEvent(typ string) *goja.Object {
	o := r.rt.CreateObject(r.eventProto)
	r.events.put(o, &Event{typ: typ, trusted: true})
	return o
}

// DispatchMessage builds a trusted MessageEvent of typ ("message" or
// "messageerror") as workerd delivers it (data, origin null, lastEventId "",
// source the receiving port, ports an empty array) and dispatches it at
// port as Dispatch does.
func (r *Realm) DispatchMessage(port *goja.Object, typ string, data goja.Value, policy Policy) (*goja.Exception, int) {
	if data == nil {
		data = goja.Undefined()
	}
	if r.deliveredReady() {
		if p, e := r.newDelivered(typ, data, port); p != nil {
			return r.dispatch(port, p, e, policy)
		}
	}
	o := r.rt.CreateObject(r.messageEventProto)
	r.defineMessageFields(o, data, goja.Null(), r.empty, port, r.sharedPorts)
	e := &Event{typ: typ, trusted: true}
	r.events.put(o, e)
	// workerd's ports is a data property whose every read gives a new
	// array; only a proxy can do that in goja. The target holds the state
	// (eventOf looks through the proxy, and inspect shows the target), so
	// the prototype's getters work on either. Its ports is the shared
	// array, which the traps replace by a new one (deliveredDescriptor).
	p := r.rt.ToValue(r.rt.NewProxy(o, r.freshPorts)).(*goja.Object)
	return r.dispatch(port, p, e, policy)
}

var proxyType = reflect.TypeFor[goja.Proxy]()

// eventOf returns the Go side of an event object, or nil. A delivered
// MessageEvent is a proxy: its target holds the state.
func (r *Realm) eventOf(v goja.Value) *Event {
	if d := r.deliveredOf(v); d != nil {
		return &d.ev
	}
	if o, ok := v.(*goja.Object); ok {
		if d := r.deliveredTarget(o); d != nil {
			return &d.ev
		}
	}
	if e := r.events.get(v); e != nil {
		return e
	}
	if o, ok := v.(*goja.Object); ok && o != nil && o.ExportType() == proxyType {
		if t := o.Export().(goja.Proxy).Target(); t != nil {
			return r.events.get(t)
		}
	}
	return nil
}

// FireError dispatches a trusted ErrorEvent for an uncaught exception on
// globalThis and reports whether a listener called preventDefault(), which
// suppresses the default report. Exceptions thrown by the global error
// listeners are dropped, so that reporting cannot recurse.
func (r *Realm) FireError(thrown goja.Value) bool {
	t := r.targets[r.global]
	if t == nil || t.Count("error") == 0 && !isCallable(r.global.Get("onerror")) {
		return false
	}
	o := r.rt.CreateObject(r.errorEventProto)
	e := &Event{typ: "error", trusted: true, errorInit: r.describeError(thrown)}
	r.events.put(o, e)
	// What the error listeners report is not the listener's exception.
	prev := r.reporting
	r.reporting = Propagate
	defer func() { r.reporting = prev }()
	r.Dispatch(r.global, o, Propagate)
	return e.prevented
}

// FireRejection dispatches a trusted PromiseRejectionEvent of type
// unhandledrejection on globalThis and reports whether a listener called
// preventDefault().
func (r *Realm) FireRejection(reason goja.Value, p *goja.Promise) bool {
	t := r.targets[r.global]
	if t == nil || t.Count("unhandledrejection") == 0 && !isCallable(r.global.Get("onunhandledrejection")) {
		return false
	}
	o, e := r.newRejection("unhandledrejection", reason, p)
	r.Dispatch(r.global, o, Propagate)
	return e.prevented
}

// newRejection is a trusted PromiseRejectionEvent of typ, with workerd's
// read-only, enumerable own reason and promise, in workerd's order.
func (r *Realm) newRejection(typ string, reason goja.Value, p *goja.Promise) (*goja.Object, *Event) {
	o := r.rt.CreateObject(r.rejectionProto)
	pv := r.rt.ToValue(p)
	e := &Event{typ: typ, trusted: true, kind: &eventKind{rejectReason: reason, rejectPromise: pv}}
	r.events.put(o, e)
	_ = o.DefineDataProperty("reason", reason, goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	_ = o.DefineDataProperty("promise", pv, goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	return o, e
}

// FireRejectionHandled dispatches rejectionhandled on the global scope for
// p, a promise whose rejection was reported unhandled and that has just got
// a handler: at once, inside the then() or catch() call, as workerd does,
// with workerd's reason (undefined) and p as its promise.
func (r *Realm) FireRejectionHandled(p *goja.Promise) {
	t := r.targets[r.global]
	if t == nil || t.Count("rejectionhandled") == 0 && !isCallable(r.global.Get("onrejectionhandled")) {
		return
	}
	o, _ := r.newRejection("rejectionhandled", goja.Undefined(), p)
	r.Dispatch(r.global, o, Propagate)
}

func isCallable(v goja.Value) bool { _, ok := goja.AssertFunction(v); return ok }

// stackPos finds file:line:col in the first frame of a goja stack, with or
// without goja's program-counter suffix.
var stackPos = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\n\s+at (?:[^\n]*?\()?([^\n()]+):(\d+):(\d+)(?:\(\d+\))?\)?`)
})

// describeError builds the ErrorEvent fields for a thrown value as V8 does:
// "Uncaught " and the value's description, and for an Error the place
// where it was created (colno 0-based). Another value thrown by a listener
// of a port's delivery points into workerd's event-target internals
// (ReportFromInternals); otherwise it has no location here: filename
// "undefined", lineno 0, colno -1 (workerd points at the script's
// dispatchEvent call for a synthetic dispatch, which mcrepl does not).
func (r *Realm) describeError(v goja.Value) *errorInit {
	i := &errorInit{err: v, filename: "undefined", colno: -1}
	o, isObj := v.(*goja.Object)
	if r.reporting == ReportFromInternals && (!isObj || o.ClassName() != "Error") {
		i.filename, i.lineno, i.colno = internalsFile, internalsLine, internalsCol
	}
	switch {
	case isObj && o.ClassName() == "Error":
		s := ""
		if ex := r.rt.Try(func() { s = o.String() }); ex != nil {
			s = "Error"
		}
		i.message = "Uncaught " + s
		if st, ok := o.Get("stack").Export().(string); ok {
			if m := stackPos().FindStringSubmatch(st); m != nil {
				i.filename = m[1]
				i.lineno, _ = strconv.Atoi(m[2])
				col, _ := strconv.Atoi(m[3])
				i.colno = col - 1
			}
		}
	case isObj:
		name := "Object"
		if c, ok := o.Get("constructor").(*goja.Object); ok {
			if n := c.Get("name"); n != nil && goja.IsString(n) && n.String() != "" {
				name = n.String()
			}
		}
		i.message = "Uncaught #<" + name + ">"
	default:
		if sym, ok := v.(*goja.Symbol); ok {
			i.message = "Uncaught " + sym.String()
		} else {
			i.message = "Uncaught " + v.String()
		}
	}
	return i
}

// InspectVia is Inspect for o reached as the target of the proxy via (nil: not through a
// proxy): the target of a delivered MessageEvent gets its own properties first (they are
// lazy, see delivered.go).
func (r *Realm) InspectVia(o, via *goja.Object, recurse func(goja.Value) string) (string, bool) {
	if d := r.deliveredTarget(o); d != nil {
		r.materialise(d)
	}
	return r.Inspect(o, recurse)
}

// Inspect is how console.log shows an event, as workerd does: its own
// properties, then the Event attributes with their current values (and, for
// a MessageEvent, the phase constants). recurse formats a nested value. It
// returns false for objects that are not events.
func (r *Realm) Inspect(o *goja.Object, recurse func(goja.Value) string) (string, bool) {
	e := r.eventOf(o)
	if e == nil {
		return r.inspectAbort(o, recurse)
	}
	name := "Event"
	sub := false // a subclass: the phase constants follow the attributes
	for p := o.Prototype(); p != nil && !sub; p = p.Prototype() {
		sub = true
		switch p {
		case r.messageEventProto:
			name = "MessageEvent"
		case r.errorEventProto:
			name = "ErrorEvent"
		case r.rejectionProto:
			name = "PromiseRejectionEvent"
		case r.customEventProto:
			name = "CustomEvent"
		case r.closeEventProto: // never nil here: p is not
			name = "CloseEvent"
		case r.openEventProto:
			name = "OpenEvent"
		default:
			sub = false
		}
	}
	var entries []string
	for _, k := range o.Keys() {
		entries = append(entries, k+": "+r.InspectProperty(o, k, recurse))
	}
	b := func(v bool) string { return recurse(r.rt.ToValue(v)) }
	obj := func(t *goja.Object) string {
		if t == nil {
			return recurse(goja.Undefined())
		}
		return recurse(t)
	}
	// A subclass's own attributes come first (workerd lists the most
	// derived prototype's getters first).
	switch {
	case e.k().custom:
		entries = append(entries, "detail: "+recurse(e.kind.detail))
	case e.errorInit != nil && name == "ErrorEvent":
		i := e.errorInit
		entries = append(entries,
			"filename: "+recurse(r.rt.ToValue(i.filename)),
			"message: "+recurse(r.rt.ToValue(i.message)),
			"lineno: "+recurse(r.rt.ToValue(i.lineno)),
			"colno: "+recurse(r.rt.ToValue(i.colno)),
			"error: "+recurse(i.err))
	}
	// A PromiseRejectionEvent's reason and promise are own properties, listed above.
	entries = append(entries,
		"type: "+recurse(r.rt.ToValue(e.typ)),
		"eventPhase: "+recurse(r.rt.ToValue(e.phase)),
		"composed: "+b(e.composed),
		"bubbles: "+b(e.bubbles),
		"cancelable: "+b(e.cancelable),
		"defaultPrevented: "+b(e.canceled),
		"returnValue: "+b(!e.canceled),
		"currentTarget: "+obj(e.current),
		"target: "+obj(e.target),
		"srcElement: "+obj(e.target),
		"timeStamp: "+recurse(r.rt.ToValue(0)),
		"isTrusted: "+b(e.trusted),
		"cancelBubble: "+b(e.stopped))
	if sub {
		for i, n := range []string{"NONE", "CAPTURING_PHASE", "AT_TARGET", "BUBBLING_PHASE"} {
			entries = append(entries, n+": "+recurse(r.rt.ToValue(i)))
		}
	}
	return name + " {\n  " + strings.Join(entries, ",\n  ") + "\n}", true
}

// inspectAbort shows an AbortSignal or an AbortController as workerd does:
// their attributes with the current values.
func (r *Realm) inspectAbort(o *goja.Object, recurse func(goja.Value) string) (string, bool) {
	if s := r.signalOf(o); s != nil {
		return Braces("AbortSignal", []string{
			"aborted: " + recurse(r.rt.ToValue(s.aborted)),
			"reason: " + recurse(s.reason),
			"onabort: " + recurse(r.targetOf(o).Attribute("abort")),
		}), true
	}
	if sig := r.ctrlSignal(o); sig != nil {
		return Braces("AbortController", []string{"signal: " + recurse(sig)}), true
	}
	return "", false
}

// Braces joins a host object's entries as workerd's console.log does:
// "Name { a, b }" when that line fits in 80 columns and no entry spans
// lines, else one entry per line.
func Braces(name string, entries []string) string {
	if len(entries) == 0 {
		return name + " {}"
	}
	line := name + " { " + strings.Join(entries, ", ") + " }"
	if len(line) <= 80 && !strings.Contains(line, "\n") {
		return line
	}
	return name + " {\n  " + strings.Join(entries, ",\n  ") + "\n}"
}
