package node

import (
	"github.com/mcrepl/mcrepl/internal/gojaprops"
	"math"
	"time"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/builtins"
	"github.com/mcrepl/mcrepl/worker/host"
)

// node:timers' setTimeout and setInterval return a Timeout object (refresh,
// ref, unref, hasRef, close, and a number for Symbol.toPrimitive); with
// enable_nodejs_global_timers they are the global ones, so they are Go:
// every setTimeout of a script at the default date goes through here. The
// timers are the loop's (host.Loop.SetTimer), in one queue with
// setImmediate and the isolate's own setTimeout.

type tmState struct {
	env    *host.Env
	proto  *goja.Object
	ctor   *goja.Object       // Timeout, node:timers' named export
	byID   map[int64]*timeout // the armed ones, for clearTimeout(number)
	nextID int64
}

// timeout is one Timeout: the Go side of a goja dynamic object (so that it
// carries its state without a visible property), whose own properties are
// whatever the script sets on it.
type timeout struct {
	obj    *goja.Object
	id     int64
	fn     goja.Callable
	args   []goja.Value
	delay  time.Duration
	repeat bool
	armed  bool
	unref  bool // unref() was its last ref call: hasRef() is false
	cancel func()
	ctx    *frame

	props map[string]goja.Value
	keys  []string
}

var _ goja.DynamicObject = (*timeout)(nil)

func (t *timeout) Get(key string) goja.Value { return t.props[key] }
func (t *timeout) Has(key string) bool       { _, ok := t.props[key]; return ok }
func (t *timeout) Keys() []string            { return append([]string(nil), t.keys...) }
func (t *timeout) Set(key string, v goja.Value) bool {
	if t.props == nil {
		t.props = map[string]goja.Value{}
	}
	if _, ok := t.props[key]; !ok {
		t.keys = append(t.keys, key)
	}
	t.props[key] = v
	return true
}
func (t *timeout) Delete(key string) bool {
	if _, ok := t.props[key]; ok {
		delete(t.props, key)
		for i, k := range t.keys {
			if k == key {
				t.keys = append(t.keys[:i], t.keys[i+1:]...)
				break
			}
		}
	}
	return true
}

// timeoutOf returns the Timeout v is, or nil.
func timeoutOf(v goja.Value) *timeout {
	if o, ok := v.(*goja.Object); ok {
		t, _ := gojaprops.Export(o).(*timeout)
		return t
	}
	return nil
}

type tmKey struct{}

func timeouts(env *host.Env) *tmState {
	return host.State(env, tmKey{}, func() *tmState {
		s := &tmState{env: env, byID: map[int64]*timeout{}}
		r, rt := env.Realm, env.RT
		// new Timeout(callback, after = 1, args = [], isRepeat = false)
		// arms a timer, as workerd's does.
		ctor, proto := r.Class("Timeout", nil, func(call goja.ConstructorCall) *goja.Object {
			args := []goja.Value{call.Argument(0), rt.ToValue(1)}
			if a := call.Argument(1); !goja.IsUndefined(a) {
				args[1] = a
			}
			if a, ok := call.Argument(2).(*goja.Object); ok {
				var rest []goja.Value
				if err := rt.ExportTo(a, &rest); err == nil {
					args = append(args, rest...)
				}
			}
			return s.set(goja.FunctionCall{Arguments: args}, call.Argument(3).ToBoolean()).(*goja.Object)
		})
		_ = ctor.DefineDataProperty("length", rt.ToValue(1), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
		s.proto, s.ctor = proto, ctor
		// workerd's Timeout is a plain JS class: no toStringTag.
		_ = proto.DeleteSymbol(goja.SymToStringTag)
		_ = proto.Delete("constructor")
		method := func(name string, f func(t *timeout, this goja.Value) goja.Value) {
			_ = proto.DefineDataProperty(name, r.Func(name, 0, func(call goja.FunctionCall) goja.Value {
				return f(timeoutOf(call.This), call.This)
			}), goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
		}
		_ = proto.DefineDataProperty("constructor", ctor, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
		method("refresh", func(t *timeout, this goja.Value) goja.Value {
			if t != nil && t.armed {
				t.cancel()
				s.arm(t)
			}
			return this
		})
		// ref and unref only flip what hasRef says: a Worker's timers keep
		// no process alive either way.
		refTo := func(unref bool) func(*timeout, goja.Value) goja.Value {
			return func(t *timeout, this goja.Value) goja.Value {
				if t != nil {
					t.unref = unref
				}
				return this
			}
		}
		method("unref", refTo(true))
		method("ref", refTo(false))
		method("hasRef", func(t *timeout, _ goja.Value) goja.Value { return rt.ToValue(t == nil || !t.unref) })
		method("close", func(t *timeout, this goja.Value) goja.Value {
			s.clear(t)
			return this
		})
		{
			// The one Symbol.dispose is, whatever the script did to Symbol.
			_ = proto.DefineDataPropertySymbol(builtins.SymDispose, r.Func("[Symbol.dispose]", 0, func(call goja.FunctionCall) goja.Value {
				s.clear(timeoutOf(call.This))
				return goja.Undefined()
			}), goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
		}
		_ = proto.DefineDataPropertySymbol(goja.SymToPrimitive, r.Func("[Symbol.toPrimitive]", 0, func(call goja.FunctionCall) goja.Value {
			if t := timeoutOf(call.This); t != nil {
				return rt.ToValue(t.id)
			}
			return goja.NaN()
		}), goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_TRUE)
		return s
	})
}

// set is setTimeout / setInterval(callback, delay, ...args).
func (s *tmState) set(call goja.FunctionCall, repeat bool) goja.Value {
	env := s.env
	fn, ok := goja.AssertFunction(call.Argument(0))
	if !ok {
		panic(s.argError(call.Argument(0)))
	}
	env.RefuseInGlobalScope()
	ms := call.Argument(1).ToFloat()
	if math.IsNaN(ms) || ms < 0 || ms > math.MaxInt32 {
		ms = 0
	}
	var args []goja.Value
	if len(call.Arguments) > 2 {
		args = append(args, call.Arguments[2:]...)
	}
	s.nextID++
	t := &timeout{id: s.nextID, fn: fn, args: args,
		delay: time.Duration(ms * float64(time.Millisecond)), repeat: repeat, ctx: grab(env)}
	t.obj = env.RT.NewDynamicObject(t)
	_ = t.obj.SetPrototype(s.proto)
	s.byID[t.id] = t
	s.arm(t)
	return t.obj
}

// argError is Node's ERR_INVALID_ARG_TYPE for the callback.
func (s *tmState) argError(v goja.Value) goja.Value {
	errs := stateOf(s.env).load("internal/errors", true).ToObject(s.env.RT)
	f, _ := goja.AssertFunction(errs.Get("invalidArgType"))
	e, err := f(goja.Undefined(), s.env.RT.ToValue("callback"), s.env.RT.ToValue("function"), v)
	if err != nil {
		panic(err)
	}
	return e
}

func (s *tmState) arm(t *timeout) {
	env := s.env
	t.armed = true
	t.cancel = env.Loop.SetTimer(t.delay, func() {
		if t.repeat {
			s.arm(t)
		} else {
			s.forget(t)
		}
		restore := resume(env, t.ctx)
		// this is the global object, as in workerd (Node passes the Timeout).
		if _, err := env.Loop.Call(t.fn, env.Global, t.args...); err != nil {
			env.Loop.ReportTaskException(err)
		}
		restore()
	})
}

// forget drops a Timeout that will not fire again; it keeps its number.
func (s *tmState) forget(t *timeout) {
	t.armed = false
	delete(s.byID, t.id)
}

func (s *tmState) clear(t *timeout) {
	if t == nil || !t.armed {
		return
	}
	t.cancel()
	s.forget(t)
}

// clearFunc is clearTimeout / clearInterval: a Timeout, or its number.
func (s *tmState) clearFunc(call goja.FunctionCall) goja.Value {
	s.env.RefuseInGlobalScope()
	switch v := call.Argument(0).(type) {
	case *goja.Object:
		s.clear(timeoutOf(v))
	case *goja.Symbol:
		// No timer's id: ignored, as workerd ignores it (ToInteger would throw).
	default:
		if goja.IsUndefined(v) || goja.IsNull(v) {
			break
		}
		s.clear(s.byID[v.ToInteger()])
	}
	return goja.Undefined()
}

type tmFuncsKey struct{}

// timerFuncs are node:timers' four functions, built once per isolate.
func timerFuncs(env *host.Env) map[string]goja.Value {
	return host.State(env, tmFuncsKey{}, func() map[string]goja.Value { return newTimerFuncs(env) })
}

func newTimerFuncs(env *host.Env) map[string]goja.Value {
	s := timeouts(env)
	r := env.Realm
	return map[string]goja.Value{
		"setTimeout":    r.Func("setTimeout", 2, func(call goja.FunctionCall) goja.Value { return s.set(call, false) }),
		"setInterval":   r.Func("setInterval", 2, func(call goja.FunctionCall) goja.Value { return s.set(call, true) }),
		"clearTimeout":  r.Func("clearTimeout", 1, s.clearFunc),
		"clearInterval": r.Func("clearInterval", 1, s.clearFunc),
	}
}
