package builtins

import (
	"maps"
	"reflect"
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

// factory is the underlying type of goja's template property factories.
type factory = func(*goja.Runtime) goja.Value

// lazyTemplate is goja's global template as learnt, and the copy the
// runtimes get.
type lazyTemplate struct {
	ok      bool
	tab     unsafe.Pointer               // implementation type word of the global object
	tmplOff uintptr                      // offset of its template pointer
	orig    unsafe.Pointer               // goja's global template
	copy    unsafe.Pointer               // the copy with the hooking factories
	props   map[unistring.String]factory // the copy's factories
	lay     *gojaprops.Layout
}

var (
	lazyOnce sync.Once
	lazyTmpl lazyTemplate
)

type ifaceWords struct{ tab, data unsafe.Pointer }

func wordsOf(o *goja.Object) *ifaceWords { return (*ifaceWords)(unsafe.Pointer(o)) }

// learnLazyTemplate learns the layout from global, a fresh runtime's global
// object, and makes the copy of its template.
func learnLazyTemplate(global *goja.Object) {
	lay, ok := gojaprops.Learnt()
	if !ok {
		return
	}
	impl := reflect.ValueOf(global).Elem().Field(0)
	if impl.Kind() != reflect.Interface || impl.IsNil() {
		return
	}
	pt := impl.Elem().Type()
	if pt.Kind() != reflect.Pointer || pt.Elem().Kind() != reflect.Struct {
		return
	}
	f, found := pt.Elem().FieldByName("tmpl")
	if !found || len(f.Index) != 1 || f.Type.Kind() != reflect.Pointer || f.Type.Elem().Kind() != reflect.Struct {
		return
	}
	tt := f.Type.Elem()
	pf, found := tt.FieldByName("props")
	if !found || len(pf.Index) != 1 || pf.Type.Kind() != reflect.Map ||
		pf.Type.Key() != reflect.TypeFor[unistring.String]() || pf.Type.Elem().Kind() != reflect.Func ||
		!pf.Type.Elem().ConvertibleTo(reflect.TypeFor[factory]()) {
		return
	}
	w := wordsOf(global)
	orig := *(*unsafe.Pointer)(unsafe.Add(w.data, f.Offset))
	if orig == nil {
		return
	}
	t := reflect.New(tt)
	t.Elem().Set(reflect.NewAt(tt, orig).Elem())
	props := (*map[unistring.String]factory)(unsafe.Add(t.UnsafePointer(), pf.Offset))
	if *props == nil {
		return
	}
	*props = maps.Clone(*props)
	for i, name := range hookable {
		of := (*props)[unistring.String(name)]
		if of == nil {
			return
		}
		(*props)[unistring.String(name)] = func(r *goja.Runtime) goja.Value {
			v := of(r)
			if b := installerFor(r); b != nil && b.lazy != nil {
				b.lazy.apply(i, v)
			}
			return v
		}
	}
	lazyTmpl = lazyTemplate{ok: true, tab: w.tab, tmplOff: f.Offset, orig: orig, copy: t.UnsafePointer(), props: *props, lay: lay}
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
	l := &lazyTmpl
	if !l.ok || wordsOf(g).tab != l.tab {
		return nil
	}
	slot := (*unsafe.Pointer)(unsafe.Add(wordsOf(g).data, l.tmplOff))
	if *slot != l.orig {
		return nil
	}
	*slot = l.copy
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
		if f := lazyTmpl.props[unistring.String(hookable[i])]; f != nil {
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
