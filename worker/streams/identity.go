package streams

import (
	"math/big"

	"github.com/dop251/goja"
)

// initIdentity defines workerd's IdentityTransformStream and
// FixedLengthStream: byte pipes whose writable side takes BufferSources
// (and strings, UTF-8 encoded), the second one refusing to pass more bytes
// than it was made for (a short stream closes without an error, as in
// workerd).
func (r *realm) initIdentity() {
	bytesOf := func(ch Chunk) ([]byte, goja.Value) {
		b, ok := r.byteChunk(ch)
		if !ok {
			return nil, r.typeError(chunkTypeMsg)
		}
		if !ch.IsBytes() {
			b = append([]byte(nil), b...) // script's memory: copied
		}
		return b, nil
	}
	r.identity = func(c *TransformController, ch Chunk) goja.Value {
		b, err := bytesOf(ch)
		if err != nil {
			return err
		}
		if len(b) > 0 {
			_ = c.Enqueue(b)
		}
		return nil
	}
	r.pairClass("IdentityTransformStream", r.protos["TransformStream"], func(call goja.ConstructorCall) *Transform {
		r.dictArg(call.Argument(0), "Failed to construct 'IdentityTransformStream': constructor parameter 1 is not of type 'QueuingStrategy'.")
		r.env.RefuseInGlobalScope()
		return NewTransform(r.env, Transformer{Transform: r.identity})
	})
	r.pairClass("FixedLengthStream", r.protos["IdentityTransformStream"], func(call goja.ConstructorCall) *Transform {
		if len(call.Arguments) == 0 {
			r.throwType("Failed to construct 'FixedLengthStream': constructor parameter 1 is not of type 'bigint'.")
		}
		n, err := r.fixedLength(call.Argument(0))
		if err != nil {
			panic(err)
		}
		r.dictArg(call.Argument(1), "Failed to construct 'FixedLengthStream': constructor parameter 2 is not of type 'QueuingStrategy'.")
		r.env.RefuseInGlobalScope()
		left := n
		t := NewTransform(r.env, Transformer{
			Transform: func(c *TransformController, ch Chunk) goja.Value {
				b, err := bytesOf(ch)
				if err != nil {
					return err
				}
				if float64(len(b)) > left {
					return r.typeError("Attempt to write too many bytes through a FixedLengthStream.")
				}
				left -= float64(len(b))
				if len(b) > 0 {
					_ = c.Enqueue(b)
				}
				return nil
			},
		})
		// Its readable side delivers n bytes at most: workerd sends n as the
		// Content-Length of a response with this body.
		t.Readable.s.length, t.Readable.s.hasLength = int64(n), n <= 1<<53
		return t
	})
}

// stringChunk is v as a Go string when it is a JS string (never an
// object's Export, which reads a typed array's bytes: gojaprops.Exports).
func stringChunk(v goja.Value) (string, bool) {
	if !goja.IsString(v) {
		return "", false
	}
	s, ok := v.Export().(string)
	return s, ok
}

// fixedLength is FixedLengthStream's length: workerd's uint64, which takes a
// BigInt as it is and a number as toUint64 converts it.
func (r *realm) fixedLength(v goja.Value) (float64, *goja.Object) {
	var b *big.Int
	if _, isObject := v.(*goja.Object); !isObject { // a primitive's Export is safe (a detached view's is not)
		b, _ = v.Export().(*big.Int)
	}
	if b == nil {
		return r.toUint64(v)
	}
	switch {
	case b.Sign() < 0:
		return 0, r.typeError("The value cannot be converted because it is negative and this API expects a positive bigint.")
	case b.BitLen() > 64:
		return 0, r.typeError("Value out of range. Must be less than or equal to 18446744073709551615.")
	}
	f, _ := new(big.Float).SetInt(b).Float64()
	return f, nil
}
