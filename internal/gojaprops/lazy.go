package gojaprops

import (
	"maps"
	"reflect"
	"sync"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"
)

// Lazy own properties: names that an object lists, in their place among its keys, whose
// values are made by a factory the first time anything reads, writes, defines, deletes or
// enumerates them (what goja does for its own globals, through a templated object). AddLazy
// gives an ordinary object (it becomes a templated object, whose behaviour goja makes the
// same) or a templated one (the global object: its template is copied and extended) such
// names; Accessor makes the accessor property a factory returns.

// lazyLayout is what was learnt of goja's templated objects for AddLazy.
type lazyLayout struct {
	ok        bool
	objT      reflect.Type // templatedObject
	tmplOff   uintptr      // offset of the template pointer in it
	protoOff  uintptr      // offset of protoMaterialised in it
	namesOff  uintptr      // offset of propNames in the template
	propsOff  uintptr      // offset of props in the template
	propsType reflect.Type // the template's map of factories
}

var (
	lazyLayoutOnce sync.Once
	lazyLay        lazyLayout
)

func learnLazy() {
	if !Available() || lay.templatedTab == nil {
		return
	}
	rt := goja.New()
	g := rt.GlobalObject()
	if slotOf(g) == nil || (*iface)(unsafe.Pointer(g)).tab != lay.templatedTab {
		return
	}
	op, _ := rt.Get("Object").(*goja.Object).Get("prototype").(*goja.Object)
	if op == nil {
		return
	}
	objT := reflect.ValueOf(op).Elem().Field(0).Elem().Type().Elem()
	f, found := objT.FieldByName("tmpl")
	if !found || len(f.Index) != 1 || f.Offset != tmplLayout.tmplOff || f.Type.Elem() != tmplLayout.tmplT {
		return
	}
	pm, found := Field(objT, "protoMaterialised", func(t reflect.Type) bool { return t.Kind() == reflect.Bool })
	if !found {
		return
	}
	names, found := Field(tmplLayout.tmplT, "propNames", func(t reflect.Type) bool { return t == reflect.TypeFor[[]unistring.String]() })
	if !found {
		return
	}
	pf, _ := tmplLayout.tmplT.FieldByName("props")
	l := lazyLayout{ok: true, objT: objT, tmplOff: f.Offset, protoOff: pm, namesOff: names,
		propsOff: tmplLayout.propsOff, propsType: pf.Type}
	if !l.check(rt) {
		return
	}
	lazyLay = l
}

// check runs AddLazy end to end on specimens of rt, through the public API.
func (l *lazyLayout) check(rt *goja.Runtime) bool {
	calls := 0
	mk := func(name string) Factory {
		return func(r *goja.Runtime) goja.Value {
			calls++
			get := r.ToValue(func(goja.FunctionCall) goja.Value { return r.ToValue(name) }).(*goja.Object)
			v, _ := Accessor(r, get, nil, false)
			return v
		}
	}
	props := map[unistring.String]Factory{"a": mk("a"), "b": mk("b"), "c": mk("c")}
	o := rt.NewObject()
	proto := rt.NewObject()
	if o.SetPrototype(proto) != nil || o.Set("a", 1) != nil {
		return false
	}
	if has, ok := l.add(o, props, []unistring.String{"a", "b", "c"}); !ok || len(has) != 1 || has[0] != 0 {
		return false
	}
	if o.Set("d", 2) != nil || calls != 0 {
		return false
	}
	if o.Get("b").String() != "b" || calls != 1 || o.Prototype() != proto || o.ClassName() != "Object" {
		return false
	}
	if k := o.Keys(); len(k) != 2 || k[0] != "a" || k[1] != "d" || calls != 2 {
		return false
	}
	keys := o.GetOwnPropertyNames()
	if len(keys) != 4 || keys[0] != "a" || keys[1] != "b" || keys[2] != "c" || keys[3] != "d" || calls != 2 {
		return false
	}
	if o.Delete("c") != nil || o.Get("c") != nil || len(o.GetOwnPropertyNames()) != 3 {
		return false
	}
	g := rt.GlobalObject()
	if has, ok := l.add(g, map[unistring.String]Factory{"lazy:x": mk("x"), "Map": mk("Map")}, []unistring.String{"Map", "lazy:x"}); !ok || len(has) != 1 || has[0] != 0 {
		return false
	}
	gk := g.GetOwnPropertyNames()
	return len(gk) > 0 && gk[len(gk)-1] == "lazy:x" && g.Get("lazy:x").String() == "x" && calls == 3
}

func lazyOK() bool {
	lazyLayoutOnce.Do(learnLazy)
	return lazyLay.ok
}

// LazyAvailable reports whether AddLazy can work with goja's layout.
func LazyAvailable() bool { return lazyOK() }

// AddLazy appends names (which must not repeat) to o's own keys, each made by props[name]
// when first touched. The names o has already (an own property, or one of its template's)
// are left out: has lists their indices in names, for the caller to define at once. o is an ordinary object
// (NewObject, CreateObject), which becomes a templated object whose template is props (not
// copied: the caller must not change it since), or a templated object whose template is
// copied and extended with props. It reports false, having done nothing, when it cannot: the
// caller then defines the properties at once.
func AddLazy(o *goja.Object, props map[unistring.String]Factory, names []unistring.String) (has []int, ok bool) {
	if !lazyOK() {
		return nil, false
	}
	return lazyLay.add(o, props, names)
}

func (l *lazyLayout) add(o *goja.Object, props map[unistring.String]Factory, names []unistring.String) (has []int, ok bool) {
	w := (*iface)(unsafe.Pointer(o))
	plain := w.tab == lay.PlainTab
	if !plain && w.tab != lay.templatedTab {
		return nil, false
	}
	values := *(*map[unistring.String]goja.Value)(unsafe.Add(w.data, lay.Values))
	var tmpl unsafe.Pointer
	if !plain {
		tmpl = *(*unsafe.Pointer)(unsafe.Add(w.data, l.tmplOff))
		if tmpl == nil {
			return nil, false
		}
	}
	add, holes := names, false
	for i, n := range names {
		if props[n] == nil {
			return nil, false
		}
		v, found := values[n]
		if found && v == nil {
			found = false // a deleted property of the template's: its white hole goes (below)
			holes = true
		} else if !found && tmpl != nil {
			_, found = (*(*map[unistring.String]Factory)(unsafe.Add(tmpl, l.propsOff)))[n]
		}
		if found {
			if has == nil {
				add = append([]unistring.String(nil), names[:i]...)
			}
			has = append(has, i)
		} else if has != nil {
			add = append(add, n)
		}
	}
	names = add
	if holes {
		for _, n := range names {
			if v, found := values[n]; found && v == nil {
				delete(values, n)
			}
		}
	}
	namesPtr := (*[]unistring.String)(unsafe.Add(w.data, lay.Names))
	old := *namesPtr
	if !plain && old == nil {
		old = *(*[]unistring.String)(unsafe.Add(tmpl, l.namesOff)) // what goja would materialise
	}
	nn := make([]unistring.String, len(old), len(old)+len(names))
	copy(nn, old)
	nn = append(nn, names...)
	if plain {
		t := reflect.New(tmplLayout.tmplT)
		*(*map[unistring.String]Factory)(unsafe.Add(t.UnsafePointer(), l.propsOff)) = props
		no := reflect.New(l.objT)
		reflect.NewAt(lay.Base, no.UnsafePointer()).Elem().Set(reflect.NewAt(lay.Base, w.data).Elem())
		p := no.UnsafePointer()
		*(*unsafe.Pointer)(unsafe.Add(p, l.tmplOff)) = t.UnsafePointer()
		*(*bool)(unsafe.Add(p, l.protoOff)) = true
		*(*[]unistring.String)(unsafe.Add(p, lay.Names)) = nn
		w.tab = lay.templatedTab
		w.data = p
		return has, true
	}
	t := reflect.New(tmplLayout.tmplT)
	t.Elem().Set(reflect.NewAt(tmplLayout.tmplT, tmpl).Elem())
	pp := (*map[unistring.String]Factory)(unsafe.Add(t.UnsafePointer(), l.propsOff))
	m := make(map[unistring.String]Factory, len(*pp)+len(names))
	maps.Copy(m, *pp)
	for _, n := range names {
		m[n] = props[n]
	}
	*pp = m
	*(*unsafe.Pointer)(unsafe.Add(w.data, l.tmplOff)) = t.UnsafePointer()
	*namesPtr = nn
	return has, true
}

// Accessor returns the property goja keeps for an accessor of get and set (either may be
// nil), configurable, enumerable as given: what a Factory returns to make one. It is made
// through the public API on a scratch object.
func Accessor(rt *goja.Runtime, get, set *goja.Object, enumerable bool) (goja.Value, bool) {
	if !Available() {
		return nil, false
	}
	o := rt.NewObject()
	enum := goja.FLAG_FALSE
	if enumerable {
		enum = goja.FLAG_TRUE
	}
	var g, s goja.Value
	if get != nil {
		g = get
	}
	if set != nil {
		s = set
	}
	if o.DefineAccessorProperty("x", g, s, goja.FLAG_TRUE, enum) != nil {
		return nil, false
	}
	v, ok := lay.valuesOf(o)["x"]
	return v, ok
}
