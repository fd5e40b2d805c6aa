package events

import (
	"reflect"
	"sync"
	"unsafe"

	"github.com/dop251/goja"
)

// A delivered MessageEvent (DispatchMessage) is the hot object of every message: one per
// delivery. It is a goja proxy, because workerd's ports is a data property whose every read
// gives a new array, over an ordinary object (the target) that holds the five own properties.
//
// Its Go state lives in the proxy's handler: the handler is the first field of a
// deliveredEvent, allocated with the Event, so the state is found from the proxy object
// (deliveredOf) without a map from objects to state and without a weak pointer per event,
// which cost a message about a quarter of its time (the weak handle, and the collector's work
// on a million of them). goja gives no way to read a proxy's handler, so its layout is learnt
// once, with reflect, and checked on a specimen; when it is not what this file expects (a goja
// upgrade changed it), delivered events fall back to the weak slots of ordinary events.
//
// The target's own ports holds one empty array shared by all delivered events, which scripts
// do not see: reads go through the proxy's get trap, which makes a new array, and so does its
// descriptor (the getOwnPropertyDescriptor trap) while it can be changed (an event that was
// frozen shows the shared one, which the invariants of proxies require). The
// inspect hook sees the target, and finds the state through the proxy (InspectVia).
//
// An accessor of the prototype chain read through the proxy is called with the target as this
// (as before, when the target's state was in the weak slots); eventOf knows the target of the
// read under way (Realm.getting), so the Event attributes work. A script's own accessor that
// keeps that this and uses it later gets an Illegal invocation.
type deliveredEvent struct {
	cfg    goja.ProxyTrapConfig // first: a *ProxyTrapConfig is a *deliveredEvent
	ev     Event
	target *goja.Object
}

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
	// A JavaScript handler must not look native.
	js, err := rt.RunString(`new Proxy({}, {})`)
	if err != nil {
		return
	}
	jp, ok := js.(*goja.Object).Export().(goja.Proxy)
	if !ok || handlerWords(jp).tab == proxyLayout.nativeTab {
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

// deliveredOf returns the state of a delivered MessageEvent, or nil for any other value.
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
	cfg := *(**goja.ProxyTrapConfig)(w.data)
	// The Apply trap of a delivered event's handler is the realm's marker (never called: the
	// target is not callable); any other native proxy has another one, or none.
	if cfg == nil || funcWord(&cfg.Apply) != r.deliveredMark {
		return nil
	}
	return (*deliveredEvent)(unsafe.Pointer(cfg))
}

// funcWord is the closure pointer of a func value.
func funcWord[F any](f *F) unsafe.Pointer { return *(*unsafe.Pointer)(unsafe.Pointer(f)) }

// initDelivered prepares the handler that every delivered event copies.
func (r *Realm) initDelivered() {
	r.delivered = deliveredAvailable()
	if !r.delivered {
		return
	}
	r.sharedPorts = r.rt.NewArray()
	r.deliveredTraps = goja.ProxyTrapConfig{
		Apply: func(*goja.Object, goja.Value, []goja.Value) goja.Value {
			panic(r.rt.NewTypeError("not a function"))
		},
		GetOwnPropertyDescriptor: r.deliveredDescriptor,
	}
	r.deliveredMark = funcWord(&r.deliveredTraps.Apply)
}

// newDelivered builds the proxy of a delivered MessageEvent over target.
func (r *Realm) newDelivered(target *goja.Object, typ string) (*goja.Object, *Event) {
	d := &deliveredEvent{cfg: r.deliveredTraps, ev: Event{typ: typ, trusted: true}, target: target}
	d.cfg.Get = func(t *goja.Object, property string, _ goja.Value) goja.Value {
		if property == "ports" {
			return r.rt.NewArray()
		}
		// An accessor found on the way (the Event attributes) is called with the target as
		// this; eventOf knows the target of the get under way.
		prev := r.getting
		r.getting = d
		v := t.Get(property)
		r.getting = prev
		return v
	}
	return r.rt.ToValue(r.rt.NewProxy(target, &d.cfg)).(*goja.Object), &d.ev
}

// deliveredDescriptor is the getOwnPropertyDescriptor trap of delivered events: the target's
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
