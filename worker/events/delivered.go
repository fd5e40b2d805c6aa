package events

import (
	"reflect"
	"strings"
	"sync"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"

	"github.com/mcrepl/mcrepl/internal/gojaprops"
)

// A delivered MessageEvent (DispatchMessage) is the hot object of every message: one per
// delivery. It is a goja proxy, because workerd's ports is a data property whose every read
// gives a new array, over an ordinary object (the target).
//
// Its Go state and its target are one allocation, a deliveredEvent: the target is the
// struct's first field (gojaprops.Relocate moves the object goja made there), so the state is
// found from the target by its address, and the target is told from other objects by the
// address of its class name (gojaprops.Tag). The proxy's handler is one of two
// ProxyTrapConfigs of the realm, shared by every delivered event; the state is found from the
// proxy through its target. goja gives no way to read a proxy's handler, so its layout is
// learnt once, with reflect, and checked on a specimen; when this or gojaprops' layout is not
// what this file expects (a goja upgrade changed it), delivered events fall back to the weak
// slots of ordinary events (eventOf) and eager fields (materialised from the start).
//
// The five fields (ports, source, lastEventId, origin, data) are lazy: a new event's target
// has none of them, and the handler (lazyTraps) answers them from the state: the get trap
// their values, the getOwnPropertyDescriptor trap their descriptors (read-only, enumerable,
// configurable, as workerd's). Its target's prototype is the realm's shadow prototype, which
// the getPrototypeOf trap hides (it answers MessageEvent.prototype): the shadow has the five
// names as getters without setters, so that `in` finds them, an assignment to one fails as it
// does on a read-only own property (the same TypeError in strict code) without reaching the
// prototype chain, and a getter that reads them on the target gets their values. What needs
// the real own properties materialises them first (materialise: the target gets the five
// properties in workerd's order and its real prototype, and the proxy's handler becomes
// deliveredTraps, which forwards all but ports to the target): defineProperty,
// deleteProperty, ownKeys (Object.keys, for-in, spread, JSON.stringify), preventExtensions
// (freeze, seal), setPrototypeOf, a read that meets a getter of the script's (or
// Object.prototype's __proto__) on the prototype chain (readsNoScript: such a getter is called
// with the target as this, and must see it as it was with eager fields), and console.log.
// Since the fields are configurable and the target stays extensible until then, the proxy
// invariants allow the traps' answers. TestLazyFieldsMatchEager compares the two.
//
// The target's ports holds one empty array shared by all delivered events, which scripts do
// not see: reads go through the proxy's get trap, which makes a new array, and so does its
// descriptor (the getOwnPropertyDescriptor trap) while it can be changed (an event that was
// frozen shows the shared one, which the invariants of proxies require). The inspect hook is
// given the target, and materialises it (InspectVia).
//
// An accessor of the prototype chain read through the proxy is called with the target as
// this (the get trap reads the target through goja's API, which has no receiver); eventOf
// knows a delivered target, so the Event attributes work on it, also later.
type deliveredEvent struct {
	target goja.Object // first: a delivered target's *goja.Object is its *deliveredEvent
	ev     Event
	data   goja.Value
	source *goja.Object
	proxy  *goja.Object
}

// eagerFields turns lazy delivered events off (tests compare them with eager ones).
var eagerFields bool

// deliveredTag marks delivered targets (gojaprops.Tag): a class name "Object" at an address
// of its own.
var deliveredTag = strings.Clone("Object")

// proxyLayout is where a native proxy's *ProxyTrapConfig is: goja.Proxy's proxy field, a
// *proxyObject, whose handler field is an interface holding a *nativeProxyHandler, whose first
// field is the *ProxyTrapConfig.
var proxyLayout struct {
	once       sync.Once
	ok         bool
	handlerOff uintptr        // of proxyObject.handler
	nativeTab  unsafe.Pointer // the interface type word of a *nativeProxyHandler
}

type ifaceWords struct{ tab, data unsafe.Pointer }

func learnProxyLayout() {
	pt := reflect.TypeFor[goja.Proxy]()
	if pt.NumField() != 1 || pt.Field(0).Type.Kind() != reflect.Pointer || pt.Size() != unsafe.Sizeof(uintptr(0)) {
		return
	}
	po := pt.Field(0).Type.Elem()
	if po.Kind() != reflect.Struct {
		return
	}
	h, found := po.FieldByName("handler")
	if !found || len(h.Index) != 1 || h.Type.Kind() != reflect.Interface {
		return
	}
	proxyLayout.handlerOff = h.Offset
	rt := goja.New()
	cfg := &goja.ProxyTrapConfig{}
	p := rt.NewProxy(rt.NewObject(), cfg)
	words := handlerWords(p)
	if words.data == nil {
		return
	}
	// The native handler is a pointer to a struct whose first field is the *ProxyTrapConfig.
	if *(**goja.ProxyTrapConfig)(words.data) != cfg {
		return
	}
	proxyLayout.nativeTab = words.tab
	// A JavaScript handler must not look native (new Proxy({}, {}), made from Go:
	// compiling it would cost the first message a parse and a compilation).
	ctor, ok := goja.AssertConstructor(rt.Get("Proxy"))
	if !ok {
		return
	}
	js, err := ctor(nil, rt.NewObject(), rt.NewObject())
	if err != nil {
		return
	}
	jp, ok := js.Export().(goja.Proxy)
	if !ok || handlerWords(jp).tab == proxyLayout.nativeTab {
		return
	}
	// Switching a proxy's handler (materialise) takes effect at its next operation.
	other := &goja.ProxyTrapConfig{Get: func(*goja.Object, string, goja.Value) goja.Value { return rt.ToValue(7) }}
	*(**goja.ProxyTrapConfig)(words.data) = other
	if v := rt.ToValue(p).(*goja.Object).Get("x"); v == nil || v.ToInteger() != 7 {
		return
	}
	// A relocated, tagged target (gojaprops) is what the state is found by.
	var target goja.Object
	if !gojaprops.Relocate(&target, rt.NewObject()) || !gojaprops.Tag(&target, &deliveredTag) || !gojaprops.Tagged(&target, &deliveredTag) {
		return
	}
	proxyLayout.ok = true
}

// handlerWords returns the words of p's handler interface.
func handlerWords(p goja.Proxy) ifaceWords {
	po := *(*unsafe.Pointer)(unsafe.Pointer(&p))
	if po == nil {
		return ifaceWords{}
	}
	return *(*ifaceWords)(unsafe.Add(po, proxyLayout.handlerOff))
}

func deliveredAvailable() bool {
	proxyLayout.once.Do(learnProxyLayout)
	return proxyLayout.ok
}

// deliveredOf returns the state of a delivered MessageEvent (the proxy), or nil for any other
// value.
func (r *Realm) deliveredOf(v goja.Value) *deliveredEvent {
	o, ok := v.(*goja.Object)
	if !ok || o == nil || !r.delivered || o.ExportType() != proxyType {
		return nil
	}
	p, ok := o.Export().(goja.Proxy)
	if !ok {
		return nil
	}
	w := handlerWords(p)
	if w.tab != proxyLayout.nativeTab || w.data == nil {
		return nil // a JavaScript handler, or a revoked proxy
	}
	// Only delivered events have one of the realm's two handlers, and their targets are
	// deliveredEvents.
	if cfg := *(**goja.ProxyTrapConfig)(w.data); cfg != &r.lazyTraps && cfg != &r.deliveredTraps {
		return nil
	}
	t := p.Target()
	if t == nil {
		return nil
	}
	return (*deliveredEvent)(unsafe.Pointer(t))
}

// deliveredTarget returns the state of a delivered MessageEvent's target, or nil for any
// other object.
func (r *Realm) deliveredTarget(o *goja.Object) *deliveredEvent {
	if o == nil || !r.delivered || !gojaprops.Tagged(o, &deliveredTag) {
		return nil
	}
	return (*deliveredEvent)(unsafe.Pointer(o))
}

// stateOf is the state of a trap's target (always a delivered target).
func stateOf(t *goja.Object) *deliveredEvent { return (*deliveredEvent)(unsafe.Pointer(t)) }

// deliveredReady reports whether delivered MessageEvents are built as delivered.go says,
// preparing them at the first call: learning goja's proxy layout builds a second runtime, which
// a run that delivers no message (most start-ups) need not pay for. Until then no delivered
// event exists, so r.delivered being false is true of the realm.
func (r *Realm) deliveredReady() bool {
	if !r.deliveredInit {
		r.deliveredInit = true
		r.initDelivered()
	}
	return r.delivered
}

// initDelivered prepares the handlers of delivered events and the shadow prototype. What it
// takes from the global object (Reflect's functions) was taken by New, before user code ran.
func (r *Realm) initDelivered() {
	// The array the targets of delivered events hold as ports, which no script sees (made
	// here, at the first message, not with the realm: an array is goja's Array.prototype
	// built). Without the lazy fields, a delivered event's ports is handled as a
	// materialised one's (freshPorts).
	r.sharedPorts = r.rt.NewArray()
	r.freshPorts = &goja.ProxyTrapConfig{Get: r.deliveredGet, GetOwnPropertyDescriptor: r.deliveredDescriptor}
	r.delivered = deliveredAvailable() && !r.eager
	if !r.delivered {
		return
	}
	if r.reflectOwnKeys == nil || r.reflectPreventExtensions == nil {
		r.delivered = false
		return
	}
	r.deliveredTraps = goja.ProxyTrapConfig{
		Get:                      r.deliveredGet,
		GetOwnPropertyDescriptor: r.deliveredDescriptor,
	}
	r.lazyTraps = goja.ProxyTrapConfig{
		Get:                      r.lazyGet,
		GetOwnPropertyDescriptor: r.lazyDescriptor,
		DefineProperty:           r.lazyDefine,
		DeleteProperty:           r.lazyDelete,
		OwnKeys:                  r.lazyOwnKeys,
		PreventExtensions:        r.lazyPreventExtensions,
		SetPrototypeOf:           r.lazySetPrototype,
		GetPrototypeOf:           r.lazyGetPrototype,
	}
	r.shadowProto = r.rt.CreateObject(r.messageEventProto)
	for _, name := range messageFieldNames {
		name := name.String()
		get := r.Func("", 0, func(call goja.FunctionCall) goja.Value {
			if o, ok := call.This.(*goja.Object); ok {
				if d := r.deliveredTarget(o); d != nil && d.ev.lazy {
					return r.field(d, name)
				}
			}
			return goja.Undefined()
		})
		_ = r.shadowProto.DefineAccessorProperty(name, get, nil, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
}

// newDelivered builds a delivered MessageEvent of typ: its proxy and its state.
func (r *Realm) newDelivered(typ string, data goja.Value, port *goja.Object) (*goja.Object, *Event) {
	d := &deliveredEvent{ev: Event{typ: typ, trusted: true, lazy: true}, data: data, source: port}
	if !gojaprops.Relocate(&d.target, r.rt.CreateObject(r.shadowProto)) || !gojaprops.Tag(&d.target, &deliveredTag) {
		return nil, nil
	}
	d.proxy = r.rt.ToValue(r.rt.NewProxy(&d.target, &r.lazyTraps)).(*goja.Object)
	return d.proxy, &d.ev
}

// field is the value of a lazy field (nil for another name): ports a new array each time.
func (r *Realm) field(d *deliveredEvent, name string) goja.Value {
	switch name {
	case "data":
		return d.data
	case "origin":
		return goja.Null()
	case "lastEventId":
		return r.empty
	case "source":
		return d.source
	case "ports":
		return r.rt.NewArray()
	}
	return nil
}

// materialise gives a lazy event's target its five own properties and its real prototype,
// and the proxy the handler that forwards to them.
func (r *Realm) materialise(d *deliveredEvent) {
	if !d.ev.lazy {
		return
	}
	d.ev.lazy = false
	t := &d.target
	if t.Prototype() == r.shadowProto {
		_ = t.SetPrototype(r.messageEventProto)
	}
	r.defineMessageFields(t, d.data, goja.Null(), r.empty, d.source, r.sharedPorts)
	if p, ok := d.proxy.Export().(goja.Proxy); ok {
		if w := handlerWords(p); w.data != nil {
			*(**goja.ProxyTrapConfig)(w.data) = &r.deliveredTraps
		}
	}
}

// The traps of a lazy event (lazyTraps).

func (r *Realm) lazyGet(t *goja.Object, property string, _ goja.Value) goja.Value {
	d := stateOf(t)
	if d.ev.lazy {
		if v := r.field(d, property); v != nil {
			return v
		}
		if !r.readsNoScript(property) {
			// A getter of the script's (or Object.prototype's __proto__) is called with the
			// target as this: it must see the target as it would be with eager fields.
			r.materialise(d)
		}
	}
	return t.Get(property)
}

// readsNoScript reports whether reading name from a lazy event's prototype chain runs no
// code but the realm's own getters: it finds a data property, one of the realm's accessors
// (ownGetters), one of Object.prototype's built-in methods, or nothing. It is false when it
// cannot tell (an object of the chain is not an ordinary one).
func (r *Realm) readsNoScript(name string) bool {
	key := unistring.NewFromString(name)
	for p := r.messageEventProto; p != nil; p = p.Prototype() {
		prop, ok := gojaprops.Own(p, key)
		if !ok {
			return false
		}
		if prop.Builtin {
			// Object.prototype's own built-ins are functions, but for __proto__'s accessor.
			if p != r.objectProto || name == "__proto__" {
				return false
			}
			continue
		}
		if prop.Found {
			return !prop.Accessor || r.ownGetters[prop.Getter]
		}
	}
	return true
}

func (r *Realm) lazyDescriptor(t *goja.Object, property string) goja.PropertyDescriptor {
	if d := stateOf(t); d.ev.lazy {
		if v := r.field(d, property); v != nil {
			return goja.PropertyDescriptor{Value: v, Writable: goja.FLAG_FALSE, Enumerable: goja.FLAG_TRUE, Configurable: goja.FLAG_TRUE}
		}
	}
	return r.deliveredDescriptor(t, property)
}

func (r *Realm) lazyDefine(t *goja.Object, key string, desc goja.PropertyDescriptor) bool {
	r.materialise(stateOf(t))
	// On an extensible target whose fields are configurable a definition cannot fail: once
	// materialised, the handler lets goja define on the target itself, with its own errors.
	if desc.Getter != nil || desc.Setter != nil {
		return t.DefineAccessorProperty(key, desc.Getter, desc.Setter, desc.Configurable, desc.Enumerable) == nil
	}
	return t.DefineDataProperty(key, desc.Value, desc.Writable, desc.Configurable, desc.Enumerable) == nil
}

func (r *Realm) lazyDelete(t *goja.Object, property string) bool {
	r.materialise(stateOf(t))
	return t.Delete(property) == nil
}

func (r *Realm) lazyOwnKeys(t *goja.Object) *goja.Object {
	r.materialise(stateOf(t))
	v, err := r.reflectOwnKeys(goja.Undefined(), t)
	if err != nil {
		panic(err)
	}
	return v.(*goja.Object)
}

func (r *Realm) lazyPreventExtensions(t *goja.Object) bool {
	r.materialise(stateOf(t))
	v, err := r.reflectPreventExtensions(goja.Undefined(), t)
	if err != nil {
		panic(err)
	}
	return v.ToBoolean()
}

func (r *Realm) lazySetPrototype(t *goja.Object, proto *goja.Object) bool {
	r.materialise(stateOf(t))
	return t.SetPrototype(proto) == nil
}

func (r *Realm) lazyGetPrototype(t *goja.Object) *goja.Object {
	if p := t.Prototype(); p != r.shadowProto {
		return p
	}
	return r.messageEventProto
}

// The traps of a materialised event (deliveredTraps).

func (r *Realm) deliveredGet(t *goja.Object, property string, _ goja.Value) goja.Value {
	if property == "ports" {
		if d := r.deliveredDescriptor(t, property); d.Value != nil {
			return d.Value
		}
	}
	return t.Get(property)
}

// deliveredDescriptor is the getOwnPropertyDescriptor trap of materialised events (and of
// all delivered events when they are not lazy, freshPorts): the target's
// descriptor, with a new array for ports while it holds the shared one and can be changed.
func (r *Realm) deliveredDescriptor(t *goja.Object, property string) goja.PropertyDescriptor {
	var d *goja.Object
	if r.gopd != nil {
		v, err := r.gopd(goja.Undefined(), t, r.rt.ToValue(property))
		if err != nil {
			panic(err)
		}
		d, _ = v.(*goja.Object)
	}
	if d == nil {
		return goja.PropertyDescriptor{}
	}
	flag := func(name string) goja.Flag {
		v := d.Get(name)
		if v == nil {
			return goja.FLAG_NOT_SET
		}
		return goja.ToFlag(v.ToBoolean())
	}
	desc := goja.PropertyDescriptor{
		Writable:     flag("writable"),
		Enumerable:   flag("enumerable"),
		Configurable: flag("configurable"),
	}
	if g := d.Get("get"); g != nil {
		desc.Getter, desc.Setter = g, d.Get("set")
		return desc
	}
	desc.Value = d.Get("value")
	if property == "ports" && desc.Value == goja.Value(r.sharedPorts) && desc.Configurable == goja.FLAG_TRUE {
		desc.Value = r.rt.NewArray()
	}
	return desc
}
