package events

import (
	"github.com/dop251/goja"
)

// abortSignal is the Go side of an AbortSignal (which is also a Target).
type abortSignal struct {
	aborted bool
	reason  goja.Value
	algos   map[int]func()
	next    int
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

func (r *Realm) signalOf(o *goja.Object) *abortSignal {
	if o == nil {
		return nil
	}
	return r.signals[o]
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
	r.Method(sigProto, "throwIfAborted", func(call goja.FunctionCall) goja.Value {
		if s := thisSignal(call); s.aborted {
			panic(s.reason)
		}
		return goja.Undefined()
	})
	_ = sigCtor.DefineDataProperty("abort", r.Func("abort", 0, func(call goja.FunctionCall) goja.Value {
		o, s := r.newSignal()
		r.abort(o, s, call.Argument(0))
		return o
	}), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)

	_, ctrlProto := r.Class("AbortController", nil, func(call goja.ConstructorCall) *goja.Object {
		o, _ := r.newSignal()
		r.ctrls[call.This] = o
		return nil
	})
	thisCtrl := func(call goja.FunctionCall) *goja.Object {
		o, _ := call.This.(*goja.Object)
		sig := r.ctrls[o]
		if sig == nil {
			r.ThrowTypeError(IllegalInvocation)
		}
		return sig
	}
	r.Accessor(ctrlProto, "signal", func(call goja.FunctionCall) goja.Value { return thisCtrl(call) }, nil)
	r.Method(ctrlProto, "abort", func(call goja.FunctionCall) goja.Value {
		sig := thisCtrl(call)
		r.abort(sig, r.signals[sig], call.Argument(0))
		return goja.Undefined()
	})
}

func (r *Realm) newSignal() (*goja.Object, *abortSignal) {
	o := r.rt.CreateObject(r.abortSignalProto)
	s := &abortSignal{reason: goja.Undefined()}
	r.signals[o] = s
	r.NewTarget(o)
	return o, s
}

// abort aborts a signal: its reason is set, the listeners registered with
// it are removed, and a trusted abort event is dispatched on it.
func (r *Realm) abort(o *goja.Object, s *abortSignal, reason goja.Value) {
	if s.aborted {
		return
	}
	s.aborted = true
	if goja.IsUndefined(reason) {
		reason = r.NewDOMException("This operation was aborted", "AbortError")
	}
	s.reason = reason
	algos := s.algos
	s.algos = nil
	for i := 0; i < s.next; i++ {
		if f, ok := algos[i]; ok {
			f()
		}
	}
	if ex, _ := r.Dispatch(o, r.NewEvent("abort"), Propagate); ex != nil {
		panic(ex)
	}
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
