// Package eventsource implements workerd's EventSource global (Server-Sent
// Events, HTML §9.2), with the behaviour of the workerd binary (cases
// 2340-2349):
//
//   - EventSource.from(stream), workerd's extension, reads an existing
//     ReadableStream of event-stream bytes: the source is OPEN, and its
//     'open' event fired, before from() returns; each chunk is parsed a
//     microtask after it is read; when the stream ends the source is CLOSED
//     with an 'error' event carrying "The server disconnected.", and never
//     reconnects;
//   - new EventSource(url) fetches url with the isolate's own fetch()
//     (so --allow-net decides whether it may), checks the response (status
//     2xx, Content-Type text/event-stream), fires 'open', reads the body and,
//     when it ends, reconnects after the reconnection time (2 s, or the
//     stream's `retry`, clamped to 1-10 s) with Last-Event-ID;
//   - listener exceptions follow spec_compliant_dispatch_exceptions: before
//     it, the first one ends the dispatch and closes the source; with it,
//     every listener runs, each exception is reported, and the source
//     closes after that event;
//   - onopen, onmessage and onerror are event handler attributes (their
//     listener slot keeps its place), close() cancels the stream read.
//
// The global registers itself with package host; package worker installs it
// (worker/register_eventsource.go) and gives the package the event log
// through SetHooks.
package eventsource

import (
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/internal/gojaprops"
	"github.com/mcrepl/mcrepl/trace"
	"github.com/mcrepl/mcrepl/worker/builtins"
	"github.com/mcrepl/mcrepl/worker/events"
	"github.com/mcrepl/mcrepl/worker/host"
	"github.com/mcrepl/mcrepl/worker/inspect"
	urlpkg "github.com/mcrepl/mcrepl/worker/url"
)

// Hooks are what the package needs of the isolate beyond host.Env.
type Hooks struct {
	// TraceLog returns the isolate's event log (nil when it is off).
	TraceLog func(env *host.Env) *trace.Log
}

var hooks Hooks

// SetHooks sets the package's hooks; call it from an init function.
func SetHooks(h Hooks) { hooks = h }

func init() {
	host.Register(host.Global{Name: "EventSource", Build: func(env *host.Env) goja.Value { return st(env).ctor }})
	host.RegisterSerializer(host.Serializer{Serialize: refuseClone, Deserialize: func(*host.Env, any) *goja.Object { return nil }, Key: holderKey{}})
}

// The ready states.
const (
	connecting = 0
	open       = 1
	closed     = 2
)

// workerd's messages.
const (
	notBytes     = "Draining read encountered a value that cannot be converted to bytes"
	notStream    = "Failed to execute 'from' on 'EventSource': parameter 1 is not of type 'JsReadableStream'."
	disconnected = "The server disconnected."
	eventStream  = "text/event-stream"
)

// source is the Go side of one EventSource.
type source struct {
	obj    *goja.Object
	target *events.Target
	label  string
	origin any // what started the code that made it (Env.Origin)

	readyState  int
	closeCalled bool
	url         string // "" for EventSource.from()
	urlOrigin   string // the serialized origin of url
	fromStream  bool
	lastEventID string
	reconnect   time.Duration
	// previousNoBody is set once a response had no body: a second one
	// fails the connection.
	previousNoBody bool
	warned         bool

	// read is the stream read in progress, nil when none.
	read *streamRead
	// abort aborts what the source waits for: the fetch in flight (its
	// AbortController) or the reconnection timer. nil: nothing.
	abort func(reason goja.Value)
}

type stateKey struct{}

type state struct {
	env *host.Env
	rt  *goja.Runtime
	log *trace.Log

	ctor, proto *goja.Object
	// fromToken, passed as the constructor's first argument, makes a
	// source without a URL (EventSource.from): no script can have it.
	fromToken *goja.Object

	sources host.Slots[source]
	made    int
	spec    bool // spec_compliant_dispatch_exceptions

	net *netAPI // the fetch() side, made by the first new EventSource(url)
}

// holder finds the state without making it (the clone's serializer asks
// about every object, and must not build the class).
type holder struct{ s *state }

type holderKey struct{}

func held(env *host.Env) *holder {
	return host.State(env, holderKey{}, func() *holder { return &holder{} })
}

func st(env *host.Env) *state {
	return host.State(env, stateKey{}, func() *state {
		s := &state{env: env, rt: env.RT, fromToken: env.RT.NewObject()}
		held(env).s = s
		if hooks.TraceLog != nil {
			s.log = hooks.TraceLog(env)
		}
		s.spec = env.Flags != nil && env.Flags.Enabled("spec_compliant_dispatch_exceptions")
		s.initClass()
		s.registerInspect()
		return s
	})
}

// classSource makes the constructor: a function that refuses a call
// without new with V8's message for a class (workerd's EventSource is a
// JavaScript class), and makes its object as `super()` would, the realm's
// EventTarget constructed for new.target, so that subclasses work.
const classSource = `(function (construct, newTarget, TypeError) {
  "use strict";
  return function EventSource(url, init) {
    if (new.target === undefined) {
      throw new TypeError("Class constructor EventSource cannot be invoked without 'new'");
    }
    const o = newTarget(new.target);
    construct(o, arguments.length, url, init);
    return o;
  };
})`

func (s *state) initClass() {
	r := s.env.Realm
	rt := s.rt
	prg, err := goja.Compile("mcrepl:eventsource", classSource, false)
	if err != nil {
		panic(err)
	}
	f, err := rt.RunProgram(prg)
	if err != nil {
		panic(err)
	}
	factory, _ := goja.AssertFunction(f)
	// Named as the class: goja's stack frames show a host function's name.
	construct := r.Func("EventSource", 0, func(call goja.FunctionCall) goja.Value {
		this, _ := call.Argument(0).(*goja.Object)
		s.construct(this, int(call.Argument(1).ToInteger()), call.Argument(2), call.Argument(3))
		return goja.Undefined()
	})
	eventTarget := r.Ctor("EventTarget")
	// What super() would give: an EventTarget whose prototype is
	// new.target's (EventSource.prototype when that is no object).
	newTarget := r.Func("EventSource", 0, func(call goja.FunctionCall) goja.Value {
		proto := s.proto
		if nt, ok := call.Argument(0).(*goja.Object); ok {
			if p, ok := nt.Get("prototype").(*goja.Object); ok {
				proto = p
			}
		}
		return r.NewTargetObject(proto)
	})
	c, err := factory(goja.Undefined(), construct, newTarget, s.env.Intrinsics().TypeError)
	if err != nil {
		panic(err)
	}
	s.ctor = c.(*goja.Object)
	// workerd's length is 0, its prototype read-only, as a class's.
	_ = s.ctor.DefineDataProperty("length", rt.ToValue(0), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	s.proto = s.ctor.Get("prototype").(*goja.Object)
	_ = s.ctor.DefineDataProperty("prototype", s.proto, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	_ = s.ctor.SetPrototype(eventTarget)
	_ = s.proto.SetPrototype(r.EventTargetProto)
	r.ShowAsNative(s.ctor, "EventSource")
	p := s.proto

	this := func(call goja.FunctionCall) *source {
		src := s.sources.Get(call.This)
		if src == nil {
			r.ThrowTypeError(events.IllegalInvocation)
		}
		return src
	}
	r.Method(p, "close", func(call goja.FunctionCall) goja.Value {
		s.close(this(call))
		return goja.Undefined()
	})
	r.Accessor(p, "url", func(call goja.FunctionCall) goja.Value { return rt.ToValue(this(call).url) }, nil)
	r.Accessor(p, "withCredentials", func(call goja.FunctionCall) goja.Value { this(call); return rt.ToValue(false) }, nil)
	r.Accessor(p, "readyState", func(call goja.FunctionCall) goja.Value { return rt.ToValue(this(call).readyState) }, nil)
	for _, typ := range handlerTypes {
		r.Accessor(p, "on"+typ, func(call goja.FunctionCall) goja.Value {
			return this(call).target.Attribute(typ)
		}, func(call goja.FunctionCall) goja.Value {
			this(call).target.SetAttribute(typ, call.Argument(0))
			return goja.Undefined()
		})
	}
	constants := func(o *goja.Object) {
		for i, n := range []string{"CONNECTING", "OPEN", "CLOSED"} {
			_ = o.DefineDataProperty(n, rt.ToValue(i), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_TRUE)
		}
	}
	constants(p)
	constants(s.ctor)
	_ = s.ctor.DefineDataProperty("from", r.Func("from", 0, func(call goja.FunctionCall) goja.Value {
		return s.from(call.Argument(0))
	}), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	r.ConstructorLast(p)
	r.Tag(p, "EventSource")
	internal := s.env.SymbolFor("cloudflare:internal-class")
	_ = p.DefineDataPropertySymbol(internal, internal, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	_ = p.DefineDataPropertySymbol(resourceTypeInspect.Get(), rt.NewObject(), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	// Disposal is close(), through an anonymous function of its own, as
	// JSG_DISPOSE installs it.
	_ = p.DefineDataPropertySymbol(builtins.SymDispose, r.Func("", 0, func(call goja.FunctionCall) goja.Value {
		s.close(this(call))
		return goja.Undefined()
	}), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// resourceTypeInspect is the package's kResourceTypeInspect symbol, which
// every workerd resource type's prototype carries.
var resourceTypeInspect = gojaprops.LazySymbol{Name: "kResourceTypeInspect"}

// handlerTypes are the event types with an event handler attribute, in
// workerd's order.
var handlerTypes = [...]string{"open", "message", "error"}

// construct is the constructor's body, after super(): `new
// EventSource(url, init)`, or EventSource.from's source (url is fromToken).
func (s *state) construct(this *goja.Object, argc int, urlV, init goja.Value) {
	if this == nil {
		return
	}
	if o, ok := urlV.(*goja.Object); ok && o == s.fromToken {
		s.newSource(this, true)
		return
	}
	if argc == 0 || goja.IsUndefined(urlV) {
		s.env.ThrowTypeError("Failed to construct 'EventSource': constructor parameter 1 is not of type 'string'.")
	}
	if _, ok := urlV.(*goja.Symbol); ok {
		s.env.ThrowTypeError("Cannot convert a Symbol value to a string")
	}
	input := urlV.String()
	withCredentials := false
	if !goja.IsUndefined(init) && !goja.IsNull(init) {
		o, ok := init.(*goja.Object)
		if !ok {
			s.env.ThrowTypeError("Failed to construct 'EventSource': constructor parameter 2 is not of type 'EventSourceInit'.")
		}
		if v := o.Get("withCredentials"); v != nil {
			withCredentials = v.ToBoolean()
		}
		if f := o.Get("fetcher"); f != nil && !goja.IsUndefined(f) {
			// mcrepl has no service bindings, so no Fetcher to give.
			s.env.ThrowTypeError("Incorrect type for the 'fetcher' field on 'EventSourceInit': the provided value is not of type 'Fetcher'.")
		}
	}
	if withCredentials {
		s.env.ThrowDOMException("The init.withCredentials option is not supported. It must be false or undefined.", "NotSupportedError")
	}
	href, ok := urlpkg.Parse(input, nil)
	if !ok {
		s.env.ThrowDOMException("Cannot open an EventSource to '"+input+"'. The URL is invalid.", "SyntaxError")
	}
	if s.env.Realm.InGlobalScope() {
		s.env.ThrowDOMException("An EventSource can only be created within the context of a worker request.", "NotSupportedError")
	}
	src := s.newSource(this, false)
	src.url, src.urlOrigin = href, originOf(href)
	s.connect(src)
}

// originOf is the serialized origin of an absolute URL (URL §4.5): the
// scheme, host and port of a special non-file URL, else "null".
func originOf(href string) string {
	u, err := url.Parse(href)
	if err != nil {
		return "null"
	}
	switch u.Scheme {
	case "http", "https", "ws", "wss", "ftp":
		return u.Scheme + "://" + u.Host
	}
	return "null"
}

func (s *state) newSource(this *goja.Object, fromStream bool) *source {
	s.made++
	src := &source{obj: this, label: "es#" + strconv.Itoa(s.made), origin: s.env.CurrentOrigin(),
		fromStream: fromStream, reconnect: defaultReconnectionTime}
	src.target = s.env.Realm.TargetOf(this)
	if src.target == nil {
		src.target = s.env.Realm.NewTarget(this)
	}
	// workerd's EventSource is JavaScript: onmessage, onopen and onerror
	// are called with a listener's this.
	src.target.AttributeThis = true
	if s.log.Enabled() {
		src.target.OnDispatch = func(ev *goja.Object, typ string, trusted bool, n int) { s.logDispatch(src, ev, typ, trusted, n) }
	}
	s.sources.Put(this, src)
	return src
}

// from is EventSource.from(stream).
func (s *state) from(v goja.Value) goja.Value {
	rs := readableOf(s.env, v)
	if rs == nil {
		s.env.ThrowTypeError(notStream)
	}
	if rs.Locked() {
		s.env.ThrowTypeError("This ReadableStream is locked.")
	}
	if rs.Disturbed() {
		s.env.ThrowTypeError("This ReadableStream has already been read from.")
	}
	o, err := s.rt.New(s.ctor, s.fromToken)
	if err != nil {
		panic(err)
	}
	src := s.sources.Get(o)
	if ex := s.readStream(src, rs, false); ex != nil {
		// Before spec_compliant_dispatch_exceptions, what an 'open'
		// listener threw leaves from() (there is one only if a script put
		// an onopen on the prototype chain).
		panic(ex)
	}
	return o
}

// close is close(): the source is CLOSED, what it waits for is aborted and
// its stream read canceled; no event fires.
func (s *state) close(src *source) {
	if src.closeCalled {
		return
	}
	src.closeCalled = true
	if a := src.abort; a != nil {
		src.abort = nil
		a(nil)
	}
	src.readyState = closed
	s.cancelRead(src, goja.Undefined())
}

// policy is the dispatch policy workerd asks for 'report' under the
// isolate's flags.
func (s *state) policy() events.Policy {
	if s.spec {
		return events.ReportEach
	}
	return events.Propagate
}

// notifyOpen makes src OPEN and fires 'open'. It returns what a listener
// threw before spec_compliant_dispatch_exceptions (which ends the open
// there); with it, a listener's exception fails the source.
func (s *state) notifyOpen(src *source) *goja.Exception {
	if src.readyState == closed {
		return nil
	}
	src.readyState = open
	ex, _ := s.env.Realm.Dispatch(src.obj, s.env.Realm.NewOpenEvent(), s.policy())
	if ex != nil {
		if !s.spec {
			return ex
		}
		s.notifyError(src, ex.Value(), false)
	}
	return nil
}

// notifyMessages dispatches the events a chunk completed, until the source
// closes; a listener's exception fails it, and the rest are dropped.
func (s *state) notifyMessages(src *source, msgs []message) {
	if len(msgs) == 0 {
		return
	}
	origin := goja.Null()
	if !src.fromStream {
		origin = s.rt.ToValue(src.urlOrigin)
	}
	r := s.env.Realm
	for _, m := range msgs {
		if src.readyState == closed {
			return
		}
		ev := r.NewStreamMessage(m.typ, s.rt.ToValue(m.data), s.rt.ToValue(m.lastEventID), origin)
		if ex, _ := r.Dispatch(src.obj, ev, s.policy()); ex != nil {
			// With the spec's policy the exception was reported already;
			// before it, workerd logs it as uncaught once the source failed.
			s.notifyError(src, ex.Value(), false)
			if !s.spec {
				s.env.Loop.ReportTaskException(ex)
			}
			return
		}
	}
}

// notifyError fails src with err: it aborts what src waits for, moves it
// to CONNECTING when it will reconnect or else CLOSED (canceling its
// read), and fires 'error' (an ErrorEvent whose error is err).
//
// workerd also logs err as an uncaught exception ("Uncaught (async)") at
// its info level, which fails nothing; mcrepl reports only what a listener
// threw, so that a stream's ordinary end does not make `mcrepl run` exit 1.
func (s *state) notifyError(src *source, err goja.Value, reconnecting bool) {
	if src.readyState == closed {
		return
	}
	if a := src.abort; a != nil {
		src.abort = nil
		a(err)
	}
	if reconnecting {
		src.readyState = connecting
	} else {
		src.readyState = closed
		s.cancelRead(src, err)
	}
	r := s.env.Realm
	if ex, _ := r.Dispatch(src.obj, r.NewErrorEvent("", err), s.policy()); ex != nil && !s.spec {
		s.env.Loop.ReportTaskException(ex)
	}
}

// refuseClone throws workerd's DataCloneError for an EventSource.
func refuseClone(env *host.Env, o *goja.Object) (any, bool) {
	s := held(env).s
	if s == nil || s.sources.Get(o) == nil {
		return nil, false
	}
	env.ThrowDOMException(`Could not serialize object of type "EventSource". This type does not support serialization.`, "DataCloneError")
	return nil, false
}

func (s *state) logDispatch(src *source, ev *goja.Object, typ string, trusted bool, n int) {
	rec := trace.Record{Kind: trace.KindEvent, Type: typ, Port: src.label, Trusted: trace.Bool(trusted), Listeners: trace.Count(n)}
	switch {
	case typ == "open":
		rec.Data = "from(stream)"
		if src.url != "" {
			rec.Data = s.format(s.rt.ToValue(src.url))
		}
	case typ == "error":
		// The error as String(error) shows it: its name and message.
		s.rt.Try(func() {
			if e, ok := ev.Get("error").(*goja.Object); ok {
				rec.Data = e.Get("name").String() + ": " + e.Get("message").String()
			}
		})
	default:
		if d := ev.Get("data"); d != nil {
			rec.Data = s.format(d)
		}
	}
	s.log.Write(rec)
}

var oneLine = inspect.Options{BreakLength: 1 << 30, Budget: 8 * trace.DataWidth}

func (s *state) format(v goja.Value) string {
	return trace.Cut(trace.OneLine(inspect.Format(s.rt, v, oneLine)))
}

// registerInspect shows an EventSource as workerd's console.log does: its
// attributes with their values, the handlers that hold a function left out.
func (s *state) registerInspect() {
	prev := inspect.Custom(s.rt)
	inspect.RegisterCustom(s.rt, func(o *goja.Object, opts inspect.Options, recurse func(goja.Value) string) (string, bool) {
		if src := s.sources.Get(o); src != nil {
			return s.inspectSource(src, opts, recurse), true
		}
		if prev != nil {
			return prev(o, opts, recurse)
		}
		return "", false
	})
}

func (s *state) inspectSource(src *source, opts inspect.Options, recurse func(goja.Value) string) string {
	entries := []string{
		"url: " + recurse(s.rt.ToValue(src.url)),
		"withCredentials: " + recurse(s.rt.ToValue(false)),
		"readyState: " + recurse(s.rt.ToValue(src.readyState)),
	}
	for _, typ := range handlerTypes {
		// Read as the property (a script may have replaced the accessor),
		// as workerd's inspect reads it.
		var v goja.Value = goja.Null()
		if ex := s.rt.Try(func() { v = src.obj.Get("on" + typ) }); ex != nil || v == nil {
			continue
		}
		if _, ok := goja.AssertFunction(v); ok {
			continue
		}
		entries = append(entries, "on"+typ+": "+strings.ReplaceAll(recurse(v), "\n", "\n  "))
	}
	// Node's reduceToSingleString, with the braces workerd's inspect of a
	// resource object measures ("{", the class name put before it).
	width := opts.BreakLength
	if width == 0 {
		width = 80
	}
	total := 2*len(entries) + 1 + 10
	multi := false
	for _, e := range entries {
		total += len(e)
		multi = multi || strings.Contains(e, "\n")
	}
	if !multi && total <= width {
		return "EventSource { " + strings.Join(entries, ", ") + " }"
	}
	return "EventSource {\n  " + strings.Join(entries, ",\n  ") + "\n}"
}
