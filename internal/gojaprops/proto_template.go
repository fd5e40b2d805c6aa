package gojaprops

import (
	"reflect"
	"slices"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"
)

// Templates of goja's built-in prototypes (String.prototype, ...), which are templated
// objects as the global object is: CopyTemplate and Install work on them as on the
// global object; Add appends a property the prototype did not have, and MethodProp makes
// the value a factory returns for a builtin method. Package worker/builtins uses them to
// make its added and replaced methods of a prototype when something first touches them.

// Add gives t a property name the copied template does not have, made by f, after the
// template's own names (where a property defined on the prototype would go); false,
// having done nothing, when t has name already or goja's layout is not the one expected.
func (t *Template) Add(name unistring.String, f Factory) bool {
	names := t.names()
	if names == nil || t.Props[name] != nil {
		return false
	}
	*names = append((*names)[:len(*names):len(*names)], name) // never goja's backing array
	t.Props[name] = f
	return true
}

// Order makes names the copy's key order; false, having done nothing, when names is not
// a reordering of the copy's names or goja's layout is not the one expected.
func (t *Template) Order(names []unistring.String) bool {
	cur := t.names()
	if cur == nil || len(*cur) != len(names) {
		return false
	}
	seen := make(map[unistring.String]bool, len(names))
	for _, n := range *cur {
		seen[n] = true
	}
	for _, n := range names {
		if !seen[n] {
			return false
		}
		delete(seen, n)
	}
	*cur = slices.Clone(names) // never goja's backing array
	return true
}

// names returns the copy's list of property names; nil when goja's template has none
// where expected.
func (t *Template) names() *[]unistring.String {
	l := &tmplLayout
	f, ok := l.tmplT.FieldByName("propNames")
	if !ok || len(f.Index) != 1 || f.Type != reflect.TypeFor[[]unistring.String]() {
		return nil
	}
	return (*[]unistring.String)(unsafe.Add(t.copy, f.Offset))
}

// MethodProp is the property goja's factories make for a builtin method: value v,
// writable, non-enumerable, configurable; nil when goja's layout is not the one expected.
func MethodProp(v goja.Value) goja.Value {
	if !Available() {
		return nil
	}
	p := lay.newProps(1)
	*(*goja.Value)(unsafe.Add(p, lay.PropValue)) = v
	*(*bool)(unsafe.Add(p, lay.PropWritable)) = true
	*(*bool)(unsafe.Add(p, lay.PropConfigurable)) = true
	var r goja.Value
	w := (*iface)(unsafe.Pointer(&r))
	w.tab, w.data = lay.PropTab, p
	return r
}

// NamesUnmade reports whether o is a templated object whose list of property names is
// still its template's (goja copies it on the first property added or deleted): names
// added to its template by Add then show in its keys. False when it cannot tell.
func NamesUnmade(o *goja.Object) bool {
	if !Available() || lay.templatedTab == nil {
		return false
	}
	w := (*iface)(unsafe.Pointer(o))
	if w.tab != lay.templatedTab {
		return false
	}
	return *(*[]unistring.String)(unsafe.Add(w.data, lay.Names)) == nil
}

// PropValue returns the value slot of v, a data property with attributes as goja's
// factories make them (a valueProperty); nil when v is not one.
func PropValue(v goja.Value) *goja.Value {
	if !Available() || v == nil {
		return nil
	}
	w := (*iface)(unsafe.Pointer(&v))
	if w.tab != lay.PropTab || *(*bool)(unsafe.Add(w.data, lay.PropAccessor)) {
		return nil
	}
	return (*goja.Value)(unsafe.Add(w.data, lay.PropValue))
}
