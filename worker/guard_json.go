package worker

import (
	"reflect"
	"sync"
	"unsafe"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"

	"github.com/mcrepl/mcrepl/internal/gojaprops"
)

// maxStringifyDepth bounds the nesting of plain data that JSON.stringify
// serializes. goja's stringify recurses on the Go stack and checks each
// object for a cycle against every object that encloses it, so that depth d
// costs d²/2 comparisons, all in Go code that no interrupt reaches: 10,000
// levels take about a second, 100,000 minutes, 1,000,000 hours (and then
// the Go stack's 1 GiB). V8 stops its recursive path (a replacer, an indent)
// at about 5,000 objects; its fast path for plain data has no limit (see
// docs/differences.md).
const maxStringifyDepth = 10_000

// guardJSONStringify makes JSON.stringify of plain data (ordinary objects
// and dense arrays, with data properties and no toJSON) nested deeper than
// maxStringifyDepth throw V8's RangeError before goja starts. Nesting that
// goes through a getter, a toJSON method, a Proxy or a replacer function
// runs JavaScript at every level, which --timeout and Ctrl-C interrupt, and
// which can change what is serialized: the walk does not enter it.
func (g *guards) guardJSONStringify() {
	j, _ := g.rt.Get("JSON").(*goja.Object)
	objectProto, arrayProto := g.proto("Object"), g.proto("Array")
	if objectProto == nil || arrayProto == nil {
		return
	}
	// The prototypes are goja's templated objects, whose storage is not
	// the ordinary one: their toJSON is asked through the intrinsic
	// hasOwnProperty, which runs no getter.
	hasOwn, ok := goja.AssertFunction(objectProto.Get("hasOwnProperty"))
	if !ok {
		return
	}
	toJSON := g.rt.ToValue("toJSON")
	g.wrapMethod(j, "stringify", func(c goja.FunctionCall) {
		root, ok := c.Argument(0).(*goja.Object)
		if !ok {
			return
		}
		// Learnt on the first stringify of an object, not at start-up.
		lay := jsonLayout(g.rt)
		if lay == nil {
			return // the guard is off: stringify works, only a deep value is slow again
		}
		for _, p := range []*goja.Object{objectProto, arrayProto} {
			if has, err := hasOwn(p, toJSON); err != nil || has.ToBoolean() {
				return
			}
		}
		w := jsonWalker{lay: lay, objectProto: objectProto, arrayProto: arrayProto}
		if !w.prepare(c.Argument(1)) {
			return
		}
		if w.deeperThan(root, maxStringifyDepth) {
			g.throw(g.rangeError, "Maximum call stack size exceeded")
		}
	})
}

// jsonLayoutOf is what the walk reads of goja's storage: gojaprops's
// ordinary objects and properties, and the element slice of a dense array.
type jsonLayoutOf struct {
	*gojaprops.Layout
	arrayTab           unsafe.Pointer
	arValues, arLength uintptr
}

// jsonLayout learns goja's array layout once per process, from an array
// made in rt (which runs no script); nil when it is not the one expected
// (the guard is then off: stringify works, only a deep value is slow
// again).
func jsonLayout(rt *goja.Runtime) *jsonLayoutOf {
	jsonLayoutOnce.Do(func() { jsonLayoutOnce.l = learnJSONLayout(rt) })
	return jsonLayoutOnce.l
}

var jsonLayoutOnce struct {
	sync.Once
	l *jsonLayoutOf
}

func learnJSONLayout(rt *goja.Runtime) *jsonLayoutOf {
	g, ok := gojaprops.Learnt()
	if !ok {
		return nil
	}
	a := rt.NewArray(1)
	t := reflect.ValueOf(a).Elem().Field(0).Elem().Type()
	if t.Kind() != reflect.Pointer || t.Elem().Kind() != reflect.Struct {
		return nil
	}
	t = t.Elem()
	// The array's named properties (its own toJSON) live in the baseObject
	// it starts with.
	base, found := t.FieldByName("baseObject")
	if !found || !base.Anonymous || base.Offset != 0 || base.Type != g.Base {
		return nil
	}
	l := &jsonLayoutOf{Layout: g, arrayTab: (*iface)(unsafe.Pointer(a)).tab}
	var okV, okL bool
	l.arValues, okV = gojaprops.Field(t, "values", func(t reflect.Type) bool { return t == reflect.TypeFor[[]goja.Value]() })
	l.arLength, okL = gojaprops.Field(t, "length", func(t reflect.Type) bool { return t.Kind() == reflect.Uint32 })
	if !okV || !okL {
		return nil
	}
	if elems := l.elements(a); len(elems) != 1 || elems[0].ToInteger() != 1 {
		return nil
	}
	return l
}

// iface is the layout of a Go interface value.
type iface struct {
	tab  unsafe.Pointer
	data unsafe.Pointer
}

func (l *jsonLayoutOf) values(o *goja.Object) map[unistring.String]goja.Value {
	return *(*map[unistring.String]goja.Value)(unsafe.Add((*iface)(unsafe.Pointer(o)).data, l.Values))
}

func (l *jsonLayoutOf) names(o *goja.Object) []unistring.String {
	return *(*[]unistring.String)(unsafe.Add((*iface)(unsafe.Pointer(o)).data, l.Names))
}

// elements is a dense array's elements, up to its length.
func (l *jsonLayoutOf) elements(a *goja.Object) []goja.Value {
	data := (*iface)(unsafe.Pointer(a)).data
	vals := *(*[]goja.Value)(unsafe.Add(data, l.arValues))
	n := *(*uint32)(unsafe.Add(data, l.arLength))
	return vals[:min(len(vals), int(n))]
}

// property is what a property map or an element slice holds under a name:
// the value of a data property, and whether stringify reads it without
// running code (false for an accessor) and lists it among the keys
// (enumerable).
func (l *jsonLayoutOf) property(v goja.Value) (value goja.Value, data, enumerable bool) {
	p := (*iface)(unsafe.Pointer(&v))
	if p.tab != l.PropTab {
		return v, true, true
	}
	if *(*bool)(unsafe.Add(p.data, l.PropAccessor)) {
		return nil, false, false
	}
	return *(*goja.Value)(unsafe.Add(p.data, l.PropValue)), true, *(*bool)(unsafe.Add(p.data, l.PropEnumerable))
}

// jsonWalker measures how deep plain data nests, as JSON.stringify would
// descend into it, without running any code and without recursion.
type jsonWalker struct {
	lay                     *jsonLayoutOf
	objectProto, arrayProto *goja.Object
	keys                    []unistring.String // the replacer's property list, or nil
	heights                 map[*goja.Object]int
}

// prepare reads the replacer; false means the walk would not tell anything
// (a replacer function runs at every level and decides what is kept).
func (w *jsonWalker) prepare(replacer goja.Value) bool {
	r, ok := replacer.(*goja.Object)
	if !ok {
		return true
	}
	if _, isFunc := goja.AssertFunction(r); isFunc {
		return false
	}
	if (*iface)(unsafe.Pointer(r)).tab != w.lay.arrayTab {
		return r.ClassName() != "Array" // a sparse array as the list: no walk
	}
	// The property list: strings and numbers, and their wrapper objects.
	w.keys = []unistring.String{}
	for _, e := range w.lay.elements(r) {
		v, data, _ := w.lay.property(e)
		if !data || v == nil {
			return false
		}
		switch x := v.(type) {
		case goja.String:
			w.keys = append(w.keys, unistring.NewFromString(x.String()))
		case *goja.Object:
			if c := x.ClassName(); c == "String" || c == "Number" {
				w.keys = append(w.keys, unistring.NewFromString(x.String()))
			}
		default:
			if e := v.ExportType(); e != nil && (e.Kind() == reflect.Int64 || e.Kind() == reflect.Float64) {
				w.keys = append(w.keys, unistring.NewFromString(v.String()))
			}
		}
	}
	return true
}

// plain reports whether stringify serializes o from its storage alone: an
// ordinary object or a dense array with the usual prototype (or none) and
// no toJSON of its own.
func (w *jsonWalker) plain(o *goja.Object) (isArray, ok bool) {
	tab := (*iface)(unsafe.Pointer(o)).tab
	switch {
	case tab == w.lay.PlainTab:
		if p := o.Prototype(); p != nil && p != w.objectProto {
			return false, false
		}
	case tab == w.lay.arrayTab:
		if o.Prototype() != w.arrayProto {
			return false, false
		}
		isArray = true
	default:
		return false, false
	}
	_, has := w.lay.values(o)["toJSON"]
	return isArray, !has
}

// walkFrame is an object being walked: the next of its children to look at
// and the height of the tallest child so far.
type walkFrame struct {
	o      *goja.Object
	elems  []goja.Value // an array's elements
	names  []unistring.String
	values map[unistring.String]goja.Value
	i, h   int
}

// next is the frame's next child that stringify would read without running
// code, or false when there is none left.
func (f *walkFrame) next(w *jsonWalker) (goja.Value, bool) {
	for {
		var raw goja.Value
		listed := w.keys != nil
		switch {
		case f.elems != nil:
			if f.i >= len(f.elems) {
				return nil, false
			}
			raw, listed = f.elems[f.i], true
		default:
			if f.i >= len(f.names) {
				return nil, false
			}
			raw = f.values[f.names[f.i]]
		}
		f.i++
		if raw == nil {
			continue
		}
		v, data, enumerable := w.lay.property(raw)
		if data && (enumerable || listed) {
			return v, true
		}
	}
}

func (w *jsonWalker) frame(o *goja.Object, isArray bool) walkFrame {
	if isArray {
		return walkFrame{o: o, elems: w.lay.elements(o)}
	}
	names := w.keys
	if names == nil {
		names = w.lay.names(o)
	}
	return walkFrame{o: o, names: names, values: w.lay.values(o)}
}

// treeBudget is how many objects the first walk, which keeps no
// bookkeeping of heights, may reach (an object shared by many parents is
// reached once for each, as stringify itself reaches it).
const treeBudget = 1 << 20

// shallowTree reports whether root's nesting is within limit, walking it as
// a tree: without the map of heights that makes deeperThan linear on shared
// values and cycles, which most values given to JSON.stringify need not pay
// for. False means it cannot tell: the path grew past limit (a deep value,
// or a cycle) or the walk reached treeBudget objects.
func (w *jsonWalker) shallowTree(root *goja.Object, isArray bool, limit int) bool {
	stack := []walkFrame{w.frame(root, isArray)}
	for count := 1; len(stack) > 0; {
		child, more := stack[len(stack)-1].next(w)
		if !more {
			stack = stack[:len(stack)-1]
			continue
		}
		o, isObj := child.(*goja.Object)
		if !isObj {
			continue
		}
		if isArray, ok := w.plain(o); ok {
			if count++; count > treeBudget || len(stack) >= limit {
				return false
			}
			stack = append(stack, w.frame(o, isArray))
		}
	}
	return true
}

// deeperThan reports whether root nests more than limit plain objects and
// arrays deep. It computes each object's height once (a value shared by
// many parents is walked once); an object already on the path is a cycle,
// which stringify reports itself, and is not followed.
func (w *jsonWalker) deeperThan(root *goja.Object, limit int) bool {
	isArray, ok := w.plain(root)
	if !ok || w.shallowTree(root, isArray, limit) {
		return false
	}
	w.heights = map[*goja.Object]int{root: -1}
	stack := []walkFrame{w.frame(root, isArray)}
	for len(stack) > 0 {
		top := &stack[len(stack)-1]
		child, more := top.next(w)
		if !more {
			h := top.h + 1
			w.heights[top.o] = h
			stack = stack[:len(stack)-1]
			if len(stack) > 0 {
				parent := &stack[len(stack)-1]
				parent.h = max(parent.h, h)
			}
			continue
		}
		o, isObj := child.(*goja.Object)
		if !isObj {
			continue
		}
		if h, seen := w.heights[o]; seen {
			if h > 0 {
				if len(stack)+h > limit {
					return true
				}
				top.h = max(top.h, h)
			}
			continue
		}
		isArray, ok := w.plain(o)
		if !ok {
			continue
		}
		if len(stack) >= limit {
			return true
		}
		w.heights[o] = -1
		stack = append(stack, w.frame(o, isArray))
	}
	return false
}
