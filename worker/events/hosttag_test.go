package events

import (
	"testing"

	"github.com/dop251/goja"
)

// hostMakers make one of the realm's host objects each (HostType or AsDOMException knows it).
const hostMakers = `({
	EventTarget: () => new EventTarget(),
	SubTarget: () => new (class extends EventTarget {})(),
	AbortController: () => new AbortController(),
	AbortSignal: () => new AbortController().signal,
	AbortSignalAbort: () => AbortSignal.abort(),
	AbortSignalAny: () => AbortSignal.any([]),
	Event: () => new Event("x"),
	SubEvent: () => new (class extends Event {})("y"),
	CustomEvent: () => new CustomEvent("x"),
	MessageEvent: () => new MessageEvent("message", { data: 1 }),
	ErrorEvent: () => new ErrorEvent("error"),
	DOMException: () => new DOMException("m", "DataCloneError"),
	SubDOMException: () => new (class extends DOMException {})("m", "NotFoundError"),
})`

// TestOrdinary: Ordinary says true of ordinary objects only, never of a host object of the
// realm, whether it was made before Ordinary was first asked or after, and whatever its
// prototype was changed to; and an ordinary object given a host class's prototype stays
// ordinary, as HostType says.
func TestOrdinary(t *testing.T) {
	rt := goja.New()
	r := New(rt, Env{})
	r.InstallGlobals()
	run := func(src string) goja.Value {
		t.Helper()
		v, err := rt.RunString(src)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	makers := run(hostMakers).(*goja.Object)
	make := func(name string) *goja.Object {
		t.Helper()
		f, _ := goja.AssertFunction(makers.Get(name))
		v, err := f(goja.Undefined())
		if err != nil {
			t.Fatal(err)
		}
		return v.(*goja.Object)
	}
	isHost := func(o *goja.Object) bool {
		if _, ok := r.HostType(o); ok {
			return true
		}
		_, _, _, ok := r.AsDOMException(o)
		return ok
	}
	var early []*goja.Object
	for _, name := range makers.Keys() {
		early = append(early, make(name))
	}
	plain := run(`({ a: 1 })`).(*goja.Object)
	if !r.Ordinary(plain) {
		t.Fatal("an object literal is not Ordinary")
	}
	if !r.tags.ok {
		t.Skip("goja's layout is not known: Ordinary says false of everything")
	}
	check := func(when string, objs []*goja.Object) {
		t.Helper()
		for _, o := range objs {
			if !isHost(o) {
				t.Fatalf("%s: %v is not a host object", when, o)
			}
			if r.Ordinary(o) {
				t.Errorf("%s: Ordinary(%v) is true of a host object", when, o)
			}
			rt.Set("o", o)
			run(`Object.setPrototypeOf(o, Object.prototype)`)
			if !isHost(o) || r.Ordinary(o) {
				t.Errorf("%s: with Object.prototype as its prototype, %v is ordinary", when, o)
			}
		}
	}
	check("made before", early)
	var late []*goja.Object
	for _, name := range makers.Keys() {
		late = append(late, make(name))
	}
	check("made after", late)
	for _, src := range []string{
		`({})`, `JSON.parse('{"a":{"b":1}}').a`, `Object.create(null)`, `new (class K {})()`,
		`Object.setPrototypeOf({}, EventTarget.prototype)`, `Object.create(DOMException.prototype)`,
		`Object.setPrototypeOf({}, AbortSignal.prototype)`,
	} {
		o := run(src).(*goja.Object)
		if isHost(o) {
			t.Fatalf("%s is a host object", src)
		}
		if !r.Ordinary(o) {
			t.Errorf("Ordinary(%s) is false", src)
		}
	}
	if r.Ordinary(run(`[]`).(*goja.Object)) || r.Ordinary(run(`new Map()`).(*goja.Object)) || r.Ordinary(rt.GlobalObject()) {
		t.Error("Ordinary is true of an array, a Map or the global object")
	}
}
