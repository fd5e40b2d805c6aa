package worker

import (
	"io"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/trace"
	"github.com/mcrepl/mcrepl/worker/channel"
	"github.com/mcrepl/mcrepl/worker/clone"
	"github.com/mcrepl/mcrepl/worker/events"
	"github.com/mcrepl/mcrepl/worker/inspect"
)

// installAPIs installs the event classes, structuredClone and, when the
// flags expose them, MessageChannel and MessagePort, and connects uncaught
// errors to the global error and unhandledrejection events. Loop goroutine.
func (w *Worker) installAPIs(g *goja.Object) {
	rt := w.rt
	fl := w.cfg.Flags
	w.realm = events.New(rt, events.Env{
		TargetThis:     fl.Enabled("set_event_target_this"),
		ToStringTag:    fl.Enabled("set_tostring_tag"),
		SpecExceptions: fl.Enabled("spec_compliant_dispatch_exceptions"),
		Warn:           func(msg string) { w.writeErr(msg + "\n") },
		Report:         func(ex *goja.Exception) { w.ReportException(ex) },
	})
	w.realm.InstallGlobals()
	w.SetErrorHooks(ErrorHooks{OnError: w.realm.FireError, OnRejection: w.realm.FireRejection})

	var chans *channel.Channels
	w.cloner = clone.New(rt, clone.Hooks{
		NewDataCloneError: func(msg string) *goja.Object { return w.realm.NewDOMException(msg, "DataCloneError") },
		HostType: func(o *goja.Object) (string, bool) {
			if name, ok := chans.HostType(o); ok {
				return name, true
			}
			return w.realm.HostType(o)
		},
		AsDOMException:  w.realm.AsDOMException,
		NewDOMException: w.realm.NewDOMExceptionWithStack,
		Global:          g,
	}, clone.Options{EnhancedErrors: fl.Enabled("enhanced_error_serialization")})
	w.cloner.Install(g)

	logOut := w.cfg.EventLogWriter
	if logOut == nil {
		logOut = w.stdout
	}
	oneLine := inspect.Options{BreakLength: 1 << 30}
	chans = channel.Install(channel.Env{
		Realm:          w.realm,
		Cloner:         w.cloner,
		QueueMicrotask: w.QueueMicrotask,
		SpecExceptions: fl.Enabled("spec_compliant_dispatch_exceptions"),
		Log:            trace.New(logOut, w.cfg.EventLog, w.cfg.EventLogFormat),
		Format:         func(v goja.Value) string { return inspect.Format(rt, v, oneLine) },
	})
	w.channels = chans
	if fl.Enabled("expose_global_message_channel") {
		chans.Expose(w.realm.ScopeProto)
	}
	inspect.RegisterCustom(rt, func(o *goja.Object, _ inspect.Options, recurse func(goja.Value) string) (string, bool) {
		return chans.Inspect(o, recurse)
	})
	w.installDetached(g)
}

// Problems lists what did not happen so far: messages still queued on
// ports that never started, messages dispatched to no listener, posts
// dropped on closed ports, each with its reason and fix. Any goroutine but
// the loop's.
func (w *Worker) Problems() []trace.Problem {
	var out []trace.Problem
	w.loop.do(func() { out = w.channels.Report() })
	return out
}

// Report writes Problems for people (nothing when there are none): `mcrepl
// run` calls it when the script is done, the shell on demand. Any
// goroutine but the loop's.
func (w *Worker) Report(out io.Writer) error {
	return trace.WriteReport(out, w.Problems())
}

// Ports lists every MessagePort of the isolate in creation order, with its
// state, queue length and 'message' listener count (the shell's .ports).
// Any goroutine but the loop's.
func (w *Worker) Ports() []trace.PortInfo {
	var out []trace.PortInfo
	w.loop.do(func() { out = w.channels.Ports() })
	return out
}

// installDetached defines ArrayBuffer.prototype.detached (ES2024), which
// goja lacks and which tells whether structuredClone's transfer detached a
// buffer.
func (w *Worker) installDetached(g *goja.Object) {
	ctor, ok := g.Get("ArrayBuffer").(*goja.Object)
	if !ok {
		return
	}
	proto, ok := ctor.Get("prototype").(*goja.Object)
	if !ok || proto.Get("detached") != nil {
		return
	}
	get := w.realm.Func("get detached", 0, func(call goja.FunctionCall) goja.Value {
		o, _ := call.This.(*goja.Object)
		if o != nil {
			if ab, ok := o.Export().(goja.ArrayBuffer); ok {
				return w.rt.ToValue(ab.Detached())
			}
		}
		panic(w.rt.NewTypeError("Method ArrayBuffer.prototype.detached called on incompatible receiver " + call.This.String()))
	})
	_ = proto.DefineAccessorProperty("detached", get, nil, goja.FLAG_TRUE, goja.FLAG_FALSE)
}
