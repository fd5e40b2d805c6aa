package worker

import (
	"io"
	"reflect"
	"strings"
	"sync"

	"github.com/dop251/goja"
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/unistring"

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
		SetTimer:       hostLoop{w}.SetTimer,
	})
	w.realm.InstallGlobals()
	w.SetErrorHooks(ErrorHooks{OnError: w.realm.FireError, OnRejection: w.realm.FireRejection,
		OnRejectionHandled: w.realm.FireRejectionHandled})

	var chans *channel.Channels
	w.cloner = clone.New(rt, clone.Hooks{
		NewDataCloneError: func(msg string) *goja.Object { return w.realm.NewDOMException(msg, "DataCloneError") },
		HostType: func(o *goja.Object) (string, bool) {
			// Most objects a clone meets are ordinary: told so by the object alone, when
			// every host object of the realm and the channel is tagged.
			if w.realm.Ordinary(o) && chans.Tagged() {
				return "", false
			}
			if name, ok := chans.HostType(o); ok {
				return name, true
			}
			return w.realm.HostType(o)
		},
		SerializeHost:   func(o *goja.Object) (any, bool) { return w.host.SerializeHost(o) },
		DeserializeHost: func(v any) *goja.Object { return w.host.DeserializeHost(v) },
		AsDOMException: func(o *goja.Object) (name, message, stack string, ok bool) {
			if w.realm.Ordinary(o) {
				return "", "", "", false
			}
			return w.realm.AsDOMException(o)
		},
		NewDOMException: w.realm.NewDOMExceptionWithStack,
		Global:          g,
	}, clone.Options{EnhancedErrors: fl.Enabled("enhanced_error_serialization")})
	w.cloner.Install(w.realm.ScopeProto) // on the ServiceWorkerGlobalScope prototype, as in workerd

	logOut := w.cfg.EventLogWriter
	if logOut == nil {
		logOut = w.stdout
	}
	oneLine := inspect.Options{BreakLength: 1 << 30, Budget: 8 * trace.DataWidth}
	chans = channel.Install(channel.Env{
		Realm:          w.realm,
		Cloner:         w.cloner,
		QueueMicrotask: w.QueueMicrotask,
		SpecExceptions: fl.Enabled("spec_compliant_dispatch_exceptions"),
		Log:            trace.New(logOut, w.cfg.EventLog, w.cfg.EventLogFormat),
		Format:         func(v goja.Value) string { return inspect.Format(rt, v, oneLine) },
		Special:        inspect.Special,
		Origin:         w.Origin,
	})
	w.channels = chans
	if fl.Enabled("expose_global_message_channel") {
		chans.Expose(w.realm.ScopeProto)
	}
	inspect.RegisterCustom(rt, func(o *goja.Object, opts inspect.Options, recurse func(goja.Value) string) (string, bool) {
		if s, ok := chans.Inspect(o, opts.Colors, recurse); ok {
			return s, true
		}
		return w.realm.InspectVia(o, opts.Proxy, recurse)
	})
	w.installDetached(g)
	w.installEntry()
	w.installHost(g)
	// goja's own GoError class is no global of workerd's. goja keeps its own reference for
	// the errors it makes, so removing the binding changes nothing else.
	_ = g.Delete("GoError")
}

// Problems lists what did not happen so far: messages still queued on
// ports that never started, messages dispatched to no listener, posts
// dropped on closed ports, each with its reason and fix. Any goroutine but
// the loop's.
func (w *Worker) Problems() []trace.Problem { return w.problems(trace.Everything) }

func (w *Worker) problems(f trace.Filter) []trace.Problem {
	var out []trace.Problem
	w.loop.do(func() {
		out = w.channels.Report(f)
		if w.host != nil {
			out = append(out, w.host.Reports(f)...)
		}
	})
	return out
}

// Report writes Problems for people (nothing when there are none): `mcrepl
// run` calls it when the script is done, the shell on demand. Any
// goroutine but the loop's.
func (w *Worker) Report(out io.Writer) error {
	return trace.WriteReport(out, w.Problems())
}

// ReportAs writes Problems in the given format: for people (Report), or as
// JSON lines of kind "report" (trace.WriteReportJSON). Any goroutine but
// the loop's.
func (w *Worker) ReportAs(out io.Writer, f trace.Format) error {
	if f == trace.JSON {
		return trace.WriteReportJSON(out, w.Problems())
	}
	return w.Report(out)
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
		panic(w.rt.NewTypeError("%s", "Method ArrayBuffer.prototype.detached called on incompatible receiver "+call.This.String()))
	})
	_ = proto.DefineAccessorProperty("detached", get, nil, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// entrySource is the program through which Call enters JS. goja drains its
// job queue whenever a call from Go returns while no JS frame is on its call
// stack; a function called directly through a goja.Callable has no frame
// there, so every host function it reaches that calls back into JS (such as
// QueueMicrotask's promise reaction) would run the pending microtasks in the
// middle of the script. A program run by RunProgram does have one, and
// keeps it while it drains the queue after fn returns.
//
// The program reaches the entry function through a global lexical binding
// whose name no source text can spell (entryBinding, set in the parsed
// program before it is compiled): no script can declare, assign, shadow or
// see it, so nothing a script does to globals changes how a task is
// entered, and, as in workerd, no global names the entry function.
const entrySource = entryPlaceholder + "()"

// entrySetSource declares the binding and evaluates to a function that
// sets it, which installEntry calls with the entry function.
const entrySetSource = "let " + entryPlaceholder + "; (function (f) { " + entryPlaceholder + " = f })"

// entryPlaceholder is the identifier of the sources, renamed to
// entryBinding once parsed.
const entryPlaceholder = "__mcrepl_enter"

// entryBinding is not an identifier (it has a colon), so no script can
// refer to it.
const entryBinding = "mcrepl:enter"

// entryFile names the program through which Call enters JS; stack traces
// leave its frames out (inspect.V8Stack drops every "mcrepl:" frame).
const entryFile = "mcrepl:entry:"

// entryProgram and entrySetProgram are compiled once per process (a
// goja.Program can run in any number of runtimes).
var (
	entryProgram    = sync.OnceValue(func() *goja.Program { return compileEntry(entrySource) })
	entrySetProgram = sync.OnceValue(func() *goja.Program { return compileEntry(entrySetSource) })
)

// compileEntry compiles src with entryPlaceholder renamed to entryBinding.
func compileEntry(src string) *goja.Program {
	prg, err := goja.Parse(strings.TrimSuffix(entryFile, ":"), src)
	if err != nil {
		panic(err) // the sources are constants
	}
	renameIdentifiers(reflect.ValueOf(prg), entryPlaceholder, entryBinding, map[uintptr]bool{})
	p, err := goja.CompileAST(prg, true)
	if err != nil {
		panic(err)
	}
	return p
}

// renameIdentifiers renames every identifier from to to in the AST v.
func renameIdentifiers(v reflect.Value, from, to unistring.String, seen map[uintptr]bool) {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() || seen[v.Pointer()] {
			return
		}
		seen[v.Pointer()] = true
		if id, ok := v.Interface().(*ast.Identifier); ok {
			if id.Name == from {
				id.Name = to
			}
			return
		}
		renameIdentifiers(v.Elem(), from, to, seen)
	case reflect.Interface:
		if !v.IsNil() {
			renameIdentifiers(v.Elem(), from, to, seen)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				renameIdentifiers(v.Field(i), from, to, seen)
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			renameIdentifiers(v.Index(i), from, to, seen)
		}
	}
}

// installEntry prepares Call: it makes the entry function, which runs the
// call in progress, and binds it where only the entry program finds it.
func (w *Worker) installEntry() {
	// Named __mcrepl_enter so that stack traces leave its frame out
	// (inspect.V8Stack drops every "__mcrepl_" frame).
	enter := w.realm.Func("__mcrepl_enter", 0, func(goja.FunctionCall) goja.Value {
		c := w.call
		if c == nil {
			return goja.Undefined()
		}
		w.call = nil
		c.ret, c.err = c.fn(c.this, c.args...)
		return goja.Undefined()
	})
	set, err := w.rt.RunProgram(entrySetProgram())
	if err != nil {
		panic(err) // a fresh runtime runs this constant program
	}
	setFn, _ := goja.AssertFunction(set)
	if _, err := setFn(goja.Undefined(), enter); err != nil {
		panic(err)
	}
}

// entryCall is a call in progress through Call.
type entryCall struct {
	fn   goja.Callable
	this goja.Value
	args []goja.Value
	ret  goja.Value
	err  error
}

// Call calls fn from Go the way V8 enters a task: the microtasks that fn
// queues run after it returns, in order, never in the middle of it. Timer
// callbacks, a module's evaluation and its test() handler must be entered
// through Call. Loop goroutine only.
func (w *Worker) Call(fn goja.Callable, this goja.Value, args ...goja.Value) (goja.Value, error) {
	c := &entryCall{fn: fn, this: this, args: args}
	w.call = c
	_, err := w.rt.RunProgram(entryProgram())
	if w.call == c { // interrupted before the entry function ran
		w.call = nil
		if err != nil {
			return nil, err
		}
		return fn(this, args...)
	}
	if err != nil && c.err == nil {
		return nil, err
	}
	return c.ret, c.err
}
