package gojaprops

import (
	"maps"
	"reflect"
	"sync"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"
)

// Factory is the type of goja's template property factories: the function
// that makes a global (Map, Uint8Array, ...) the first time anything reads,
// writes, defines, deletes or lists it.
type Factory = func(*goja.Runtime) goja.Value

// Template is a copy of the template of a runtime's global object, whose
// factories the caller may replace (Props) before it gives the copy to
// global objects (Install). Packages worker/builtins and worker/clone use it
// to patch or record a global when goja makes it, not at start-up.
type Template struct {
	// Props are the copy's factories, by property name.
	Props map[unistring.String]Factory
	orig  unsafe.Pointer // the template the copy was made of
	copy  unsafe.Pointer
}

// templateLayout is what was learnt of goja's templated global object.
type templateLayout struct {
	ok       bool
	tab      unsafe.Pointer // implementation type word of a templated global object
	tmplOff  uintptr        // offset of the template pointer in it
	tmplT    reflect.Type   // the template struct
	propsOff uintptr        // offset of the map of property factories in the template
}

var (
	templateOnce sync.Once
	tmplLayout   templateLayout
)

// learnTemplate learns the layout from global, a runtime's global object.
func learnTemplate(global *goja.Object) {
	if !Available() {
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
		!pf.Type.Elem().ConvertibleTo(reflect.TypeFor[Factory]()) {
		return
	}
	tmplLayout = templateLayout{ok: true, tab: (*iface)(unsafe.Pointer(global)).tab, tmplOff: f.Offset, tmplT: tt, propsOff: pf.Offset}
}

// slotOf returns the pointer to global's template pointer; nil when global
// is not a templated global object of the learnt layout.
func slotOf(global *goja.Object) *unsafe.Pointer {
	templateOnce.Do(func() { learnTemplate(global) })
	l := &tmplLayout
	w := (*iface)(unsafe.Pointer(global))
	if !l.ok || w.tab != l.tab {
		return nil
	}
	return (*unsafe.Pointer)(unsafe.Add(w.data, l.tmplOff))
}

// CopyTemplate copies global's template as it is now (goja's, or a copy an
// earlier caller installed); false when goja's layout is not the one
// expected (the caller then does its work at once, through the public API).
func CopyTemplate(global *goja.Object) (*Template, bool) {
	slot := slotOf(global)
	if slot == nil || *slot == nil {
		return nil, false
	}
	l := &tmplLayout
	t := reflect.New(l.tmplT)
	t.Elem().Set(reflect.NewAt(l.tmplT, *slot).Elem())
	props := (*map[unistring.String]Factory)(unsafe.Add(t.UnsafePointer(), l.propsOff))
	if *props == nil {
		return nil, false
	}
	*props = maps.Clone(*props)
	return &Template{Props: *props, orig: *slot, copy: t.UnsafePointer()}, true
}

// Install makes t global's template, if global's is still the one t was
// copied from (a fresh runtime's, for a copy made once per process); it
// reports whether it did.
func (t *Template) Install(global *goja.Object) bool {
	slot := slotOf(global)
	if slot == nil || *slot != t.orig {
		return false
	}
	*slot = t.copy
	return true
}
