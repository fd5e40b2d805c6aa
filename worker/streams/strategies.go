package streams

import (
	"github.com/dop251/goja"
)

// queuingStrategy is ByteLengthQueuingStrategy or CountQueuingStrategy
// (§7).
type queuingStrategy struct {
	hwm goja.Value
}

func (r *realm) initStrategies() {
	var wrap goja.Callable
	for _, name := range []string{"ByteLengthQueuingStrategy", "CountQueuingStrategy"} {
		name := name
		// workerd's size is a new anonymous function at every read, with a
		// prototype property, and constructible (the standard has one
		// shared built-in function that is not a constructor): an ordinary
		// function of length 0 around the Go one.
		var impl goja.Value
		if name == "CountQueuingStrategy" {
			impl = r.rt.ToValue(func(goja.FunctionCall) goja.Value { return r.rt.ToValue(1) })
		} else {
			impl = r.rt.ToValue(func(call goja.FunctionCall) goja.Value {
				o, ok := call.Argument(0).(*goja.Object)
				if !ok {
					r.throwType("Cannot read properties of " + call.Argument(0).String() + " (reading 'byteLength')")
				}
				return o.Get("byteLength")
			})
		}
		size := func() goja.Value {
			if wrap == nil {
				v, err := r.rt.RunString("(function (f) { return function () { return f(arguments[0]); }; })")
				if err != nil {
					panic(err)
				}
				wrap, _ = goja.AssertFunction(v)
			}
			f, err := wrap(goja.Undefined(), impl)
			if err != nil {
				panic(err)
			}
			return f
		}
		_, proto := r.class(name, nil, func(call goja.ConstructorCall) *goja.Object {
			o, ok := call.Argument(0).(*goja.Object)
			if !ok {
				r.throwType("Failed to construct '" + name + "': constructor parameter 1 is not of type 'QueuingStrategyInit'.")
			}
			h := member(o, "highWaterMark")
			if !goja.IsUndefined(h) {
				h = r.rt.ToValue(h.ToFloat())
			}
			return r.own(call.This, &queuingStrategy{hwm: h})
		})
		r.getter(proto, "highWaterMark", func(call goja.FunctionCall) goja.Value {
			q := slot[queuingStrategy](r, call.This)
			if q == nil {
				r.illegal()
			}
			return q.hwm
		})
		r.getter(proto, "size", func(call goja.FunctionCall) goja.Value {
			if slot[queuingStrategy](r, call.This) == nil {
				r.illegal()
			}
			return size()
		})
	}
}
