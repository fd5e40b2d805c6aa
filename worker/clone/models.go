package clone

import (
	"reflect"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"
)

// Cloned ordinary objects of more than 8 properties and cloned arrays are built as copies of
// models the Cloner keeps (Cloner.plainModel, Cloner.arrayModel), as Dates are (dates.go).
//
// Runtime.NewObject gives an object an empty property map, which the deserializer replaces by
// one sized for the object's properties when there are more than 8 (a Go map of up to 8 entries
// holds them without growing): the first map was made for nothing. Runtime.NewArray gives an
// array a map and a one-name list for its length, two allocations, where the copy takes a map
// made with its room and a name slot from a block. The copy is goja's baseObject or arrayObject
// with the model's fields (class, prototype, extensible; the models never get a property nor an
// element) and its own Object, back pointer, property map and, for an array, its length
// property and its name. learnModels checks copies against objects the public API makes; when
// it cannot, objects are made by NewObject and NewArray, as before.

// modelLayout is what learnModels learnt.
type modelLayout struct {
	ok          bool
	plainT      reflect.Type // baseObject
	arrayT      reflect.Type // arrayObject
	boVal       uintptr      // offset of baseObject's back pointer to its Object
	arLengthVal uintptr      // offset of arrayObject's own length property (a valueProperty)
}

// learnModels learns what newPlain and newArray need, and checks their copies in rt.
func (l *layout) learnModels(rt *goja.Runtime, plainT, arrayT reflect.Type) bool {
	ot := reflect.TypeFor[goja.Object]()
	if ot.NumField() != 2 || ot.Field(0).Name != "self" || ot.Field(0).Offset != 0 ||
		ot.Field(1).Name != "runtime" || ot.Field(1).Type != reflect.TypeFor[*goja.Runtime]() {
		return false
	}
	val, ok1 := fieldOf(plainT, "val", func(t reflect.Type) bool { return t == reflect.TypeFor[*goja.Object]() })
	propT := reflect.Type(nil)
	lengthProp, ok2 := fieldOf(arrayT, "lengthProp", func(t reflect.Type) bool {
		propT = t
		return t.Kind() == reflect.Struct
	})
	if !ok1 || !ok2 {
		return false
	}
	// The length property must be what goja keeps in the array's map under "length": a pointer
	// to the field, of the type word the cloner knows as a valueProperty's.
	arr := rt.NewArray()
	lv, found := l.values(implData(arr))["length"]
	if !found || ifaceOf(&lv).tab != l.propTab || ifaceOf(&lv).data != unsafe.Add(implData(arr), lengthProp) ||
		len(l.names(implData(arr))) != 1 || l.names(implData(arr))[0] != "length" || propT.Size() == 0 {
		return false
	}
	l.model = modelLayout{ok: true, plainT: plainT, arrayT: arrayT, boVal: val, arLengthVal: lengthProp}

	// Copies against the public API's objects, through what a script sees of them.
	check, err := rt.RunString(`(function (o, a, mo, ma) {
		const out = [];
		const see = (x) => out.push(Object.getPrototypeOf(x) === (Array.isArray(x) ? Array.prototype : Object.prototype),
			Object.prototype.toString.call(x), Object.isExtensible(x), JSON.stringify(x), Object.keys(x).join(),
			Object.getOwnPropertyNames(x).join(), JSON.stringify(Object.getOwnPropertyDescriptor(x, "length")));
		see(o); see(a);
		o.z = 1; o[3] = 2; delete o.k0; a.push(4); a.x = 5; a[10] = 6; see(o); see(a);
		a.length = 2; delete a.x; see(a); a.length = 0; a.push(7, 8); see(a);
		Object.freeze(o); Object.freeze(a); see(o); see(a);
		out.push(Object.keys(mo).length, Object.getOwnPropertyNames(ma).join(), ma.length, Object.isExtensible(mo),
			Object.isExtensible(ma));
		return JSON.stringify(out);
	})`)
	if err != nil {
		return l.noModels()
	}
	fn, isFn := goja.AssertFunction(check)
	if !isFn {
		return l.noModels()
	}
	run := func(o, a, mo, ma *goja.Object) string {
		v, err := fn(goja.Undefined(), o, a, mo, ma)
		if err != nil {
			return ""
		}
		return v.String()
	}
	const n = 12
	names := make([]unistring.String, 0, n)
	values := make(map[unistring.String]goja.Value, n)
	for i := range n {
		k := unistring.String("k" + string(rune('a'+i)))
		if i == 0 {
			k = "k0"
		}
		names = append(names, k)
		values[k] = rt.ToValue(i)
	}
	want := func() (*goja.Object, *goja.Object) {
		o, a := rt.NewObject(), rt.NewArray(1, "b", 3)
		for _, k := range names {
			_ = o.Set(string(k), values[k])
		}
		return o, a
	}
	mo, ma := rt.NewObject(), rt.NewArray()
	o := l.newPlain(mo, n)
	l.setProps(o, names, values)
	a := l.newArray(ma, new(unistring.String))
	l.setElements(a, []goja.Value{rt.ToValue(1), rt.ToValue("b"), rt.ToValue(3)})
	wo, wa := want()
	got, exp := run(o, a, mo, ma), run(wo, wa, rt.NewObject(), rt.NewArray())
	if got == "" || got != exp || o.ClassName() != wo.ClassName() || a.ClassName() != wa.ClassName() ||
		o.ExportType() != wo.ExportType() || a.ExportType() != wa.ExportType() {
		return l.noModels()
	}
	return true
}

func (l *layout) noModels() bool {
	l.model.ok = false
	return false
}

// copyModel returns a new object whose implementation, of type t, is a copy of model's, and the
// address of that implementation: the type word and the runtime are model's, the back pointer
// the new object's own.
func (l *layout) copyModel(model *goja.Object, t reflect.Type) (*goja.Object, unsafe.Pointer) {
	p := reflect.New(t)
	p.Elem().Set(reflect.NewAt(t, implData(model)).Elem())
	b := p.UnsafePointer()
	o := new(goja.Object)
	*o = *model // the implementation's type word and the runtime
	ifaceOf(o).data = b
	*(**goja.Object)(unsafe.Add(b, l.model.boVal)) = o
	return o, b
}

// newPlain returns a new ordinary object of model's runtime and prototype, a copy of model (an
// ordinary object no code has seen, without properties), with an empty property map with room
// for n properties. Its properties are to be given by setProps.
func (l *layout) newPlain(model *goja.Object, n int) *goja.Object {
	o, b := l.copyModel(model, l.model.plainT)
	*(*map[unistring.String]goja.Value)(unsafe.Add(b, l.boValues)) = make(map[unistring.String]goja.Value, n)
	return o
}

// newArray returns a new empty array of model's runtime and prototype, a copy of model (an
// empty array no code has seen, without other properties), its length property its own, whose
// name is kept in *name (a slot no other object uses). Its elements are to be given by
// setElements.
func (l *layout) newArray(model *goja.Object, name *unistring.String) *goja.Object {
	o, b := l.copyModel(model, l.model.arrayT)
	var length goja.Value
	*ifaceOf(&length) = iface{tab: l.propTab, data: unsafe.Add(b, l.model.arLengthVal)}
	*name = "length"
	values := make(map[unistring.String]goja.Value, 1)
	values["length"] = length
	*(*map[unistring.String]goja.Value)(unsafe.Add(b, l.boValues)) = values
	*(*[]unistring.String)(unsafe.Add(b, l.boNames)) = unsafe.Slice(name, 1)
	return o
}

// plainModel is the Cloner's model for newPlain, made at its first use.
func (c *Cloner) plainModel() *goja.Object {
	if c.plain == nil {
		c.plain = c.rt.NewObject()
	}
	return c.plain
}

// arrayModel is the Cloner's model for newArray, made at its first use.
func (c *Cloner) arrayModel() *goja.Object {
	if c.array == nil {
		c.array = c.rt.NewArray()
	}
	return c.array
}
