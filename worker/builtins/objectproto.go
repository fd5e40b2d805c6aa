package builtins

import (
	"slices"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"
)

// installObjectProto defines Annex B's legacy accessor methods on
// Object.prototype (__defineGetter__, __defineSetter__, __lookupGetter__,
// __lookupSetter__), which V8 has and goja lacks, and gives
// Object.prototype V8's key order. Old libraries and minified bundles
// still call them. They are made when something first touches them
// (protolazy.go).
func (b *installer) installObjectProto() {
	if p := b.proto("Object"); p != nil {
		b.defineProtoMethods(&objectProtoTmpl, p, objectMethods[:])
	}
}

// objectProtoOrder is Object.prototype's own keys in V8's order.
var objectProtoOrder = []unistring.String{"constructor", "__defineGetter__", "__defineSetter__",
	"hasOwnProperty", "__lookupGetter__", "__lookupSetter__", "isPrototypeOf",
	"propertyIsEnumerable", "toString", "valueOf", "__proto__", "toLocaleString"}

var objectProtoTmpl = protoTemplate{order: objectProtoOrder}

var objectMethods = [...]protoMethod{
	{name: "__defineGetter__", length: 2, make: func(b *installer, _ goja.Callable) func(goja.FunctionCall) goja.Value {
		return b.defineAccessor("__defineGetter__", false)
	}},
	{name: "__defineSetter__", length: 2, make: func(b *installer, _ goja.Callable) func(goja.FunctionCall) goja.Value {
		return b.defineAccessor("__defineSetter__", true)
	}},
	{name: "__lookupGetter__", length: 1, make: func(b *installer, _ goja.Callable) func(goja.FunctionCall) goja.Value {
		return b.lookupAccessor("get")
	}},
	{name: "__lookupSetter__", length: 1, make: func(b *installer, _ goja.Callable) func(goja.FunctionCall) goja.Value {
		return b.lookupAccessor("set")
	}},
}

// defineAccessor is B.2.2.2 and B.2.2.3: ToObject(this), then the
// callable check, then ToPropertyKey, then DefinePropertyOrThrow with an
// enumerable, configurable accessor, in V8's order.
func (b *installer) defineAccessor(name string, setter bool) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		o := call.This.ToObject(b.rt)
		f := call.Argument(1)
		if _, ok := goja.AssertFunction(f); !ok {
			b.typeError("Object.prototype." + name + ": Expecting function")
		}
		var get, set goja.Value
		if setter {
			set = f
		} else {
			get = f
		}
		var err error
		switch k := propertyKey(call.Argument(0)).(type) {
		case *goja.Symbol:
			err = o.DefineAccessorPropertySymbol(k, get, set, goja.FLAG_TRUE, goja.FLAG_TRUE)
		default:
			err = o.DefineAccessorProperty(k.String(), get, set, goja.FLAG_TRUE, goja.FLAG_TRUE)
		}
		if err != nil {
			panic(err)
		}
		return goja.Undefined()
	}
}

// lookupAccessor is B.2.2.4 and B.2.2.5: the getter or setter of the first
// own property named key along this's prototype chain, through each
// object's [[GetOwnProperty]] (a proxy's traps see the calls V8 makes).
func (b *installer) lookupAccessor(which string) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		o := call.This.ToObject(b.rt)
		key := propertyKey(call.Argument(0))
		for ; o != nil; o = o.Prototype() {
			d, err := b.gopd(nil, o, key)
			if err != nil {
				panic(err)
			}
			desc, ok := d.(*goja.Object)
			if !ok {
				continue
			}
			// The descriptor object is fresh: its own keys say whether it
			// describes an accessor, whatever Object.prototype inherits.
			if slices.Contains(desc.GetOwnPropertyNames(), which) {
				return desc.Get(which)
			}
			return goja.Undefined()
		}
		return goja.Undefined()
	}
}

// propertyKey is ToPropertyKey: a symbol stays a symbol, anything else
// becomes a string (an object through its toString, as ToPrimitive with
// hint string does; one whose Symbol.toPrimitive returns a symbol throws
// goja's TypeError for the conversion where V8 would use the symbol).
func propertyKey(v goja.Value) goja.Value {
	if _, ok := v.(*goja.Symbol); ok {
		return v
	}
	return v.ToString()
}
