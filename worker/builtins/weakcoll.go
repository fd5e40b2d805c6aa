package builtins

import (
	"runtime"
	"sync"
	"weak"

	"github.com/dop251/goja"
)

// Symbols as WeakMap keys and WeakSet values (ES2023): goja's weak
// collections take only objects, so set/get/has/delete (add for WeakSet)
// are wrapped, and a symbol that Symbol.for did not register goes to a
// side table of the collection, held weakly: the entry goes when the
// symbol is collected. Every other key is goja's.

type symbolTable struct {
	mu sync.Mutex // the collector's goroutine drops entries
	m  map[weak.Pointer[goja.Symbol]]goja.Value
}

func (t *symbolTable) drop(k weak.Pointer[goja.Symbol]) {
	t.mu.Lock()
	delete(t.m, k)
	t.mu.Unlock()
}

// weakCollection is what installWeakCollections wraps of WeakMap or WeakSet.
type weakCollection struct {
	ctor, add, invalid string
}

// installWeakCollections wraps WeakMap's and WeakSet's methods when goja
// makes them (patchGlobal).
func (b *installer) installWeakCollections() {
	for _, c := range [...]weakCollection{
		{"WeakMap", "set", "Invalid value used as weak map key"},
		{"WeakSet", "add", "Invalid value used in weak set"},
	} {
		b.patchGlobal(c.ctor, func(ctor *goja.Object) { b.wrapWeakCollection(ctor, c) })
	}
}

func (b *installer) wrapWeakCollection(ctor *goja.Object, c weakCollection) {
	p, _ := ctor.Get("prototype").(*goja.Object)
	if p == nil {
		return
	}
	var tables slots[symbolTable]
	orig := map[string]goja.Callable{}
	for _, m := range []string{c.add, "get", "has", "delete"} {
		if f, ok := goja.AssertFunction(p.Get(m)); ok {
			orig[m] = f
		}
	}
	// brand checks this the way goja's own method does, with a key
	// that is never in the collection
	brand := func(this goja.Value) {
		if _, err := orig["has"](this, b.rt.NewObject()); err != nil {
			panic(err)
		}
	}
	symbol := func(v goja.Value) (*goja.Symbol, bool) {
		s, ok := v.(*goja.Symbol)
		return s, ok
	}
	table := func(this goja.Value, create bool) *symbolTable {
		t := tables.get(this)
		if t == nil && create {
			t = &symbolTable{m: map[weak.Pointer[goja.Symbol]]goja.Value{}}
			tables.put(this.(*goja.Object), t)
		}
		return t
	}
	invalidMsg := c.invalid
	wrap := func(name string, length int, sym func(this goja.Value, s *goja.Symbol, call goja.FunctionCall) goja.Value) {
		f := orig[name]
		if f == nil {
			return
		}
		b.method(p, name, length, func(call goja.FunctionCall) goja.Value {
			if s, ok := symbol(call.Argument(0)); ok {
				brand(call.This)
				return sym(call.This, s, call)
			}
			if _, ok := call.Argument(0).(*goja.Object); !ok {
				// a primitive: V8's message for set/add, no such key
				// for the others (goja throws for both)
				brand(call.This)
				switch name {
				case "set", "add":
					b.typeError(invalidMsg)
				case "get":
					return goja.Undefined()
				}
				return b.rt.ToValue(false)
			}
			return mustCallThis(f, call.This, call.Arguments...)
		})
	}
	invalid := c.invalid
	addLen := 2
	if c.add == "add" {
		addLen = 1
	}
	wrap(c.add, addLen, func(this goja.Value, s *goja.Symbol, call goja.FunctionCall) goja.Value {
		if !b.canBeHeldWeakly(s) {
			b.typeError(invalid)
		}
		t := table(this, true)
		k := weak.Make(s)
		v := call.Argument(1)
		if addLen == 1 {
			v = goja.Undefined()
		}
		t.mu.Lock()
		_, had := t.m[k]
		t.m[k] = v
		t.mu.Unlock()
		if !had {
			runtime.AddCleanup(s, t.drop, k)
		}
		return this
	})
	lookup := func(this goja.Value, s *goja.Symbol) (goja.Value, bool) {
		t := table(this, false)
		if t == nil {
			return nil, false
		}
		t.mu.Lock()
		defer t.mu.Unlock()
		v, ok := t.m[weak.Make(s)]
		return v, ok
	}
	if c.ctor == "WeakMap" {
		wrap("get", 1, func(this goja.Value, s *goja.Symbol, _ goja.FunctionCall) goja.Value {
			if v, ok := lookup(this, s); ok {
				return v
			}
			return goja.Undefined()
		})
	}
	wrap("has", 1, func(this goja.Value, s *goja.Symbol, _ goja.FunctionCall) goja.Value {
		_, ok := lookup(this, s)
		return b.rt.ToValue(ok)
	})
	wrap("delete", 1, func(this goja.Value, s *goja.Symbol, _ goja.FunctionCall) goja.Value {
		t := table(this, false)
		if t == nil {
			return b.rt.ToValue(false)
		}
		k := weak.Make(s)
		t.mu.Lock()
		_, ok := t.m[k]
		delete(t.m, k)
		t.mu.Unlock()
		return b.rt.ToValue(ok)
	})
}
