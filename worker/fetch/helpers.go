package fetch

import (
	"github.com/dop251/goja"
)

func (s *state) initHelpers() {
	// %IteratorPrototype%, which Headers' and FormData's iterators inherit
	// from, as the isolate had it before any script (host.Env.Capture).
	s.iteratorProto = s.env.IteratorPrototype()
	if s.iteratorProto == nil {
		s.iteratorProto = s.rt.NewObject()
	}
}

// u8 makes a Uint8Array over a copy-free ArrayBuffer of b.
func (s *state) u8(b []byte) goja.Value {
	return s.env.Intrinsics().NewUint8Array(s.rt, s.rt.NewArrayBuffer(b))
}

// bufferBytes returns the bytes of an ArrayBuffer or ArrayBuffer view
// (without copying) and ok=false for anything else.
func (s *state) bufferBytes(v goja.Value) ([]byte, bool) {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil, false
	}
	switch x := o.Export().(type) {
	case goja.ArrayBuffer:
		return x.Bytes(), true
	}
	in := s.env.Intrinsics()
	if in.IsView == nil {
		return nil, false
	}
	res, err := in.IsView(in.ArrayBuffer, o)
	if err != nil || !res.ToBoolean() {
		return nil, false
	}
	buf, ok := o.Get("buffer").Export().(goja.ArrayBuffer)
	if !ok {
		return nil, false
	}
	off := o.Get("byteOffset").ToInteger()
	n := o.Get("byteLength").ToInteger()
	b := buf.Bytes()
	if off < 0 || off+n > int64(len(b)) {
		return nil, false
	}
	return b[off : off+n], true
}
