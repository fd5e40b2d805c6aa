package clone

import (
	"math"
	"reflect"
	"time"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"
)

// A cloned Date is built as a copy of a Date the Cloner keeps for the purpose (Cloner.dateModel):
// goja's Date constructor is a templated function object, so the deserializer cannot call its Go
// constructor directly as it does Map's, and Runtime.New (a try frame, the constructor's lookup,
// the argument's conversion through time.Time) costs about 300 ns a Date, where the copy is its
// three allocations. The copy is goja's dateObject, its baseObject fields those of the model
// (class, prototype, extensible; the model never gets a property), with its own Object, back
// pointer, empty property map and time value. learnDate checks the copies against Dates made
// by the constructor; when it cannot, Dates are made by the constructor, as before.

// dateLayout is what learnDate learnt.
type dateLayout struct {
	ok    bool
	tab   unsafe.Pointer // type word of a Date's implementation (*dateObject)
	typ   reflect.Type   // dateObject
	msec  uintptr        // offset of its time value (int64 milliseconds)
	boVal uintptr        // offset of baseObject's back pointer to its Object
}

// maxTime is the largest time value a Date holds (ECMAScript's TimeClip).
const maxTime = 8.64e15

// learnDate learns the layout of a Date in rt, whose Date is ctor, and checks copies made by
// newDate against Dates the constructor makes.
func (l *layout) learnDate(rt *goja.Runtime, ctor goja.Value, base reflect.Type) bool {
	ot := reflect.TypeFor[goja.Object]()
	if ot.NumField() != 2 || ot.Field(0).Name != "self" || ot.Field(0).Offset != 0 ||
		ot.Field(1).Name != "runtime" || ot.Field(1).Type != reflect.TypeFor[*goja.Runtime]() {
		return false
	}
	model, err := rt.New(ctor, rt.ToValue(0))
	if err != nil {
		return false
	}
	it := reflect.ValueOf(model).Elem().Field(0).Elem().Type()
	if it.Kind() != reflect.Pointer || it.Elem().Kind() != reflect.Struct {
		return false
	}
	dt := it.Elem()
	if f, found := dt.FieldByName("baseObject"); !found || !f.Anonymous || f.Offset != 0 || f.Type != base {
		return false
	}
	msec, ok1 := fieldOf(dt, "msec", func(t reflect.Type) bool { return t.Kind() == reflect.Int64 })
	val, ok2 := fieldOf(base, "val", func(t reflect.Type) bool { return t == reflect.TypeFor[*goja.Object]() })
	if !ok1 || !ok2 {
		return false
	}
	l.date = dateLayout{ok: true, tab: implTab(model), typ: dt, msec: msec, boVal: val}
	getTime, _ := goja.AssertFunction(ctor.(*goja.Object).Get("prototype").(*goja.Object).Get("getTime"))
	for _, ms := range []int64{0, 1, -1, 1755216000000, -62198755200000, maxTime, -maxTime} {
		got := l.newDate(model, ms)
		want, err := rt.New(ctor, rt.ToValue(ms))
		if err != nil || getTime == nil {
			return false
		}
		gt, err1 := getTime(got)
		wt, err2 := getTime(want)
		read, readOK := l.dateTime(want)
		if err1 != nil || err2 != nil || !gt.StrictEquals(wt) || gt.ToInteger() != ms || !readOK || read != float64(ms) ||
			got.ClassName() != want.ClassName() || got.Prototype() != want.Prototype() ||
			got.ExportType() != want.ExportType() || !got.Export().(time.Time).Equal(want.Export().(time.Time)) ||
			len(got.Keys()) != 0 || got.Set("x", 1) != nil || got.Get("x").ToInteger() != 1 || model.Get("x") != nil {
			l.date.ok = false
			return false
		}
	}
	invalid, err := rt.New(ctor, rt.ToValue(math.NaN()))
	if err != nil {
		l.date.ok = false
		return false
	}
	if t, ok := l.dateTime(invalid); !ok || !math.IsNaN(t) || len(model.Keys()) != 0 {
		l.date.ok = false
		return false
	}
	return true
}

// fieldOf is gojaprops.Field for this package's learning.
func fieldOf(t reflect.Type, name string, want func(reflect.Type) bool) (uintptr, bool) {
	f, found := t.FieldByName(name)
	if !found || len(f.Index) != 1 || !want(f.Type) {
		return 0, false
	}
	return f.Offset, true
}

// dateMsec returns the time value t of a Date as goja holds it, when the constructor given t
// would hold it unchanged: an integer within TimeClip's range. NaN (an invalid Date) is not.
func dateMsec(t float64) (int64, bool) {
	if !(t >= -maxTime && t <= maxTime) || t != math.Trunc(t) {
		return 0, false
	}
	return int64(t), true
}

// newDate returns a new Date of model's runtime and prototype whose time value is ms (see
// dateMsec), a copy of model, a Date no code has seen.
func (l *layout) newDate(model *goja.Object, ms int64) *goja.Object {
	p := reflect.New(l.date.typ)
	p.Elem().Set(reflect.NewAt(l.date.typ, implData(model)).Elem())
	d := p.UnsafePointer()
	o := new(goja.Object)
	*o = *model // the implementation's type word and the runtime
	ifaceOf(o).data = d
	*(**goja.Object)(unsafe.Add(d, l.date.boVal)) = o
	*(*map[unistring.String]goja.Value)(unsafe.Add(d, l.boValues)) = make(map[unistring.String]goja.Value)
	*(*int64)(unsafe.Add(d, l.date.msec)) = ms
	return o
}

// dateTime returns the time value of o, a Date (kindDate), read from goja's dateObject when
// the layout is known (NaN for an invalid Date, which goja marks with the smallest int64).
func (l *layout) dateTime(o *goja.Object) (float64, bool) {
	if !l.date.ok || implTab(o) != l.date.tab {
		return 0, false
	}
	ms := *(*int64)(unsafe.Add(implData(o), l.date.msec))
	if ms == math.MinInt64 {
		return math.NaN(), true
	}
	return float64(ms), true
}

// dateModel is the Cloner's model for newDate, made at its first use.
func (c *Cloner) dateModel() *goja.Object {
	if c.model == nil {
		o, err := c.rt.New(c.in.date, c.rt.ToValue(0))
		if err != nil {
			panic(err)
		}
		c.model = o
	}
	return c.model
}
