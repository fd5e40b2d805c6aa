package builtins

import (
	"github.com/dop251/goja"
)

// maxBufferLength is the largest buffer transfer makes: V8's limit on
// 64-bit machines (2^32 bytes, as new ArrayBuffer's).
const maxBufferLength = 1 << 32

// installArrayBuffer defines ArrayBuffer.prototype.transfer and
// transferToFixedLength (ES2024). goja's buffers are never resizable, so
// both make a fixed-length copy and detach the original.
func (b *installer) installArrayBuffer() {
	p := b.proto("ArrayBuffer")
	if p == nil {
		return
	}
	for _, name := range []string{"transfer", "transferToFixedLength"} {
		method := "ArrayBuffer.prototype." + name
		b.method(p, name, 0, func(call goja.FunctionCall) goja.Value {
			o, _ := call.This.(*goja.Object)
			var ab goja.ArrayBuffer
			ok := false
			if o != nil {
				ab, ok = o.Export().(goja.ArrayBuffer)
			}
			if !ok {
				b.typeError("Method " + method + " called on incompatible receiver " + b.describe(call.This))
			}
			old := ab.Bytes()
			n := len(old)
			if a := call.Argument(0); !goja.IsUndefined(a) {
				f := a.ToFloat()
				if f != f {
					f = 0
				}
				if f < 0 || f > 1<<53 {
					b.rangeError("Invalid array buffer length")
				}
				// V8 refuses what it cannot allocate; a Go make of that size
				// would end the process
				if f > maxBufferLength {
					b.rangeError("Array buffer allocation failed")
				}
				n = int(f)
			}
			if ab.Detached() {
				b.typeError("Cannot perform " + method + " on a detached ArrayBuffer")
			}
			data := make([]byte, n)
			copy(data, old)
			ab.Detach()
			return b.rt.ToValue(b.rt.NewArrayBuffer(data))
		})
	}
	// goja's slice copies nothing from a detached buffer and returns an
	// empty one; V8 throws
	if slice, ok := goja.AssertFunction(p.Get("slice")); ok {
		b.method(p, "slice", 2, func(call goja.FunctionCall) goja.Value {
			o, _ := call.This.(*goja.Object)
			var ab goja.ArrayBuffer
			ok := false
			if o != nil {
				ab, ok = o.Export().(goja.ArrayBuffer)
			}
			switch {
			case !ok && o != nil:
				tag := "[object Object]"
				if op := b.proto("Object"); op != nil {
					if ts, isFn := goja.AssertFunction(op.Get("toString")); isFn {
						if v, err := ts(o); err == nil {
							tag = v.String()
						}
					}
				}
				b.typeError("Method ArrayBuffer.prototype.slice called on incompatible receiver " + tag)
			case !ok:
				b.typeError("Method ArrayBuffer.prototype.slice called on incompatible receiver " + b.describe(call.This))
			case ab.Detached():
				b.typeError("Cannot perform ArrayBuffer.prototype.slice on a detached ArrayBuffer")
			}
			v, err := slice(call.This, call.Arguments...)
			if err != nil {
				panic(err)
			}
			return v
		})
	}
}
