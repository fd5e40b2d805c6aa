package encoding

import (
	"unicode/utf8"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/events"
)

// TextEncoder's surface, as workerd declares it: encode, encodeInto and the
// encoding getter on the prototype; the constructor takes no arguments.
func (s *state) initEncoder() {
	r := s.env.Realm
	s.encoderCtor, s.encoderProto = r.Class("TextEncoder", nil, func(call goja.ConstructorCall) *goja.Object {
		s.encoders.Put(call.This, &struct{}{})
		return nil
	})
	p := s.encoderProto
	r.Method(p, "encode", s.encode)
	r.Method(p, "encodeInto", s.encodeInto)
	r.Accessor(p, "encoding", func(call goja.FunctionCall) goja.Value {
		s.thisEncoder(call)
		return s.rt.ToValue("utf-8")
	}, nil)
	s.finishProto(p)
}

func (s *state) thisEncoder(call goja.FunctionCall) {
	if s.encoders.Get(call.This) == nil {
		s.env.ThrowTypeError(events.IllegalInvocation)
	}
}

// EncodeUTF8 is the UTF-8 encoding of a JS string, lone surrogates as
// U+FFFD (the USVString conversion), as TextEncoder.encode returns it.
func EncodeUTF8(v goja.Value) []byte {
	if units, ok := utf16Units(v); ok {
		return appendUTF16AsUTF8(nil, units)
	}
	// goja decodes a UTF-16 string with unicode/utf16, which makes each
	// lone surrogate U+FFFD.
	return []byte(v.String())
}

func (s *state) encode(call goja.FunctionCall) goja.Value {
	s.thisEncoder(call)
	var b []byte
	if v := call.Argument(0); !goja.IsUndefined(v) {
		noSymbol(s.env, v)
		b = EncodeUTF8(v)
	}
	if b == nil {
		b = []byte{}
	}
	return s.views.newUint8Array(b)
}

// encodeInto writes the longest prefix of whole UTF-8 sequences that fits
// and reports the UTF-16 code units read and the bytes written.
func (s *state) encodeInto(call goja.FunctionCall) goja.Value {
	s.thisEncoder(call)
	if len(call.Arguments) < 1 {
		typeErrorExecute(s.env, "encodeInto", "TextEncoder", 1, "String")
	}
	srcv := call.Argument(0)
	noSymbol(s.env, srcv)
	dst, ok := s.uint8ArrayBytes(call.Argument(1))
	if !ok {
		typeErrorExecute(s.env, "encodeInto", "TextEncoder", 2, "Uint8Array")
	}
	if units, ok := utf16Units(srcv); ok {
		read, written := encodeIntoUnits(dst, units)
		return s.result(read, written)
	}
	src := srcv.String()
	read, written := 0, 0
	for i := 0; i < len(src); {
		c := src[i]
		if c < utf8.RuneSelf {
			if written >= len(dst) {
				break
			}
			dst[written] = c
			written++
			read++
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(src[i:])
		if written+n > len(dst) {
			break
		}
		copy(dst[written:], src[i:i+n])
		written += n
		i += n
		if r >= 0x10000 {
			read += 2
		} else {
			read++
		}
	}
	return s.result(read, written)
}

func (s *state) result(read, written int) goja.Value {
	res := s.rt.NewObject()
	_ = res.Set("read", read)
	_ = res.Set("written", written)
	return res
}

// encodeIntoUnits writes UTF-16 code units as UTF-8 into dst, whole
// sequences only, and returns the code units read and bytes written.
func encodeIntoUnits(dst []byte, u []uint16) (read, written int) {
	var tmp [8]byte // appendUTF16AsUTF8 reserves room for a sequence more: no allocation
	for read < len(u) {
		c := u[read]
		if c < 0x80 {
			if written >= len(dst) {
				break
			}
			dst[written] = byte(c)
			written++
			read++
			continue
		}
		n := 1
		seq := appendUTF16AsUTF8(tmp[:0], u[read:read+1])
		if c >= 0xd800 && c <= 0xdbff && read+1 < len(u) && u[read+1] >= 0xdc00 && u[read+1] <= 0xdfff {
			n = 2
			seq = appendUTF16AsUTF8(tmp[:0], u[read:read+2])
		}
		if written+len(seq) > len(dst) {
			break
		}
		written += copy(dst[written:], seq)
		read += n
	}
	return read, written
}

// uint8ArrayBytes returns the memory of a Uint8Array (nil when detached).
func (s *state) uint8ArrayBytes(v goja.Value) ([]byte, bool) {
	if !s.views.isUint8Array(v) {
		return nil, false
	}
	return s.views.bytes(v)
}
