package builtins

import (
	"runtime"
	"sync"
	"weak"

	"github.com/dop251/goja"
)

// WeakRef and FinalizationRegistry (ES2021) on Go's weak pointers and
// runtime.AddCleanup. Collection is best-effort, as in V8: a target goes
// when Go's collector finds it unreachable from JS. A target stays alive
// until the end of the turn in which a WeakRef was made or dereferenced
// (the spec's KeepDuringJob), so deref() is stable within a turn.
// Cleanup callbacks run as tasks of their own, when the loop next turns
// after the collector has reported the targets.

type weakRef struct {
	obj *weak.Pointer[goja.Object]
	sym *weak.Pointer[goja.Symbol]
}

type weakState struct {
	refs    slots[weakRef]
	regs    slots[finRegistry]
	kept    []goja.Value
	clearer bool // a task is armed to clear kept and run cleanups

	mu      sync.Mutex // pending is filled by the collector's goroutine
	pending []*finCell
}

type finRegistry struct {
	cleanup goja.Callable
	cells   map[*finCell]struct{}
}

type finCell struct {
	reg    *finRegistry
	held   goja.Value
	token  any // a weak.Pointer to the unregister token, nil: none
	handle runtime.Cleanup
}

func (b *installer) weakState() *weakState {
	if b.weak == nil {
		b.weak = &weakState{}
	}
	return b.weak
}

// canBeHeldWeakly is the spec's CanBeHeldWeakly: an object, or a symbol
// that Symbol.for did not register.
func (b *installer) canBeHeldWeakly(v goja.Value) bool {
	switch x := v.(type) {
	case *goja.Object:
		return true
	case *goja.Symbol:
		keyFor, ok := goja.AssertFunction(b.intrinsic("Symbol").Get("keyFor"))
		if !ok {
			return false
		}
		r, err := keyFor(goja.Undefined(), x)
		return err == nil && goja.IsUndefined(r)
	}
	return false
}

// keep holds v strongly until the end of the current turn.
func (b *installer) keep(v goja.Value) {
	ws := b.weakState()
	ws.kept = append(ws.kept, v)
	b.armClearer()
}

// armClearer arms one task that clears the kept list and runs pending
// finalization callbacks.
func (b *installer) armClearer() {
	ws := b.weakState()
	if ws.clearer || b.env == nil || b.env.Loop == nil {
		return
	}
	ws.clearer = true
	b.env.Loop.SetTimer(0, func() {
		ws.clearer = false
		ws.kept = nil
		b.runCleanups()
	})
}

func (b *installer) runCleanups() {
	ws := b.weakState()
	ws.mu.Lock()
	cells := ws.pending
	ws.pending = nil
	ws.mu.Unlock()
	for _, c := range cells {
		if _, live := c.reg.cells[c]; !live {
			continue // unregistered meanwhile
		}
		delete(c.reg.cells, c)
		if _, err := b.env.Loop.Call(c.reg.cleanup, goja.Undefined(), c.held); err != nil {
			b.env.Loop.ReportException(err)
		}
	}
}

func (b *installer) weakRefCtor() goja.Value {
	ws := b.weakState()
	c, proto := b.ctor("WeakRef", 1, func(call goja.ConstructorCall) *goja.Object {
		t := call.Argument(0)
		if !b.canBeHeldWeakly(t) {
			b.typeError("WeakRef: invalid target")
		}
		r := &weakRef{}
		if o, ok := t.(*goja.Object); ok {
			p := weak.Make(o)
			r.obj = &p
		} else {
			p := weak.Make(t.(*goja.Symbol))
			r.sym = &p
		}
		ws.refs.put(call.This, r)
		b.keep(t)
		return nil
	})
	b.method(proto, "deref", 0, func(call goja.FunctionCall) goja.Value {
		r := ws.refs.get(call.This)
		if r == nil {
			b.typeError("Method WeakRef.prototype.deref called on incompatible receiver " + b.describe(call.This))
		}
		var v goja.Value
		if r.obj != nil {
			if o := r.obj.Value(); o != nil {
				v = o
			}
		} else if s := r.sym.Value(); s != nil {
			v = s
		}
		if v == nil {
			return goja.Undefined()
		}
		b.keep(v)
		return v
	})
	b.tag(proto, "WeakRef")
	return c
}

func (b *installer) finalizationRegistryCtor() goja.Value {
	ws := b.weakState()
	c, proto := b.ctor("FinalizationRegistry", 1, func(call goja.ConstructorCall) *goja.Object {
		fn, ok := goja.AssertFunction(call.Argument(0))
		if !ok {
			b.typeError("FinalizationRegistry: cleanup must be callable")
		}
		ws.regs.put(call.This, &finRegistry{cleanup: fn, cells: map[*finCell]struct{}{}})
		return nil
	})
	this := func(call goja.FunctionCall, name string) *finRegistry {
		r := ws.regs.get(call.This)
		if r == nil {
			b.typeError("Method FinalizationRegistry.prototype." + name + " called on incompatible receiver " + b.describe(call.This))
		}
		return r
	}
	badToken := func(v goja.Value) {
		b.typeError("Invalid unregisterToken ('" + v.String() + "')")
	}
	b.method(proto, "register", 2, func(call goja.FunctionCall) goja.Value {
		r := this(call, "register")
		target, held, token := call.Argument(0), call.Argument(1), call.Argument(2)
		if !b.canBeHeldWeakly(target) {
			b.typeError("FinalizationRegistry.prototype.register: invalid target")
		}
		if target.SameAs(held) {
			b.typeError("FinalizationRegistry.prototype.register: target and holdings must not be same")
		}
		if !goja.IsUndefined(token) && !b.canBeHeldWeakly(token) {
			badToken(token)
		}
		cell := &finCell{reg: r, held: held}
		if !goja.IsUndefined(token) {
			cell.token = weakKey(token)
		}
		r.cells[cell] = struct{}{}
		queue := func(c *finCell) {
			ws.mu.Lock()
			ws.pending = append(ws.pending, c)
			ws.mu.Unlock()
		}
		if o, ok := target.(*goja.Object); ok {
			cell.handle = runtime.AddCleanup(o, queue, cell)
		} else {
			cell.handle = runtime.AddCleanup(target.(*goja.Symbol), queue, cell)
		}
		b.armClearer()
		return goja.Undefined()
	})
	b.method(proto, "unregister", 1, func(call goja.FunctionCall) goja.Value {
		r := this(call, "unregister")
		token := call.Argument(0)
		if !b.canBeHeldWeakly(token) {
			badToken(token)
		}
		removed := false
		key := weakKey(token)
		for c := range r.cells {
			if c.token != nil && c.token == key {
				c.handle.Stop()
				delete(r.cells, c)
				removed = true
			}
		}
		return b.rt.ToValue(removed)
	})
	b.tag(proto, "FinalizationRegistry")
	return c
}

// weakKey is a comparable weak reference to an object or symbol: two keys
// of the same value are equal, and neither keeps it alive.
func weakKey(v goja.Value) any {
	if o, ok := v.(*goja.Object); ok {
		return weak.Make(o)
	}
	return weak.Make(v.(*goja.Symbol))
}
