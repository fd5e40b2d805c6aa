package inspect

import (
	"math/big"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// Export types that identify goja's internal object kinds without exporting
// (goja's ExportType reports the type Export would produce, at no cost).
// Functions, not variables: reflect.TypeOf of a type known at compile time
// is two constants, where a variable would be set by the package's init
// function at every start.
func typeMap() reflect.Type      { return reflect.TypeOf([][2]any(nil)) }
func typeSetOrArr() reflect.Type { return reflect.TypeOf([]any(nil)) }
func typePromise() reflect.Type  { return reflect.TypeOf((*goja.Promise)(nil)) }
func typeProxy() reflect.Type    { return reflect.TypeOf(goja.Proxy{}) }
func typeBuffer() reflect.Type   { return reflect.TypeOf(goja.ArrayBuffer{}) }
func typeCtor() reflect.Type {
	return reflect.TypeOf((func(goja.ConstructorCall) *goja.Object)(nil))
}
func typeString() reflect.Type { return reflect.TypeOf("") }
func typeBigInt() reflect.Type { return reflect.TypeOf((*big.Int)(nil)) }

// typedElements reports whether et is the export type of a typed array: a
// switch, not a map that the package's init function would build at every
// start.
func typedElements(et reflect.Type) bool {
	if et == nil || et.Kind() != reflect.Slice {
		return false
	}
	switch et {
	case reflect.TypeOf([]uint8(nil)), reflect.TypeOf([]int8(nil)),
		reflect.TypeOf([]uint16(nil)), reflect.TypeOf([]int16(nil)),
		reflect.TypeOf([]uint32(nil)), reflect.TypeOf([]int32(nil)),
		reflect.TypeOf([]float32(nil)), reflect.TypeOf([]float64(nil)),
		reflect.TypeOf([]int64(nil)), reflect.TypeOf([]uint64(nil)):
		return true
	}
	return false
}

// kind is what formatRaw treats an object as.
type kind int

const (
	kindObject kind = iota
	kindFunction
	kindArray
	kindArguments
	kindMap
	kindSet
	kindTypedArray
	kindArrayBuffer
	kindDataView
	kindPromise
	kindWeakMap
	kindWeakSet
	kindError
	kindRegExp
	kindDate
	kindBoxed
)

// desc is an own property descriptor, read through the builtin
// Object.getOwnPropertyDescriptor so that no getter runs.
type desc struct {
	found      bool
	value      goja.Value // nil for accessors
	get, set   goja.Value // nil for data properties or a missing half
	enumerable bool
}

func (d desc) isData() bool { return d.found && d.get == nil && d.set == nil }

// key is a property key: a string or a symbol. val, when set, is the key as
// goja has it, for names that hold lone surrogates (name is then WTF-8).
type key struct {
	name string
	sym  *goja.Symbol
	val  goja.Value
}

func (k key) value(rt *goja.Runtime) goja.Value {
	switch {
	case k.sym != nil:
		return k.sym
	case k.val != nil:
		return k.val
	}
	return rt.ToValue(k.name)
}

// unwrapProxy returns the innermost target of a proxy chain, or nil for a
// revoked proxy. Reading the target through goja's Proxy API runs no trap.
func unwrapProxy(o *goja.Object) *goja.Object {
	for o != nil && o.ExportType() == typeProxy() {
		p, _ := o.Export().(goja.Proxy)
		o = p.Target()
	}
	return o
}

func isCallable(v goja.Value) bool {
	_, ok := goja.AssertFunction(v)
	return ok
}

func asObject(v goja.Value) *goja.Object {
	o, _ := v.(*goja.Object)
	return o
}

// ownDesc reads o's own property k without running getters or traps
// (o is never a proxy here).
func (c *ctx) ownDesc(o *goja.Object, k key) desc {
	if c.gopd == nil {
		// The one plain Get: there is no descriptor reader yet to check
		// that Object.getOwnPropertyDescriptor is a data property.
		if obj := c.global("Object"); obj != nil {
			c.gopd, _ = goja.AssertFunction(obj.Get("getOwnPropertyDescriptor"))
		}
		if c.gopd == nil {
			return desc{}
		}
	}
	res, err := c.gopd(goja.Undefined(), o, k.value(c.rt))
	if err != nil {
		return desc{}
	}
	d := asObject(res)
	if d == nil {
		return desc{}
	}
	if c.descFieldsShadowed() {
		return ownFields(d)
	}
	out := desc{found: true, enumerable: d.Get("enumerable").ToBoolean()}
	if v := d.Get("value"); v != nil {
		out.value = v
		return out
	}
	if g := d.Get("get"); g != nil && !goja.IsUndefined(g) {
		out.get = g
	}
	if s := d.Get("set"); s != nil && !goja.IsUndefined(s) {
		out.set = s
	}
	if out.get == nil && out.set == nil {
		out.value = goja.Undefined()
	}
	return out
}

// descFieldsShadowed reports whether Object.prototype has a property named
// like a descriptor field. Descriptor objects inherit from it, so a plain
// Get of a field the descriptor lacks would then reach, and maybe run, user
// code; ownFields reads own keys only, at about three times the cost.
func (c *ctx) descFieldsShadowed() bool {
	if c.shadowed == 0 {
		c.shadowed = 1
		for _, n := range c.rt.NewObject().Prototype().GetOwnPropertyNames() {
			switch n {
			case "value", "get", "set", "enumerable":
				c.shadowed = 2
			}
		}
	}
	return c.shadowed == 2
}

func ownFields(d *goja.Object) desc {
	out := desc{found: true}
	isData := false
	for _, k := range d.Keys() {
		v := d.Get(k)
		switch k {
		case "enumerable":
			out.enumerable = v.ToBoolean()
		case "value":
			out.value, isData = v, true
		case "get":
			if !goja.IsUndefined(v) {
				out.get = v
			}
		case "set":
			if !goja.IsUndefined(v) {
				out.set = v
			}
		}
	}
	if !isData && out.get == nil && out.set == nil {
		out.value = goja.Undefined()
	}
	return out
}

// lookup finds property k on o or its prototype chain and returns its
// descriptor and holder; proxies met on the way are seen through.
func (c *ctx) lookup(o *goja.Object, k key) (desc, *goja.Object) {
	for i := 0; o != nil && i < maxProtoWalk; i++ {
		var d desc
		if i == 0 {
			d = c.ownDesc(o, k)
		} else {
			d = c.protoDesc(o, k)
		}
		if d.found {
			return d, o
		}
		o = c.protoOf(o)
	}
	return desc{}, nil
}

// protoDesc is ownDesc for prototypes, which many values share: the
// answers are kept for the rest of the call.
func (c *ctx) protoDesc(o *goja.Object, k key) desc {
	pk := protoKey{o, k}
	if d, ok := c.protoDescs[pk]; ok {
		return d
	}
	d := c.ownDesc(o, k)
	if c.protoDescs == nil {
		c.protoDescs = map[protoKey]desc{}
	}
	c.protoDescs[pk] = d
	return d
}

type protoKey struct {
	o *goja.Object
	k key
}

// maxProtoWalk bounds prototype-chain walks; goja forbids cycles, but a
// chain of proxies could still be long.
const maxProtoWalk = 10000

// dataGet returns the value of k on o's prototype chain if it is a data
// property, and nil if it is missing or an accessor.
func (c *ctx) dataGet(o *goja.Object, k key) goja.Value {
	d, _ := c.lookup(o, k)
	if d.isData() {
		return d.value
	}
	return nil
}

func (c *ctx) protoOf(o *goja.Object) *goja.Object {
	return unwrapProxy(o.Prototype())
}

// global returns a global binding as an object, or nil.
func (c *ctx) global(name string) *goja.Object {
	return unwrapProxy(asObject(c.rt.GlobalObject().Get(name)))
}

// builtinFunc returns the data property k of o when it is callable.
func (c *ctx) builtinFunc(o *goja.Object, k key) goja.Callable {
	if o == nil {
		return nil
	}
	d := c.ownDesc(o, k)
	if !d.isData() {
		return nil
	}
	f, _ := goja.AssertFunction(d.value)
	return f
}

// intrinsicProto returns the prototype property of the global constructor
// name, or nil.
func (c *ctx) intrinsicProto(name string) *goja.Object {
	if p, ok := c.protos[name]; ok {
		return p
	}
	var p *goja.Object
	if ctor := c.global(name); ctor != nil {
		p = unwrapProxy(asObject(c.dataGet(ctor, key{name: "prototype"})))
	}
	if c.protos == nil {
		c.protos = map[string]*goja.Object{}
	}
	c.protos[name] = p
	return p
}

// inherits reports whether proto is on o's prototype chain.
func (c *ctx) inherits(o, proto *goja.Object) bool {
	if proto == nil {
		return false
	}
	p := c.protoOf(o)
	for i := 0; p != nil && i < maxProtoWalk; i++ {
		if p.SameAs(proto) {
			return true
		}
		p = c.protoOf(p)
	}
	return false
}

// builtinGetter returns the getter of the accessor k on proto.
func (c *ctx) builtinGetter(proto *goja.Object, k key) goja.Callable {
	if proto == nil {
		return nil
	}
	d := c.ownDesc(proto, k)
	if d.get == nil {
		return nil
	}
	f, _ := goja.AssertFunction(d.get)
	return f
}

// hasBrand reports whether o inherits from the prototype of the global
// constructor name and passes the brand check of that prototype's method or
// getter probe (a builtin that throws on objects of any other kind).
func (c *ctx) hasBrand(o *goja.Object, name, probe string, getter bool) bool {
	proto := c.intrinsicProto(name)
	if !c.inherits(o, proto) {
		return false
	}
	var f goja.Callable
	if getter {
		f = c.builtinGetter(proto, key{name: probe})
	} else {
		f = c.builtinFunc(proto, key{name: probe})
	}
	if f == nil {
		return false
	}
	_, err := f(o, c.rt.NewObject())
	return err == nil
}

// kindOf classifies o (never a proxy).
func (c *ctx) kindOf(o *goja.Object) kind {
	if isCallable(o) {
		return kindFunction
	}
	switch o.ClassName() {
	case "Array":
		return kindArray
	case "Arguments":
		return kindArguments
	case "Error":
		return kindError
	case "RegExp":
		return kindRegExp
	case "Date":
		return kindDate
	case "Number", "String", "Boolean":
		return kindBoxed
	}
	et := o.ExportType()
	switch {
	case et == typeMap():
		return kindMap
	case et == typeSetOrArr():
		return kindSet
	case et == typePromise():
		return kindPromise
	case et == typeBuffer():
		return kindArrayBuffer
	case et == typeString(), et == typeBigInt():
		// Symbol and BigInt wrappers are the only "Object"-class objects
		// that export as a string or a *big.Int.
		return kindBoxed
	case typedElements(et):
		return kindTypedArray
	}
	switch {
	case c.hasBrand(o, "WeakMap", "has", false):
		return kindWeakMap
	case c.hasBrand(o, "WeakSet", "has", false):
		return kindWeakSet
	case c.hasBrand(o, "DataView", "byteLength", true):
		return kindDataView
	}
	return kindObject
}

// internalName is V8's GetConstructorName for objects whose prototype chain
// names no constructor.
func internalName(k kind, o *goja.Object) string {
	switch k {
	case kindFunction:
		return "Function"
	case kindArray:
		return "Array"
	case kindMap:
		return "Map"
	case kindSet:
		return "Set"
	case kindError:
		return "Error"
	case kindRegExp:
		return "RegExp"
	case kindDate:
		return "Date"
	case kindPromise:
		return "Promise"
	case kindArrayBuffer:
		return "ArrayBuffer"
	case kindDataView:
		return "DataView"
	case kindWeakMap:
		return "WeakMap"
	case kindWeakSet:
		return "WeakSet"
	case kindBoxed:
		if cn := o.ClassName(); cn != "Object" {
			return cn
		}
	}
	return "Object"
}

// keys returns o's own keys in Node's getKeys order: enumerable string keys,
// then enumerable symbols (all of them with ShowHidden).
func (c *ctx) keys(o *goja.Object) []key {
	var names []string
	var syms []*goja.Symbol
	// Listing an Error's keys makes goja build its stack property, which
	// reads name and message and so may run (and throw from) a getter.
	if ex := c.rt.Try(func() {
		if c.showHidden {
			names = o.GetOwnPropertyNames()
			syms = c.allSymbols(o)
		} else {
			names = o.Keys()
			syms = o.Symbols()
		}
	}); ex != nil {
		return nil
	}
	out := make([]key, 0, len(names)+len(syms))
	for _, n := range names {
		if strings.ContainsRune(n, utf8.RuneError) {
			// goja's Go strings lost a lone surrogate: list the keys
			// again as JavaScript strings.
			out = c.exactKeys(o, out[:0])
			break
		}
		out = append(out, key{name: n})
	}
	return c.appendSymbols(o, syms, out)
}

// allSymbols is Object.getOwnPropertySymbols(o): goja's Symbols lists the
// enumerable ones only.
func (c *ctx) allSymbols(o *goja.Object) []*goja.Symbol {
	f := c.builtinFunc(c.global("Object"), key{name: "getOwnPropertySymbols"})
	if f == nil {
		return o.Symbols()
	}
	res, err := f(goja.Undefined(), o)
	arr := asObject(res)
	if err != nil || arr == nil {
		return o.Symbols()
	}
	out := make([]*goja.Symbol, 0, arrayLength(arr))
	for i := range arrayLength(arr) {
		if s, ok := arr.Get(strconv.FormatInt(i, 10)).(*goja.Symbol); ok {
			out = append(out, s)
		}
	}
	return out
}

// symbolKeys appends o's own symbol keys (enumerable ones unless
// ShowHidden) to out.
func (c *ctx) symbolKeys(o *goja.Object, out []key) []key {
	return c.appendSymbols(o, o.Symbols(), out)
}

func (c *ctx) appendSymbols(o *goja.Object, syms []*goja.Symbol, out []key) []key {
	for _, s := range syms {
		k := key{sym: s}
		if c.showHidden || c.ownDesc(o, k).enumerable {
			out = append(out, k)
		}
	}
	return out
}

// exactKeys appends o's string keys as Object.keys (or, with ShowHidden,
// Object.getOwnPropertyNames) returns them, builtins that keep lone
// surrogates.
func (c *ctx) exactKeys(o *goja.Object, out []key) []key {
	name := "keys"
	if c.showHidden {
		name = "getOwnPropertyNames"
	}
	f := c.builtinFunc(c.global("Object"), key{name: name})
	if f == nil {
		return out
	}
	res, err := f(goja.Undefined(), o)
	arr := asObject(res)
	if err != nil || arr == nil {
		return out
	}
	for i := range arrayLength(arr) {
		v := arr.Get(strconv.FormatInt(i, 10))
		if v == nil {
			continue
		}
		out = append(out, key{name: exactString(v), val: v})
	}
	return out
}

// isArrayIndex reports whether s is a canonical array index.
func isArrayIndex(s string) bool {
	if s == "" || len(s) > 10 || (len(s) > 1 && s[0] == '0') {
		return false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n < 1<<32-1
}

// maxIndexScan is the longest array or typed array whose extra (non-index)
// properties are listed. goja lists them only together with every index,
// at about a microsecond each; past this length only symbol keys are shown.
const maxIndexScan = 1 << 16

// nonIndexKeys is Node's getOwnNonIndexProperties for an array or typed
// array of the given length.
func (c *ctx) nonIndexKeys(o *goja.Object, length int64) []key {
	var ks []key
	// A preview (Options.Budget) ends within the elements when there are
	// more of them than the budget has room for (each takes at least 3
	// characters with its separator): the other keys would not show.
	if length > maxIndexScan || c.budget > 0 && length > int64(c.budget/3) {
		ks = c.symbolKeys(o, nil)
	} else {
		ks = c.keys(o)
	}
	out := ks[:0]
	for _, k := range ks {
		if k.sym != nil || !isArrayIndex(k.name) {
			out = append(out, k)
		}
	}
	return out
}

// constructorName is Node's getConstructorName: the name of the first
// constructor on o's prototype chain that o is an instance of; ok is false
// for an object with a null prototype.
func (c *ctx) constructorName(o *goja.Object, k kind, recurseTimes int) (name string, ok bool) {
	obj := o
	var firstProto *goja.Object
	first := true
	for i := 0; obj != nil && i < maxProtoWalk; i++ {
		if ci := c.ctorOn(obj); ci.name != "" {
			// The common case needs no walk: obj is on o's chain and is
			// its constructor's prototype.
			if (!first && ci.proto != nil && ci.proto.SameAs(obj)) || c.inherits(o, ci.proto) {
				return ci.name, true
			}
		}
		obj = c.protoOf(obj)
		if first {
			firstProto, first = obj, false
		}
	}
	if firstProto == nil {
		return "", false
	}
	res := internalName(k, o)
	if recurseTimes > c.depth {
		return res + " <Complex prototype>", true
	}
	protoName, ok := c.constructorName(firstProto, c.kindOf(firstProto), recurseTimes+1)
	if !ok {
		sub := &ctx{rt: c.rt, colors: c.colors, depth: -1, breakLength: c.breakLength,
			maxArrayLength: c.maxArrayLength, maxStringLength: c.maxStringLength,
			showHidden: c.showHidden, gopd: c.gopd}
		return res + " <" + sub.formatValue(firstProto, 0, false) + ">", true
	}
	return res + " <" + protoName + ">", true
}

// funcName is f.name when it is a string data property, else "".
func (c *ctx) funcName(f *goja.Object) string {
	if v := c.dataGet(f, key{name: "name"}); v != nil {
		if goja.IsString(v) {
			return v.String()
		}
	}
	return ""
}

// ctorInfo is what an object says about a constructor: the name of its own
// constructor data property, when that is a named function, and that
// function's prototype. Node checks value instanceof constructor, which
// could run a user Symbol.hasInstance; this is OrdinaryHasInstance.
type ctorInfo struct {
	name  string
	proto *goja.Object
}

func (c *ctx) ctorOn(obj *goja.Object) ctorInfo {
	if ci, ok := c.ctors[obj]; ok {
		return ci
	}
	var ci ctorInfo
	if d := c.ownDesc(obj, key{name: "constructor"}); d.isData() {
		if f := unwrapProxy(asObject(d.value)); f != nil && isCallable(f) {
			if ci.name = c.funcName(f); ci.name != "" {
				ci.proto = unwrapProxy(asObject(c.dataGet(f, key{name: "prototype"})))
			}
		}
	}
	if c.ctors == nil {
		c.ctors = map[*goja.Object]ctorInfo{}
	}
	c.ctors[obj] = ci
	return ci
}

// toStringTag is Node's tag: o[Symbol.toStringTag] when it is a string data
// property that is not an own enumerable one (own ones print as keys).
func (c *ctx) toStringTag(o *goja.Object) string {
	d, holder := c.lookup(o, key{sym: goja.SymToStringTag})
	if !d.isData() {
		return ""
	}
	if !goja.IsString(d.value) {
		return ""
	}
	tag := d.value.String()
	if tag != "" && holder.SameAs(o) && (c.showHidden || d.enumerable) {
		return ""
	}
	return tag
}
