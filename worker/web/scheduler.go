package web

import (
	"math"
	"time"

	"github.com/dop251/goja"
)

// Scheduler: wait(delay, { signal }) on the prototype of the one instance.
func (s *state) initScheduler() {
	if s.scheduler != nil {
		return
	}
	r := s.env.Realm
	_, proto := r.Class("Scheduler", nil, nil)
	r.Method(proto, "wait", s.wait)
	s.finishProto(proto)
	s.scheduler = s.rt.CreateObject(proto)
}

// wait resolves after delay milliseconds. Its argument errors reject the
// promise rather than throw, as workerd's do; an aborted signal rejects it
// with workerd's AbortError.
func (s *state) wait(call goja.FunctionCall) goja.Value {
	p, resolve, reject := s.rt.NewPromise()
	if len(call.Arguments) < 1 {
		_ = reject(s.rt.NewTypeError("Failed to execute 'wait' on 'Scheduler': parameter 1 is not of type 'number'."))
		return s.rt.ToValue(p)
	}
	ms := call.Arguments[0].ToFloat()
	if math.IsNaN(ms) || ms < 0 {
		ms = 0
	}
	var signal goja.Value
	if o, ok := call.Argument(1).(*goja.Object); ok {
		signal = o.Get("signal")
	} else if v := call.Argument(1); !goja.IsUndefined(v) && !goja.IsNull(v) {
		_ = reject(s.rt.NewTypeError("Failed to execute 'wait' on 'Scheduler': parameter 2 is not of type 'WaitOptions'."))
		return s.rt.ToValue(p)
	}
	abortErr := func() goja.Value {
		return s.env.Realm.NewDOMException("The operation was aborted", "AbortError")
	}
	if signal != nil && !goja.IsUndefined(signal) {
		aborted, _, ok := s.env.Realm.SignalOf(signal)
		if !ok {
			_ = reject(s.rt.NewTypeError("Failed to execute 'wait' on 'Scheduler': parameter 2 is not of type 'WaitOptions'."))
			return s.rt.ToValue(p)
		}
		if aborted {
			_ = reject(abortErr())
			return s.rt.ToValue(p)
		}
	}
	var remove func()
	cancel := s.env.Loop.SetTimer(time.Duration(ms*float64(time.Millisecond)), func() {
		if remove != nil {
			remove()
		}
		_ = resolve(goja.Undefined())
	})
	if signal != nil && !goja.IsUndefined(signal) {
		remove = s.env.Realm.OnAbort(signal, func() {
			cancel()
			_ = reject(abortErr())
		})
	}
	return s.rt.ToValue(p)
}
