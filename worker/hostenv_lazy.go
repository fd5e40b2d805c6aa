package worker

import (
	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"

	"github.com/mcrepl/mcrepl/internal/gojaprops"
	"github.com/mcrepl/mcrepl/worker/host"
)

// The host globals' accessors, made on first touch.
//
// defineLazy's accessor costs a getter and a setter native function (and their names) for
// each of the ~70 host globals at every start-up, ~1,850 allocations, when almost no script
// touches most of them. installLazy instead lists each global's name on its holder, where
// defineLazy would have put it (after the holder's keys so far, in Registered's order), and
// leaves the accessor to a factory that makes it, as defineLazy would, the first time
// anything reads, writes, defines, deletes or enumerates the name (gojaprops.AddLazy: the
// ServiceWorkerGlobalScope prototype becomes a templated object, as goja's global object is,
// and the global object's template is extended). What a script can see is what defineLazy
// gives: the keys and their order, the descriptors, the getter's identity, `in` and
// hasOwnProperty (answered from the template without making anything), delete, freeze.
// TestLazyHostGlobalsAsEager compares both.

// eagerHostGlobals makes installHost define every accessor at once (defineLazy): tests
// compare both ways.
var eagerHostGlobals bool

// installLazy gives the globals of on, on their holders, accessors made on first touch (or
// defines them with defineLazy where it cannot); false when it did nothing.
func (w *Worker) installLazy(env *host.Env, g *goja.Object, on []host.Global) bool {
	if eagerHostGlobals || !gojaprops.LazyAvailable() {
		return false
	}
	for i := 1; i < len(on); i++ {
		if on[i].Name == on[i-1].Name {
			return false // the later one replaces the earlier: defineLazy does that
		}
	}
	nOwn := 0
	for _, gl := range on {
		if gl.Where == host.Own {
			nOwn++
		}
	}
	ownIdx := make([]int, 0, nOwn)
	scopeIdx := make([]int, 0, len(on)-nOwn)
	ownNames := make([]unistring.String, 0, nOwn)
	scopeNames := make([]unistring.String, 0, len(on)-nOwn)
	ownProps := make(map[unistring.String]gojaprops.Factory, nOwn)
	scopeProps := make(map[unistring.String]gojaprops.Factory, len(on)-nOwn)
	scopeObj := w.realm.ScopeProto
	for i, gl := range on {
		holder, names, props, idx := scopeObj, &scopeNames, scopeProps, &scopeIdx
		if gl.Where == host.Own {
			holder, names, props, idx = g, &ownNames, ownProps, &ownIdx
		}
		*idx = append(*idx, i)
		name := unistring.NewFromString(gl.Name)
		*names = append(*names, name)
		props[name] = func(r *goja.Runtime) goja.Value {
			get, set := w.lazyAccessor(env, holder, on[i], i)
			v, _ := gojaprops.Accessor(r, get, set, !on[i].Hidden)
			return v
		}
	}
	w.addLazy(env, scopeObj, on, scopeIdx, scopeProps, scopeNames)
	w.addLazy(env, g, on, ownIdx, ownProps, ownNames)
	return true
}

// addLazy adds names to holder (gojaprops.AddLazy) and defines with defineLazy, in
// place, those it has already; all of them when it cannot.
func (w *Worker) addLazy(env *host.Env, holder *goja.Object, on []host.Global, idx []int, props map[unistring.String]gojaprops.Factory, names []unistring.String) {
	if len(names) == 0 {
		return
	}
	has, ok := gojaprops.AddLazy(holder, props, names)
	if !ok {
		for _, i := range idx {
			w.defineLazy(env, holder, on[i], i)
		}
		return
	}
	for _, j := range has {
		w.defineLazy(env, holder, on[idx[j]], idx[j])
	}
}
