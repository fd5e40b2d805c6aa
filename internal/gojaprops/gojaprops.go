// Package gojaprops reads and writes goja's storage of ordinary objects
// directly, where the public API would cost allocations or cannot do it:
//
//   - DefineReadOnly defines data properties on a fresh object, instead of one
//     DefineDataProperty call each (two allocations, a try frame and a map
//     insertion apiece): a delivered MessageEvent's five read-only fields, when
//     a script needs them as own properties;
//   - Relocate moves a fresh object into the caller's memory, so that a host
//     object and its Go state are one allocation and the state is found from
//     the object by its address, and Tag and Tagged mark such objects by the
//     address of their class name (worker/events' delivered MessageEvents);
//   - Own looks an own property up without running code (what a read of it
//     would call);
//   - Rename gives a native function that rt.ToValue just made its name and
//     length in place, instead of two DefineDataProperty calls (every host
//     function gets V8's name instead of its Go one: ~340 at each start-up);
//     Func makes such a function through one trampoline, so that the Go name
//     goja looks up first is always the same one;
//   - CopyTemplate copies the template of a runtime's global object, whose
//     factories make goja's globals on first use, so that a package can patch
//     or record a global when goja makes it instead of at start-up
//     (worker/builtins' OnFirstUse, worker/clone's watched globals);
//   - AddLazy lists names on an ordinary or templated object whose values a
//     factory makes on first touch (worker's host globals' accessors), and
//     Accessor makes the accessor property such a factory returns.
//
// goja's layout is learnt once, with reflect, from specimen objects, and
// checked field by field and end to end. When it is not what this package
// expects (a goja upgrade changed it), Available (or the function) reports
// false and callers use the public API; the package tests fail so that the
// change is noticed. What it learns of ordinary objects and their properties
// is exported (Learnt) for the other packages that read or write goja's
// storage, worker/clone's fast paths.
package gojaprops

import (
	"reflect"
	"strconv"
	"strings"
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
	arrayOfN [9]func() reflect.Type // [n]valueProperty, for n up to 8, made on first use
	// Offsets in baseObject of its class name and of its back pointer to its goja.Object
	// (Relocate, Tag); moveOK says they were found.
	class, val uintptr
	moveOK     bool
	// plainClass is the bytes of the class name goja gives every ordinary object (Untagged).
	plainClass *byte
	// Offset in valueProperty of the getter (Own); ownOK says it was found and checked.
	getter uintptr
	ownOK  bool
	// funcTab is the implementation type word of a native function made by ToValue of a
	// func(FunctionCall) Value, which starts with a baseObject; nil when it is not that.
	funcTab unsafe.Pointer
	// templatedTab is the implementation type word of goja's templated objects (built-in
	// prototypes such as Object.prototype, whose built-in properties are made on first use),
	// which start with a baseObject; nil when they are not that.
	templatedTab unsafe.Pointer
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
		// reflect.ArrayOf costs a few microseconds: made when a size is first needed.
		l.arrayOfN[n] = sync.OnceValue(func() reflect.Type { return reflect.ArrayOf(n, l.PropType) })
	}
	l.ok = true
	l.class, l.moveOK = Field(base, "class", is(reflect.TypeFor[string]()))
	var valOK bool
	l.val, valOK = Field(base, "val", is(reflect.TypeFor[*goja.Object]()))
	l.moveOK = l.moveOK && valOK && ot.NumField() == 2 && ot.Field(1).Name == "runtime"
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
	// Not writable: Reflect.set fails (goja's Object.Set would throw, and making the TypeError
	// costs more than the rest of the check).
	set, _ := goja.AssertFunction(rt.Get("Reflect").(*goja.Object).Get("set"))
	if set == nil {
		return
	}
	if r, err := set(goja.Undefined(), o, rt.ToValue("a"), rt.ToValue(5)); err != nil || r.ToBoolean() || o.Get("a").ToInteger() != 1 {
		return
	}
	if o.Delete("a") != nil || o.Get("a") != nil || len(o.Keys()) != 1 { // configurable
		return
	}
	if l.moveOK {
		l.moveOK = l.checkMove(rt)
		if l.moveOK {
			l.plainClass = unsafe.StringData(*(*string)(unsafe.Add((*iface)(unsafe.Pointer(plain)).data, l.class)))
		}
	}
	l.getter, l.ownOK = Field(l.PropType, "getterFunc", is(reflect.TypeFor[*goja.Object]()))
	if l.ownOK {
		l.ownOK = l.checkOwn(rt)
	}
	if op, ok := rt.Get("Object").(*goja.Object).Get("prototype").(*goja.Object); ok && l.ownOK {
		it := reflect.ValueOf(op).Elem().Field(0).Elem().Type()
		if it.Kind() == reflect.Pointer && it.Elem().Kind() == reflect.Struct && it.Elem().NumField() > 0 {
			if f := it.Elem().Field(0); f.Anonymous && f.Type == base && f.Offset == 0 {
				l.templatedTab = (*iface)(unsafe.Pointer(op)).tab
			}
		}
	}
	if l.ownOK {
		l.funcTab = l.checkRename(rt)
	}
	lay = l
}

// startsWithBase reports whether the struct behind an implementation type t starts with a
// baseObject, directly or in an embedded struct that starts with one.
func startsWithBase(t, base reflect.Type) bool {
	for depth := 0; depth < 4; depth++ {
		if t == base {
			return true
		}
		if t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		if t.Kind() != reflect.Struct || t.NumField() == 0 {
			return false
		}
		f := t.Field(0)
		if !f.Anonymous || f.Offset != 0 {
			return false
		}
		t = f.Type
	}
	return false
}

// checkRename learns a native function's implementation type word and checks Rename end
// to end on a specimen; nil when it does not hold.
func (l *layout) checkRename(rt *goja.Runtime) unsafe.Pointer {
	f := Func(rt, func(goja.FunctionCall) goja.Value { return goja.Undefined() })
	it := reflect.ValueOf(f).Elem().Field(0).Elem().Type()
	if !startsWithBase(it, l.Base) {
		return nil
	}
	tab := (*iface)(unsafe.Pointer(f)).tab
	keys := f.GetOwnPropertyNames()
	if !l.rename(tab, f, rt.ToValue("renamed"), rt.ToValue(3)) {
		return nil
	}
	after := f.GetOwnPropertyNames()
	if f.Get("name").String() != "renamed" || f.Get("length").ToInteger() != 3 || len(after) != len(keys) {
		return nil
	}
	for i := range keys {
		if keys[i] != after[i] {
			return nil
		}
	}
	// Still read-only and configurable: Reflect.set fails, delete succeeds.
	set, _ := goja.AssertFunction(rt.Get("Reflect").(*goja.Object).Get("set"))
	if set == nil {
		return nil
	}
	if r, err := set(goja.Undefined(), f, rt.ToValue("name"), rt.ToValue("x")); err != nil || r.ToBoolean() {
		return nil
	}
	if f.Delete("name") != nil || f.Get("name").String() != "" {
		return nil
	}
	return tab
}

// Rename sets the name and length of f, a native function that rt.ToValue made and no
// code has changed (its own name and length are still goja's read-only, configurable data
// properties), to name and length, in place. It reports false, having done nothing, when
// f is not such a function; the caller then defines them with the public API.
func Rename(f *goja.Object, name, length goja.Value) bool {
	return Available() && lay.funcTab != nil && lay.rename(lay.funcTab, f, name, length)
}

func (l *layout) rename(tab unsafe.Pointer, f *goja.Object, name, length goja.Value) bool {
	w := (*iface)(unsafe.Pointer(f))
	if w.tab != tab {
		return false
	}
	m := *(*map[unistring.String]goja.Value)(unsafe.Add(w.data, l.Values))
	n, ok1 := l.readOnlyProp(m["name"])
	g, ok2 := l.readOnlyProp(m["length"])
	if !ok1 || !ok2 {
		return false
	}
	*(*goja.Value)(unsafe.Add(n, l.PropValue)) = name
	*(*goja.Value)(unsafe.Add(g, l.PropValue)) = length
	return true
}

// readOnlyProp returns the valueProperty behind v when v is a read-only, non-enumerable,
// configurable data property (how goja makes a function's name and length).
func (l *layout) readOnlyProp(v goja.Value) (unsafe.Pointer, bool) {
	if v == nil {
		return nil, false
	}
	vw := (*iface)(unsafe.Pointer(&v))
	if vw.tab != l.PropTab {
		return nil, false
	}
	p := vw.data
	if *(*bool)(unsafe.Add(p, l.PropAccessor)) || *(*bool)(unsafe.Add(p, l.PropWritable)) ||
		*(*bool)(unsafe.Add(p, l.PropEnumerable)) || !*(*bool)(unsafe.Add(p, l.PropConfigurable)) {
		return nil, false
	}
	return p, true
}

// checkOwn checks Own on a specimen with a data property and an accessor.
func (l *layout) checkOwn(rt *goja.Runtime) bool {
	o := rt.NewObject()
	get := Func(rt, func(goja.FunctionCall) goja.Value { return goja.Undefined() })
	if o.Set("d", 1) != nil || o.DefineAccessorProperty("a", get, nil, goja.FLAG_TRUE, goja.FLAG_TRUE) != nil ||
		o.DefineDataProperty("r", rt.ToValue(2), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_TRUE) != nil {
		return false
	}
	d, dok := l.own(o, "d")
	a, aok := l.own(o, "a")
	ro, rok := l.own(o, "r")
	m, mok := l.own(o, "missing")
	return dok && d.Found && !d.Accessor && aok && a.Found && a.Accessor && a.Getter == get &&
		rok && ro.Found && !ro.Accessor && mok && !m.Found
}

// Property is what Own found.
type Property struct {
	Found, Accessor bool
	Getter          *goja.Object // of an accessor; nil when it has none
	// Builtin says that o is a templated object (a built-in prototype, Object.prototype) and
	// name is not among the properties it has made or that code gave it: name is one of its
	// built-in properties, untouched since goja made o, or none.
	Builtin bool
}

// Own looks name up among o's own string-keyed properties in goja's storage, without running
// any code: whether there is one, whether it is an accessor, and its getter. ok is false when
// it cannot tell (o is not an ordinary object, or goja's layout is not the one expected).
func Own(o *goja.Object, name unistring.String) (p Property, ok bool) {
	if !Available() || !lay.ownOK {
		return Property{}, false
	}
	return lay.own(o, name)
}

func (l *layout) own(o *goja.Object, name unistring.String) (Property, bool) {
	w := (*iface)(unsafe.Pointer(o))
	templated := w.tab == l.templatedTab && w.tab != nil
	if w.tab != l.PlainTab && !templated {
		return Property{}, false
	}
	v, found := (*(*map[unistring.String]goja.Value)(unsafe.Add(w.data, l.Values)))[name]
	if !found {
		return Property{Builtin: templated}, true
	}
	if v == nil { // a deleted built-in property of a templated object
		return Property{}, true
	}
	vw := (*iface)(unsafe.Pointer(&v))
	if vw.tab != l.PropTab || !*(*bool)(unsafe.Add(vw.data, l.PropAccessor)) {
		return Property{Found: true}, true
	}
	return Property{Found: true, Accessor: true, Getter: *(**goja.Object)(unsafe.Add(vw.data, l.getter))}, true
}

// checkMove checks Relocate and Tag end to end on a specimen.
func (l *layout) checkMove(rt *goja.Runtime) bool {
	proto := rt.NewObject()
	src := rt.CreateObject(proto)
	if *(**goja.Object)(unsafe.Add((*iface)(unsafe.Pointer(src)).data, l.val)) != src {
		return false
	}
	var dst goja.Object
	if !l.relocate(&dst, src) || !l.tag(&dst, &specimenTag) || !l.tagged(&dst, &specimenTag) || l.tagged(proto, &specimenTag) {
		return false
	}
	if err := dst.Set("x", 1); err != nil || dst.Get("x").ToInteger() != 1 || dst.Prototype() != proto || dst.ClassName() != "Object" {
		return false
	}
	// The object knows itself by its new address: a method called on it gets it as this.
	v := Func(rt, func(call goja.FunctionCall) goja.Value { return call.This })
	if err := dst.Set("self", v); err != nil {
		return false
	}
	self, _ := goja.AssertFunction(dst.Get("self"))
	got, err := self(&dst)
	return err == nil && got == goja.Value(&dst)
}

var specimenTag = strings.Clone("Object")

// Relocate moves src, a fresh ordinary object (made by NewObject or CreateObject) that no
// code has seen, to dst, a zero goja.Object in the caller's memory (a field of a struct, so
// that the object and the caller's state are one allocation and the state is found from the
// object by its address). From then on dst is the object and src must not be used. It
// reports false, having done nothing, when it cannot.
func Relocate(dst, src *goja.Object) bool {
	return Available() && lay.moveOK && lay.relocate(dst, src)
}

func (l *layout) relocate(dst, src *goja.Object) bool {
	w := (*iface)(unsafe.Pointer(src))
	if w.tab != l.PlainTab {
		return false
	}
	back := (**goja.Object)(unsafe.Add(w.data, l.val))
	if *back != src {
		return false
	}
	*dst = *src
	*back = dst
	return true
}

// Tag marks o, an ordinary object, with tag: its class name becomes *tag, which must be a
// string of the same contents as the class name (so that goja, which compares class names
// by value, sees no change) held in memory of its own (strings.Clone), whose address is the
// mark. Tagged tells the objects so marked from all others. It reports false when it cannot.
func Tag(o *goja.Object, tag *string) bool {
	return Available() && lay.moveOK && lay.tag(o, tag)
}

func (l *layout) tag(o *goja.Object, tag *string) bool {
	w := (*iface)(unsafe.Pointer(o))
	if w.tab != l.PlainTab {
		return false
	}
	class := (*string)(unsafe.Add(w.data, l.class))
	if *class != *tag {
		return false
	}
	*class = *tag
	return true
}

// Tagged reports whether o was marked with tag by Tag.
func Tagged(o *goja.Object, tag *string) bool {
	return Available() && lay.moveOK && lay.tagged(o, tag)
}

func (l *layout) tagged(o *goja.Object, tag *string) bool {
	w := (*iface)(unsafe.Pointer(o))
	return w.tab == l.PlainTab &&
		unsafe.StringData(*(*string)(unsafe.Add(w.data, l.class))) == unsafe.StringData(*tag)
}

// Untagged reports whether o is an ordinary object that carries the class name goja gives
// every ordinary object: no Tag was put on it. False when the layout is not the one expected.
func Untagged(o *goja.Object) bool {
	if !Available() || !lay.moveOK || lay.plainClass == nil || o == nil {
		return false
	}
	w := (*iface)(unsafe.Pointer(o))
	return w.tab == lay.PlainTab && unsafe.StringData(*(*string)(unsafe.Add(w.data, lay.class))) == lay.plainClass
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
	return reflect.New(l.arrayOfN[n]()).UnsafePointer()
}

// Func is rt.ToValue(f) for a host function, made through one trampoline.
// goja names a native function after its Go function, with
// runtime.FuncForPC, which reads the binary's function table (.gopclntab)
// where that function's entries are: for ~340 host functions in every
// package, one 64 KiB neighbourhood of it after another came into the
// process's RSS at each start-up. Through the trampoline every lookup is
// of the same code. The caller renames the function (Rename).
func Func(rt *goja.Runtime, f func(goja.FunctionCall) goja.Value) *goja.Object {
	return rt.ToValue(trampoline(f)).(*goja.Object)
}

// trampoline returns a function that calls f: one closure, so one code
// address, whatever f is.
//
//go:noinline
func trampoline(f func(goja.FunctionCall) goja.Value) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value { return f(call) }
}

// Constructor is rt.ToValue(f) for a host constructor, made through one
// trampoline for the same reason as Func. The caller renames it.
func Constructor(rt *goja.Runtime, f func(goja.ConstructorCall) *goja.Object) *goja.Object {
	return rt.ToValue(ctorTrampoline(f)).(*goja.Object)
}

// ctorTrampoline is trampoline for a constructor.
//
//go:noinline
func ctorTrampoline(f func(goja.ConstructorCall) *goja.Object) func(goja.ConstructorCall) *goja.Object {
	return func(call goja.ConstructorCall) *goja.Object { return f(call) }
}

// Exports reports whether o exports a T (goja.Proxy, *goja.Promise,
// goja.ArrayBuffer, ...), from its export type alone. Export itself reads
// what it exports: a typed array's bytes, which panics inside goja when its
// buffer was detached ("unsafe.Slice: len out of range").
func Exports[T any](o *goja.Object) bool { return o != nil && o.ExportType() == reflect.TypeFor[T]() }

// Export is v.Export() for callers that look for anything but a typed
// array's contents (a Go value a host object wraps, a number, a string): a
// typed array gives nil, since its Export reads its bytes, which panics
// inside goja when its buffer was detached.
func Export(v goja.Value) any {
	if v == nil {
		return nil // a property that is not there (Object.Get gives a nil Value)
	}
	if o, ok := v.(*goja.Object); ok {
		if o == nil {
			return nil
		}
		if t := o.ExportType(); t != nil && t.Kind() == reflect.Slice && t.Elem().Kind() != reflect.Interface {
			return nil
		}
	}
	return v.Export()
}

// ConstructorCall unpacks what a class's JavaScript wrapper passes the
// native function behind it, (new.target, [arguments...]), into the
// goja.ConstructorCall it stands for: This is a fresh object whose
// prototype is new.target's prototype, or def when that is not an object.
func ConstructorCall(rt *goja.Runtime, call goja.FunctionCall, def *goja.Object) goja.ConstructorCall {
	nt, _ := call.Argument(0).(*goja.Object)
	p := def
	if nt != nil {
		if np, ok := nt.Get("prototype").(*goja.Object); ok {
			p = np
		}
	}
	var args []goja.Value
	if a, ok := call.Argument(1).(*goja.Object); ok {
		if l := a.Get("length"); l != nil {
			n := l.ToInteger()
			for i := int64(0); i < n; i++ {
				v := a.Get(strconv.FormatInt(i, 10))
				if v == nil {
					v = goja.Undefined()
				}
				args = append(args, v)
			}
		}
	}
	return goja.ConstructorCall{This: rt.CreateObject(p), Arguments: args, NewTarget: nt}
}
