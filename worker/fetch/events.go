package fetch

import (
	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/events"
	"github.com/mcrepl/mcrepl/worker/host"
)

// The service-worker syntax's events: ExtendableEvent (waitUntil),
// FetchEvent (request, respondWith, passThroughOnException) and
// ScheduledEvent (scheduledTime, cron, noRetry), classes that script cannot
// construct, as in workerd. A server dispatches them on globalThis for a
// classic script that called addEventListener('fetch', ...).

func init() {
	host.Register(
		host.Global{Name: "ExtendableEvent", Build: func(env *host.Env) goja.Value { return eventsOf(env).extendable }},
		host.Global{Name: "FetchEvent", Build: func(env *host.Env) goja.Value { return eventsOf(env).fetch }},
		host.Global{Name: "ScheduledEvent", Build: func(env *host.Env) goja.Value { return eventsOf(env).scheduled }},
		// A Tail Worker's event, an ExtendableEvent: workerd's class, which
		// script cannot construct, under both of its names (one constructor).
		host.Global{Name: "TailEvent", Build: tailEvent},
		host.Global{Name: "TraceEvent", Build: tailEvent},
	)
}

type tailKey struct{}

func tailEvent(env *host.Env) goja.Value {
	return host.State(env, tailKey{}, func() *goja.Object {
		c, _ := env.Realm.Class("TailEvent", eventsOf(env).extendableProto, nil)
		return c
	})
}

type eventsKey struct{}

// EventHooks are what an event's methods report to the server.
type EventHooks struct {
	// WaitUntil receives each promise given to waitUntil().
	WaitUntil func(p goja.Value)
	// PassThrough is called by passThroughOnException().
	PassThrough func()
}

// eventState is the Go side of one dispatched event.
type eventState struct {
	hooks     EventHooks
	responded bool
	response  goja.Value
}

type eventClasses struct {
	extendable, fetch, scheduled                *goja.Object
	extendableProto, fetchProto, scheduledProto *goja.Object
	states                                      slots[eventState]
}

func eventsOf(env *host.Env) *eventClasses {
	return host.State(env, eventsKey{}, func() *eventClasses { return newEventClasses(env) })
}

func newEventClasses(env *host.Env) *eventClasses {
	r := env.Realm
	c := &eventClasses{}
	eventProto, _ := r.Ctor("Event").Get("prototype").(*goja.Object) // the realm's own Event
	c.extendable, c.extendableProto = r.Class("ExtendableEvent", eventProto, nil)
	c.fetch, c.fetchProto = r.Class("FetchEvent", c.extendableProto, nil)
	c.scheduled, c.scheduledProto = r.Class("ScheduledEvent", c.extendableProto, nil)
	this := func(call goja.FunctionCall) *eventState {
		st := c.states.get(call.This)
		if st == nil {
			r.ThrowTypeError(events.IllegalInvocation)
		}
		return st
	}
	r.Method(c.extendableProto, "waitUntil", func(call goja.FunctionCall) goja.Value {
		if st := this(call); st.hooks.WaitUntil != nil {
			st.hooks.WaitUntil(call.Argument(0))
		}
		return goja.Undefined()
	})
	r.Method(c.fetchProto, "respondWith", func(call goja.FunctionCall) goja.Value {
		st := this(call)
		if st.responded {
			r.ThrowTypeError("FetchEvent.respondWith() has already been called; it can only be called once.")
		}
		st.responded, st.response = true, call.Argument(0)
		return goja.Undefined()
	})
	r.Method(c.fetchProto, "passThroughOnException", func(call goja.FunctionCall) goja.Value {
		if st := this(call); st.hooks.PassThrough != nil {
			st.hooks.PassThrough()
		}
		return goja.Undefined()
	})
	r.Method(c.scheduledProto, "noRetry", func(call goja.FunctionCall) goja.Value {
		this(call)
		return goja.Undefined()
	})
	for _, p := range []*goja.Object{c.extendableProto, c.fetchProto, c.scheduledProto} {
		constructorLast(p)
	}
	return c
}

// Responder tells what a FetchEvent's listeners answered.
type Responder struct{ st *eventState }

// Response is the value given to respondWith (a Response or a promise of
// one), and whether respondWith was called.
func (r Responder) Response() (goja.Value, bool) { return r.st.response, r.st.responded }

// NewFetchEvent makes the trusted "fetch" event for request (from
// NewRequest). Loop goroutine only.
func NewFetchEvent(env *host.Env, request *goja.Object, hooks EventHooks) (*goja.Object, Responder) {
	c := eventsOf(env)
	ev := env.Realm.NewEvent("fetch")
	_ = ev.SetPrototype(c.fetchProto)
	_ = ev.DefineDataProperty("request", request, goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	st := &eventState{hooks: hooks}
	c.states.put(ev, st)
	return ev, Responder{st}
}

// NewScheduledEvent makes the trusted "scheduled" event for cron at
// scheduledTime (ms since the epoch). Loop goroutine only.
func NewScheduledEvent(env *host.Env, cron string, scheduledTime float64, hooks EventHooks) *goja.Object {
	c := eventsOf(env)
	ev := env.Realm.NewEvent("scheduled")
	_ = ev.SetPrototype(c.scheduledProto)
	_ = ev.DefineDataProperty("scheduledTime", env.RT.ToValue(scheduledTime), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	_ = ev.DefineDataProperty("cron", env.RT.ToValue(cron), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	c.states.put(ev, &eventState{hooks: hooks})
	return ev
}
