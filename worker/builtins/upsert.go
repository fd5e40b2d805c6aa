package builtins

import (
	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/internal/gojaprops"
)

// installUpsert defines Map.prototype.getOrInsert and getOrInsertComputed
// and WeakMap's (the upsert proposal, in V8 and so in workerd), when goja
// makes Map and WeakMap (patchGlobal; after installWeakCollections, whose
// wrapped WeakMap methods take symbols). They work through the
// collection's own has, get and set as they were then, with V8's names,
// lengths and messages.
func (b *installer) installUpsert() {
	for _, name := range [...]string{"Map", "WeakMap"} {
		b.patchGlobal(name, func(ctor *goja.Object) { b.defineUpsert(ctor, name) })
	}
}

func (b *installer) defineUpsert(ctor *goja.Object, name string) {
	p, _ := ctor.Get("prototype").(*goja.Object)
	if p == nil {
		return
	}
	has, ok1 := goja.AssertFunction(p.Get("has"))
	get, ok2 := goja.AssertFunction(p.Get("get"))
	set, ok3 := goja.AssertFunction(p.Get("set"))
	if !ok1 || !ok2 || !ok3 {
		return
	}
	weak := name == "WeakMap"
	// brand throws V8's TypeError unless this is a name (goja's has throws
	// for any other receiver).
	brand := func(this goja.Value, method string) {
		if _, err := has(this, b.rt.NewObject()); err != nil {
			b.typeError("Method " + name + ".prototype." + method + " called on incompatible receiver " + b.describe(this))
		}
	}
	normalize := func(key goja.Value) goja.Value {
		if f, ok := gojaprops.Export(key).(float64); ok && f == 0 {
			return b.rt.ToValue(0) // -0 is stored as +0
		}
		return key
	}
	lookup := func(this, key goja.Value) (goja.Value, bool) {
		found, err := has(this, key)
		if err != nil {
			panic(err)
		}
		if !found.ToBoolean() {
			return nil, false
		}
		v, err := get(this, key)
		if err != nil {
			panic(err)
		}
		return v, true
	}
	store := func(this, key, v goja.Value) {
		if _, err := set(this, key, v); err != nil {
			panic(err)
		}
	}
	b.method(p, "getOrInsert", 2, func(call goja.FunctionCall) goja.Value {
		brand(call.This, "getOrInsert")
		key := normalize(call.Argument(0))
		if weak && !b.canBeHeldWeakly(key) {
			b.typeError("Invalid value used as weak map key")
		}
		if v, ok := lookup(call.This, key); ok {
			return v
		}
		v := call.Argument(1)
		store(call.This, key, v)
		return v
	})
	b.method(p, "getOrInsertComputed", 2, func(call goja.FunctionCall) goja.Value {
		brand(call.This, "getOrInsertComputed")
		cb, ok := goja.AssertFunction(call.Argument(1))
		if !ok {
			b.typeError(name + ".prototype.getOrInsertComputed is not a function") // V8's words
		}
		key := normalize(call.Argument(0))
		if weak && !b.canBeHeldWeakly(key) {
			b.typeError("Invalid value used as weak map key")
		}
		if v, ok := lookup(call.This, key); ok {
			return v
		}
		v := mustCall(cb, key)
		store(call.This, key, v) // over what the callback may have set
		return v
	})
}
