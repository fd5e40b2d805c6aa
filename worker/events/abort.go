package events

import (
	"math"
	"strconv"
	"time"

	"github.com/dop251/goja"
)

// abortSignal is the Go side of an AbortSignal (which is also a Target).
type abortSignal struct {
	aborted    bool
	reason     goja.Value
	algos      map[int]func()
	next       int
	dependents []*goja.Object // signals made by AbortSignal.any from this one
	sources    []*goja.Object // for a signal made by AbortSignal.any: what it follows
}

// onAbort registers f to run when the signal aborts and returns a function
// that unregisters it.
func (s *abortSignal) onAbort(f func()) func() {
	if s.algos == nil {
		s.algos = map[int]func(){}
	}
	id := s.next
	s.next++
	s.algos[id] = f
	return func() { delete(s.algos, id) }
}

// follow makes the signal o (whose state is s) a dependent of src.
func (s *abortSignal) follow(o, srcObj *goja.Object, src *abortSignal) {
	for _, x := range s.sources {
		if x == srcObj {
			return
		}
	}
	if s.sources == nil {
		s.sources = []*goja.Object{}
	}
	s.sources = append(s.sources, srcObj)
	src.dependents = append(src.dependents, o)
}

func (r *Realm) initAbort() {
	r.signals = map[*goja.Object]*abortSignal{}
	sigCtor, sigProto := r.Class("AbortSignal", r.EventTargetProto, nil)
	r.abortSignalProto = sigProto
	thisSignal := func(call goja.FunctionCall) *abortSignal {
		o, _ := call.This.(*goja.Object)
		s := r.signalOf(o)
		if s == nil {
			r.ThrowTypeError(IllegalInvocation)
		}
		return s
	}
	r.Accessor(sigProto, "aborted", func(call goja.FunctionCall) goja.Value {
		return r.rt.ToValue(thisSignal(call).aborted)
	}, nil)
	r.Accessor(sigProto, "reason", func(call goja.FunctionCall) goja.Value {
		return thisSignal(call).reason
	}, nil)
	r.Accessor(sigProto, "onabort", func(call goja.FunctionCall) goja.Value {
		thisSignal(call)
		return r.targetOf(call.This.(*goja.Object)).Attribute("abort")
	}, func(call goja.FunctionCall) goja.Value {
		thisSignal(call)
		r.targetOf(call.This.(*goja.Object)).SetAttribute("abort", call.Argument(0))
		return goja.Undefined()
	})
	r.Method(sigProto, "throwIfAborted", func(call goja.FunctionCall) goja.Value {
		if s := thisSignal(call); s.aborted {
			panic(s.reason)
		}
		return goja.Undefined()
	})
	static := func(name string, f func(goja.FunctionCall) goja.Value) {
		r.defineData(sigCtor, name, r.Func(name, 0, f), true, true, true)
	}
	static("abort", func(call goja.FunctionCall) goja.Value {
		o, s := r.newSignal()
		r.abort(o, s, call.Argument(0))
		return o
	})
	static("timeout", func(call goja.FunctionCall) goja.Value {
		v := call.Argument(0)
		if goja.IsUndefined(v) {
			r.ThrowTypeError("Failed to execute 'timeout' on 'AbortSignal': parameter 1 is not of type 'number'.")
		}
		ms := v.ToFloat()
		if math.IsNaN(ms) || ms < 0 {
			ms = 0
		}
		r.RefuseInGlobalScope()
		o, s := r.newSignal()
		d := time.Duration(math.Min(ms, float64(math.MaxInt64/int64(time.Millisecond))) * float64(time.Millisecond))
		if r.env.SetTimer != nil {
			r.env.SetTimer(d, func() {
				// A listener's exception escaping the abort (legacy mode) is
				// uncaught, as a timer callback's is.
				if ex := r.rt.Try(func() {
					r.abort(o, s, r.abortReason("The operation was aborted due to timeout", "TimeoutError"))
				}); ex != nil {
					r.env.Report(ex)
				}
			})
		}
		return o
	})
	static("any", func(call goja.FunctionCall) goja.Value {
		arr, ok := call.Argument(0).(*goja.Object)
		if !ok || arr.ClassName() != "Array" {
			r.ThrowTypeError("Failed to execute 'any' on 'AbortSignal': parameter 1 is not of type 'Array'.")
		}
		n := arr.Get("length").ToInteger()
		sources := make([]*goja.Object, 0, n)
		for i := int64(0); i < n; i++ {
			so, _ := arr.Get(strconv.FormatInt(i, 10)).(*goja.Object)
			if r.signalOf(so) == nil {
				r.ThrowTypeError("Incorrect type for array element " + strconv.FormatInt(i, 10) + ": the provided value is not of type 'AbortSignal'.")
			}
			sources = append(sources, so)
		}
		o, s := r.newSignal()
		for _, so := range sources {
			if src := r.signalOf(so); src.aborted {
				s.aborted, s.reason = true, src.reason
				return o
			}
		}
		// As the DOM has it, a signal made by any() follows the sources of
		// the signals of any() among its own sources.
		for _, so := range sources {
			if src := r.signalOf(so); src.sources != nil {
				for _, ss := range src.sources {
					s.follow(o, ss, r.signalOf(ss))
				}
				continue
			}
			s.follow(o, so, r.signalOf(so))
		}
		return o
	})

	_, ctrlProto := r.Class("AbortController", nil, func(call goja.ConstructorCall) *goja.Object {
		sig, _ := r.newSignal()
		return r.newCtrlObject(call.This, sig)
	})
	thisCtrl := func(call goja.FunctionCall) *goja.Object {
		o, _ := call.This.(*goja.Object)
		sig := r.ctrlSignal(o)
		if sig == nil {
			r.ThrowTypeError(IllegalInvocation)
		}
		return sig
	}
	r.Accessor(ctrlProto, "signal", func(call goja.FunctionCall) goja.Value { return thisCtrl(call) }, nil)
	r.Method(ctrlProto, "abort", func(call goja.FunctionCall) goja.Value {
		sig := thisCtrl(call)
		r.abort(sig, r.signalOf(sig), call.Argument(0))
		return goja.Undefined()
	})
}

func (r *Realm) newSignal() (*goja.Object, *abortSignal) {
	return r.newSignalObject(r.rt.CreateObject(r.abortSignalProto))
}

// abort aborts a signal: its reason is set (and that of the signals
// AbortSignal.any made from it), the listeners registered with it are
// removed, a trusted abort event is dispatched on it, and then on each of
// its dependent signals.
func (r *Realm) abort(o *goja.Object, s *abortSignal, reason goja.Value) {
	if s.aborted {
		return
	}
	s.aborted = true
	if goja.IsUndefined(reason) {
		reason = r.abortReason("The operation was aborted", "AbortError")
	}
	s.reason = reason
	var deps []*goja.Object
	for _, d := range s.dependents {
		if ds := r.signalOf(d); !ds.aborted {
			ds.aborted, ds.reason = true, reason
			deps = append(deps, d)
		}
	}
	s.dependents = nil
	r.abortSteps(o, s)
	for _, d := range deps {
		r.abortSteps(d, r.signalOf(d))
	}
}

// abortSteps runs an aborted signal's algorithms and fires its abort event.
func (r *Realm) abortSteps(o *goja.Object, s *abortSignal) {
	algos := s.algos
	s.algos = nil
	for i := 0; i < s.next; i++ {
		if f, ok := algos[i]; ok {
			f()
		}
	}
	// With spec_compliant_dispatch_exceptions, as for a dispatchEvent, each
	// listener's exception is reported and the others run; before, the
	// first one escapes abort().
	if !r.env.SpecExceptions {
		if ex, _ := r.Dispatch(o, r.NewEvent("abort"), Propagate); ex != nil {
			panic(ex)
		}
		return
	}
	r.Dispatch(o, r.NewEvent("abort"), ReportEach)
}

// abortReason is the DOMException of an abort without a reason: workerd
// gives it an own retryable: true.
func (r *Realm) abortReason(message, name string) *goja.Object {
	d := r.NewDOMException(message, name)
	_ = d.Set("retryable", true)
	return d
}

// SignalOf reports whether v is an AbortSignal and, if it is, whether it
// has aborted and its reason. Other packages use it with OnAbort (streams'
// pipeTo follows a signal this way).
func (r *Realm) SignalOf(v goja.Value) (aborted bool, reason goja.Value, ok bool) {
	o, _ := v.(*goja.Object)
	s := r.signalOf(o)
	if s == nil {
		return false, nil, false
	}
	return s.aborted, s.reason, true
}

// OnAbort registers f to run when the AbortSignal v aborts (before its
// abort event is dispatched) and returns a function that unregisters it;
// nil if v is no AbortSignal.
func (r *Realm) OnAbort(v goja.Value, f func()) (remove func()) {
	o, _ := v.(*goja.Object)
	s := r.signalOf(o)
	if s == nil {
		return nil
	}
	return s.onAbort(f)
}
