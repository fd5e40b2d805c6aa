// Package web implements the small globals of workerd's global scope:
// performance (and, where enable_global_performance_classes is on, the
// Performance classes with mark and measure), navigator, scheduler.wait,
// reportError and origin, with workerd's property shapes, messages and gates.
//
// The clock: under `workerd test` both Date.now() and performance.now()
// advance in real time, also inside a busy loop (workerd's I/O-gated clock
// is a protection of Cloudflare's production runtime, not of the local
// binary), and performance.now() is the same integer millisecond count as
// Date.now() with performance.timeOrigin 0. mcrepl does the same
// (docs/differences.md).
//
// The globals register themselves with package host; package worker
// installs them (worker/register_web.go). The package has no Go API.
package web

import (
	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/internal/gojaprops"

	"github.com/mcrepl/mcrepl/flags"
	"github.com/mcrepl/mcrepl/worker/events"
	"github.com/mcrepl/mcrepl/worker/host"
)

func perfClasses(f *flags.Set) bool { return f.Enabled("enable_global_performance_classes") }

func navigatorOn(f *flags.Set) bool { return f.Enabled("global_navigator") }

func init() {
	own := func(name string, on func(*flags.Set) bool, build func(*state) goja.Value) host.Global {
		return host.Global{Name: name, On: on, Where: host.Own,
			Build: func(env *host.Env) goja.Value { return build(st(env)) }}
	}
	class := func(name string, on func(*flags.Set) bool, build func(*state) goja.Value) host.Global {
		return host.Global{Name: name, On: on, Build: func(env *host.Env) goja.Value { return build(st(env)) }}
	}
	entryClass := func(name string, ctor func(*state) *goja.Object) host.Global {
		return class(name, perfClasses, func(s *state) goja.Value { s.perf().initEntries(); return ctor(s) })
	}
	host.Register(
		own("performance", nil, func(s *state) goja.Value { return s.perf().performance }),
		class("Performance", perfClasses, func(s *state) goja.Value { return s.perf().perfCtor }),
		entryClass("PerformanceEntry", func(s *state) *goja.Object { return s.entryCtors[entryBase] }),
		entryClass("PerformanceMark", func(s *state) *goja.Object { return s.entryCtors[entryMark] }),
		entryClass("PerformanceMeasure", func(s *state) *goja.Object { return s.entryCtors[entryMeasure] }),
		entryClass("PerformanceResourceTiming", func(s *state) *goja.Object { return s.entryCtors[entryResource] }),
		entryClass("PerformanceObserver", func(s *state) *goja.Object { return s.observerCtor }),
		entryClass("PerformanceObserverEntryList", func(s *state) *goja.Object { return s.entryListCtor }),
		own("navigator", navigatorOn, func(s *state) goja.Value { return s.nav().navigator }),
		class("Navigator", navigatorOn, func(s *state) goja.Value { return s.nav().navigatorCtor }),
		own("scheduler", nil, func(s *state) goja.Value { s.initScheduler(); return s.scheduler }),
		own("Cloudflare", nil, func(s *state) goja.Value { return s.cloudflare() }),
		host.Global{Name: "reportError", Build: func(env *host.Env) goja.Value { s := st(env); s.initReportError(); return s.reportError }},
	)
	host.RegisterSerializer(host.Serializer{Serialize: refuseClone, Deserialize: func(*host.Env, any) *goja.Object { return nil }, Key: stateKey{}})
}

// refuseClone throws workerd's DataCloneError for performance, navigator
// and scheduler, which workerd does not serialize.
func refuseClone(env *host.Env, o *goja.Object) (any, bool) {
	s := st(env)
	name := ""
	switch {
	case o == s.performance:
		name = "Performance"
	case o == s.navigator:
		name = "Navigator"
	case o == s.scheduler:
		name = "Scheduler"
	default:
		return nil, false
	}
	env.ThrowDOMException(`Could not serialize object of type "`+name+`". This type does not support serialization.`, "DataCloneError")
	return nil, false
}

type stateKey struct{}

type state struct {
	env *host.Env
	rt  *goja.Runtime

	performance, perfCtor, perfProto *goja.Object
	entryCtors, entryProtos          [4]*goja.Object
	observerCtor, entryListCtor      *goja.Object
	entries                          host.Slots[entry]
	observers                        host.Slots[observer]
	timeline                         []*goja.Object // marks and measures, in creation order

	navigator, navigatorCtor *goja.Object
	scheduler                *goja.Object
	reportError              *goja.Object

	internalClass *goja.Symbol
}

func st(env *host.Env) *state {
	return host.State(env, stateKey{}, func() *state {
		s := &state{env: env, rt: env.RT}
		s.internalClass = env.SymbolFor("cloudflare:internal-class")
		s.registerInspect()
		return s
	})
}

// perf builds performance and its class on first use; the entry classes
// wait for their own first use (initEntries).
func (s *state) perf() *state {
	if s.performance == nil {
		s.initPerformance()
	}
	return s
}

// nav builds navigator and its class on first use.
func (s *state) nav() *state {
	if s.navigatorCtor == nil {
		s.initNavigator()
	}
	return s
}

// finishProto gives a class prototype workerd's layout after its members:
// the constructor after them, then the two symbols of every workerd
// resource type.
func (s *state) finishProto(proto *goja.Object) {
	c := proto.Get("constructor")
	_ = proto.Delete("constructor")
	_ = proto.DefineDataProperty("constructor", c, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = proto.DefineDataPropertySymbol(s.internalClass, s.internalClass, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	_ = proto.DefineDataPropertySymbol(resourceTypeInspect.Get(), s.rt.NewObject(), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// resourceTypeInspect is the package's kResourceTypeInspect symbol.
var resourceTypeInspect = gojaprops.LazySymbol{Name: "kResourceTypeInspect"}

// readOnly defines an enumerable, configurable, read-only data property,
// the shape of navigator's members.
func readOnly(o *goja.Object, name string, v goja.Value) {
	_ = o.DefineDataProperty(name, v, goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_TRUE)
}

// Navigator: sendBeacon on the prototype, the rest own read-only data
// properties of the one instance, in workerd's order.
func (s *state) initNavigator() {
	r := s.env.Realm
	var proto *goja.Object
	s.navigatorCtor, proto = r.Class("Navigator", nil, nil)
	r.Method(proto, "sendBeacon", s.sendBeacon)
	s.finishProto(proto)
	n := s.rt.CreateObject(proto)
	if s.env.Flags.Enabled("enable_navigator_language") {
		readOnly(n, "languages", s.rt.NewArray("en"))
		readOnly(n, "language", s.rt.ToValue("en"))
	}
	readOnly(n, "platform", s.rt.ToValue(""))
	readOnly(n, "hardwareConcurrency", s.rt.ToValue(1))
	readOnly(n, "userAgent", s.rt.ToValue("Cloudflare-Workers"))
	s.navigator = n
}

// cloudflare is the global Cloudflare: an instance of workerd's class
// Cloudflare (not a global; Illegal constructor) whose own, read-only
// compatibilityFlags is a frozen, null-prototype object of every flag
// workerd knows, in its order, and whether it is on (flags.Set.Workerd).
func (s *state) cloudflare() goja.Value {
	r := s.env.Realm
	_, proto := r.Class("Cloudflare", nil, nil)
	s.finishProto(proto)
	cf := s.rt.CreateObject(proto)
	flagsObj := s.rt.NewObject()
	_ = flagsObj.SetPrototype(nil)
	for _, f := range s.env.Flags.Workerd() {
		_ = flagsObj.DefineDataProperty(f.Name, s.rt.ToValue(f.On), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	}
	r.PreventExtensions(flagsObj)
	readOnly(cf, "compatibilityFlags", flagsObj)
	return cf
}

// sendBeacon posts data to url with the isolate's fetch and returns true,
// as workerd does; a failure of the request is reported as uncaught. In a
// Worker's global scope it sends nothing and reports nothing, and still
// returns true, as workerd's does there.
func (s *state) sendBeacon(call goja.FunctionCall) goja.Value {
	if o, ok := call.This.(*goja.Object); !ok || o != s.navigator {
		s.env.ThrowTypeError(events.IllegalInvocation)
	}
	if len(call.Arguments) < 1 {
		s.env.ThrowTypeError("Failed to execute 'sendBeacon' on 'Navigator': parameter 1 is not of type 'string'.")
	}
	url := call.Argument(0).String()
	if s.env.Realm.InGlobalScope() {
		return s.rt.ToValue(true)
	}
	fetch, ok := goja.AssertFunction(s.env.Builtin("fetch")) // the isolate's own
	if !ok {
		return s.rt.ToValue(true)
	}
	init := s.rt.NewObject()
	_ = init.Set("method", "POST")
	if d := call.Argument(1); !goja.IsUndefined(d) && !goja.IsNull(d) {
		_ = init.Set("body", d)
	}
	res, err := fetch(goja.Undefined(), s.rt.ToValue(url), init)
	if err != nil {
		panic(err)
	}
	if p, ok := res.(*goja.Object); ok {
		if then, ok := goja.AssertFunction(p.Get("then")); ok {
			onReject := s.rt.ToValue(func(c goja.FunctionCall) goja.Value {
				s.reportValue(c.Argument(0))
				return goja.Undefined()
			})
			_, _ = then(p, goja.Undefined(), onReject)
		}
	}
	return s.rt.ToValue(true)
}

// reportValue reports a thrown value as uncaught: the global error event,
// then the uncaught-error report if no listener prevented it.
func (s *state) reportValue(v goja.Value) {
	ex := s.rt.Try(func() { panic(v) })
	if ex != nil {
		s.env.Loop.ReportException(ex)
	}
}

func (s *state) initReportError() {
	if s.reportError != nil {
		return
	}
	s.reportError = s.env.Realm.Func("reportError", 0, func(call goja.FunctionCall) goja.Value {
		if !onGlobal(s.env, call.This) {
			s.env.ThrowTypeError(events.IllegalInvocation)
		}
		if len(call.Arguments) < 1 {
			s.env.ThrowTypeError("Failed to execute 'reportError' on 'ServiceWorkerGlobalScope': parameter 1 is not of type 'Value'.")
		}
		s.reportValue(call.Arguments[0])
		return goja.Undefined()
	})
}

// onGlobal reports whether this is one a global function accepts: the
// global object, or undefined or null (a plain call); workerd throws
// Illegal invocation for any other.
func onGlobal(env *host.Env, this goja.Value) bool {
	if this == nil || goja.IsUndefined(this) || goja.IsNull(this) {
		return true
	}
	o, ok := this.(*goja.Object)
	return ok && o == env.Global
}
