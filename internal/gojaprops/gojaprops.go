// Package gojaprops defines data properties on fresh goja objects by writing
// goja's property storage directly, instead of one DefineDataProperty call
// each (two allocations, a try frame and a map insertion apiece). mcrepl
// builds a MessageEvent with five read-only properties for every message it
// delivers; this is what makes that cheap.
//
// goja's layout is learnt once, with reflect, from specimen objects, and
// checked field by field. When it is not what this package expects (a goja
// upgrade changed it), Available reports false and callers use the public API;
// the package tests fail so that the change is noticed.
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

type layout struct {
	ok       bool
	plainTab unsafe.Pointer // goja.Object's implementation type word for an ordinary object
	propTab  unsafe.Pointer // goja.Value's type word for a *valueProperty
	propType reflect.Type   // valueProperty
	values   uintptr        // offsets in baseObject
	names    uintptr
	vpValue  uintptr // offsets in valueProperty
	vpWrite  uintptr
	vpEnum   uintptr
	vpConfig uintptr
	propSize uintptr
	arrayOfN [9]reflect.Type // [n]valueProperty, for n up to 8
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
		f, found := t.FieldByName(name)
		if !found || len(f.Index) != 1 || !want(f.Type) {
			ok = false
			return 0
		}
		return f.Offset
	}
	is := func(want reflect.Type) func(reflect.Type) bool {
		return func(t reflect.Type) bool { return t == want }
	}
	isBool := func(t reflect.Type) bool { return t.Kind() == reflect.Bool }
	var l layout
	l.values = field(base, "values", is(reflect.TypeFor[map[unistring.String]goja.Value]()))
	l.names = field(base, "propNames", is(reflect.TypeFor[[]unistring.String]()))
	if !ok {
		return
	}
	l.plainTab = (*iface)(unsafe.Pointer(plain)).tab
	pv, found := l.valuesOf(special)["x"]
	if !found {
		return
	}
	pt := reflect.TypeOf(pv)
	if pt.Kind() != reflect.Pointer || pt.Elem().Kind() != reflect.Struct {
		return
	}
	l.propType = pt.Elem()
	l.propTab = (*iface)(unsafe.Pointer(&pv)).tab
	l.vpValue = field(l.propType, "value", is(reflect.TypeFor[goja.Value]()))
	l.vpWrite = field(l.propType, "writable", isBool)
	l.vpEnum = field(l.propType, "enumerable", isBool)
	l.vpConfig = field(l.propType, "configurable", isBool)
	l.propSize = l.propType.Size()
	if !ok {
		return
	}
	for n := 1; n < len(l.arrayOfN); n++ {
		l.arrayOfN[n] = reflect.ArrayOf(n, l.propType)
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
	return *(*map[unistring.String]goja.Value)(unsafe.Add((*iface)(unsafe.Pointer(o)).data, l.values))
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
	if w.tab != l.plainTab || len(names) != len(values) || len(names) == 0 || len(names) >= len(l.arrayOfN) {
		return false
	}
	base := w.data
	if len(*(*[]unistring.String)(unsafe.Add(base, l.names))) != 0 {
		return false
	}
	props := l.newProps(len(names))
	m := *(*map[unistring.String]goja.Value)(unsafe.Add(base, l.values))
	for i, name := range names {
		p := unsafe.Add(props, uintptr(i)*l.propSize)
		*(*goja.Value)(unsafe.Add(p, l.vpValue)) = values[i]
		*(*bool)(unsafe.Add(p, l.vpEnum)) = true
		*(*bool)(unsafe.Add(p, l.vpConfig)) = true
		var v goja.Value
		*(*iface)(unsafe.Pointer(&v)) = iface{tab: l.propTab, data: p}
		m[name] = v
	}
	*(*[]unistring.String)(unsafe.Add(base, l.names)) = append([]unistring.String(nil), names...)
	return true
}

// newProps allocates n (1 to 8) zeroed valueProperty structs in one block,
// typed so that the collector sees their pointers.
func (l *layout) newProps(n int) unsafe.Pointer {
	return reflect.New(l.arrayOfN[n]).UnsafePointer()
}
