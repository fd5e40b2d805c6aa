package web

import (
	"math"
	"time"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/events"
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
// with its reason as workerd's C++ passes it back (tunnel).
func (s *state) wait(call goja.FunctionCall) goja.Value {
	if o, ok := call.This.(*goja.Object); !ok || o != s.scheduler {
		s.env.ThrowTypeError(events.IllegalInvocation)
	}
	p, resolve, reject := s.rt.NewPromise()
	if len(call.Arguments) < 1 {
		_ = reject(s.rt.NewTypeError("Failed to execute 'wait' on 'Scheduler': parameter 1 is not of type 'number'."))
		return s.rt.ToValue(p)
	}
	var ms float64
	// What converting the delay throws (a Symbol, an object's valueOf) rejects.
	if ex := s.rt.Try(func() { ms = call.Arguments[0].ToFloat() }); ex != nil {
		_ = reject(ex.Value())
		return s.rt.ToValue(p)
	}
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
	if signal != nil && !goja.IsUndefined(signal) {
		aborted, reason, ok := s.env.Realm.SignalOf(signal)
		if !ok {
			_ = reject(s.rt.NewTypeError("Incorrect type for the 'signal' field on 'WaitOptions': the provided value is not of type 'AbortSignal'."))
			return s.rt.ToValue(p)
		}
		if aborted {
			_ = reject(s.tunnel(reason, false))
			return s.rt.ToValue(p)
		}
	}
	if v, refused := s.env.RejectInGlobalScope(); refused {
		return v
	}
	var remove func()
	cancel := s.env.Loop.SetTimer(time.Duration(ms*float64(time.Millisecond)), func() {
		if remove != nil {
			remove()
		}
		_ = resolve(goja.Undefined())
	})
	if signal != nil && !goja.IsUndefined(signal) {
		sig := signal
		remove = s.env.Realm.OnAbort(signal, func() {
			cancel()
			_, reason, _ := s.env.Realm.SignalOf(sig)
			_ = reject(s.tunnel(reason, true))
		})
	}
	return s.rt.ToValue(p)
}

// tunnel is what workerd makes of an abort reason that rejects a wait: the
// reason goes through a C++ exception and back, so the rejection is a new
// error of the same kind and message: a DOMException keeps its name (and,
// for an abort while waiting, retry, an own retryable), a TypeError,
// RangeError or Error its type, any other value becomes an Error of its
// string (an object "#<Name>").
func (s *state) tunnel(v goja.Value, retry bool) goja.Value {
	in := s.env.Intrinsics()
	o, isObj := v.(*goja.Object)
	if !isObj {
		if v == nil || goja.IsUndefined(v) {
			return s.env.Realm.NewDOMException("The operation was aborted", "AbortError")
		}
		return in.NewError(s.rt, in.Error, v.String())
	}
	protoOf := func(c *goja.Object) *goja.Object {
		if c == nil {
			return nil
		}
		p, _ := c.Get("prototype").(*goja.Object)
		return p
	}
	msg := func() string {
		m := o.Get("message")
		if m == nil || goja.IsUndefined(m) {
			return ""
		}
		return m.String()
	}
	for p := o.Prototype(); p != nil; p = p.Prototype() {
		if dom := protoOf(s.env.Realm.Ctor("DOMException")); dom != nil && p == dom {
			name := o.Get("name")
			e := s.env.Realm.NewDOMException(msg(), name.String())
			if r := o.GetOwnPropertyNames(); r != nil {
				for _, k := range r {
					if k == "retryable" && retry {
						_ = e.Set("retryable", o.Get("retryable"))
					}
				}
			}
			return e
		}
		for _, c := range []*goja.Object{in.TypeError, in.RangeError, in.Error} {
			if pc := protoOf(c); pc != nil && p == pc {
				return in.NewError(s.rt, c, msg())
			}
		}
	}
	name := "Object"
	if c, ok := o.Get("constructor").(*goja.Object); ok {
		if n, ok := c.Get("name").Export().(string); ok && n != "" {
			name = n
		}
	}
	return in.NewError(s.rt, in.Error, "#<"+name+">")
}
