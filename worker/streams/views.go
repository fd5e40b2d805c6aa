package streams

import (
	"github.com/dop251/goja"
	"github.com/mcrepl/mcrepl/internal/gojaprops"

	"github.com/mcrepl/mcrepl/worker/host"
)

// viewGetters are the original accessors of %TypedArray%.prototype and
// DataView.prototype, and the typed array constructors by name: what the
// byte stream algorithms read of a view, unaffected by a patched global.
type viewGetters struct {
	taTag, taBuffer, taOffset, taLength goja.Callable
	dvBuffer, dvOffset, dvLength        goja.Callable
	ctors                               map[string]*goja.Object
	dataView                            *goja.Object
}

// typedArrays are the typed array constructors' names and element sizes:
// a table the compiler lays out as data, not a map the package's init
// function would build at every start.
var typedArrays = [...]struct {
	name string
	size int
}{
	{"Int8Array", 1}, {"Uint8Array", 1}, {"Uint8ClampedArray", 1}, {"Int16Array", 2}, {"Uint16Array", 2},
	{"Int32Array", 4}, {"Uint32Array", 4}, {"Float32Array", 4}, {"Float64Array", 8},
	{"BigInt64Array", 8}, {"BigUint64Array", 8}, {"Float16Array", 2},
}

// elemSize is the element size of the typed array constructor name, 0 for
// another name.
func elemSize(name string) int {
	for _, t := range typedArrays {
		if t.name == name {
			return t.size
		}
	}
	return 0
}

// newViewGetters takes the isolate's original intrinsics (host.Intrinsics),
// not the script's globals.
func newViewGetters(env *host.Env) viewGetters {
	rt := env.RT
	in := env.Intrinsics()
	tap, dvp := in.TypedArrayProto(), in.DataViewProto
	accessor := func(o *goja.Object, key goja.Value) goja.Callable { return in.Getter(rt, o, key) }
	v := viewGetters{
		taTag:    accessor(tap, goja.SymToStringTag),
		taBuffer: accessor(tap, rt.ToValue("buffer")),
		taOffset: accessor(tap, rt.ToValue("byteOffset")),
		taLength: accessor(tap, rt.ToValue("byteLength")),
		dvBuffer: accessor(dvp, rt.ToValue("buffer")),
		dvOffset: accessor(dvp, rt.ToValue("byteOffset")),
		dvLength: accessor(dvp, rt.ToValue("byteLength")),
		ctors:    map[string]*goja.Object{},
		dataView: in.DataView,
	}
	for _, t := range typedArrays {
		if c := in.TypedArray(t.name); c != nil {
			v.ctors[t.name] = c
		}
	}
	return v
}

// viewInfo is what the byte stream algorithms know of an ArrayBufferView.
type viewInfo struct {
	obj      *goja.Object
	buf      goja.ArrayBuffer
	bufObj   *goja.Object
	off, n   int // byteOffset, byteLength
	elem     int // element size (1 for a DataView)
	ctor     *goja.Object
	dataView bool
}

func (vi viewInfo) bytes() []byte {
	b := vi.buf.Bytes()
	if b == nil || vi.off+vi.n > len(b) {
		return nil
	}
	return b[vi.off : vi.off+vi.n]
}

// viewOf describes v if it is a typed array or DataView.
func (r *realm) viewOf(v goja.Value) (viewInfo, bool) {
	o, ok := v.(*goja.Object)
	if !ok {
		return viewInfo{}, false
	}
	g := &r.views
	if tag, err := g.taTag(o); err == nil && !goja.IsUndefined(tag) {
		name := tag.String()
		vi := viewInfo{obj: o, elem: elemSize(name), ctor: g.ctors[name]}
		b, _ := g.taBuffer(o)
		vi.bufObj, _ = b.(*goja.Object)
		if vi.bufObj != nil {
			vi.buf, _ = vi.bufObj.Export().(goja.ArrayBuffer)
		}
		if vi.buf.Detached() {
			return vi, true
		}
		off, _ := g.taOffset(o)
		n, _ := g.taLength(o)
		vi.off, vi.n = int(off.ToInteger()), int(n.ToInteger())
		return vi, true
	}
	b, err := g.dvBuffer(o)
	if err != nil {
		return viewInfo{}, false
	}
	vi := viewInfo{obj: o, elem: 1, ctor: g.dataView, dataView: true}
	vi.bufObj, _ = b.(*goja.Object)
	if vi.bufObj != nil {
		vi.buf, _ = vi.bufObj.Export().(goja.ArrayBuffer)
	}
	if vi.buf.Detached() {
		return vi, true
	}
	off, _ := g.dvOffset(o)
	n, _ := g.dvLength(o)
	vi.off, vi.n = int(off.ToInteger()), int(n.ToInteger())
	return vi, true
}

// arrayBufferOf returns v as an ArrayBuffer.
func arrayBufferOf(v goja.Value) (goja.ArrayBuffer, bool) {
	o, ok := v.(*goja.Object)
	if !ok {
		return goja.ArrayBuffer{}, false
	}
	if !gojaprops.Exports[goja.ArrayBuffer](o) { // never a view's Export: see Exports
		return goja.ArrayBuffer{}, false
	}
	return o.Export().(goja.ArrayBuffer), true
}

func (r *realm) bytesOf(v goja.Value) ([]byte, bool) {
	if ab, ok := arrayBufferOf(v); ok {
		if ab.Detached() {
			return nil, false
		}
		b := ab.Bytes()
		if b == nil {
			b = []byte{}
		}
		return b, true
	}
	vi, ok := r.viewOf(v)
	if !ok || vi.buf.Detached() {
		return nil, false
	}
	b := vi.bytes()
	if b == nil {
		b = []byte{}
	}
	return b, true
}

// transferArrayBuffer is TransferArrayBuffer: a new ArrayBuffer over the
// same bytes, and the old one detached.
func (r *realm) transferArrayBuffer(ab goja.ArrayBuffer) goja.ArrayBuffer {
	data := ab.Bytes()
	ab.Detach()
	return r.rt.NewArrayBuffer(data)
}
