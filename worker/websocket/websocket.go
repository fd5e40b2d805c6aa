// Package websocket implements workerd's WebSocketPair and WebSocket (the two
// ends of an in-isolate pair) and installs CloseEvent, with the behaviour of
// the workerd binary (cases 2321-2326):
//
//   - both ends are OPEN from the start; send() and close() need accept()
//     first; what one end sends before the other accepts waits for it;
//   - each message is its own task, after the microtasks of the code that
//     sent it and before any timer: the sockets with something to read take
//     turns, one message each, in the order they became readable (workerd's
//     pumps); a message that arrives while its socket has no 'message'
//     listener is delivered to nobody, and the event log and the report say so;
//   - send() takes a string, an ArrayBuffer or a view (its bytes only) and turns
//     anything else but undefined into a string; binary data arrives as a Blob
//     (websocket_standard_binary_type, 2026-03-17) or an ArrayBuffer;
//   - close(code, reason) checks the code (1000-4999 but 1004, 1005, 1006,
//     1015) and, from 2026-03-03, the reason's 123 UTF-8 bytes; the peer's
//     close event then fires, and from 2026-04-07 (web_socket_auto_reply_to_close)
//     the peer replies at once with the same code and reason unless it
//     accepted with {allowHalfOpen: true}; before, it stays CLOSING until it
//     calls close() itself;
//   - when the end that closed first receives the reply, the other end gets
//     the error event "Network connection lost." that workerd fires as the
//     pipe is torn down;
//   - serializeAttachment keeps a structured clone, deserializeAttachment
//     gives a new copy each time.
//
// With --allow-net, new WebSocket(url) and fetch()'s Upgrade: websocket
// connect to servers (net.go): the end a script holds is such a socket,
// whose peer is a hidden one coupled to the connection.
//
// The globals register themselves with package host; package worker
// installs them (worker/register_websocket.go), and gives the package the
// event log through SetHooks.
package websocket

import (
	"strconv"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/flags"
	"github.com/mcrepl/mcrepl/trace"
	"github.com/mcrepl/mcrepl/worker/blob"
	"github.com/mcrepl/mcrepl/worker/events"
	"github.com/mcrepl/mcrepl/worker/host"
	"github.com/mcrepl/mcrepl/worker/inspect"
	"github.com/mcrepl/mcrepl/worker/streams"
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
	host.Register(
		host.Global{Name: "WebSocketPair", Build: func(env *host.Env) goja.Value { return st(env).pairCtor }},
		host.Global{Name: "WebSocket", Build: func(env *host.Env) goja.Value { return st(env).wsCtor }},
		host.Global{Name: "CloseEvent", Build: func(env *host.Env) goja.Value { return env.Realm.CloseEventClass() }},
		host.Global{Name: "WebSocketRequestResponsePair", Build: func(env *host.Env) goja.Value { return autoOf(env).ctor }},
	)
	host.RegisterSerializer(host.Serializer{Serialize: refuseClone, Deserialize: func(*host.Env, any) *goja.Object { return nil }, Key: holderKey{}})
	host.RegisterSerializer(host.Serializer{Serialize: refuseAutoClone, Deserialize: func(*host.Env, any) *goja.Object { return nil }, Key: autoHolderKey{}})
}

// The ready states.
const (
	connecting = iota
	open
	closing
	closed
)

// frame is one message or close frame in flight to a socket.
type frame struct {
	text   string
	bin    []byte
	binary bool
	close  bool
	code   int
	reason string
	// dropped is the end of a connection lost without a close frame.
	dropped bool
}

// socket is one end of a pair.
type socket struct {
	obj    *goja.Object
	target *events.Target
	peer   *socket
	label  string
	origin any

	accepted, halfOpen             bool
	closedOutgoing, closedIncoming bool
	errored, released              bool
	binaryType                     string

	inbound   []frame // arrived, not yet read (before accept: waiting for it)
	scheduled bool    // in the ready list
	// dispatchingClose is set while the close event of the peer's frame is
	// dispatched: a reply sent then is the synchronous one after which
	// workerd tears the pipe down with an error on this end.
	dispatchingClose bool
	syncReply        bool
	sentAfterPeer    bool // sent a message after the peer had called close()

	attachment goja.Value // a structured clone, or nil
	coupled    Conn       // the connection of an end returned in a 101 response (Couple), or nil

	lost     int // messages delivered with no listener
	lostData []string

	// An end on the network (net.go): made by new WebSocket(url) (client),
	// or carried by fetch()'s 101 response; link is its connection.
	link                         *link
	client, connecting, canceled bool
	cancelDial                   func()
	url                          string // client only; the url getter is null otherwise
	protocol, extensions         string // the server's choice once connected
	protocolNull, extensionsNull bool   // connected, and the server chose none
	buffered                     int    // bytes sent, not yet written (bufferedAmount)
}

func (s *socket) readyState() int {
	switch {
	case s.connecting:
		return connecting
	case s.closedIncoming && s.closedOutgoing || s.errored:
		return closed
	case s.closedIncoming || s.closedOutgoing:
		return closing
	}
	return open
}

type stateKey struct{}

type state struct {
	env *host.Env
	rt  *goja.Runtime
	log *trace.Log

	pairCtor, pairProto *goja.Object
	wsCtor, wsProto     *goja.Object

	sockets host.Slots[socket]
	pairs   host.Slots[[2]*socket]
	all     []*socket // every socket, for the report
	made    int

	ready   []*socket // sockets with a frame to read, in turn order
	pumping bool      // a drain task is queued

	structuredClone goja.Callable
	enter           goja.Callable                 // the function dispatch enters through
	current         func() (*goja.Exception, int) // the dispatch enter runs
	autoReply       bool
	standardBinary  bool
	reasonLimit     bool
}

// holder finds the state without making it (the clone's serializer asks
// about every object, and must not build the classes).
type holder struct{ s *state }

type holderKey struct{}

func held(env *host.Env) *holder {
	return host.State(env, holderKey{}, func() *holder { return &holder{} })
}

func st(env *host.Env) *state {
	return host.State(env, stateKey{}, func() *state {
		s := &state{env: env, rt: env.RT}
		held(env).s = s
		if hooks.TraceLog != nil {
			s.log = hooks.TraceLog(env)
		}
		f := env.Flags
		s.autoReply = enabled(f, "web_socket_auto_reply_to_close")
		s.standardBinary = enabled(f, "websocket_standard_binary_type")
		s.reasonLimit = enabled(f, "websocket_close_reason_byte_limit")
		if sc, ok := goja.AssertFunction(env.Scope.Get("structuredClone")); ok {
			s.structuredClone = sc
		}
		s.initClasses()
		s.registerInspect()
		env.AddReporter(s.report)
		return s
	})
}

func enabled(f *flags.Set, name string) bool { return f != nil && f.Enabled(name) }

func (s *state) throwType(msg string) { s.env.ThrowTypeError(msg) }

func (s *state) initClasses() {
	r := s.env.Realm
	rt := s.rt
	s.pairCtor, s.pairProto = r.Class("WebSocketPair", nil, func(call goja.ConstructorCall) *goja.Object {
		s.env.RefuseInGlobalScope()
		a, b := s.newSocket(), s.newSocket()
		a.peer, b.peer = b, a
		pair := [2]*socket{a, b}
		s.pairs.Put(call.This, &pair)
		_ = call.This.DefineDataProperty("0", a.obj, goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_TRUE)
		_ = call.This.DefineDataProperty("1", b.obj, goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_TRUE)
		return nil
	})
	iter := r.Func("entries", 0, func(call goja.FunctionCall) goja.Value {
		p := s.pairs.Get(call.This)
		if p == nil {
			s.throwType(events.IllegalInvocation)
		}
		arr := rt.NewArray(p[0].obj, p[1].obj)
		values, _ := goja.AssertFunction(arr.Get("values"))
		it, err := values(arr)
		if err != nil {
			panic(err)
		}
		return it
	})
	_ = s.pairProto.DefineDataPropertySymbol(goja.SymIterator, iter, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	r.ConstructorLast(s.pairProto)

	s.wsCtor, s.wsProto = r.Class("WebSocket", r.EventTargetProto, func(call goja.ConstructorCall) *goja.Object {
		s.construct(call)
		return nil
	})
	p := s.wsProto
	this := func(call goja.FunctionCall) *socket {
		w := s.sockets.Get(call.This)
		if w == nil {
			s.throwType(events.IllegalInvocation)
		}
		return w
	}
	r.Method(p, "accept", func(call goja.FunctionCall) goja.Value {
		w := this(call)
		if w.connecting {
			s.throwType("Websockets obtained from the 'new WebSocket()' constructor cannot call accept")
		}
		half := false
		if o, ok := call.Argument(0).(*goja.Object); ok {
			if v := o.Get("allowHalfOpen"); v != nil && !goja.IsUndefined(v) {
				half = v.ToBoolean()
			}
		}
		s.accept(w, half)
		return goja.Undefined()
	})
	r.Method(p, "send", func(call goja.FunctionCall) goja.Value {
		w := this(call)
		s.send(w, call.Argument(0), len(call.Arguments) > 0)
		return goja.Undefined()
	})
	r.Method(p, "close", func(call goja.FunctionCall) goja.Value {
		w := this(call)
		s.close(w, call.Argument(0), call.Argument(1))
		return goja.Undefined()
	})
	r.Method(p, "serializeAttachment", func(call goja.FunctionCall) goja.Value {
		w := this(call)
		if s.structuredClone == nil {
			return goja.Undefined()
		}
		v, err := s.structuredClone(goja.Undefined(), call.Argument(0))
		if err != nil {
			panic(err)
		}
		w.attachment = v
		return goja.Undefined()
	})
	r.Method(p, "deserializeAttachment", func(call goja.FunctionCall) goja.Value {
		w := this(call)
		if w.attachment == nil || s.structuredClone == nil {
			return goja.Null()
		}
		v, err := s.structuredClone(goja.Undefined(), w.attachment)
		if err != nil {
			panic(err)
		}
		return v
	})
	// The constants are configurable, as workerd's are (WebIDL's are not).
	for i, n := range []string{"CONNECTING", "OPEN", "CLOSING", "CLOSED"} {
		v := rt.ToValue(i)
		for _, o := range []*goja.Object{s.wsCtor, p} {
			_ = o.DefineDataProperty("READY_STATE_"+n, v, goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_TRUE)
			_ = o.DefineDataProperty(n, v, goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_TRUE)
		}
	}
	get := func(name string, f func(w *socket) goja.Value, set func(w *socket, v goja.Value)) {
		var setter func(goja.FunctionCall) goja.Value
		if set != nil {
			setter = func(call goja.FunctionCall) goja.Value { set(this(call), call.Argument(0)); return goja.Undefined() }
		}
		r.Accessor(p, name, func(call goja.FunctionCall) goja.Value { return f(this(call)) }, setter)
	}
	get("readyState", func(w *socket) goja.Value { return rt.ToValue(w.readyState()) }, nil)
	get("bufferedAmount", func(w *socket) goja.Value { return rt.ToValue(w.bufferedAmount()) }, nil)
	get("url", func(w *socket) goja.Value { return w.urlValue(rt) }, nil)
	get("protocol", func(w *socket) goja.Value { return nullable(rt, w.protocol, w.protocolNull) }, nil)
	get("extensions", func(w *socket) goja.Value { return nullable(rt, w.extensions, w.extensionsNull) }, nil)
	get("binaryType", func(w *socket) goja.Value { return rt.ToValue(w.binaryType) }, func(w *socket, v goja.Value) {
		// workerd ignores a value other than the two it knows.
		if t := v.String(); t == "blob" || t == "arraybuffer" {
			w.binaryType = t
		}
	})
	// The event handler attributes (workerd 2026-12-01): an object or a
	// function takes a listener slot, called with globalThis as this.
	for _, typ := range handlerTypes {
		get("on"+typ, func(w *socket) goja.Value { return w.target.Attribute(typ) }, func(w *socket, v goja.Value) {
			w.target.SetAttribute(typ, v)
		})
	}
	r.ConstructorLast(p)
}

// bufferedAmount is what the end sent that its connection has not written;
// for an end of a pair, what it sent that the peer has not yet taken to
// dispatch (workerd counts a message's bytes until then).
func (w *socket) bufferedAmount() int64 {
	if w.link == nil {
		n := 0
		if w.peer != nil {
			for _, f := range w.peer.inbound {
				if !f.close {
					n += len(f.bin) + len(f.text)
				}
			}
		}
		return int64(n)
	}
	return int64(w.buffered) - w.link.seen
}

func (w *socket) urlValue(rt *goja.Runtime) goja.Value {
	if !w.client {
		return goja.Null()
	}
	return rt.ToValue(w.url)
}

func nullable(rt *goja.Runtime, v string, null bool) goja.Value {
	if null {
		return goja.Null()
	}
	return rt.ToValue(v)
}

// handlerTypes are the event types with a handler attribute, in the
// prototype's order.
var handlerTypes = [...]string{"open", "message", "close", "error"}

func (s *state) newSocket() *socket { return s.newSocketOn(nil) }

// newSocketOn makes an end whose object is obj (new WebSocket's this), or a
// new one when obj is nil.
func (s *state) newSocketOn(obj *goja.Object) *socket {
	s.made++
	w := &socket{label: "ws#" + strconv.Itoa(s.made), origin: s.env.CurrentOrigin(), binaryType: "arraybuffer"}
	if s.standardBinary {
		w.binaryType = "blob"
	}
	if obj == nil {
		obj = s.rt.CreateObject(s.wsProto)
	}
	w.obj = obj
	w.target = s.env.Realm.NewTarget(w.obj)
	if s.log.Enabled() {
		w.target.OnDispatch = func(ev *goja.Object, typ string, trusted bool, n int) { s.logDispatch(w, ev, typ, trusted, n) }
	}
	s.sockets.Put(w.obj, w)
	s.all = append(s.all, w)
	return w
}

func (s *state) accept(w *socket, half bool) {
	if w.accepted {
		return
	}
	w.accepted = true
	w.halfOpen = half
	if w.link != nil {
		w.link.hold()
	}
	if len(w.inbound) > 0 {
		s.schedule(w)
	}
}

const (
	sendTypeError = "Failed to execute 'send' on 'WebSocket': parameter 1 is not of type 'ArrayBuffer or ArrayBufferView or Blob or string'."
	notAccepted   = "You must call one of accept() or state.acceptWebSocket() on this WebSocket before sending messages."
)

func (s *state) send(w *socket, v goja.Value, given bool) {
	var f frame
	if !given {
		s.throwType(sendTypeError)
	}
	if b, ok := streams.BytesOf(s.env, v); ok {
		f = frame{bin: append([]byte(nil), b...), binary: true}
	} else if b := blob.Of(s.env, v); b != nil {
		// A Blob (or File) goes as a binary message of its bytes, in order
		// with the others (workerd 2026-12-01); copied, as the receiver's
		// ArrayBuffer owns them.
		f = frame{bin: append([]byte(nil), b.Bytes()...), binary: true}
	} else {
		if _, ok := v.(*goja.Symbol); ok {
			s.throwType("Cannot convert a Symbol value to a string")
		}
		// A lone surrogate goes as its three WTF-8 bytes, which arrive as three U+FFFD.
		f = frame{text: blob.DecodeUTF8([]byte(blob.WTF8(v)))}
	}
	if w.closedOutgoing {
		s.throwType("Can't call WebSocket send() after close().")
	}
	if w.errored || w.released {
		return // silently ignored, as in workerd
	}
	if !w.accepted {
		s.throwType(notAccepted)
	}
	if w.peer.closedOutgoing {
		w.sentAfterPeer = true
	}
	s.post(w.label, w, f, "")
}

func (s *state) close(w *socket, codeV, reasonV goja.Value) {
	code, hasCode := 1005, false
	if codeV != nil && !goja.IsUndefined(codeV) {
		c := int(int32(codeV.ToInteger()))
		if c < 1000 || c >= 5000 || c == 1004 || c == 1005 || c == 1006 || c == 1015 {
			s.env.ThrowDOMException("Invalid WebSocket close code: "+strconv.Itoa(c)+".", "InvalidAccessError")
		}
		code, hasCode = c, true
	}
	reason, hasReason := "", false
	if reasonV != nil && !goja.IsUndefined(reasonV) {
		reason, hasReason = reasonV.String(), true // a USVString: goja's String() replaces lone surrogates
		if s.reasonLimit && len(reason) > 123 {
			s.env.ThrowDOMException("WebSocket close reason must not be longer than 123 bytes when UTF-8 encoded.", "SyntaxError")
		}
	}
	if hasReason && !hasCode {
		s.env.ThrowDOMException("If you specify a WebSocket close reason, you must also specify a code.", "InvalidAccessError")
	}
	if w.connecting {
		// workerd cancels the handshake; the end reads OPEN until the
		// cancellation fails it (error, then close 1006).
		w.connecting, w.canceled = false, true
		if w.cancelDial != nil {
			w.cancelDial()
		}
		return
	}
	if w.closedOutgoing || w.errored || w.released {
		return // a second close() does nothing
	}
	if !w.accepted {
		s.throwType(notAccepted)
	}
	s.sendClose(w, code, reason)
}

func (s *state) sendClose(w *socket, code int, reason string) {
	w.closedOutgoing = true
	if w.dispatchingClose && !w.sentAfterPeer {
		w.syncReply = true
	}
	s.post(w.label, w, frame{close: true, code: code, reason: reason}, "")
}

// post logs f (with --trace all) as sent by from, then delivers it to w's
// peer; note follows the data.
func (s *state) post(from string, w *socket, f frame, note string) {
	if s.log.Verbose() {
		s.log.Write(trace.Record{Kind: trace.KindPost, Port: from, To: w.peer.label, Data: s.formatFrame(f) + note})
	}
	s.deliver(w.peer, f)
}

// deliver puts f in w's inbound queue; an accepted socket gets its turn.
func (s *state) deliver(w *socket, f frame) {
	if w.released || w.closedIncoming {
		return
	}
	if w.coupled != nil {
		s.forward(w, f)
		return
	}
	w.inbound = append(w.inbound, f)
	if w.accepted {
		s.schedule(w)
	}
}

func (s *state) schedule(w *socket) {
	if w.scheduled {
		return
	}
	w.scheduled = true
	s.ready = append(s.ready, w)
	s.wake()
}

func (s *state) wake() {
	if s.pumping {
		return
	}
	s.pumping = true
	s.env.Loop.QueueIO(s.drain)
}

// turnsPerTask bounds the messages one task delivers, so that two ends that
// answer each other forever still let the timers and the interrupt in.
const turnsPerTask = 1000

// drain is the task that reads the ready sockets' frames, one per turn,
// until none is left (workerd runs every ready I/O event before its timers).
func (s *state) drain() {
	// pumping stays set while the task runs: what its listeners send joins
	// the ready list this loop reads, without another task.
	later := false
	defer func() { s.pumping = later }()
	for turn := 0; len(s.ready) > 0; turn++ {
		if turn == turnsPerTask {
			// The rest waits for the next turn of the loop, after its timers.
			later = true
			s.env.Loop.Hold("WebSocket message delivery")(s.drain)
			return
		}
		w := s.ready[0]
		s.ready[0] = nil
		s.ready = s.ready[1:]
		w.scheduled = false
		if len(w.inbound) == 0 || w.released {
			continue
		}
		f := w.inbound[0]
		w.inbound[0] = frame{}
		w.inbound = w.inbound[1:]
		s.read(w, f)
		if len(w.inbound) > 0 && !w.closedIncoming {
			s.schedule(w)
		}
	}
}

// read dispatches one frame at w, then runs the microtasks it queued.
func (s *state) read(w *socket, f frame) {
	r := s.env.Realm
	if !f.close {
		var data goja.Value
		switch {
		case !f.binary:
			data = s.rt.ToValue(f.text)
		case w.binaryType == "blob":
			data = blob.New(s.env, f.bin, "")
		default:
			data = s.rt.ToValue(s.rt.NewArrayBuffer(f.bin))
		}
		if w.target.Count("message") == 0 {
			w.lost++
			if len(w.lostData) < trace.ReportDataLimit {
				w.lostData = append(w.lostData, s.formatFrame(f))
			}
			if s.log.Enabled() {
				s.log.Write(trace.Record{Kind: trace.KindDrop, Port: w.peer.label, To: w.label, Data: s.formatFrame(f),
					Reason: "no 'message' listener when it arrived: workerd delivers it to nobody"})
			}
		}
		s.dispatch(w, func() (*goja.Exception, int) { return r.DispatchSourceless(w.obj, data, events.ReportEach) })
		return
	}
	if f.dropped {
		// The connection ended without a close frame: workerd's close event
		// 1006, dispatched while the end still reads as it did.
		// It reads CLOSING once the listeners have run, before their microtasks.
		ev := r.NewCloseEvent(f.code, f.reason, false)
		w.inbound = nil
		s.dispatch(w, func() (*goja.Exception, int) {
			ex, n := r.Dispatch(w.obj, ev, events.ReportEach)
			w.closedIncoming, w.released = true, true
			return ex, n
		})
		return
	}
	w.closedIncoming = true
	w.inbound = nil
	if s.autoReply && !w.halfOpen && !w.closedOutgoing && !w.errored {
		w.syncReply = !w.sentAfterPeer
		w.closedOutgoing = true
		s.post(w.label, w, frame{close: true, code: f.code, reason: f.reason}, " (automatic reply)")
	}
	ev := r.NewCloseEvent(f.code, f.reason, true)
	w.dispatchingClose = true
	s.dispatch(w, func() (*goja.Exception, int) { return r.Dispatch(w.obj, ev, events.ReportEach) })
	w.dispatchingClose = false
	if w.closedOutgoing {
		w.released = true
		// The end that closed first has its reply: workerd tears the pipe
		// down, and the end that replied at once hears of it as an error.
		if p := w.peer; p.closedIncoming && p.closedOutgoing && p.syncReply && !p.errored {
			s.errorEvent(p)
		}
	}
}

// errorEvent dispatches workerd's "Network connection lost." at w.
func (s *state) errorEvent(w *socket) {
	w.errored = true
	w.released = true
	in := s.env.Intrinsics()
	err := in.NewError(s.rt, in.Error, "Network connection lost.")
	ev := s.env.Realm.NewErrorEvent("Uncaught Error: Network connection lost.", err)
	s.dispatch(w, func() (*goja.Exception, int) { return s.env.Realm.Dispatch(w.obj, ev, events.ReportEach) })
}

// dispatch runs one dispatch as a task of its own: the microtasks it
// queued run before the next message.
func (s *state) dispatch(w *socket, f func() (*goja.Exception, int)) {
	if s.enter == nil {
		// One function, made once, enters every dispatch (Loop.Call takes a
		// JS function); s.current is the dispatch it runs.
		fn := s.rt.ToValue(func(goja.FunctionCall) goja.Value {
			cur := s.current
			s.current = nil
			if cur != nil {
				cur()
			}
			return goja.Undefined()
		})
		s.enter, _ = goja.AssertFunction(fn)
	}
	s.current = f
	if _, err := s.env.Loop.Call(s.enter, goja.Undefined()); err != nil {
		s.env.Loop.ReportException(err)
	}
}

func (s *state) logDispatch(w *socket, ev *goja.Object, typ string, trusted bool, n int) {
	rec := trace.Record{Kind: trace.KindEvent, Type: typ, Port: w.label, Trusted: trace.Bool(trusted), Listeners: trace.Count(n)}
	switch typ {
	case "message":
		data := ev.Get("data")
		if data == nil {
			data = goja.Undefined()
		}
		rec.Data = s.format(data)
	case "close":
		rec.Data = "code " + ev.Get("code").String() + ", reason " + s.format(ev.Get("reason"))
	case "error":
		rec.Data = s.format(ev.Get("message"))
	case "open":
		rec.Data = s.format(s.rt.ToValue(w.url)) + ", protocol " + s.format(nullable(s.rt, w.protocol, w.protocolNull))
	default:
		return
	}
	s.log.Write(rec)
}

var oneLine = inspect.Options{BreakLength: 1 << 30, Budget: 8 * trace.DataWidth}

func (s *state) format(v goja.Value) string {
	return trace.Cut(trace.OneLine(inspect.Format(s.rt, v, oneLine)))
}

func (s *state) formatFrame(f frame) string {
	switch {
	case f.close:
		return "close frame (code " + strconv.Itoa(f.code) + ", reason " + s.format(s.rt.ToValue(f.reason)) + ")"
	case f.binary:
		return "<" + strconv.Itoa(len(f.bin)) + " bytes>"
	}
	return s.format(s.rt.ToValue(f.text))
}

// refuseClone throws workerd's DataCloneError for a WebSocket or a pair.
func refuseClone(env *host.Env, o *goja.Object) (any, bool) {
	s := held(env).s
	if s == nil {
		return nil, false
	}
	name := ""
	switch {
	case s.sockets.Get(o) != nil:
		name = "WebSocket"
	case s.pairs.Get(o) != nil:
		name = "WebSocketPair"
	default:
		return nil, false
	}
	env.ThrowDOMException(`Could not serialize object of type "`+name+`". This type does not support serialization.`, "DataCloneError")
	return nil, false
}

// IsWebSocket reports whether v is a WebSocket of env (Response's
// webSocket field takes one).
func IsWebSocket(env *host.Env, v goja.Value) bool {
	s := held(env).s
	return s != nil && s.sockets.Get(v) != nil
}

// report lists what did not happen: messages nobody received, and the
// sockets accepted and left open (which workerd waits for).
func (s *state) report(f trace.Filter) []trace.Problem {
	var out []trace.Problem
	for _, w := range s.all {
		if !f.Covers(w.origin) {
			continue
		}
		if w.lost > 0 {
			out = append(out, trace.Problem{Port: w.label, From: w.peer.label, What: "lost", Count: w.lost, Data: w.lostData,
				Reason: "they arrived while " + w.label + " had no 'message' listener: workerd delivers each to the listeners there are then, and to nobody when there are none",
				Fix:    "add the 'message' listener (or set onmessage) before accept(), or before the peer sends"})
		}
		if !w.accepted && len(w.inbound) > 0 {
			var data []string
			for _, fr := range w.inbound {
				if len(data) == trace.ReportDataLimit {
					break
				}
				data = append(data, s.formatFrame(fr))
			}
			out = append(out, trace.Problem{Port: w.label, From: w.peer.label, What: "queued", Count: len(w.inbound), Data: data,
				Reason: w.label + " was never accepted: what its peer sends waits for accept()",
				Fix:    "call " + w.label + ".accept(), or return it in a Response (status 101, webSocket)"})
		}
		if w.accepted && !w.released && !w.errored && w.readyState() != closed {
			why, fix := "it was accepted and never closed", "close() it, or its peer (from 2026-04-07 the other end replies at once)"
			switch {
			case w.closedIncoming:
				why = "it received " + w.peer.label + "'s close frame and never replied"
				fix = "call " + w.label + ".close() in its close listener (from 2026-04-07, web_socket_auto_reply_to_close, the reply is automatic unless it accepted with allowHalfOpen)"
			case w.closedOutgoing:
				why = "it called close() and " + w.peer.label + " never replied"
				fix = "have " + w.peer.label + " accept() and close() in its close listener"
			}
			out = append(out, trace.Problem{Port: w.label, What: "left open", Count: 1, Unit: "WebSocket",
				Reason: why + ": workerd keeps the request open for it, and `workerd test` fails the test as hung (\"The Workers runtime canceled this request because it detected that your Worker's code had hung and would never generate a response.\")",
				Fix:    fix})
		}
		if f.Take {
			w.lostData = nil
		}
	}
	if f.Take {
		keep := s.all[:0]
		for _, w := range s.all {
			if !f.Covers(w.origin) {
				keep = append(keep, w)
			}
		}
		clear(s.all[len(keep):])
		s.all = keep
	}
	return out
}

func (s *state) registerInspect() {
	prev := inspect.Custom(s.rt)
	inspect.RegisterCustom(s.rt, func(o *goja.Object, opts inspect.Options, recurse func(goja.Value) string) (string, bool) {
		if w := s.sockets.Get(o); w != nil {
			return s.inspectSocket(w, recurse), true
		}
		if p := s.pairs.Get(o); p != nil {
			return inspect.Braces("WebSocketPair {", []string{
				"'0': " + indent(s.inspectSocket(p[0], recurse)),
				"'1': " + indent(s.inspectSocket(p[1], recurse)),
			}), true
		}
		if prev != nil {
			return prev(o, opts, recurse)
		}
		return "", false
	})
}

func (s *state) inspectSocket(w *socket, recurse func(goja.Value) string) string {
	v := func(x any) string { return recurse(s.rt.ToValue(x)) }
	return inspect.Braces("WebSocket {", []string{
		"readyState: " + v(w.readyState()),
		"bufferedAmount: " + v(w.bufferedAmount()),
		"url: " + recurse(w.urlValue(s.rt)),
		"protocol: " + recurse(nullable(s.rt, w.protocol, w.protocolNull)),
		"extensions: " + recurse(nullable(s.rt, w.extensions, w.extensionsNull)),
		"binaryType: " + v(w.binaryType),
		"onopen: " + recurse(w.target.Attribute("open")),
		"onmessage: " + recurse(w.target.Attribute("message")),
		"onclose: " + recurse(w.target.Attribute("close")),
		"onerror: " + recurse(w.target.Attribute("error")),
	})
}

func indent(str string) string {
	out := make([]byte, 0, len(str)+16)
	for i := 0; i < len(str); i++ {
		out = append(out, str[i])
		if str[i] == '\n' {
			out = append(out, ' ', ' ')
		}
	}
	return string(out)
}

// OpenEnds lists the ends of env accepted and not closed (ws#1, ...), which
// keep a workerd request open: `workerd test` fails a test that returns
// with one. Loop goroutine only.
func OpenEnds(env *host.Env) []string {
	s := held(env).s
	if s == nil {
		return nil
	}
	var open []string
	for _, w := range s.all {
		// An end on the network is not hung: workerd waits for its connection.
		if w.link == nil && w.accepted && !w.released && !w.errored && w.readyState() != closed {
			open = append(open, w.label)
		}
	}
	return open
}

// Conn is the network connection a coupled end speaks through (mcrepl
// serve's upgraded connection). Its methods are called on the loop
// goroutine and must not block.
type Conn interface {
	// Send sends a message: text, or binary when binary is set.
	Send(binary bool, data []byte)
	// Close sends a close frame, then ends the connection.
	Close(code int, reason string)
}

// Coupled is an end given to a Response whose traffic goes over a
// connection: what its peer sends goes out through the Conn, and what
// arrives on the connection is given to Receive. Loop goroutine only.
type Coupled struct {
	s *state
	w *socket
}

// Couple couples v, a WebSocket end of env that was returned in a 101
// response, to conn; ok is false when v is not one, or was accepted.
func Couple(env *host.Env, v goja.Value, conn Conn) (c *Coupled, ok bool) {
	s := held(env).s
	if s == nil {
		return nil, false
	}
	w := s.sockets.Get(v)
	if w == nil || w.accepted || w.coupled != nil {
		return nil, false
	}
	w.coupled = conn
	w.accepted = true
	for _, f := range w.inbound {
		s.forward(w, f)
	}
	w.inbound = nil
	return &Coupled{s: s, w: w}, true
}

// Receive gives the peer what arrived on the connection: a message, or
// a close frame (closed set) with its code and reason.
func (c *Coupled) Receive(binary bool, data []byte, closed bool, code int, reason string) {
	w := c.w
	if w.closedOutgoing || w.released {
		return
	}
	var f frame
	switch {
	case closed:
		w.closedOutgoing = true
		f = frame{close: true, code: code, reason: reason}
	case binary:
		f = frame{bin: data, binary: true}
	default:
		f = frame{text: string(data)}
	}
	c.s.post(w.label+" (network)", w, f, "")
}

// Gone tells the coupled end that the connection ended without a close
// frame: its peer gets workerd's error event.
func (c *Coupled) Gone() {
	w := c.w
	if w.released {
		return
	}
	w.released = true
	p := w.peer
	if p.obj == nil && p.link != nil {
		// A fetch()ed end proxied to the client: the server's connection
		// goes too (its reader then ends the link).
		go func() { _ = p.link.c.CloseNow() }()
		return
	}
	if !p.released && !p.errored && p.accepted {
		c.s.errorEvent(p)
	}
}

// forward sends f, which the peer sent to a coupled end, over its connection.
func (s *state) forward(w *socket, f frame) {
	if w.link != nil && w.link.n == w {
		w.link.sent(f) // the script's end sent it to the network
	}
	switch {
	case f.close:
		w.closedIncoming = true
		w.coupled.Close(f.code, f.reason)
	case f.binary:
		w.coupled.Send(true, f.bin)
	default:
		w.coupled.Send(false, []byte(f.text))
	}
}
