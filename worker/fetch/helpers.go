package fetch

import (
	"github.com/dop251/goja"
)

// helpersSource finds %IteratorPrototype%, which Headers' and FormData's
// iterators inherit from, before user code can change it.
const helpersSource = `(function (Object) {
	'use strict';
	const iteratorProto = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
	return { iteratorProto };
})`

func (s *state) initHelpers() {
	fn, err := s.rt.RunString(helpersSource)
	if err != nil {
		panic(err)
	}
	call, _ := goja.AssertFunction(fn)
	g := s.env.Global
	v, err := call(goja.Undefined(), g.Get("Object"))
	if err != nil {
		panic(err)
	}
	s.helpers = v.(*goja.Object)
	s.iteratorProto = s.helpers.Get("iteratorProto").(*goja.Object)
}

// u8 makes a Uint8Array over a copy-free ArrayBuffer of b.
func (s *state) u8(b []byte) goja.Value {
	ab := s.rt.NewArrayBuffer(b)
	v, err := s.rt.New(s.env.Global.Get("Uint8Array"), s.rt.ToValue(ab))
	if err != nil {
		panic(err)
	}
	return v
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
	abCtor := s.env.Global.Get("ArrayBuffer").(*goja.Object)
	isView, _ := goja.AssertFunction(abCtor.Get("isView"))
	res, err := isView(abCtor, o)
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
