package clone

import (
	"reflect"
	"sync"
	"unsafe"

	"github.com/dop251/goja"
)

// kind is what the serializer does with an object.
type kind uint8

const (
	kindPlain kind = iota // walk own enumerable properties
	kindArray
	kindMap
	kindSet
	kindDate
	kindRegExp
	kindArrayBuffer
	kindTypedArray
	kindDataView
	kindBoxed       // Number, Boolean, BigInt or Symbol wrapper
	kindBoxedString // String wrapper
	kindError
	kindFunction
	kindBoundFunction
	kindProxy
	kindRefused // WeakMap, WeakSet, Promise, generators, iterators, arguments
)

// V8 decides by an object's internal type, never by its prototype or by anything user code
// can change. goja's public API does not say which internal type an object has (ClassName is
// "Object" for a Map, a WeakMap and a plain object alike, and Export runs getters), so the
// cloner looks at the dynamic type of the object's implementation: it reads the type, never the
// value, of goja.Object's unexported interface field. The types are learnt from specimens the
// first time an object that is not an ordinary object, an array, a Map or a Set is cloned, so
// no goja type name is written here; the package tests fail if goja's layout changes.
var (
	implOnce  sync.Once
	implKinds map[unsafe.Pointer]kind // by the type word of goja.Object's implementation field
)

// specimens are expressions whose values teach the cloner goja's implementation types.
var specimens = []struct {
	src  string
	kind kind
}{
	{`({})`, kindPlain},
	{`Math`, kindPlain},
	{`globalThis`, kindPlain},
	{`[]`, kindArray},
	{`(() => { const a = []; a[1e6] = 1; return a })()`, kindArray},
	{`new Map`, kindMap},
	{`new Set`, kindSet},
	{`new Date`, kindDate},
	{`/x/`, kindRegExp},
	{`new ArrayBuffer(1)`, kindArrayBuffer},
	{`new Uint8Array(1)`, kindTypedArray},
	{`new DataView(new ArrayBuffer(1))`, kindDataView},
	{`Object(1)`, kindBoxed},
	{`Object("")`, kindBoxedString},
	{`new Error`, kindError},
	{`(function () {})`, kindFunction},
	{`(() => 1)`, kindFunction},
	{`(class {})`, kindFunction},
	{`({ m() {} }).m`, kindFunction},
	{`(async function () {})`, kindFunction},
	{`(async () => 1)`, kindFunction},
	{`(function* () {})`, kindFunction},
	{`({ *m() {} }).m`, kindFunction},
	{`({ async m() {} }).m`, kindFunction},
	{`Math.max`, kindFunction},
	{`Map`, kindFunction},
	{`Math.max.bind(null)`, kindBoundFunction},
	{`new Proxy({}, {})`, kindProxy},
	{`new WeakMap`, kindRefused},
	{`new WeakSet`, kindRefused},
	{`Promise.resolve()`, kindRefused},
	{`(function* () {})()`, kindRefused},
	{`new Map().entries()`, kindRefused},
	{`new Set().values()`, kindRefused},
	{`[].values()`, kindRefused},
	{`""[Symbol.iterator]()`, kindRefused},
	{`"a".matchAll(/a/g)`, kindRefused},
	{`(function () { return arguments })()`, kindRefused},
	{`(function () { "use strict"; return arguments })()`, kindRefused},
}

func learnImplTypes() {
	if !objectLayoutOK() {
		return
	}
	implKinds = make(map[unsafe.Pointer]kind, len(specimens))
	srcs := make([]string, len(specimens))
	for i, s := range specimens {
		srcs[i] = s.src
	}
	vals := evalSpecimens(goja.New(), srcs)
	for i, s := range specimens {
		o, ok := vals[i].(*goja.Object)
		if !ok {
			continue
		}
		t := implTab(o)
		// A type shared by specimens of different kinds (goja builds some built-ins from
		// templates) cannot decide; the first specimen to claim it wins, so plain ones go first.
		if _, seen := implKinds[t]; !seen {
			implKinds[t] = s.kind
		}
	}
}

var proxyType = reflect.TypeFor[goja.Proxy]()

// kindOf classifies o without running any user code, and without calling into a Proxy.
func kindOf(o *goja.Object) kind {
	if fast.ok {
		switch implTab(o) {
		case fast.plainTab:
			return kindPlain
		case fast.arrayTab:
			return kindArray
		case fast.mapTab:
			return kindMap
		case fast.setTab:
			return kindSet
		}
	}
	// The other types are learnt when first met: a script that clones only plain objects
	// and arrays never pays for the specimens.
	implOnce.Do(learnImplTypes)
	if implKinds != nil {
		if k, ok := implKinds[implTab(o)]; ok {
			return k
		}
	}
	// Objects that goja builds from Go values, or types that no specimen showed.
	if o.ExportType() == proxyType {
		return kindProxy
	}
	if _, ok := goja.AssertFunction(o); ok {
		return kindFunction
	}
	if o.ClassName() == "Array" {
		return kindArray
	}
	return kindPlain
}
