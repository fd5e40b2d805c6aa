package web

import (
	"time"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/events"
)

// The kinds of PerformanceEntry.
const (
	entryBase = iota
	entryMark
	entryMeasure
	entryResource
)

// entry is one PerformanceEntry.
type entry struct {
	name, typ       string
	start, duration float64
	detail          goja.Value
}

// now is performance.now() as workerd test gives it: the same integer
// milliseconds since the epoch as Date.now(), timeOrigin being 0.
func now() float64 { return float64(time.Now().UnixMilli()) }

// Performance's surface: timeOrigin and now always; with
// enable_global_performance_classes also the members of Node.js's
// perf_hooks that workerd declares (mark, measure, the entry lists,
// toJSON, eventCounts, nodeTiming, eventLoopUtilization, timerify, ...).
func (s *state) initPerformance() {
	r := s.env.Realm
	full := perfClasses(s.env.Flags)
	var parent *goja.Object
	if full {
		// With the classes, Performance is an EventTarget, as Node's is.
		parent = s.env.Realm.EventTargetProto
	}
	s.perfCtor, s.perfProto = r.Class("Performance", parent, nil)
	p := s.perfProto
	// Both check this, as workerd's do (performance.now.call(undefined) too).
	r.Accessor(p, "timeOrigin", func(call goja.FunctionCall) goja.Value { s.thisPerformance(call); return s.rt.ToValue(0) }, nil)
	r.Method(p, "now", func(call goja.FunctionCall) goja.Value { s.thisPerformance(call); return s.rt.ToValue(now()) })
	if full {
		s.initPerfHooks(p)
	}
	s.finishProto(p)
	s.performance = s.rt.CreateObject(p)
}

// initEntries builds the entry and observer classes, once, on the first use
// of one of them or of mark or measure.
func (s *state) initEntries() {
	if s.entryCtors[entryBase] != nil {
		return
	}
	r := s.env.Realm
	names := []string{"PerformanceEntry", "PerformanceMark", "PerformanceMeasure", "PerformanceResourceTiming"}
	for i, name := range names {
		parent := (*goja.Object)(nil)
		if i > 0 {
			parent = s.entryProtos[entryBase]
		}
		var ctor func(goja.ConstructorCall) *goja.Object
		if i == entryMark {
			ctor = func(call goja.ConstructorCall) *goja.Object {
				if len(call.Arguments) == 0 {
					s.env.ThrowTypeError("Failed to construct 'PerformanceMark': constructor parameter 1 is not of type 'string'.")
				}
				s.newMark(call.This, call.Argument(0), call.Argument(1), "Failed to construct 'PerformanceMark': constructor parameter 2 is not of type 'Options'.")
				return nil
			}
		}
		s.entryCtors[i], s.entryProtos[i] = r.Class(name, parent, ctor)
	}
	base := s.entryProtos[entryBase]
	get := func(name string, f func(*entry) goja.Value) {
		r.Accessor(base, name, func(call goja.FunctionCall) goja.Value { return f(s.thisEntry(call)) }, nil)
	}
	get("name", func(e *entry) goja.Value { return s.rt.ToValue(e.name) })
	get("entryType", func(e *entry) goja.Value { return s.rt.ToValue(e.typ) })
	get("startTime", func(e *entry) goja.Value { return s.rt.ToValue(e.start) })
	get("duration", func(e *entry) goja.Value { return s.rt.ToValue(e.duration) })
	r.Method(base, "toJSON", func(call goja.FunctionCall) goja.Value { return s.entryJSON(s.thisEntry(call)) })
	s.finishProto(base)
	for _, k := range []int{entryMark, entryMeasure} {
		p := s.entryProtos[k]
		r.Accessor(p, "detail", func(call goja.FunctionCall) goja.Value {
			if d := s.thisEntry(call).detail; d != nil {
				return d
			}
			return goja.Null()
		}, nil)
		r.Method(p, "toJSON", func(call goja.FunctionCall) goja.Value { return s.entryJSON(s.thisEntry(call)) })
		s.finishProto(p)
	}
	// A resource timing's attributes: workerd never makes one (no fetch is timed), so each
	// refuses every this.
	resource := s.entryProtos[entryResource]
	for _, name := range []string{"connectEnd", "connectStart", "decodedBodySize", "domainLookupEnd", "domainLookupStart",
		"encodedBodySize", "fetchStart", "initiatorType", "nextHopProtocol", "redirectEnd", "redirectStart", "requestStart",
		"responseEnd", "responseStart", "responseStatus", "secureConnectionStart", "transferSize", "workerStart"} {
		r.Accessor(resource, name, func(goja.FunctionCall) goja.Value { s.illegalInvocation(); return nil }, nil)
	}
	s.finishProto(resource)
	s.initObserver()
}

// initObserver builds PerformanceObserver as workerd has it: constructible
// with any callback value, observing nothing (observe, disconnect and
// takeRecords do nothing; the callback is never called), and
// PerformanceObserverEntryList, which no script can make or be given.
func (s *state) initObserver() {
	r := s.env.Realm
	var proto *goja.Object
	s.observerCtor, proto = r.Class("PerformanceObserver", nil, func(call goja.ConstructorCall) *goja.Object {
		if len(call.Arguments) == 0 { // any value will do, undefined too, but not none
			s.env.ThrowTypeError("Failed to construct 'PerformanceObserver': constructor parameter 1 is not of type 'Value'.")
		}
		s.observers.Put(call.This, &observer{})
		return nil
	})
	this := func(call goja.FunctionCall) {
		if s.observers.Get(call.This) == nil {
			s.illegalInvocation()
		}
	}
	r.Method(proto, "disconnect", func(call goja.FunctionCall) goja.Value { this(call); return goja.Undefined() })
	r.Method(proto, "observe", func(call goja.FunctionCall) goja.Value { this(call); return goja.Undefined() })
	r.Method(proto, "takeRecords", func(call goja.FunctionCall) goja.Value { this(call); return s.rt.NewArray() })
	s.finishProto(proto)
	_ = s.observerCtor.DefineDataProperty("supportedEntryTypes", s.rt.NewArray("measure", "mark"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	var listProto *goja.Object
	s.entryListCtor, listProto = r.Class("PerformanceObserverEntryList", nil, nil)
	for _, name := range []string{"getEntries", "getEntriesByName", "getEntriesByType"} {
		r.Method(listProto, name, func(goja.FunctionCall) goja.Value { s.illegalInvocation(); return nil })
	}
	s.finishProto(listProto)
}

// thisPerformance refuses a call of a Performance member on another object
// than performance.
func (s *state) thisPerformance(call goja.FunctionCall) {
	if o, ok := call.This.(*goja.Object); !ok || o != s.performance {
		s.env.ThrowTypeError(events.IllegalInvocation)
	}
}

// observer is a PerformanceObserver's state: none, since it observes
// nothing; its slot tells the class's objects from others.
type observer struct{}

// needsName refuses a call of method without arguments, as workerd does
// (its first is a string it does not make from nothing; from undefined it
// does).
func (s *state) needsName(call goja.FunctionCall, method string) {
	if len(call.Arguments) == 0 {
		s.env.ThrowTypeError("Failed to execute '" + method + "' on 'Performance': parameter 1 is not of type 'string'.")
	}
}

// illegalInvocation throws workerd's TypeError for a method called on
// another object than its class's.
func (s *state) illegalInvocation() {
	s.env.ThrowTypeError("Illegal invocation: function called with incorrect `this` reference. See https://developers.cloudflare.com/workers/observability/errors/#illegal-invocation-errors for details.")
}

func (s *state) thisEntry(call goja.FunctionCall) *entry {
	e := s.entries.Get(call.This)
	if e == nil {
		s.illegalInvocation()
	}
	return e
}

func (s *state) entryJSON(e *entry) goja.Value {
	o := s.rt.NewObject()
	_ = o.Set("name", e.name)
	_ = o.Set("entryType", e.typ)
	_ = o.Set("startTime", e.start)
	_ = o.Set("duration", e.duration)
	if e.detail != nil && !goja.IsUndefined(e.detail) && !goja.IsNull(e.detail) {
		_ = o.Set("detail", e.detail)
	}
	return o
}

// newMark is new PerformanceMark(name, { detail, startTime }).
func (s *state) newMark(this *goja.Object, name, options goja.Value, badOptions string) *entry {
	e := &entry{name: s.env.Realm.DOMString(name), typ: "mark", start: now()}
	if _, ok := options.(*goja.Object); !ok && !goja.IsUndefined(options) && !goja.IsNull(options) {
		s.env.ThrowTypeError(badOptions)
	}
	if o, ok := options.(*goja.Object); ok {
		if d := o.Get("detail"); d != nil && !goja.IsUndefined(d) {
			e.detail = d
		}
		if st := o.Get("startTime"); st != nil && !goja.IsUndefined(st) {
			e.start = st.ToFloat()
		}
	}
	s.entries.Put(this, e)
	return e
}

func (s *state) initPerfHooks(p *goja.Object) {
	r := s.env.Realm
	// Every member checks this first, as workerd's do.
	method := func(name string, f func(goja.FunctionCall) goja.Value) {
		r.Method(p, name, func(call goja.FunctionCall) goja.Value { s.thisPerformance(call); return f(call) })
	}
	accessor := func(name string, get func(goja.FunctionCall) goja.Value) {
		r.Accessor(p, name, func(call goja.FunctionCall) goja.Value { s.thisPerformance(call); return get(call) }, nil)
	}
	eventCounts := s.rt.NewObject()
	accessor("eventCounts", func(goja.FunctionCall) goja.Value { return eventCounts })
	method("clearMarks", func(call goja.FunctionCall) goja.Value { return s.clear("mark", call.Argument(0)) })
	method("clearMeasures", func(call goja.FunctionCall) goja.Value { return s.clear("measure", call.Argument(0)) })
	method("clearResourceTimings", func(goja.FunctionCall) goja.Value { return goja.Undefined() })
	method("getEntries", func(goja.FunctionCall) goja.Value { return s.list("", "") })
	method("getEntriesByName", func(call goja.FunctionCall) goja.Value {
		s.needsName(call, "getEntriesByName")
		name := r.DOMString(call.Argument(0))
		typ := ""
		if t := call.Argument(1); !goja.IsUndefined(t) {
			typ = r.DOMString(t)
		}
		return s.list(name, typ)
	})
	method("getEntriesByType", func(call goja.FunctionCall) goja.Value {
		s.needsName(call, "getEntriesByType")
		return s.list("", r.DOMString(call.Argument(0)))
	})
	method("mark", func(call goja.FunctionCall) goja.Value {
		if len(call.Arguments) < 1 {
			s.env.ThrowTypeError("Failed to execute 'mark' on 'Performance': parameter 1 is not of type 'string'.")
		}
		s.initEntries()
		o := s.rt.CreateObject(s.entryProtos[entryMark])
		s.newMark(o, call.Arguments[0], call.Argument(1), "Failed to execute 'mark' on 'Performance': parameter 2 is not of type 'Options'.")
		s.timeline = append(s.timeline, o)
		return o
	})
	method("measure", s.measure)
	method("setResourceTimingBufferSize", func(goja.FunctionCall) goja.Value { return goja.Undefined() })
	method("toJSON", func(goja.FunctionCall) goja.Value {
		o := s.rt.CreateObject(nil)
		_ = o.Set("timeOrigin", 0)
		return o
	})
	accessor("nodeTiming", func(goja.FunctionCall) goja.Value { return s.nodeTiming() })
	method("eventLoopUtilization", func(goja.FunctionCall) goja.Value {
		o := s.rt.NewObject()
		_ = o.Set("idle", 0)
		_ = o.Set("active", 0)
		_ = o.Set("utilization", 0)
		return o
	})
	method("markResourceTiming", func(goja.FunctionCall) goja.Value { return goja.Undefined() })
	method("timerify", func(call goja.FunctionCall) goja.Value { return call.Argument(0) })
}

// measure is performance.measure(name, start, end): start and end name
// marks (the first of the name; an unknown name throws workerd's SyntaxError
// DOMException) or an options object (start, end, duration, detail).
func (s *state) measure(call goja.FunctionCall) goja.Value {
	if len(call.Arguments) < 1 {
		s.env.ThrowTypeError("Failed to execute 'measure' on 'Performance': parameter 1 is not of type 'string'.")
	}
	e := &entry{name: s.env.Realm.DOMString(call.Arguments[0]), typ: "measure"}
	// A mark's time by its name: the first mark of that name, as workerd's
	// getEntriesByName(name, "mark")[0]; a name no mark has is refused.
	markTime := func(v goja.Value) float64 {
		name := s.env.Realm.DOMString(v)
		for _, o := range s.timeline {
			if m := s.entries.Get(o); m != nil && m.typ == "mark" && m.name == name {
				return m.start
			}
		}
		s.env.ThrowDOMException(`The mark "`+name+`" does not exist.`, "SyntaxError")
		return 0
	}
	start, end := 0.0, now()
	if o, ok := call.Argument(1).(*goja.Object); ok {
		if d := o.Get("detail"); d != nil && !goja.IsUndefined(d) {
			e.detail = d
		}
		get := func(k string) goja.Value {
			if v := o.Get(k); v != nil && !goja.IsUndefined(v) {
				return v
			}
			return nil
		}
		st, en, du := get("start"), get("end"), get("duration")
		switch {
		case st == nil && en == nil:
			s.env.ThrowTypeError("The measure options must include start or end.")
		case st != nil && en != nil && du != nil:
			s.env.ThrowTypeError("The measure options cannot include start, end and duration together.")
		}
		if st != nil {
			start = st.ToFloat()
		}
		if en != nil {
			end = en.ToFloat()
		} else if du != nil {
			end = start + du.ToFloat()
		}
	} else {
		if v := call.Argument(1); !goja.IsUndefined(v) && !goja.IsNull(v) {
			start = markTime(v)
		}
		if v := call.Argument(2); !goja.IsUndefined(v) {
			end = markTime(v)
		}
	}
	e.start = start
	// NaN (a mark's name in the options) makes no duration, as in workerd.
	if end >= start {
		e.duration = end - start
	}
	s.initEntries()
	o := s.rt.CreateObject(s.entryProtos[entryMeasure])
	s.entries.Put(o, e)
	s.timeline = append(s.timeline, o)
	return o
}

func (s *state) clear(typ string, name goja.Value) goja.Value {
	kept := s.timeline[:0]
	for _, o := range s.timeline {
		e := s.entries.Get(o)
		if e.typ == typ && (goja.IsUndefined(name) || e.name == name.String()) {
			continue
		}
		kept = append(kept, o)
	}
	clear(s.timeline[len(kept):])
	s.timeline = kept
	return goja.Undefined()
}

func (s *state) list(name, typ string) goja.Value {
	var out []any
	for _, o := range s.timeline {
		e := s.entries.Get(o)
		if (name == "" || e.name == name) && (typ == "" || e.typ == typ) {
			out = append(out, o)
		}
	}
	return s.rt.NewArray(out...)
}

func (s *state) nodeTiming() goja.Value {
	o := s.rt.NewObject()
	for _, k := range []string{"name", "entryType"} {
		_ = o.Set(k, "node")
	}
	for _, k := range []string{"startTime", "duration", "nodeStart", "v8Start", "bootstrapComplete", "environment", "loopStart", "loopExit", "idleTime"} {
		_ = o.Set(k, 0)
	}
	m := s.rt.NewObject()
	_ = m.Set("loopCount", 0)
	_ = m.Set("events", 0)
	_ = m.Set("eventsWaiting", 0)
	_ = o.Set("uvMetricsInfo", m)
	return o
}
