package crypto

import (
	"reflect"

	"github.com/dop251/goja"
)

// viewKind is what a BufferSource is.
type viewKind int

const (
	notBuffer viewKind = iota
	arrayBuffer
	intView   // an integer-typed array
	floatView // Float32Array, Float64Array
	dataView
)

// buffers reads the bytes of ArrayBuffers and their views through the
// functions the runtime started with (user code cannot replace them).
type buffers struct {
	rt       *goja.Runtime
	isView   goja.Callable // ArrayBuffer.isView
	taBuffer goja.Callable // the %TypedArray%.prototype.buffer getter
	dvBuffer goja.Callable // the DataView.prototype.buffer getter
}

var (
	typeArrayBuffer = reflect.TypeFor[goja.ArrayBuffer]()
	typeAnySlice    = reflect.TypeFor[[]any]()
	typeFloat32s    = reflect.TypeFor[[]float32]()
	typeFloat64s    = reflect.TypeFor[[]float64]()
)

func newBuffers(rt *goja.Runtime) *buffers {
	g := rt.GlobalObject()
	gopd, _ := goja.AssertFunction(g.Get("Object").(*goja.Object).Get("getOwnPropertyDescriptor"))
	getter := func(proto *goja.Object, name string) goja.Callable {
		d, err := gopd(goja.Undefined(), proto, rt.ToValue(name))
		if err != nil {
			panic(err)
		}
		f, _ := goja.AssertFunction(d.(*goja.Object).Get("get"))
		return f
	}
	isView, _ := goja.AssertFunction(g.Get("ArrayBuffer").(*goja.Object).Get("isView"))
	taProto := g.Get("Uint8Array").(*goja.Object).Get("prototype").(*goja.Object).Prototype()
	dvProto := g.Get("DataView").(*goja.Object).Get("prototype").(*goja.Object)
	return &buffers{rt: rt, isView: isView, taBuffer: getter(taProto, "buffer"), dvBuffer: getter(dvProto, "buffer")}
}

// read returns the bytes v shows (aliasing its memory; nil when detached)
// and what v is; notBuffer for anything but an ArrayBuffer or a view.
func (r *buffers) read(v goja.Value) ([]byte, viewKind) {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil, notBuffer
	}
	t := o.ExportType()
	if t == typeArrayBuffer {
		return o.Export().(goja.ArrayBuffer).Bytes(), arrayBuffer
	}
	if t == nil {
		return nil, notBuffer
	}
	if res, err := r.isView(goja.Undefined(), o); err != nil || !res.ToBoolean() {
		return nil, notBuffer
	}
	kind, get := dataView, r.dvBuffer
	if t.Kind() == reflect.Slice && t != typeAnySlice {
		kind, get = intView, r.taBuffer
		if t == typeFloat32s || t == typeFloat64s {
			kind = floatView
		}
	}
	buf, err := get(o)
	if err != nil {
		return nil, notBuffer
	}
	if ab, ok := buf.Export().(goja.ArrayBuffer); !ok || ab.Detached() {
		return nil, kind
	}
	var b []byte
	if err := r.rt.ExportTo(o, &b); err != nil {
		return nil, notBuffer
	}
	return b, kind
}
