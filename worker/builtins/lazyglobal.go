package builtins

import (
	"sync"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"

	"github.com/mcrepl/mcrepl/internal/gojaprops"
)

// Patches applied when goja makes a global (OnFirstUse), not at start-up.
//
// goja makes most of its globals on first use: the global object is a
// templated object whose properties come from factory functions, called the
// first time anything reads (or writes, defines, deletes, lists) the
// property. Making Map makes Map.prototype and its methods; making the
// eleven typed array constructors, and wrapping each (the guards in package
// worker), was most of the guards' cost: ~1000 of their ~1200 allocations.
// The globals of hookable come into being only through their global's
// factory (no literal, no other built-in and no Go API of goja makes them:
// goja's own calls of getMap and the like are inside these built-ins), so a
// patch applied by the factory, before the value reaches whatever read it,
// is one that no script can tell from a patch applied at start-up.
//
// Each runtime's global object is given a copy of goja's template, made once
// per process, in which the factory of each hookable global calls goja's and
// then the runtime's hooks (found through its installer), once: the value
// they return is the global's, then and on every later call. Nothing a script
// can see changes: the global's value, its attributes (goja's factory makes
// the property; only its value is replaced, in place) and the order of the
// global object's keys (the template's) are what a patch at start-up gives.
// When goja's layout is not the one expected, OnFirstUse reports false and the
// caller patches at once, as before.
//
// Measured on 2026-12-02 (2-core VM, allocations: the times of the shared
// machine drift): BenchmarkInstall 3203 -> 2787 allocations with Map,
// WeakMap, WeakSet and Math made on first use (2731 with the rest of that
// day's work); installGuards' typed arrays 950 -> 25 allocations (the
// wrappers are built when something reads the constructors: at start-up
// host.Env.Capture still reads all eleven, so BenchmarkNew gains less,
// 8771 -> 8483). Rejected: hooking RegExp (a regular expression literal
// makes RegExp.prototype and the constructor without the global's factory)
// and the error constructors (goja's own errors reach their prototypes).

// hookable are the globals OnFirstUse can patch.
var hookable = [...]string{"Map", "WeakMap", "WeakSet", "Math",
	"Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array",
	"Int32Array", "Uint32Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array"}

// hookIndex is name's index in hookable, -1 when it has none.
func hookIndex(name string) int {
	for i, n := range hookable {
		if n == name {
			return i
		}
	}
	return -1
}

// lazyTemplate is the copy of goja's global template that the runtimes get,
// made once per process.
type lazyTemplate struct {
	ok   bool
	tmpl *gojaprops.Template
	lay  *gojaprops.Layout
}

var (
	lazyOnce sync.Once
	lazyTmpl lazyTemplate
)

type ifaceWords struct{ tab, data unsafe.Pointer }

// learnLazyTemplate copies the template of global, a fresh runtime's global
// object, with the hooking factories.
func learnLazyTemplate(global *goja.Object) {
	lay, ok := gojaprops.Learnt()
	if !ok {
		return
	}
	t, ok := gojaprops.CopyTemplate(global)
	if !ok {
		return
	}
	for i, name := range hookable {
		of := t.Props[unistring.String(name)]
		if of == nil {
			return
		}
		t.Props[unistring.String(name)] = func(r *goja.Runtime) goja.Value {
			v := of(r)
			if b := installerFor(r); b != nil && b.lazy != nil {
				b.lazy.apply(i, v)
			}
			return v
		}
	}
	lazyTmpl = lazyTemplate{ok: true, tmpl: t, lay: lay}
}

// lazyGlobals is a runtime's hooks.
type lazyGlobals struct {
	hooks [len(hookable)][]func(*goja.Object) *goja.Object
	done  [len(hookable)]bool
	val   [len(hookable)]*goja.Object // the global's value, once made
}

// newLazyGlobals gives rt's global object the hooking template; nil when it
// cannot (the global object is not goja's fresh one, or goja's layout is
// not the one expected).
func newLazyGlobals(rt *goja.Runtime) *lazyGlobals {
	g := rt.GlobalObject()
	lazyOnce.Do(func() { learnLazyTemplate(g) })
	if l := &lazyTmpl; !l.ok || !l.tmpl.Install(g) {
		return nil
	}
	return &lazyGlobals{}
}

// apply runs the hooks of global i on the value its factory made, v (the
// property, a fresh one at each call), the first time, and gives v the value
// they returned.
func (lg *lazyGlobals) apply(i int, v goja.Value) {
	w := (*ifaceWords)(unsafe.Pointer(&v))
	lay := lazyTmpl.lay
	if w.tab != lay.PropTab || w.tab == nil {
		return
	}
	slot := (*goja.Value)(unsafe.Add(w.data, lay.PropValue))
	if !lg.done[i] {
		o, _ := (*slot).(*goja.Object)
		if o == nil {
			return
		}
		lg.done[i] = true
		lg.val[i] = o
		hooks := lg.hooks[i]
		lg.hooks[i] = nil
		for _, h := range hooks {
			if n := h(lg.val[i]); n != nil {
				lg.val[i] = n
			}
		}
	}
	*slot = lg.val[i]
}

// OnFirstUse arranges for hook to run on rt's global name (one of goja's
// Map, WeakMap, WeakSet, Math and typed array constructors) when goja makes
// it, before any code gets it: the object hook returns (the one it got, or a
// replacement) is the global's value. It reports false, having done nothing,
// when it cannot: name is not such a global, it is made already, or rt was
// not given the builtins (Install); the caller then patches the global at
// once. Hooks of one name run in the order they were added. Loop goroutine,
// before any script runs.
func OnFirstUse(rt *goja.Runtime, name string, hook func(*goja.Object) *goja.Object) bool {
	b := installerFor(rt)
	return b != nil && b.onFirstUse(name, hook)
}

// Made returns rt's own global name (one of the globals OnFirstUse can
// patch), made now if nothing has made it yet, with its first-use patches
// applied: the isolate's value whatever a script did to the global since.
// It returns nil when rt's globals are not made on first use (OnFirstUse
// would report false for every name): read the global before any script
// runs instead. Loop goroutine.
func Made(rt *goja.Runtime, name string) *goja.Object {
	b := installerFor(rt)
	i := hookIndex(name)
	if b == nil || b.lazy == nil || i < 0 {
		return nil
	}
	return b.made(i)
}

// MadeOnFirstUse reports whether Made works for rt: its globals are made on
// first use. Loop goroutine.
func MadeOnFirstUse(rt *goja.Runtime) bool {
	b := installerFor(rt)
	return b != nil && b.lazy != nil
}

func (b *installer) onFirstUse(name string, hook func(*goja.Object) *goja.Object) bool {
	i := hookIndex(name)
	if b.lazy == nil || i < 0 || b.lazy.done[i] {
		return false
	}
	if p, ok := gojaprops.Own(b.rt.GlobalObject(), unistring.String(name)); !ok || !p.Builtin {
		return false
	}
	b.lazy.hooks[i] = append(b.lazy.hooks[i], hook)
	return true
}

// made returns hookable global i as its hooks left it, making it when
// nothing has yet (through the template's factory, as a read of the global
// would: goja keeps what it made, and a later read gets the same): the
// isolate's own, whatever a script did to the global since.
func (b *installer) made(i int) *goja.Object {
	if !b.lazy.done[i] {
		if f := lazyTmpl.tmpl.Props[unistring.String(hookable[i])]; f != nil {
			f(b.rt)
		}
	}
	return b.lazy.val[i]
}

// patchGlobal runs patch on the global name when goja makes it
// (OnFirstUse), or now when it cannot wait.
func (b *installer) patchGlobal(name string, patch func(*goja.Object)) {
	if b.onFirstUse(name, func(o *goja.Object) *goja.Object { patch(o); return o }) {
		return
	}
	if o := b.intrinsic(name); o != nil {
		patch(o)
	}
}
