package builtins

import (
	"github.com/dop251/goja"
	"github.com/mcrepl/mcrepl/internal/gojaprops"
)

// installGroupBy defines Object.groupBy and Map.groupBy (ES2024).
func (b *installer) installGroupBy() {
	notIterable := func(v goja.Value) string {
		return b.typeAndValue(v) + " is not iterable (cannot read property Symbol(Symbol.iterator))"
	}
	if obj := b.intrinsic("Object"); obj != nil {
		b.method(obj, "groupBy", 2, func(call goja.FunctionCall) goja.Value {
			items, cb := b.groupByArgs(call, "Object.groupBy")
			out := b.rt.CreateObject(nil)
			var k int64
			b.forOf(items, notIterable, func(v goja.Value) {
				key := mustCall(cb, v, b.rt.ToValue(k))
				k++
				// ToPropertyKey: a symbol stays a symbol.
				var group goja.Value
				if s, ok := key.(*goja.Symbol); ok {
					group = out.GetSymbol(s)
					if group == nil {
						group = b.rt.NewArray()
						_ = out.SetSymbol(s, group)
					}
				} else {
					group = out.Get(key.String())
					if group == nil {
						group = b.rt.NewArray()
						_ = out.Set(key.String(), group)
					}
				}
				b.push(group.(*goja.Object), v)
			})
			return out
		})
	}
	// Map.groupBy is defined when goja makes Map (patchGlobal).
	b.patchGlobal("Map", func(m *goja.Object) {
		b.method(m, "groupBy", 2, func(call goja.FunctionCall) goja.Value {
			items, cb := b.groupByArgs(call, "Map.groupBy")
			out, err := b.rt.New(m)
			if err != nil {
				panic(err)
			}
			get, _ := goja.AssertFunction(b.proto("Map").Get("get"))
			set, _ := goja.AssertFunction(b.proto("Map").Get("set"))
			var k int64
			b.forOf(items, notIterable, func(v goja.Value) {
				key := mustCall(cb, v, b.rt.ToValue(k))
				k++
				if f, ok := gojaprops.Export(key).(float64); ok && f == 0 {
					key = b.rt.ToValue(0) // -0 becomes +0
				}
				group, err := get(out, key)
				if err != nil {
					panic(err)
				}
				if goja.IsUndefined(group) {
					group = b.rt.NewArray()
					if _, err := set(out, key, group); err != nil {
						panic(err)
					}
				}
				b.push(group.(*goja.Object), v)
			})
			return out
		})
	})
}

func (b *installer) groupByArgs(call goja.FunctionCall, name string) (goja.Value, goja.Callable) {
	items := call.Argument(0)
	if goja.IsUndefined(items) || goja.IsNull(items) {
		b.typeError(name + " called on null or undefined")
	}
	cb, ok := goja.AssertFunction(call.Argument(1))
	if !ok {
		b.typeError(b.describeCallee(call.Argument(1)) + " is not a function")
	}
	return items, cb
}

// push appends v to the array a.
func (b *installer) push(a *goja.Object, v goja.Value) {
	n := a.Get("length").ToInteger()
	_ = a.Set(itoa(n), v)
}

// typeAndValue renders v as V8's "is not iterable" messages do: `number 1`,
// `boolean true`, `string "x"`, `object null`, `undefined`, and only the
// type of an object, a function, a symbol or a BigInt.
func (b *installer) typeAndValue(v goja.Value) string {
	switch {
	case v == nil || goja.IsUndefined(v):
		return "undefined"
	case goja.IsNull(v):
		return "object null"
	}
	if o, ok := v.(*goja.Object); ok {
		if _, isFn := goja.AssertFunction(o); isFn {
			return "function"
		}
		return "object"
	}
	if _, ok := v.(*goja.Symbol); ok {
		return "symbol"
	}
	switch x := gojaprops.Export(v).(type) {
	case string:
		return `string "` + x + `"`
	case bool:
		return "boolean " + v.String()
	case int64, float64:
		return "number " + v.String()
	}
	return "bigint"
}
