package events

import (
	"github.com/dop251/goja"
	"github.com/mcrepl/mcrepl/internal/gojaprops"
)

// Target is the Go side of an EventTarget: its listeners by type.
type Target struct {
	lists  map[string][]*listener
	warned bool // the return-value warning was given for this target
	// attrs are the types that have an attribute slot (MessagePort's
	// onmessage): their plain on<type> property is not called first.
	attrs map[string]*listener
	// OnCount, when set, is called after the number of listeners of a type
	// changed, with the new count (the attribute slot included).
	OnCount func(typ string, n int)
	// OnDispatch, when set, is called once per dispatch, just before the
	// first listener runs, with the number of listeners about to run (the
	// event log's hook).
	OnDispatch func(evObj *goja.Object, typ string, trusted bool, n int)
	// AttributeThis calls the attribute slot's handler with the this of a
	// listener (the target under set_event_target_this, globalThis
	// without), as workerd's JavaScript MessagePort calls onmessage;
	// otherwise it is called with globalThis.
	AttributeThis bool
}

type listener struct {
	key      goja.Value    // identity: the function or handler object passed in
	fn       goja.Callable // nil for an attribute holding a non-callable object
	this     goja.Value    // handler object for handleEvent; nil: per the flag
	once     bool
	passive  bool // preventDefault() is ignored while it runs
	attr     bool
	removed  bool
	unsignal func() // detaches the AbortSignal algorithm
}

func newTarget() *Target { return &Target{lists: map[string][]*listener{}} }

// Policy says what a dispatch does when a listener throws.
type Policy int

const (
	// Propagate stops at the first exception and returns it.
	Propagate Policy = iota
	// ReportEach reports every exception through Env.Report and goes on;
	// the first one is returned.
	ReportEach
	// ReportFromInternals is ReportEach for a dispatch that workerd makes
	// from its JavaScript event-target internals (a MessagePort's
	// deliveries since workerd 2026-11-23): the ErrorEvent of a thrown
	// value that is no Error points there.
	ReportFromInternals
)

// internalsFile, internalsLine and internalsCol are where workerd
// 2026-12-01's ErrorEvent points for a value that is no Error thrown by a
// listener of a MessagePort's delivery: the place in its event-target
// internals that calls the listeners, as the binary reports it.
const (
	internalsFile = "workerd:per-isolate/events/event-target-internals"
	internalsLine = 102
	internalsCol  = 11
)

// TargetOf returns the Go state of an EventTarget, or nil.
func (r *Realm) TargetOf(v goja.Value) *Target {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	return r.targetOf(o)
}

// targetOf is o's Target: the realm's, or one kept with o by its owner (FindTarget).
func (r *Realm) targetOf(o *goja.Object) *Target {
	if t := r.ownedTarget(o); t != nil {
		return t
	}
	if t := r.targets[o]; t != nil {
		return t
	}
	if r.FindTarget != nil {
		return r.FindTarget(o)
	}
	return nil
}

// NewOwnTarget returns a Target that the realm does not keep: its owner keeps it with its
// object and finds it for the realm through FindTarget, so that it is collected with the
// object.
func NewOwnTarget() *Target { return newTarget() }

// NewTarget makes o an EventTarget (o must inherit EventTarget.prototype).
func (r *Realm) NewTarget(o *goja.Object) *Target {
	t := newTarget()
	r.targets[o] = t
	r.tags.mark(o)
	return t
}

// Count is the number of listeners of typ, an active attribute included.
func (t *Target) Count(typ string) int { return len(t.lists[typ]) }

func (t *Target) changed(typ string) {
	if t.OnCount != nil {
		t.OnCount(typ, len(t.lists[typ]))
	}
}

func (t *Target) add(typ string, l *listener) {
	t.lists[typ] = append(t.lists[typ], l)
	t.changed(typ)
}

func (t *Target) remove(typ string, l *listener) {
	list := t.lists[typ]
	for i, x := range list {
		if x == l {
			l.removed = true
			if l.unsignal != nil {
				l.unsignal()
			}
			t.lists[typ] = append(list[:i:i], list[i+1:]...)
			t.changed(typ)
			return
		}
	}
}

// Attribute returns the value of the attribute slot of typ (onmessage), or
// null.
func (t *Target) Attribute(typ string) goja.Value {
	if l := t.attrs[typ]; l != nil {
		return l.key
	}
	return goja.Null()
}

// SetAttribute assigns the attribute slot of typ. An object or function
// activates it: the first activation appends a slot at the end of the
// listener list, later ones keep it. Anything else deactivates it.
func (t *Target) SetAttribute(typ string, v goja.Value) {
	if t.attrs == nil {
		t.attrs = map[string]*listener{}
	}
	o, isObj := v.(*goja.Object)
	l := t.attrs[typ]
	if !isObj {
		if l != nil {
			delete(t.attrs, typ)
			t.remove(typ, l)
		}
		return
	}
	fn, _ := goja.AssertFunction(o)
	if l != nil {
		l.key, l.fn = o, fn
		return
	}
	l = &listener{key: o, fn: fn, attr: true}
	t.attrs[typ] = l
	t.add(typ, l)
}

// HasAttribute declares that typ has an attribute slot even while it is
// inactive, so the plain on<type> property is never called for it.
func (t *Target) HasAttribute(typ string) {
	if t.attrs == nil {
		t.attrs = map[string]*listener{}
	}
	if _, ok := t.attrs[typ]; !ok {
		t.attrs[typ] = nil
	}
}

func (r *Realm) initEventTarget() {
	_, proto := r.Class("EventTarget", nil, func(call goja.ConstructorCall) *goja.Object {
		o, _ := r.newTargetObject(call.This)
		return o
	})
	r.EventTargetProto = proto
	r.Method(proto, "addEventListener", r.addEventListener)
	r.Method(proto, "removeEventListener", r.removeEventListener)
	r.Method(proto, "dispatchEvent", r.dispatchEvent)
}

// thisTarget is the EventTarget that EventTarget.prototype's methods work
// on: not the global scope, which has copies of them in its prototype
// chain (initScope), and which V8 gives them for an undefined receiver.
func (r *Realm) thisTarget(call goja.FunctionCall) *Target {
	t := r.TargetOf(call.This)
	if t == nil || call.This == r.global {
		r.ThrowTypeError(IllegalInvocation)
	}
	return t
}

// globalTarget is the global scope's target, for its own copies of the
// methods: the receiver is the global object, or undefined or null (a
// plain call).
func (r *Realm) globalTarget(call goja.FunctionCall) *Target {
	if call.This != r.global && !goja.IsUndefined(call.This) && !goja.IsNull(call.This) {
		r.ThrowTypeError(IllegalInvocation)
	}
	return r.targets[r.global]
}

func (r *Realm) addEventListener(call goja.FunctionCall) goja.Value {
	return r.addListener(r.thisTarget(call), call)
}

func (r *Realm) addListener(t *Target, call goja.FunctionCall) goja.Value {
	if len(call.Arguments) == 0 {
		r.ThrowTypeError("Failed to execute 'addEventListener' on 'EventTarget': parameter 1 is not of type 'string'.")
	}
	typ := r.DOMString(call.Argument(0))
	if len(call.Arguments) < 2 { // the callback may be null or undefined, not missing
		r.ThrowTypeError("Failed to execute 'addEventListener' on 'EventTarget': parameter 2 is not of type 'function or HandlerObject'.")
	}
	// As workerd converts the arguments: the callback (handleEvent is read
	// now), then the options (capture, passive, once, signal), and only then
	// the checks: a null callback is ignored before capture is refused.
	cb := call.Argument(1)
	var l *listener
	if !goja.IsUndefined(cb) && !goja.IsNull(cb) {
		cbo, ok := cb.(*goja.Object)
		if !ok {
			r.ThrowTypeError("Failed to execute 'addEventListener' on 'EventTarget': parameter 2 is not of type 'function or HandlerObject'.")
		}
		l = &listener{key: cbo}
		if fn, ok := goja.AssertFunction(cbo); ok {
			l.fn = fn
		} else {
			fn, ok := goja.AssertFunction(cbo.Get("handleEvent"))
			if !ok {
				r.ThrowTypeError("Incorrect type for the 'handleEvent' field on 'HandlerObject': the provided value is not of type 'function'.")
			}
			l.fn, l.this = fn, cbo
		}
	}
	var once, passive, capture, optsObj bool
	var signal *goja.Object
	switch opts := call.Argument(2).(type) {
	case *goja.Object:
		optsObj = true
		capture = truthy(opts.Get("capture"))
		passive = truthy(opts.Get("passive"))
		once = truthy(opts.Get("once"))
		if s := opts.Get("signal"); s != nil && !goja.IsUndefined(s) {
			so, ok := s.(*goja.Object)
			if !ok || r.signalOf(so) == nil {
				r.ThrowTypeError("Incorrect type for the 'signal' field on 'AddEventListenerOptions': the provided value is not of type 'AbortSignal'.")
			}
			signal = so
		}
	default:
		capture = opts.ToBoolean()
	}
	if l == nil {
		return goja.Undefined()
	}
	if capture {
		if optsObj {
			r.ThrowTypeError("addEventListener(): options.capture must be false.")
		}
		r.ThrowTypeError("addEventListener(): useCapture must be false.")
	}
	l.once, l.passive = once, passive
	cbo := l.key
	for _, x := range t.lists[typ] {
		if !x.attr && x.key == cbo {
			return goja.Undefined()
		}
	}
	if signal != nil {
		s := r.signalOf(signal)
		if s.aborted {
			return goja.Undefined()
		}
		l.unsignal = s.onAbort(func() { t.remove(typ, l) })
	}
	t.add(typ, l)
	return goja.Undefined()
}

func (r *Realm) removeEventListener(call goja.FunctionCall) goja.Value {
	return r.removeListener(r.thisTarget(call), call)
}

func (r *Realm) removeListener(t *Target, call goja.FunctionCall) goja.Value {
	if len(call.Arguments) == 0 {
		r.ThrowTypeError("Failed to execute 'removeEventListener' on 'EventTarget': parameter 1 is not of type 'string'.")
	}
	typ := r.DOMString(call.Argument(0))
	// The callback is an object, null or undefined; it may not be missing.
	if cb := call.Argument(1); len(call.Arguments) < 2 || !goja.IsUndefined(cb) && !goja.IsNull(cb) && !isObject(cb) {
		r.ThrowTypeError("Failed to execute 'removeEventListener' on 'EventTarget': parameter 2 is not of type 'Object'.")
	}
	switch opts := call.Argument(2).(type) {
	case *goja.Object:
		if truthy(opts.Get("capture")) {
			r.ThrowTypeError("removeEventListener(): options.capture must be false.")
		}
	default:
		if opts.ToBoolean() {
			r.ThrowTypeError("removeEventListener(): useCapture must be false.")
		}
	}
	cb, ok := call.Argument(1).(*goja.Object)
	if !ok {
		return goja.Undefined()
	}
	for _, x := range t.lists[typ] {
		if !x.attr && x.key == goja.Value(cb) {
			t.remove(typ, x)
			break
		}
	}
	return goja.Undefined()
}

func (r *Realm) dispatchEvent(call goja.FunctionCall) goja.Value {
	r.thisTarget(call)
	return r.dispatchAt(call.This.(*goja.Object), call)
}

// dispatchAt is dispatchEvent's work at this, an EventTarget.
func (r *Realm) dispatchAt(this *goja.Object, call goja.FunctionCall) goja.Value {
	evObj, _ := call.Argument(0).(*goja.Object)
	ev := r.eventOf(evObj)
	if ev == nil {
		r.ThrowTypeError("Failed to execute 'dispatchEvent' on 'EventTarget': parameter 1 is not of type 'Event'.")
	}
	if ev.dispatching {
		panic(r.NewDOMException("The event is already being dispatched.", "InvalidStateError"))
	}
	policy := Propagate
	if r.env.SpecExceptions {
		policy = ReportEach
	}
	if ex, _ := r.Dispatch(this, evObj, policy); ex != nil && policy == Propagate {
		panic(ex)
	}
	return r.rt.ToValue(!ev.canceled)
}

// Dispatch dispatches the event evObj at the EventTarget target,
// synchronously: the plain on<type> property first, then the listeners
// registered when it starts; the target's OnDispatch hook is called just
// before the first listener runs. It returns the first exception a listener threw (with
// Propagate, the dispatch stopped there) and the number of listeners that
// ran. Uncatchable errors (interrupts, stack overflow) unwind through it as
// Go panics.
func (r *Realm) Dispatch(target, evObj *goja.Object, policy Policy) (*goja.Exception, int) {
	ev := r.eventOf(evObj)
	if ev == nil {
		return nil, 0
	}
	return r.dispatch(target, evObj, ev, policy)
}

// dispatch is Dispatch for an event whose Go side is known.
func (r *Realm) dispatch(target, evObj *goja.Object, ev *Event, policy Policy) (*goja.Exception, int) {
	t := r.targetOf(target)
	if t == nil {
		return nil, 0
	}
	var legacy goja.Callable
	if _, isAttr := t.attrs[ev.typ]; !isAttr {
		legacy, _ = goja.AssertFunction(target.Get("on" + ev.typ))
	}
	// The listeners registered when the dispatch starts, in a buffer
	// borrowed from the realm: dispatches nest (a listener may dispatch),
	// so each level takes its own.
	snapshot := append(r.takeSnapshot(), t.lists[ev.typ]...)
	defer r.giveSnapshot(snapshot)

	ev.dispatching = true
	ev.phase = 2
	ev.target = target
	ev.current = target
	defer func() {
		ev.dispatching = false
		ev.phase = 0
		ev.stopImmediate = false
	}()
	if t.OnDispatch != nil {
		n := 0
		for _, l := range snapshot {
			if l.fn != nil {
				n++
			}
		}
		if legacy != nil {
			n++
		}
		t.OnDispatch(evObj, ev.typ, ev.trusted, n)
	}
	var first *goja.Exception
	ran := 0
	handle := func(res goja.Value, err error) bool {
		ran++
		if err != nil {
			ex, ok := err.(*goja.Exception)
			if !ok {
				panic(err)
			}
			if first == nil {
				first = ex
			}
			if policy == Propagate {
				return false
			}
			prev := r.reporting
			r.reporting = policy
			defer func() { r.reporting = prev }()
			r.env.Report(ex)
			return true
		}
		r.checkReturn(t, ev, res)
		return true
	}
	if legacy != nil {
		if !handle(legacy(r.global, evObj)) {
			return first, ran
		}
	}
	for _, l := range snapshot {
		if ev.stopImmediate {
			break
		}
		if l.removed {
			continue
		}
		if l.once {
			t.remove(ev.typ, l)
		}
		if l.fn == nil {
			continue
		}
		this := l.this
		if this == nil {
			if l.attr && !t.AttributeThis || !r.env.TargetThis {
				this = r.global
			} else {
				this = target
			}
		}
		ev.inPassive = l.passive
		res, err := l.fn(this, evObj)
		ev.inPassive = false
		if !handle(res, err) {
			break
		}
	}
	return first, ran
}

// takeSnapshot lends an empty listener buffer for a dispatch.
func (r *Realm) takeSnapshot() []*listener {
	n := len(r.snapshots)
	if n == 0 {
		return nil
	}
	b := r.snapshots[n-1]
	r.snapshots = r.snapshots[:n-1]
	return b
}

// giveSnapshot takes a buffer back, without the listeners it held.
func (r *Realm) giveSnapshot(b []*listener) {
	clear(b)
	r.snapshots = append(r.snapshots, b[:0])
}

// checkReturn handles a listener's return value: true cancels the event,
// anything else but undefined and false logs one warning per target.
func (r *Realm) checkReturn(t *Target, ev *Event, res goja.Value) {
	if res == nil || goja.IsUndefined(res) {
		return
	}
	if b, ok := primitiveBool(res); ok {
		if b {
			ev.preventDefault()
		}
		return
	}
	if t.warned {
		return
	}
	t.warned = true
	if o, ok := res.(*goja.Object); ok {
		if gojaprops.Exports[*goja.Promise](o) {
			r.env.Warn("An event handler returned a promise that will be ignored. Event handlers should not have a return value and should not be async functions.")
			return
		}
	}
	r.env.Warn("An event handler returned a value of type \"" + typeOf(res) + "\" that will be ignored. Event handlers should not have a return value.")
}

func isObject(v goja.Value) bool { _, ok := v.(*goja.Object); return ok }

func typeOf(v goja.Value) string {
	switch {
	case goja.IsNull(v):
		return "object"
	case goja.IsString(v):
		return "string"
	case goja.IsNumber(v):
		return "number"
	case goja.IsBigInt(v):
		return "bigint"
	}
	if _, ok := v.(*goja.Symbol); ok {
		return "symbol"
	}
	if o, ok := v.(*goja.Object); ok {
		if _, ok := goja.AssertFunction(o); ok {
			return "function"
		}
		return "object"
	}
	return "boolean"
}

// primitiveBool is res as a boolean primitive, if it is one (never an
// object's Export, which reads a typed array's bytes: see gojaprops.Exports).
func primitiveBool(res goja.Value) (bool, bool) {
	if isObject(res) {
		return false, false
	}
	b, ok := res.Export().(bool)
	return b, ok
}
