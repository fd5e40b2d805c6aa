package crypto

import (
	"reflect"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/host"
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

// Export types, as functions: reflect.TypeOf of a static type is two
// constants, where variables would be set by the init function at every
// start.
func typeArrayBuffer() reflect.Type { return reflect.TypeOf(goja.ArrayBuffer{}) }
func typeAnySlice() reflect.Type    { return reflect.TypeOf([]any(nil)) }
func typeFloat32s() reflect.Type    { return reflect.TypeOf([]float32(nil)) }
func typeFloat64s() reflect.Type    { return reflect.TypeOf([]float64(nil)) }

// newBuffers takes the isolate's original intrinsics (host.Intrinsics),
// not the script's globals.
func newBuffers(env *host.Env) *buffers {
	rt := env.RT
	in := env.Intrinsics()
	return &buffers{rt: rt, isView: in.IsView,
		taBuffer: in.Getter(rt, in.TypedArrayProto(), rt.ToValue("buffer")),
		dvBuffer: in.Getter(rt, in.DataViewProto, rt.ToValue("buffer"))}
}

// read returns the bytes v shows (aliasing its memory; nil when detached)
// and what v is; notBuffer for anything but an ArrayBuffer or a view.
func (r *buffers) read(v goja.Value) ([]byte, viewKind) {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil, notBuffer
	}
	t := o.ExportType()
	if t == typeArrayBuffer() {
		return o.Export().(goja.ArrayBuffer).Bytes(), arrayBuffer
	}
	if t == nil {
		return nil, notBuffer
	}
	if res, err := r.isView(goja.Undefined(), o); err != nil || !res.ToBoolean() {
		return nil, notBuffer
	}
	kind, get := dataView, r.dvBuffer
	if t.Kind() == reflect.Slice && t != typeAnySlice() {
		kind, get = intView, r.taBuffer
		if t == typeFloat32s() || t == typeFloat64s() {
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
