package events

import (
	"reflect"
	"sync"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"

	"github.com/mcrepl/mcrepl/internal/gojaprops"
)

// The realm defines some 120 own properties at every start-up (the members of its
// prototypes, the constants of Event and DOMException, the statics of AbortSignal), and
// the other packages more through Method and Accessor. goja's DefineDataProperty and
// DefineAccessorProperty cost a try frame (a deferred recover), a descriptor and, for
// properties with attributes, one allocation each. defineOwn appends a new property to the
// storage of an ordinary object or function directly, as goja's defineOwnPropertyStr would
// (the same value or valueProperty in the map, the name appended to the names: the same
// descriptor and order).
// It does it only when it is exactly what goja would do: an object whose implementation is
// goja's plain object, native function or JavaScript function (no templated object, array,
// proxy, ...), extensible, without an own property of that name, whose names are not being
// iterated (goja marks them so, and then copies them on its next append), and for a name that
// is no array index. Otherwise, or when gojaprops could not learn goja's layout, it reports
// false and the caller goes through the public API. TestDefineOwnMatchesPublicAPI compares
// the two.

type fastLayout struct {
	l                     *gojaprops.Layout
	getter, setter, exten uintptr
}

// slowProps turns defineOwn off (tests compare the two paths).
var slowProps bool

var fast = sync.OnceValue(func() *fastLayout {
	l, ok := gojaprops.Learnt()
	if !ok {
		return nil
	}
	f := &fastLayout{l: l}
	isObj := func(t reflect.Type) bool { return t == reflect.TypeFor[*goja.Object]() }
	isBool := func(t reflect.Type) bool { return t.Kind() == reflect.Bool }
	var ok1, ok2, ok3 bool
	f.getter, ok1 = gojaprops.Field(l.PropType, "getterFunc", isObj)
	f.setter, ok2 = gojaprops.Field(l.PropType, "setterFunc", isObj)
	f.exten, ok3 = gojaprops.Field(l.Base, "extensible", isBool)
	if !ok1 || !ok2 || !ok3 {
		return nil
	}
	return f
})

// fastTabs caches, per implementation type word, whether defineOwn may write objects of it.
var fastTabs sync.Map // unsafe.Pointer -> bool

// fastImpl reports whether o's implementation is one defineOwn writes: goja's baseObject
// itself, or its native or JavaScript function, each of which starts with a baseObject and
// keeps its own properties there.
func (f *fastLayout) fastImpl(o *goja.Object) bool {
	tab := (*ifaceWords)(unsafe.Pointer(o)).tab
	if tab == f.l.PlainTab {
		return true
	}
	if v, ok := fastTabs.Load(tab); ok {
		return v.(bool)
	}
	ok := false
	if it := reflect.ValueOf(o).Elem().Field(0).Elem().Type(); it.Kind() == reflect.Pointer {
		t := it.Elem()
		switch t.Name() {
		case "nativeFuncObject", "funcObject":
			// nativeFuncObject{baseFuncObject{baseObject ...}}, funcObject{baseJsFuncObject{baseFuncObject{baseObject ...}}}
			for depth := 0; depth < 4 && t != f.l.Base; depth++ {
				if t.Kind() != reflect.Struct || t.NumField() == 0 || !t.Field(0).Anonymous || t.Field(0).Offset != 0 {
					break
				}
				t = t.Field(0).Type
			}
			ok = t == f.l.Base && it.Elem().PkgPath() == f.l.Base.PkgPath()
		}
	}
	fastTabs.Store(tab, ok)
	return ok
}

// newProp returns a new zeroed valueProperty. (One at a time, as goja allocates them:
// reflect.ArrayOf, to allocate them in blocks, costs some 25 µs the first time.)
func (f *fastLayout) newProp() unsafe.Pointer { return reflect.New(f.l.PropType).UnsafePointer() }

// defineOwn defines the new own property name of o as DefineDataProperty (get == nil) or
// DefineAccessorProperty (get != nil; writable is ignored) would, straight into goja's
// storage; false, having done nothing, when it cannot (see above).
func (r *Realm) defineOwn(o *goja.Object, name string, value goja.Value, get, set *goja.Object, writable, enumerable, configurable bool) bool {
	f := fast()
	if f == nil || slowProps || o == nil || name == "" || name[0] >= '0' && name[0] <= '9' || !f.fastImpl(o) {
		return false
	}
	if get == nil && value == nil {
		return false
	}
	base := (*ifaceWords)(unsafe.Pointer(o)).data
	if !*(*bool)(unsafe.Add(base, f.exten)) {
		return false
	}
	m := *(*map[unistring.String]goja.Value)(unsafe.Add(base, f.l.Values))
	if m == nil {
		return false
	}
	key := unistring.NewFromString(name)
	if _, exists := m[key]; exists {
		return false
	}
	names := (*[]unistring.String)(unsafe.Add(base, f.l.Names))
	if n := *names; cap(n) > len(n) && n[:cap(n)][cap(n)-1] != "" {
		return false // marked for copy: an iteration holds the names
	}
	var v goja.Value
	if get == nil && writable && enumerable && configurable {
		v = value
	} else {
		p := f.newProp()
		if get != nil {
			*(*bool)(unsafe.Add(p, f.l.PropAccessor)) = true
			*(**goja.Object)(unsafe.Add(p, f.getter)) = get
			*(**goja.Object)(unsafe.Add(p, f.setter)) = set
		} else {
			*(*goja.Value)(unsafe.Add(p, f.l.PropValue)) = value
			*(*bool)(unsafe.Add(p, f.l.PropWritable)) = writable
		}
		*(*bool)(unsafe.Add(p, f.l.PropEnumerable)) = enumerable
		*(*bool)(unsafe.Add(p, f.l.PropConfigurable)) = configurable
		*(*ifaceWords)(unsafe.Pointer(&v)) = ifaceWords{tab: f.l.PropTab, data: p}
	}
	m[key] = v
	*names = append(*names, key)
	return true
}

// defineData is o.DefineDataProperty(name, v, writable, configurable, enumerable) for a new
// property, through defineOwn when it can.
func (r *Realm) defineData(o *goja.Object, name string, v goja.Value, writable, configurable, enumerable bool) {
	if r.defineOwn(o, name, v, nil, nil, writable, enumerable, configurable) {
		return
	}
	_ = o.DefineDataProperty(name, v, flag(writable), flag(configurable), flag(enumerable))
}

func flag(b bool) goja.Flag {
	if b {
		return goja.FLAG_TRUE
	}
	return goja.FLAG_FALSE
}

// moveLast moves o's own property name after the others when it is a writable,
// configurable, non-enumerable data property (a prototype's constructor), as deleting and
// redefining it with those attributes would; false, having done nothing, when it cannot.
func moveLast(o *goja.Object, name string) bool {
	f := fast()
	if f == nil || slowProps || o == nil || !f.fastImpl(o) {
		return false
	}
	base := (*ifaceWords)(unsafe.Pointer(o)).data
	m := *(*map[unistring.String]goja.Value)(unsafe.Add(base, f.l.Values))
	key := unistring.NewFromString(name)
	v, ok := m[key]
	if !ok || v == nil {
		return false
	}
	w := (*ifaceWords)(unsafe.Pointer(&v))
	if w.tab != f.l.PropTab {
		return false
	}
	p := w.data
	if *(*bool)(unsafe.Add(p, f.l.PropAccessor)) || !*(*bool)(unsafe.Add(p, f.l.PropWritable)) ||
		*(*bool)(unsafe.Add(p, f.l.PropEnumerable)) || !*(*bool)(unsafe.Add(p, f.l.PropConfigurable)) {
		return false
	}
	names := *(*[]unistring.String)(unsafe.Add(base, f.l.Names))
	if cap(names) > len(names) && names[:cap(names)][cap(names)-1] != "" {
		return false
	}
	for i, n := range names {
		if n == key {
			copy(names[i:], names[i+1:])
			names[len(names)-1] = key
			return true
		}
	}
	return false
}

// reserve makes room in o's storage for n more own properties (defineOwn), so that its map
// and names grow once instead of step by step: a bigger map with the same entries and a
// longer copy of the names, which only goja holds. It does nothing when defineOwn could not
// write o.
func reserve(o *goja.Object, n int) {
	f := fast()
	if f == nil || slowProps || o == nil || !f.fastImpl(o) {
		return
	}
	base := (*ifaceWords)(unsafe.Pointer(o)).data
	mp := (*map[unistring.String]goja.Value)(unsafe.Add(base, f.l.Values))
	if *mp == nil {
		return
	}
	m := make(map[unistring.String]goja.Value, len(*mp)+n)
	for k, v := range *mp {
		m[k] = v
	}
	*mp = m
	names := (*[]unistring.String)(unsafe.Add(base, f.l.Names))
	grown := make([]unistring.String, len(*names), len(*names)+n)
	copy(grown, *names)
	*names = grown
}

// rename gives c, a function the class factory just made, the name v, as
// Object.defineProperty(c, 'name', { value: v }) would: in place when its name is still
// goja's read-only, non-enumerable, configurable data property.
func (r *Realm) rename(c *goja.Object, v goja.Value) {
	if f := fast(); f != nil && !slowProps && f.fastImpl(c) {
		base := (*ifaceWords)(unsafe.Pointer(c)).data
		m := *(*map[unistring.String]goja.Value)(unsafe.Add(base, f.l.Values))
		if pv, ok := m["name"]; ok && pv != nil {
			if w := (*ifaceWords)(unsafe.Pointer(&pv)); w.tab == f.l.PropTab {
				p := w.data
				if !*(*bool)(unsafe.Add(p, f.l.PropAccessor)) && !*(*bool)(unsafe.Add(p, f.l.PropWritable)) &&
					!*(*bool)(unsafe.Add(p, f.l.PropEnumerable)) && *(*bool)(unsafe.Add(p, f.l.PropConfigurable)) {
					*(*goja.Value)(unsafe.Add(p, f.l.PropValue)) = v
					return
				}
			}
		}
	}
	_ = c.DefineDataProperty("name", v, goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}
