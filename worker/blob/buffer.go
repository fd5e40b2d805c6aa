package blob

import (
	"reflect"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/host"
)

// bufferReader reads the bytes of ArrayBuffers and their views through the
// functions the runtime started with (user code cannot replace them).
type bufferReader struct {
	rt         *goja.Runtime
	isView     goja.Callable // ArrayBuffer.isView
	taBuffer   goja.Callable // the %TypedArray%.prototype.buffer getter
	dvBuffer   goja.Callable // the DataView.prototype.buffer getter
	uint8Array *goja.Object  // the Uint8Array constructor
}

// Export types, as functions: reflect.TypeOf of a static type is two
// constants, where variables would be set by the init function at every
// start.
func typeArrayBuffer() reflect.Type { return reflect.TypeOf(goja.ArrayBuffer{}) }
func typeAnySlice() reflect.Type    { return reflect.TypeOf([]any(nil)) }

// newBufferReader takes the isolate's original intrinsics (host.Intrinsics),
// not the script's globals.
func newBufferReader(env *host.Env) bufferReader {
	rt := env.RT
	in := env.Intrinsics()
	return bufferReader{
		rt:         rt,
		isView:     in.IsView,
		taBuffer:   in.Getter(rt, in.TypedArrayProto(), rt.ToValue("buffer")),
		dvBuffer:   in.Getter(rt, in.DataViewProto, rt.ToValue("buffer")),
		uint8Array: in.Uint8Array(),
	}
}

// bytes returns the bytes an ArrayBuffer, typed array or DataView shows
// (aliasing its memory; nil when detached), and false for other objects.
func (r *bufferReader) bytes(o *goja.Object) ([]byte, bool) {
	t := o.ExportType()
	if t == typeArrayBuffer() {
		return o.Export().(goja.ArrayBuffer).Bytes(), true
	}
	if t == nil {
		return nil, false
	}
	if v, err := r.isView(goja.Undefined(), o); err != nil || !v.ToBoolean() {
		return nil, false
	}
	get := r.dvBuffer
	if t.Kind() == reflect.Slice && t != typeAnySlice() {
		get = r.taBuffer
	}
	buf, err := get(o)
	if err != nil {
		return nil, false
	}
	if ab, ok := buf.Export().(goja.ArrayBuffer); !ok || ab.Detached() {
		return nil, true
	}
	var b []byte
	if err := r.rt.ExportTo(o, &b); err != nil {
		return nil, false
	}
	return b, true
}

// newUint8Array makes a Uint8Array over a new ArrayBuffer holding data.
func (r *bufferReader) newUint8Array(data []byte) goja.Value {
	o, err := r.rt.New(r.uint8Array, r.rt.ToValue(r.rt.NewArrayBuffer(data)))
	if err != nil {
		panic(err)
	}
	return o
}
