// Package channel implements workerd's MessageChannel and MessagePort for
// one goja runtime (spec page, sections 1.1-1.13):
//
//   - a port is pending (incoming messages queue up), started (each message
//     posted to it is delivered in its own microtask, queued at post time)
//     or closed (terminal);
//   - the port counts its 'message' listeners, the onmessage slot included:
//     going from 0 to 1 starts it, and releases the queue as one microtask
//     that dispatches the messages back to back; going back to 0 makes it
//     pending again; start() starts it even with no listener;
//   - postMessage validates its transfer argument, serializes at once (via
//     worker/clone; a primitive is its own clone and skips it), drops the
//     message silently when the port is closed, and otherwise keeps what
//     it serialized, so the receiver gets a snapshot (an object posted to a
//     started port is deserialized when it is delivered, which no script
//     can tell apart);
//   - close() closes the peer first, dispatching its close event, then
//     itself; messages already scheduled are still delivered;
//   - a throwing message listener gives a second 'message' event carrying
//     the exception in legacy mode, or reports each exception and dispatches
//     one 'messageerror' in spec mode (spec_compliant_dispatch_exceptions).
//
// Every dispatched event is written to the event log (package trace) when
// one is configured, and the channel keeps the account of what did not
// happen (Report) and of its ports (Ports).
//
// Use Install once per runtime, after events.New. Everything here runs on
// the goroutine that owns the runtime (the isolate's loop goroutine),
// including the microtasks the package queues through Env.QueueMicrotask.
package channel

import (
	"reflect"
	"strconv"
	"strings"
	"unicode"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/trace"
	"github.com/mcrepl/mcrepl/worker/clone"
	"github.com/mcrepl/mcrepl/worker/events"
)

// Env is what the package needs from the isolate.
type Env struct {
	Realm  *events.Realm
	Cloner *clone.Cloner
	// QueueMicrotask queues fn as a microtask; a JS exception escaping fn
	// (a Go panic with a *goja.Exception) becomes an unhandled rejection.
	QueueMicrotask func(fn func())
	// SpecExceptions is the spec_compliant_dispatch_exceptions flag.
	SpecExceptions bool
	// Log is the event log; nil disables it.
	Log *trace.Log
	// Format formats a value on one line for the event log and the report.
	Format func(goja.Value) string
	// Special styles the "[class MessageChannel]" of Inspect with colours
	// (inspect.Special); nil: as it is.
	Special func(s string, colors bool) string
	// Origin, if not nil, returns the request whose code runs now
	// (host.Env.Origin): a port and its losses are reported with it.
	Origin func() any
}

// Channels is the MessageChannel implementation of one runtime.
type Channels struct {
	env   Env
	rt    *goja.Runtime
	realm *events.Realm

	chanCtor, portCtor   *goja.Object
	chanProto, portProto *goja.Object

	// ports and channels are used only when gojaprops cannot keep a port's state
	// with its object (registry.go); all lists the ports that can still matter,
	// in creation order, and the last ones closed.
	ports    map[*goja.Object]*Port
	channels map[*goja.Object]bool
	all      []*listing
	swept    int // len(all) after the last sweep (registry.go)
	next     int // channels created so far
	// closes counts the ports closed, listedClosed those all lists.
	closes, listedClosed int

	losses []loss
	lossAt map[lossKey]int // index of losses
}

type state uint8

const (
	pending state = iota
	started
	closed
)

func (s state) String() string {
	switch s {
	case started:
		return "started"
	case closed:
		return "closed"
	}
	return "pending"
}

// Port is the Go side of a MessagePort.
type Port struct {
	c      *Channels
	obj    *goja.Object
	label  string
	peer   *Port
	state  state
	queue  []queued
	target *events.Target
	// listened is set once the port has had a 'message' listener;
	// wasStarted once it has started.
	listened, wasStarted bool
	closedAt             int // the port was the closedAt-th to close (retire)
	origin               any // the request that made it (Env.Origin)
	listing              *listing
}

// origin is the request whose code runs now, or nil.
func (c *Channels) origin() any {
	if c.env.Origin == nil {
		return nil
	}
	return c.env.Origin()
}

// queued is a message waiting on a pending port: its value, or the
// serialized message that deserializes to it (valueOf).
type queued struct {
	v   goja.Value
	msg *clone.Message
}

// valueOf returns e's value, deserializing its message at the first call.
// Deserializing runs no user code and can only fail on an interrupt, which
// it throws (as a Go panic), as postMessage's own deserialization does.
func (c *Channels) valueOf(e *queued) goja.Value {
	if e.msg != nil {
		v, err := c.env.Cloner.Deserialize(e.msg)
		if err != nil {
			panic(err)
		}
		e.v, e.msg = v, nil
	}
	return e.v
}

// preview is how a report shows e: its value, deserialized once as valueOf
// does; a message that cannot be deserialized now (the isolate is being
// interrupted) is described instead of thrown.
func (c *Channels) preview(e *queued) string {
	if e.msg != nil {
		v, err := c.env.Cloner.Deserialize(e.msg)
		if err != nil {
			return "(a message not shown: " + err.Error() + ")"
		}
		e.v, e.msg = v, nil
	}
	return c.format(e.v)
}

// Install builds the classes for env's runtime. The globals are defined by
// Expose.
func Install(env Env) *Channels {
	rt := env.Realm.Runtime()
	c := &Channels{
		env:   env,
		rt:    rt,
		realm: env.Realm,
	}
	if c.env.Format == nil {
		c.env.Format = func(v goja.Value) string { return v.String() }
	}
	c.initClasses()
	c.realm.FindTarget = func(o *goja.Object) *events.Target {
		if p := c.portOf(o); p != nil {
			return p.target
		}
		return nil
	}
	return c
}

// Expose defines MessageChannel and MessagePort on holder (the
// ServiceWorkerGlobalScope prototype) as writable, enumerable,
// configurable data properties.
func (c *Channels) Expose(holder *goja.Object) {
	_ = holder.DefineDataProperty("MessageChannel", c.chanCtor, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	_ = holder.DefineDataProperty("MessagePort", c.portCtor, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
}

// HostType names the channel's host objects for the clone's refusal: a
// port. A MessageChannel is an ordinary object to the clone, as workerd's
// JavaScript one is: its ports refuse it ("MessagePort"), and once they are
// deleted it clones as a plain object.
func (c *Channels) HostType(o *goja.Object) (string, bool) {
	if c.portOf(o) != nil {
		return "MessagePort", true
	}
	return "", false
}

// symInternalClass stands for workerd's Symbol.for('cloudflare:internal-class'):
// reading the global Symbol at start-up to call Symbol.for would build it in
// every isolate, so the channel's is a symbol of its own (docs/differences.md).
var symInternalClass = goja.NewSymbol("cloudflare:internal-class")
var symResourceType = goja.NewSymbol("kResourceTypeInspect")

func (c *Channels) initClasses() {
	r := c.realm
	// workerd's MessageChannel and MessagePort are JavaScript classes, at
	// every compatibility date (workerd 2026-11-23 and later).
	c.chanCtor, c.chanProto = r.ScriptClass("MessageChannel", nil, func(call goja.ConstructorCall) *goja.Object {
		c.newChannel(call.This)
		return nil
	})
	c.portCtor, c.portProto = r.ScriptClass("MessagePort", r.Ctor("EventTarget"), nil)
	r.Method(c.portProto, "postMessage", c.postMessage)
	r.Method(c.portProto, "close", c.close)
	r.Method(c.portProto, "start", c.start)
	r.Accessor(c.portProto, "onmessage", func(call goja.FunctionCall) goja.Value {
		return c.thisPort(call).target.Attribute("message")
	}, func(call goja.FunctionCall) goja.Value {
		c.thisPort(call).target.SetAttribute("message", call.Argument(0))
		return goja.Undefined()
	})
	// The prototypes' symbols, as in workerd (toStringTag is set by
	// ScriptClass when the flag is on): cloudflare:internal-class holding
	// itself, kResourceTypeInspect one empty object without a prototype.
	// The prototypes list constructor first, as a class's do.
	inspectTag := c.rt.CreateObject(nil)
	for _, proto := range []*goja.Object{c.portProto, c.chanProto} {
		_ = proto.DefineDataPropertySymbol(symInternalClass, symInternalClass, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
		_ = proto.DefineDataPropertySymbol(symResourceType, inspectTag, goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
}

func (c *Channels) newChannel(this *goja.Object) {
	c.next++
	n := strconv.Itoa(c.next)
	p1 := c.newPort("ch" + n + ".port1")
	p2 := c.newPort("ch" + n + ".port2")
	p1.peer, p2.peer = p2, p1
	c.markChannel(this)
	_ = this.DefineDataProperty("port2", p2.obj, goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	_ = this.DefineDataProperty("port1", p1.obj, goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_TRUE)
}

func (c *Channels) newPort(label string) *Port {
	p := c.makePort(label)
	if c.ports[p.obj] == nil {
		// The state is allocated with the object (makePort): so is the Target.
		p.target = events.NewOwnTarget()
	} else {
		p.target = c.realm.NewTarget(p.obj)
	}
	p.target.HasAttribute("message")
	p.target.AttributeThis = true
	p.target.OnCount = p.onCount
	if c.env.Log.Enabled() {
		p.target.OnDispatch = p.logDispatch
	}
	c.list(p)
	return p
}

func (c *Channels) thisPort(call goja.FunctionCall) *Port {
	o, _ := call.This.(*goja.Object)
	p := c.portOf(o)
	if p == nil {
		c.realm.ThrowTypeError(events.IllegalInvocation)
	}
	return p
}

// onCount follows the number of 'message' listeners: the first one starts
// a pending port, losing the last one makes a started port pending.
func (p *Port) onCount(typ string, n int) {
	if typ != "message" || p.state == closed {
		return
	}
	switch {
	case n > 0:
		p.listened = true
		if p.state == pending {
			p.begin("first listener")
		}
	case n == 0 && p.state == started:
		p.state = pending
	}
}

// begin starts a pending port: its queue is released as one microtask.
func (p *Port) begin(why string) {
	p.state = started
	p.wasStarted = true
	batch := p.queue
	p.queue = nil
	if log := p.c.env.Log; log.Verbose() {
		log.Write(trace.Record{Kind: trace.KindStart, Port: p.label, Queued: len(batch), Reason: why})
	}
	if len(batch) == 0 {
		return
	}
	p.c.env.QueueMicrotask(func() {
		i := 0
		// An exception escaping a delivery (legacy mode's second throw)
		// ends the microtask and loses the rest of the batch, as in workerd.
		defer func() {
			if x := recover(); x != nil {
				p.c.lose(p, p.peer, lossBatchAborted, batch[i+1:])
				panic(x)
			}
		}()
		for ; i < len(batch); i++ {
			v := p.c.valueOf(&batch[i])
			// Delivered: the batch no longer keeps the value alive.
			batch[i] = queued{}
			p.deliver(v)
		}
	})
}

func (c *Channels) start(call goja.FunctionCall) goja.Value {
	p := c.thisPort(call)
	if p.state == pending {
		p.begin("start()")
	}
	return goja.Undefined()
}

func (c *Channels) close(call goja.FunctionCall) goja.Value {
	c.thisPort(call).Close()
	return goja.Undefined()
}

// Close closes the port and its peer: the peer's close event is dispatched
// first, then the port's own. An exception thrown by a close listener
// escapes (as a Go panic), as in workerd.
func (p *Port) Close() {
	if p.state == closed {
		return
	}
	p.shut()
	if q := p.peer; q != nil && q.state != closed {
		q.shut()
		q.fire(q.c.realm.NewEvent("close"))
	}
	p.fire(p.c.realm.NewEvent("close"))
}

// shut marks the port closed; messages still queued are dropped.
func (p *Port) shut() {
	p.state = closed
	p.c.retire(p)
	if len(p.queue) > 0 {
		p.c.lose(p, nil, lossClosedQueued, p.queue)
		p.queue = nil
	}
}

// fire dispatches a trusted event with propagate semantics; an exception
// escapes as a Go panic.
func (p *Port) fire(ev *goja.Object) {
	if ex := p.dispatch(ev, events.Propagate); ex != nil {
		panic(ex)
	}
}

// dispatch dispatches ev on the port.
func (p *Port) dispatch(ev *goja.Object, policy events.Policy) *goja.Exception {
	ex, _ := p.c.realm.Dispatch(p.obj, ev, policy)
	return ex
}

// logDispatch writes the event log's record of a message, messageerror or
// close event, trusted or not, just before its first listener runs.
func (p *Port) logDispatch(ev *goja.Object, typ string, trusted bool, n int) {
	if typ != "message" && typ != "messageerror" && typ != "close" {
		return
	}
	rec := trace.Record{Kind: trace.KindEvent, Type: typ, Port: p.label, Trusted: trace.Bool(trusted), Listeners: trace.Count(n)}
	if typ != "close" {
		data := ev.Get("data")
		if data == nil {
			data = goja.Undefined()
		}
		rec.Data = p.c.format(data)
	}
	p.c.env.Log.Write(rec)
}

func (c *Channels) format(v goja.Value) string {
	return trace.Cut(trace.OneLine(c.env.Format(v)))
}

// deliver dispatches one message on the port, whatever its state: delivery
// was decided when the message was posted or released.
func (p *Port) deliver(v goja.Value) {
	r := p.c.realm
	if p.target.Count("message") == 0 {
		why := lossRemoved
		if !p.listened {
			why = lossStartNoListener
		}
		p.c.lose(p, p.peer, why, []queued{{v: v}})
	}
	if p.c.env.SpecExceptions {
		if ex, _ := r.DispatchMessage(p.obj, "message", v, events.ReportFromInternals); ex != nil {
			r.DispatchMessage(p.obj, "messageerror", ex.Value(), events.ReportFromInternals)
		}
		return
	}
	ex, _ := r.DispatchMessage(p.obj, "message", v, events.Propagate)
	if ex == nil {
		return
	}
	// Legacy mode: the exception is dispatched as a second 'message' event;
	// a second exception escapes the delivery microtask.
	if ex, _ := r.DispatchMessage(p.obj, "message", ex.Value(), events.Propagate); ex != nil {
		panic(ex)
	}
}

func (c *Channels) postMessage(call goja.FunctionCall) goja.Value {
	p := c.thisPort(call)
	c.checkTransfer(call.Argument(1))
	v := call.Argument(0)
	// The structured clone of a primitive is the primitive itself (a symbol
	// excepted, which the cloner refuses), so only objects and symbols go
	// through the cloner; msg stays nil for the others.
	var msg *clone.Message
	if _, isObject := v.(*goja.Object); isObject || isSymbol(v) {
		m, err := c.env.Cloner.Serialize(v)
		if err != nil {
			panic(err)
		}
		msg = m
	}
	q := p.peer
	if p.state == closed || q == nil || q.state == closed {
		c.drop(p, q, v, msg)
		return goja.Undefined()
	}
	if msg == nil {
		return c.send(p, q, v)
	}
	if q.state == started && !c.env.Log.Verbose() {
		// Deserializing runs no user code and can only fail on an interrupt
		// (workerd's one deserialization error, a non-string error message,
		// is raised while serializing), so doing it at delivery instead of
		// now is unobservable, and a burst of posted objects waits as
		// compact Go data rather than as JS objects.
		c.env.QueueMicrotask(func() {
			v, err := c.env.Cloner.Deserialize(msg)
			if err != nil {
				panic(err)
			}
			q.deliver(v)
		})
		return goja.Undefined()
	}
	if q.state == pending && !c.env.Log.Verbose() && msg.Size() <= previewCloneLimit {
		// The same holds while the message waits on a pending port: a
		// queue of posted objects is kept as the messages' compact bytes
		// (a 1 KB record: ~1 KB instead of ~13 KB of JS objects, which
		// the collector would also mark at every cycle), and deserialized
		// when the port releases it or a report shows it. A larger message
		// is deserialized now, so that a report never has to.
		q.queue = append(q.queue, queued{msg: msg})
		q.listing.hold(q)
		return goja.Undefined()
	}
	v, err := c.env.Cloner.Deserialize(msg)
	if err != nil {
		panic(err)
	}
	return c.send(p, q, v)
}

func isSymbol(v goja.Value) bool { _, ok := v.(*goja.Symbol); return ok }

// send queues the clone v of a message posted on p for q (not closed):
// on q's queue while it is pending, as a delivery microtask once started.
func (c *Channels) send(p, q *Port, v goja.Value) goja.Value {
	switch q.state {
	case pending:
		q.queue = append(q.queue, queued{v: v})
		q.listing.hold(q)
		if log := c.env.Log; log.Verbose() {
			log.Write(trace.Record{Kind: trace.KindQueue, Port: q.label, Data: c.format(v), Queued: len(q.queue)})
		}
	case started:
		if log := c.env.Log; log.Verbose() {
			log.Write(trace.Record{Kind: trace.KindPost, Port: p.label, To: q.label, Data: c.format(v)})
		}
		c.env.QueueMicrotask(func() { q.deliver(v) })
	}
	return goja.Undefined()
}

// checkTransfer validates postMessage's second argument: a transfer list or
// an options bag with a transfer list. Every element is read; a non-empty
// list is refused, since workerd transfers nothing through ports.
func (c *Channels) checkTransfer(arg goja.Value) {
	if goja.IsUndefined(arg) || goja.IsNull(arg) {
		return
	}
	o, ok := arg.(*goja.Object)
	if !ok {
		c.realm.ThrowTypeError("Failed to execute 'postMessage' on 'MessagePort': parameter 2 is not of type 'Array or PostMessageOptions'.")
	}
	list := o
	if !c.isArray(o) {
		t := o.Get("transfer")
		if t == nil || goja.IsUndefined(t) {
			return
		}
		lo, ok := t.(*goja.Object)
		if !ok || !c.isArray(lo) {
			c.realm.ThrowTypeError("Incorrect type for the 'transfer' field on 'PostMessageOptions': the provided value is not of type 'Array'.")
		}
		list = lo
	}
	n := list.Get("length").ToInteger()
	for i := int64(0); i < n; i++ {
		list.Get(strconv.FormatInt(i, 10))
	}
	if n > 0 {
		e := c.realm.NewError("Transfer list is not supported")
		panic(e)
	}
}

var proxyType = reflect.TypeFor[goja.Proxy]()

// isArray is Array.isArray: o is an Array or a Proxy of one (workerd's
// JavaScript postMessage reads such a proxy's length and elements, where
// its C++ one read its transfer property). A revoked proxy throws V8's
// TypeError.
func (c *Channels) isArray(o *goja.Object) bool {
	for o.ExportType() == proxyType {
		p, _ := o.Export().(goja.Proxy)
		if o = p.Target(); o == nil {
			c.realm.ThrowTypeError("Cannot perform 'IsArray' on a proxy that has been revoked")
		}
	}
	return o.ClassName() == "Array"
}

// Inspect is how console.log shows ports, channels and their classes (in
// colour when colors is set), as workerd does:
// a port lists its own properties and then `onmessage: null` while
// onmessage is null (`MessagePort { onmessage: null }`, `MessagePort {}`);
// a channel lists port2 then port1 on one line when that line fits in 80
// columns. recurse formats a nested value. Other objects (subclass
// instances included) are left to the default formatting (false).
func (c *Channels) Inspect(o *goja.Object, colors bool, recurse func(goja.Value) string) (string, bool) {
	// The hook sees every object: decide before listing any key (a typed
	// array's keys are its indices).
	var name string
	switch {
	case o == c.chanCtor || o == c.portCtor:
		return c.inspectClass(o, colors, recurse), true
	case c.portOf(o) != nil:
		name = "MessagePort"
	case c.isChannel(o) && o.Prototype() == c.chanProto:
		name = "MessageChannel"
	default:
		return "", false
	}
	var entries []string
	for _, k := range o.Keys() {
		entries = append(entries, propertyKey(k)+": "+c.realm.InspectProperty(o, k, recurse))
	}
	if p := c.portOf(o); p != nil && goja.IsNull(p.target.Attribute("message")) {
		entries = append(entries, "onmessage: null")
	}
	return events.Braces(name, entries), true
}

// inspectClass is how console.log shows the MessageChannel and MessagePort
// constructors, as Node's inspect shows workerd's JavaScript classes:
// [class MessageChannel], [class MessagePort extends EventTarget], then
// their own enumerable properties, if any.
func (c *Channels) inspectClass(o *goja.Object, colors bool, recurse func(goja.Value) string) string {
	name := o.Get("name")
	base := "[class " + name.String()
	if p := o.Prototype(); p != nil {
		if _, ok := goja.AssertFunction(p); ok {
			if n := p.Get("name"); n != nil && goja.IsString(n) && n.String() != "" {
				base += " extends " + n.String()
			}
		}
	}
	base += "]"
	if c.env.Special != nil {
		base = c.env.Special(base, colors)
	}
	keys := o.Keys()
	if len(keys) == 0 {
		return base
	}
	entries := make([]string, 0, len(keys))
	for _, k := range keys {
		entries = append(entries, propertyKey(k)+": "+c.realm.InspectProperty(o, k, recurse))
	}
	return events.Braces(base, entries)
}

// propertyKey is how inspect shows a key: bare when it is an identifier,
// quoted otherwise.
func propertyKey(k string) string {
	for i, r := range k {
		if !(r == '_' || r == '$' || unicode.IsLetter(r) || i > 0 && unicode.IsDigit(r)) {
			return "'" + strings.ReplaceAll(k, "'", "\\'") + "'"
		}
	}
	if k == "" {
		return "''"
	}
	return k
}
