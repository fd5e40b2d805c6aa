package encoding

import (
	"reflect"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/host"
)

// views holds the intrinsics that read an ArrayBuffer view: taken when the
// package's state is built for an isolate.
type views struct {
	rt           *goja.Runtime
	taByteLength goja.Callable // get %TypedArray%.prototype.byteLength
	taTag        goja.Callable // get %TypedArray%.prototype[Symbol.toStringTag]
	dvBuffer     goja.Callable // get DataView.prototype.buffer
	dvByteOffset goja.Callable
	dvByteLength goja.Callable
	uint8Array   *goja.Object
}

type viewsKey struct{}

func viewsOf(env *host.Env) *views {
	return host.State(env, viewsKey{}, func() *views {
		rt := env.RT
		v := &views{rt: rt}
		// The isolate's original intrinsics (host.Intrinsics), not the
		// script's globals.
		in := env.Intrinsics()
		v.uint8Array = in.Uint8Array()
		ta, dv := in.TypedArrayProto(), in.DataViewProto
		v.taByteLength = in.Getter(rt, ta, rt.ToValue("byteLength"))
		v.taTag = in.Getter(rt, ta, goja.SymToStringTag)
		v.dvBuffer = in.Getter(rt, dv, rt.ToValue("buffer"))
		v.dvByteOffset = in.Getter(rt, dv, rt.ToValue("byteOffset"))
		v.dvByteLength = in.Getter(rt, dv, rt.ToValue("byteLength"))
		return v
	})
}

// typeArrayBuffer is an ArrayBuffer's export type (a function: reflect.TypeOf
// of a static type is two constants, a variable would be init code).
func typeArrayBuffer() reflect.Type { return reflect.TypeOf(goja.ArrayBuffer{}) }

// Bytes returns the bytes that v views when v is an ArrayBuffer, a typed
// array or a DataView: the buffer's own memory, not a copy (nil when the
// buffer is detached or empty). ok is false for any other value.
func Bytes(env *host.Env, v goja.Value) (b []byte, ok bool) {
	return viewsOf(env).bytes(v)
}

func (vs *views) bytes(v goja.Value) ([]byte, bool) {
	o, isObj := v.(*goja.Object)
	if !isObj {
		return nil, false
	}
	t := o.ExportType()
	if t == typeArrayBuffer() {
		return o.Export().(goja.ArrayBuffer).Bytes(), true
	}
	if t != nil && t.Kind() == reflect.Slice && isNumber(t.Elem().Kind()) {
		// A typed array. Its byteLength is 0 once its buffer is detached,
		// and then its memory must not be read.
		n, err := vs.taByteLength(o)
		if err != nil {
			return nil, false
		}
		if n.ToInteger() == 0 {
			return nil, true
		}
		var b []byte
		if err := vs.rt.ExportTo(o, &b); err != nil {
			return nil, false
		}
		return b, true
	}
	buf, err := vs.dvBuffer(o)
	if err != nil {
		return nil, false
	}
	ab, _ := buf.Export().(goja.ArrayBuffer)
	data := ab.Bytes()
	if data == nil {
		return nil, true
	}
	off, err1 := vs.dvByteOffset(o)
	n, err2 := vs.dvByteLength(o)
	if err1 != nil || err2 != nil {
		return nil, true
	}
	start, end := off.ToInteger(), off.ToInteger()+n.ToInteger()
	if start < 0 || end > int64(len(data)) || start > end {
		return nil, true
	}
	return data[start:end], true
}

func isNumber(k reflect.Kind) bool {
	switch k {
	case reflect.Int8, reflect.Uint8, reflect.Int16, reflect.Uint16, reflect.Int32, reflect.Uint32,
		reflect.Int64, reflect.Uint64, reflect.Float32, reflect.Float64:
		return true
	}
	return false
}

func typeBytes() reflect.Type { return reflect.TypeOf([]byte(nil)) }

// isUint8Array says whether v is a Uint8Array (not a Uint8ClampedArray,
// which goja exports as the same Go type).
func (vs *views) isUint8Array(v goja.Value) bool {
	o, ok := v.(*goja.Object)
	if !ok || o.ExportType() != typeBytes() {
		return false
	}
	tag, err := vs.taTag(o)
	return err == nil && tag.String() == "Uint8Array"
}

// NewUint8Array returns a new Uint8Array over b (not copied: b becomes the
// new buffer's memory).
func NewUint8Array(env *host.Env, b []byte) *goja.Object {
	return viewsOf(env).newUint8Array(b)
}

func (vs *views) newUint8Array(b []byte) *goja.Object {
	o, err := vs.rt.New(vs.uint8Array, vs.rt.ToValue(vs.rt.NewArrayBuffer(b)))
	if err != nil {
		panic(err)
	}
	return o
}
