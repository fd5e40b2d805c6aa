// Package gojaprops defines data properties on fresh goja objects by writing
// goja's property storage directly, instead of one DefineDataProperty call
// each (two allocations, a try frame and a map insertion apiece). mcrepl
// builds a MessageEvent with five read-only properties for every message it
// delivers; this is what makes that cheap.
//
// goja's layout is learnt once, with reflect, from specimen objects, and
// checked field by field. When it is not what this package expects (a goja
// upgrade changed it), Available reports false and callers use the public API;
// the package tests fail so that the change is noticed. What it learns of
// ordinary objects and their properties is exported (Learnt) for the other
// packages that read or write goja's storage, worker/clone's fast paths.
package gojaprops

import (
	"reflect"
	"sync"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"
)

// iface is the layout of a Go interface value.
type iface struct {
	tab  unsafe.Pointer
	data unsafe.Pointer
}

// Layout is what this package learnt of goja's ordinary objects (goja's
// baseObject) and of the properties that have attributes (goja's
// valueProperty).
type Layout struct {
	PlainTab unsafe.Pointer // goja.Object's implementation type word for an ordinary object
	PropTab  unsafe.Pointer // goja.Value's type word for a *valueProperty
	Base     reflect.Type   // baseObject
	PropType reflect.Type   // valueProperty
	// Offsets in baseObject of the property map and of the property names.
	Values, Names uintptr
	// Offsets in valueProperty.
	PropValue, PropWritable, PropEnumerable, PropConfigurable, PropAccessor uintptr
}

type layout struct {
	Layout
	ok       bool
	propSize uintptr
	arrayOfN [9]reflect.Type // [n]valueProperty, for n up to 8
}

// Learnt returns goja's layout, or false when it is not the one this package
// expects.
func Learnt() (*Layout, bool) {
	if !Available() {
		return nil, false
	}
	return &lay.Layout, true
}

// Field returns the offset of t's own (not promoted) field name, and whether
// there is one whose type passes want.
func Field(t reflect.Type, name string, want func(reflect.Type) bool) (uintptr, bool) {
	f, found := t.FieldByName(name)
	if !found || len(f.Index) != 1 || !want(f.Type) {
		return 0, false
	}
	return f.Offset, true
}

var (
	once sync.Once
	lay  layout
)

// Available reports whether goja's layout is the one this package writes.
func Available() bool {
	once.Do(learn)
	return lay.ok
}

func learn() {
	ot := reflect.TypeFor[goja.Object]()
	if ot.NumField() < 1 || ot.Field(0).Name != "self" || ot.Field(0).Type.Kind() != reflect.Interface || ot.Field(0).Offset != 0 {
		return
	}
	rt := goja.New()
	plain := rt.NewObject()
	special := rt.NewObject()
	if err := special.DefineDataProperty("x", rt.ToValue(7), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
		return
	}
	implType := reflect.ValueOf(plain).Elem().Field(0).Elem().Type()
	if implType.Kind() != reflect.Pointer || implType.Elem().Kind() != reflect.Struct {
		return
	}
	base := implType.Elem()
	ok := true
	field := func(t reflect.Type, name string, want func(reflect.Type) bool) uintptr {
		off, found := Field(t, name, want)
		ok = ok && found
		return off
	}
	is := func(want reflect.Type) func(reflect.Type) bool {
		return func(t reflect.Type) bool { return t == want }
	}
	isBool := func(t reflect.Type) bool { return t.Kind() == reflect.Bool }
	var l layout
	l.Base = base
	l.Values = field(base, "values", is(reflect.TypeFor[map[unistring.String]goja.Value]()))
	l.Names = field(base, "propNames", is(reflect.TypeFor[[]unistring.String]()))
	if !ok {
		return
	}
	l.PlainTab = (*iface)(unsafe.Pointer(plain)).tab
	pv, found := l.valuesOf(special)["x"]
	if !found {
		return
	}
	pt := reflect.TypeOf(pv)
	if pt.Kind() != reflect.Pointer || pt.Elem().Kind() != reflect.Struct {
		return
	}
	l.PropType = pt.Elem()
	l.PropTab = (*iface)(unsafe.Pointer(&pv)).tab
	l.PropValue = field(l.PropType, "value", is(reflect.TypeFor[goja.Value]()))
	l.PropWritable = field(l.PropType, "writable", isBool)
	l.PropEnumerable = field(l.PropType, "enumerable", isBool)
	l.PropConfigurable = field(l.PropType, "configurable", isBool)
	l.PropAccessor = field(l.PropType, "accessor", isBool)
	l.propSize = l.PropType.Size()
	if !ok {
		return
	}
	for n := 1; n < len(l.arrayOfN); n++ {
		l.arrayOfN[n] = reflect.ArrayOf(n, l.PropType)
	}
	l.ok = true
	// Check the writing side end to end through the public API (from Go: compiling a check
	// in JavaScript would cost every first message a compilation).
	o := rt.NewObject()
	if !l.defineReadOnly(o, []unistring.String{"a", "b"}, []goja.Value{rt.ToValue(1), rt.ToValue("two")}) {
		return
	}
	keys := o.Keys()
	if len(keys) != 2 || keys[0] != "a" || keys[1] != "b" || o.Get("a").ToInteger() != 1 || o.Get("b").String() != "two" {
		return
	}
	if o.Set("a", 5) == nil || o.Get("a").ToInteger() != 1 { // not writable: goja's Set throws
		return
	}
	if o.Delete("a") != nil || o.Get("a") != nil || len(o.Keys()) != 1 { // configurable
		return
	}
	lay = l
}

func (l *layout) valuesOf(o *goja.Object) map[unistring.String]goja.Value {
	return *(*map[unistring.String]goja.Value)(unsafe.Add((*iface)(unsafe.Pointer(o)).data, l.Values))
}

// DefineReadOnly gives o, a fresh ordinary object (made by NewObject or
// CreateObject) that no code has seen and that has no own property yet, the
// given data properties in order: not writable, enumerable and configurable,
// as DefineDataProperty(name, v, FLAG_FALSE, FLAG_TRUE, FLAG_TRUE) would.
// There may be 1 to 8 of them, and names must not repeat, nor be integer
// indices. It reports false, having done nothing, when it
// cannot (Available is false, or o is not such an object): define them
// through the public API then.
func DefineReadOnly(o *goja.Object, names []unistring.String, values []goja.Value) bool {
	if !Available() {
		return false
	}
	return lay.defineReadOnly(o, names, values)
}

func (l *layout) defineReadOnly(o *goja.Object, names []unistring.String, values []goja.Value) bool {
	w := (*iface)(unsafe.Pointer(o))
	if w.tab != l.PlainTab || len(names) != len(values) || len(names) == 0 || len(names) >= len(l.arrayOfN) {
		return false
	}
	base := w.data
	if len(*(*[]unistring.String)(unsafe.Add(base, l.Names))) != 0 {
		return false
	}
	props := l.newProps(len(names))
	m := *(*map[unistring.String]goja.Value)(unsafe.Add(base, l.Values))
	for i, name := range names {
		p := unsafe.Add(props, uintptr(i)*l.propSize)
		*(*goja.Value)(unsafe.Add(p, l.PropValue)) = values[i]
		*(*bool)(unsafe.Add(p, l.PropEnumerable)) = true
		*(*bool)(unsafe.Add(p, l.PropConfigurable)) = true
		var v goja.Value
		*(*iface)(unsafe.Pointer(&v)) = iface{tab: l.PropTab, data: p}
		m[name] = v
	}
	*(*[]unistring.String)(unsafe.Add(base, l.Names)) = append([]unistring.String(nil), names...)
	return true
}

// newProps allocates n (1 to 8) zeroed valueProperty structs in one block,
// typed so that the collector sees their pointers.
func (l *layout) newProps(n int) unsafe.Pointer {
	return reflect.New(l.arrayOfN[n]).UnsafePointer()
}
