package clone

import (
	"unsafe"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"

	"github.com/mcrepl/mcrepl/internal/gojaprops"
)

// Watched globals: built-ins captured when goja makes them rather than when the Cloner is made.
//
// goja makes most built-ins on first use: the global object is a templated object whose
// properties are made by a factory function the first time anything reads them, and reading
// Set makes Set.prototype and its twenty methods. The cloner must hold the built-ins as goja
// made them, before any script could replace Set.prototype.add, but it must not make them at
// start-up for a script that never clones a Set.
//
// Map, Set, DataView and the typed arrays, with their prototypes and methods, can only come
// into being through their global's factory: no literal, no other built-in and no Go API of
// goja makes them otherwise (goja's own calls of getSet and the like are all inside those
// built-ins). So the runtime's global object is given its own copy of goja's template, in which
// the factory of each such global that is not made yet captures the built-ins right after
// making them, before the value reaches the code that read it. A global that is already made
// when the Cloner is made is captured at once, as before; so is every one when goja's layout is
// not the one expected. need makes a watched global that nothing has made yet, by calling its
// factory (goja keeps what it made, and makes it the same way if the global is read later).
// What a script can see does not change: the global's value, its descriptor and the order of
// the global object's keys are goja's.

const (
	watchMap = iota
	watchSet
	watchDataView
	watchTyped // the typed array constructors, in the order of typedArrayNames
)

// watched are the names of the watched globals, indexed as above.
var watched = func() (w [watchTyped + len(typedArrayNames)]string) {
	w[watchMap], w[watchSet], w[watchDataView] = "Map", "Set", "DataView"
	copy(w[watchTyped:], typedArrayNames[:])
	return w
}()

// ownTemplate gives global a copy of its template and returns the copy's factories, which the
// caller may replace; nil when it cannot.
func ownTemplate(global *goja.Object) map[unistring.String]gojaprops.Factory {
	t, ok := gojaprops.CopyTemplate(global)
	if !ok || !t.Install(global) {
		return nil
	}
	return t.Props
}

// watch captures the watched globals that goja has made, and watches the others (see above).
func (in *intrinsics) watch(global *goja.Object) {
	var props map[unistring.String]gojaprops.Factory
	for i, name := range watched {
		if p, ok := gojaprops.Own(global, unistring.String(name)); ok && p.Builtin {
			if props == nil {
				props = ownTemplate(global)
			}
			if orig := props[unistring.String(name)]; orig != nil {
				i := i
				watching := func(r *goja.Runtime) goja.Value {
					v := orig(r)
					if !in.captured[i] {
						if o := valueOf(v); o != nil {
							in.captureGlobal(i, o)
						}
					}
					return v
				}
				props[unistring.String(name)] = watching
				in.makers[i] = watching
				continue
			}
		}
		in.captureGlobal(i, in.obj(global, name))
	}
}

// create makes watched global i through its factory and returns its constructor.
func (in *intrinsics) create(i int) *goja.Object {
	if in.makers[i] != nil {
		if o := valueOf(in.makers[i](in.rt)); o != nil {
			return o
		}
	}
	panic("clone: built-in " + watched[i] + " is missing")
}

// valueOf returns the object a template factory made: the value of the property it returns.
func valueOf(v goja.Value) *goja.Object {
	if g, ok := gojaprops.Learnt(); ok {
		if w := ifaceOf(&v); w.tab == g.PropTab && w.tab != nil {
			v = *(*goja.Value)(unsafe.Add(w.data, g.PropValue))
		}
	}
	o, _ := v.(*goja.Object)
	return o
}
