package clone

import (
	"math"
	"reflect"
	"strconv"
	"sync"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"

	"github.com/mcrepl/mcrepl/internal/gojaprops"
)

// Fast paths through goja's internals.
//
// goja's public API reads an object one property at a time: Keys builds a fresh []string, each
// Get and hasOwnProperty is a lookup through the generic property machinery, and each call to a
// built-in goes through a try frame. V8's serializer reads an object's storage directly, and so
// does this package where goja's storage is simple: ordinary objects and arrays are read straight
// from their property map and element slice, Maps and Sets from their entry list, and built-ins
// such as Map.prototype.set are called as the Go functions they are. Fresh objects made by the
// deserializer get their properties written the same way.
//
// Nothing here is written against goja's source: the layout is learnt at the first clone, with
// reflect, from specimen values, and checked field by field (name, type, position); what
// internal/gojaprops learnt of ordinary objects and their properties is taken from it. If goja's
// layout is not the one expected, fast.ok is false and every caller takes the public API, which
// gives the same results more slowly; TestFastPathsAreActive fails so that the change is noticed.
//
// The rules that keep this safe: only the values are read, never the locks or caches; an object
// is only written to before any JavaScript code has seen it; and every read of user-visible
// state happens at the same point in the algorithm as the public-API version reads it, so a
// getter that mutates an object mid-clone is seen the same way (see writePlain).

// iface is the layout of a Go interface value: the type word and the data pointer.
type iface struct {
	tab  unsafe.Pointer
	data unsafe.Pointer
}

func ifaceOf[T any](p *T) *iface { return (*iface)(unsafe.Pointer(p)) }

// layout holds what was learnt about goja's internals.
type layout struct {
	ok bool

	// Type words (itabs) of goja's objectImpl interface for each implementation type, and of
	// the Value interface for a *valueProperty.
	plainTab, arrayTab, mapTab, setTab, nativeFuncTab unsafe.Pointer
	propTab                                           unsafe.Pointer

	// Offsets in baseObject.
	boClass, boValues, boNames, boSorted, boIdxCount uintptr
	// Offsets in arrayObject (whose baseObject comes first).
	arValues, arLength, arObjCount, arPropCount uintptr
	// Offset of the *orderedMap in mapObject and setObject, of the first entry in an
	// orderedMap, and of key, value and next in an entry.
	mapM, setM, omFirst, meKey, meValue, meNext uintptr
	// Offset and type of an orderedMap's hash table (0, nil: not known; presize does nothing).
	omHash  uintptr
	omHashT reflect.Type
	// Offsets in valueProperty.
	vpValue, vpEnumerable, vpAccessor uintptr
	// Offsets of the Go function and constructor in nativeFuncObject.
	nfF, nfConstruct uintptr

	// Type words of the Value interface for goja's ASCII strings, integers and floats, whose
	// data words point to a Go string, an int64 and a float64.
	asciiTab, intTab, floatTab unsafe.Pointer
	// smallInts are integers from smallIntMin on, boxed once.
	smallInts [256]goja.Value
	// date is the layout of Dates (dates.go); date.ok false: Dates are made by the constructor.
	date dateLayout
	// model is the layout of the copies of ordinary objects and arrays (models.go); model.ok
	// false: they are made by NewObject and NewArray.
	model modelLayout
}

const smallIntMin = -16

var (
	fastOnce sync.Once
	fast     layout
)

// learnLayout fills fast, or leaves fast.ok false.
func learnLayout() {
	var l layout
	if l.learn() {
		l.ok = true
		fast = l
	}
}

// implTab returns the type word of o's implementation (goja.Object's first field, an interface).
func implTab(o *goja.Object) unsafe.Pointer { return (*iface)(unsafe.Pointer(o)).tab }

// implData returns the pointer to o's implementation.
func implData(o *goja.Object) unsafe.Pointer { return (*iface)(unsafe.Pointer(o)).data }

// objectLayoutOK reports whether goja.Object starts with its implementation, an interface, as
// implTab and implData expect; gojaprops checks it.
func objectLayoutOK() bool { return gojaprops.Available() }

// learn learns what it needs beyond what gojaprops learnt of ordinary objects and properties.
func (l *layout) learn() bool {
	g, found := gojaprops.Learnt()
	if !found {
		return false
	}
	rt := goja.New()
	vals := evalSpecimens(rt, []string{`({})`, `[1]`, `new Map`, `new Set`, `Map.prototype.set`,
		`Object.defineProperty({}, "x", { value: 1, enumerable: false })`})
	spec := func(v goja.Value) (*goja.Object, reflect.Type) {
		o, ok := v.(*goja.Object)
		if !ok {
			return nil, nil
		}
		t := reflect.ValueOf(o).Elem().Field(0).Elem().Type()
		if t.Kind() != reflect.Pointer || t.Elem().Kind() != reflect.Struct {
			return nil, nil
		}
		return o, t.Elem()
	}
	plain, plainT := spec(vals[0])
	if plainT != g.Base || implTab(plain) != g.PlainTab {
		return false
	}
	array, arrayT := spec(vals[1])
	mp, mapT := spec(vals[2])
	st, setT := spec(vals[3])
	nf, nfT := spec(vals[4])
	withProp, _ := spec(vals[5])
	if plain == nil || array == nil || mp == nil || st == nil || nf == nil || withProp == nil {
		return false
	}
	l.plainTab, l.arrayTab, l.mapTab, l.setTab, l.nativeFuncTab =
		implTab(plain), implTab(array), implTab(mp), implTab(st), implTab(nf)

	ok := true
	field := func(t reflect.Type, name string, want func(reflect.Type) bool) uintptr {
		off, found := gojaprops.Field(t, name, want)
		ok = ok && found
		return off
	}
	is := func(want reflect.Type) func(reflect.Type) bool {
		return func(t reflect.Type) bool { return t == want }
	}
	kind := func(k reflect.Kind) func(reflect.Type) bool {
		return func(t reflect.Type) bool { return t.Kind() == k }
	}
	ptrTo := func(name string) func(reflect.Type) bool {
		return func(t reflect.Type) bool { return t.Kind() == reflect.Pointer && t.Elem().Name() == name }
	}
	embedsBase := func(t reflect.Type) bool {
		f, found := t.FieldByName("baseObject")
		return found && f.Anonymous && f.Offset == 0 && f.Type == plainT
	}
	valueT := reflect.TypeFor[goja.Value]()

	l.boClass = field(plainT, "class", is(reflect.TypeFor[string]()))
	l.boValues, l.boNames = g.Values, g.Names
	l.boSorted = field(plainT, "lastSortedPropLen", kind(reflect.Int))
	l.boIdxCount = field(plainT, "idxPropCount", kind(reflect.Int))

	if !embedsBase(arrayT) || !embedsBase(mapT) || !embedsBase(setT) {
		return false
	}
	l.arValues = field(arrayT, "values", is(reflect.TypeFor[[]goja.Value]()))
	l.arLength = field(arrayT, "length", kind(reflect.Uint32))
	l.arObjCount = field(arrayT, "objCount", kind(reflect.Int))
	l.arPropCount = field(arrayT, "propValueCount", kind(reflect.Int))

	l.mapM = field(mapT, "m", ptrTo("orderedMap"))
	l.setM = field(setT, "m", ptrTo("orderedMap"))
	if !ok {
		return false
	}
	omT := mapT.Field(int(fieldIndex(mapT, "m"))).Type.Elem()
	l.omFirst = field(omT, "iterFirst", ptrTo("mapEntry"))
	if !ok {
		return false
	}
	if f, found := omT.FieldByName("hashTable"); found && len(f.Index) == 1 && f.Type.Kind() == reflect.Map &&
		f.Type.Key().Kind() == reflect.Uint64 {
		l.omHash, l.omHashT = f.Offset, f.Type
	}
	meT, _ := omT.FieldByName("iterFirst")
	entryT := meT.Type.Elem()
	l.meKey = field(entryT, "key", is(valueT))
	l.meValue = field(entryT, "value", is(valueT))
	l.meNext = field(entryT, "iterNext", ptrTo("mapEntry"))

	// nativeFuncObject embeds baseFuncObject, which embeds baseObject: f and construct are
	// its own fields.
	l.nfF = field(nfT, "f", is(reflect.TypeFor[func(goja.FunctionCall) goja.Value]()))
	l.nfConstruct = field(nfT, "construct", is(reflect.TypeFor[func([]goja.Value, *goja.Object) *goja.Object]()))
	if !ok {
		return false
	}

	// A non-enumerable property is stored as a *valueProperty in the values map.
	values := *(*map[unistring.String]goja.Value)(unsafe.Add(implData(withProp), l.boValues))
	pv, found := values["x"]
	if !found || ifaceOf(&pv).tab != g.PropTab {
		return false
	}
	l.propTab = g.PropTab
	l.vpValue, l.vpEnumerable, l.vpAccessor = g.PropValue, g.PropEnumerable, g.PropAccessor
	// Primitives: ASCII strings, integers and floats.
	ascii, integer, float := rt.ToValue("ascii"), rt.ToValue(int64(-7)), rt.ToValue(-0.5)
	if reflect.TypeOf(ascii).Kind() != reflect.String || reflect.TypeOf(integer).Kind() != reflect.Int64 ||
		reflect.TypeOf(float).Kind() != reflect.Float64 {
		return false
	}
	l.asciiTab, l.intTab, l.floatTab = ifaceOf(&ascii).tab, ifaceOf(&integer).tab, ifaceOf(&float).tab
	for i := range l.smallInts {
		l.smallInts[i] = rt.ToValue(int64(i + smallIntMin))
		if ifaceOf(&l.smallInts[i]).tab != l.intTab {
			return false
		}
	}
	if s, ok := l.asciiOf(ascii); !ok || s != "ascii" || !l.newASCII("ascii").StrictEquals(ascii) {
		return false
	}
	if i, ok := l.intOf(integer); !ok || i != -7 || !l.newInt(-7).StrictEquals(integer) || !l.newInt(1<<40).StrictEquals(rt.ToValue(int64(1<<40))) {
		return false
	}
	if f, ok := l.floatOf(float); !ok || f != -0.5 || !l.newFloat(-0.5).StrictEquals(float) {
		return false
	}
	// Check the reading side end to end on the specimens.
	if p, isProp := l.prop(pv); !isProp || p.enumerable || p.accessor || p.value.ToInteger() != 1 {
		return false
	}
	if len(l.arrayValues(implData(array))) != 1 || l.arrayLength(implData(array)) != 1 {
		return false
	}
	// Not needed for the rest: without it, Dates are made by the constructor.
	l.learnDate(rt, rt.Get("Date"), plainT)
	l.learnModels(rt, plainT, arrayT)
	return true
}

// evalSpecimens evaluates the expressions srcs in rt with one compilation, and returns their
// values (nil for one that fails, which the one-by-one fallback finds out).
func evalSpecimens(rt *goja.Runtime, srcs []string) []goja.Value {
	vals := make([]goja.Value, len(srcs))
	src := "["
	for i, s := range srcs {
		if i > 0 {
			src += ",\n"
		}
		src += "(" + s + ")"
	}
	if v, err := rt.RunString(src + "]"); err == nil {
		if arr, ok := v.(*goja.Object); ok && arr.Get("length").ToInteger() == int64(len(srcs)) {
			for i := range vals {
				vals[i] = arr.Get(strconv.Itoa(i))
			}
			return vals
		}
	}
	for i, s := range srcs {
		if v, err := rt.RunString(s); err == nil {
			vals[i] = v
		}
	}
	return vals
}

func fieldIndex(t reflect.Type, name string) int {
	f, _ := t.FieldByName(name)
	return f.Index[0]
}

func (l *layout) values(base unsafe.Pointer) map[unistring.String]goja.Value {
	return *(*map[unistring.String]goja.Value)(unsafe.Add(base, l.boValues))
}

func (l *layout) names(base unsafe.Pointer) []unistring.String {
	return *(*[]unistring.String)(unsafe.Add(base, l.boNames))
}

func (l *layout) arrayValues(arr unsafe.Pointer) []goja.Value {
	return *(*[]goja.Value)(unsafe.Add(arr, l.arValues))
}

func (l *layout) arrayLength(arr unsafe.Pointer) uint32 {
	return *(*uint32)(unsafe.Add(arr, l.arLength))
}

// className is o.ClassName(), read from the field when o is an ordinary object (a strict
// arguments object is one, of class Arguments).
func (l *layout) className(o *goja.Object) string {
	if l.ok && implTab(o) == l.plainTab {
		return *(*string)(unsafe.Add(implData(o), l.boClass))
	}
	return o.ClassName()
}

// propView is what the cloner reads of a goja valueProperty.
type propView struct {
	value      goja.Value
	enumerable bool
	accessor   bool
}

// prop reports whether v, a value from a property map or an element slice, is a goja
// valueProperty (a property with attributes other than writable, enumerable and configurable,
// or an accessor) and if so what it holds.
func (l *layout) prop(v goja.Value) (propView, bool) {
	w := ifaceOf(&v)
	if w.tab != l.propTab {
		return propView{}, false
	}
	return propView{
		value:      *(*goja.Value)(unsafe.Add(w.data, l.vpValue)),
		enumerable: *(*bool)(unsafe.Add(w.data, l.vpEnumerable)),
		accessor:   *(*bool)(unsafe.Add(w.data, l.vpAccessor)),
	}, true
}

// appendEntries appends the keys and values of a Map (or the values of a Set, twice each, as
// forEach passes them) to dst, in iteration order.
func (l *layout) appendEntries(dst []goja.Value, o *goja.Object, isSet bool) []goja.Value {
	off := l.mapM
	if isSet {
		off = l.setM
	}
	om := *(*unsafe.Pointer)(unsafe.Add(implData(o), off))
	if om == nil {
		return dst
	}
	for e := *(*unsafe.Pointer)(unsafe.Add(om, l.omFirst)); e != nil; e = *(*unsafe.Pointer)(unsafe.Add(e, l.meNext)) {
		k := *(*goja.Value)(unsafe.Add(e, l.meKey))
		v := k
		if !isSet {
			v = *(*goja.Value)(unsafe.Add(e, l.meValue))
		}
		dst = append(dst, k, v)
	}
	return dst
}

// native returns the Go function behind a built-in function object, or nil.
func (l *layout) native(f *goja.Object) func(goja.FunctionCall) goja.Value {
	if !l.ok || implTab(f) != l.nativeFuncTab {
		return nil
	}
	return *(*func(goja.FunctionCall) goja.Value)(unsafe.Add(implData(f), l.nfF))
}

// nativeConstruct returns the Go constructor behind a built-in constructor, or nil.
func (l *layout) nativeConstruct(f *goja.Object) func([]goja.Value, *goja.Object) *goja.Object {
	if !l.ok || implTab(f) != l.nativeFuncTab {
		return nil
	}
	return *(*func([]goja.Value, *goja.Object) *goja.Object)(unsafe.Add(implData(f), l.nfConstruct))
}

// presize gives o, a Map or Set just made and still empty, a hash table with room for n
// entries, so that adding them does not grow it step by step.
func (l *layout) presize(o *goja.Object, isSet bool, n int) {
	off, tab := l.mapM, l.mapTab
	if isSet {
		off, tab = l.setM, l.setTab
	}
	if l.omHashT == nil || implTab(o) != tab {
		return
	}
	om := *(*unsafe.Pointer)(unsafe.Add(implData(o), off))
	if om == nil {
		return
	}
	h := reflect.NewAt(l.omHashT, unsafe.Add(om, l.omHash)).Elem()
	if h.IsNil() || h.Len() != 0 {
		return
	}
	h.Set(reflect.MakeMapWithSize(l.omHashT, n))
}

// setProps gives a fresh ordinary object, which no code has seen yet and which has no property,
// the given properties in order: plain data properties (writable, enumerable, configurable),
// as CreateDataProperty would define them. names must not repeat.
func (l *layout) setProps(o *goja.Object, names []unistring.String, values map[unistring.String]goja.Value) {
	base := implData(o)
	*(*map[unistring.String]goja.Value)(unsafe.Add(base, l.boValues)) = values
	*(*[]unistring.String)(unsafe.Add(base, l.boNames)) = names
	// goja puts integer keys first the first time the keys are listed, from position 0.
	*(*int)(unsafe.Add(base, l.boSorted)) = 0
	*(*int)(unsafe.Add(base, l.boIdxCount)) = 0
}

// addProps adds plain data properties to a fresh object, which no code has seen yet, after the
// ones it was made with (an array's length): it returns the object's property map and names,
// to be handed back to setProps with the new properties added.
func (l *layout) addProps(o *goja.Object, n int) ([]unistring.String, map[unistring.String]goja.Value) {
	base := implData(o)
	old := l.names(base)
	names := make([]unistring.String, len(old), len(old)+n)
	copy(names, old)
	return names, l.values(base)
}

// setElements gives a fresh empty array, which no code has seen yet, its elements; a nil
// element is a hole.
func (l *layout) setElements(o *goja.Object, elems []goja.Value) {
	arr := implData(o)
	n := 0
	for _, e := range elems {
		if e != nil {
			n++
		}
	}
	*(*[]goja.Value)(unsafe.Add(arr, l.arValues)) = elems
	*(*uint32)(unsafe.Add(arr, l.arLength)) = uint32(len(elems))
	*(*int)(unsafe.Add(arr, l.arObjCount)) = n
}

// asciiOf returns the contents of v if v is one of goja's ASCII strings.
func (l *layout) asciiOf(v goja.Value) (string, bool) {
	w := ifaceOf(&v)
	if w.tab != l.asciiTab || w.tab == nil {
		return "", false
	}
	return *(*string)(w.data), true
}

// intOf returns the value of v if v is one of goja's integers.
func (l *layout) intOf(v goja.Value) (int64, bool) {
	w := ifaceOf(&v)
	if w.tab != l.intTab || w.tab == nil {
		return 0, false
	}
	return *(*int64)(w.data), true
}

// floatOf returns the value of v if v is one of goja's floats.
func (l *layout) floatOf(v goja.Value) (float64, bool) {
	w := ifaceOf(&v)
	if w.tab != l.floatTab || w.tab == nil {
		return 0, false
	}
	return *(*float64)(w.data), true
}

// newASCII returns s, which must be ASCII, as a goja string.
func (l *layout) newASCII(s string) goja.Value {
	p := new(string)
	*p = s
	var v goja.Value
	*ifaceOf(&v) = iface{tab: l.asciiTab, data: unsafe.Pointer(p)}
	return v
}

// newASCIIAt returns *p, which must be ASCII and must not change, as a goja string.
func (l *layout) newASCIIAt(p *string) goja.Value {
	var v goja.Value
	*ifaceOf(&v) = iface{tab: l.asciiTab, data: unsafe.Pointer(p)}
	return v
}

// smallInt reports whether newInt has i boxed already.
func smallInt(i int64) bool { return i >= smallIntMin && i < smallIntMin+int64(len(fast.smallInts)) }

// newInt returns i as a goja integer.
func (l *layout) newInt(i int64) goja.Value {
	if smallInt(i) {
		return l.smallInts[i-smallIntMin]
	}
	return l.newIntAt(i, new(uint64))
}

// newIntAt returns i as a goja integer, boxed in *p unless it is small. *p must not change
// afterwards.
func (l *layout) newIntAt(i int64, p *uint64) goja.Value {
	if smallInt(i) {
		return l.smallInts[i-smallIntMin]
	}
	*p = uint64(i)
	var v goja.Value
	*ifaceOf(&v) = iface{tab: l.intTab, data: unsafe.Pointer(p)}
	return v
}

// newFloat returns f as a goja float.
func (l *layout) newFloat(f float64) goja.Value { return l.newFloatAt(f, new(uint64)) }

// newFloatAt returns f as a goja float boxed in *p, which must not change afterwards.
func (l *layout) newFloatAt(f float64, p *uint64) goja.Value {
	*p = math.Float64bits(f)
	var v goja.Value
	*ifaceOf(&v) = iface{tab: l.floatTab, data: unsafe.Pointer(p)}
	return v
}
