package fetch

import (
	"github.com/dop251/goja"
)

// helpersSource is the part of the body machinery that is plain stream
// plumbing in JavaScript: reading a ReadableStream to its end and making a
// byte stream over a Go source. It uses only the streams' public API, so it
// works with any ReadableStream implementation. It is compiled once per
// isolate, before user code can change the globals it captures.
const helpersSource = `(function (TypeError, Uint8Array, Object) {
	'use strict';
	const iteratorProto = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));
	// readAll reads stream to its end and resolves with one Uint8Array.
	async function readAll(stream) {
		if (stream.locked) throw new TypeError('This ReadableStream is currently locked to a reader.');
		const reader = stream.getReader();
		const chunks = [];
		let size = 0;
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			if (!(value instanceof Uint8Array)) {
				const err = new TypeError('This ReadableStream did not return bytes.');
				reader.cancel(err).catch(() => {});
				throw err;
			}
			chunks.push(value);
			size += value.byteLength;
		}
		if (chunks.length === 1) return chunks[0];
		const out = new Uint8Array(size);
		let at = 0;
		for (const c of chunks) { out.set(c, at); at += c.byteLength; }
		return out;
	}
	// byteStream is a byte ReadableStream whose pull and cancel are Go's.
	function byteStream(ReadableStream, pull, cancel) {
		try {
			return new ReadableStream({ type: 'bytes', pull, cancel });
		} catch (e) {
			return new ReadableStream({ pull, cancel }, { highWaterMark: 0 });
		}
	}
	// reader reads stream chunk by chunk for Go: next() resolves with
	// a Uint8Array, or undefined at the end.
	function reader(stream) {
		if (stream.locked) throw new TypeError('This ReadableStream is currently locked to a reader.');
		const r = stream.getReader();
		return {
			async next() {
				const { done, value } = await r.read();
				if (done) return undefined;
				if (!(value instanceof Uint8Array)) throw new TypeError('This ReadableStream did not return bytes.');
				return value;
			},
			cancel(reason) { return r.cancel(reason).catch(() => {}); },
		};
	}
	return { iteratorProto, readAll, byteStream, reader };
})`

func (s *state) initHelpers() {
	fn, err := s.rt.RunString(helpersSource)
	if err != nil {
		panic(err)
	}
	call, _ := goja.AssertFunction(fn)
	g := s.env.Global
	v, err := call(goja.Undefined(), g.Get("TypeError"), g.Get("Uint8Array"), g.Get("Object"))
	if err != nil {
		panic(err)
	}
	s.helpers = v.(*goja.Object)
	s.iteratorProto = s.helpers.Get("iteratorProto").(*goja.Object)
}

// helper calls the JS helper name with args; it panics (throws) with what
// the helper threw.
func (s *state) helper(name string, args ...goja.Value) goja.Value {
	fn, _ := goja.AssertFunction(s.helpers.Get(name))
	v, err := fn(goja.Undefined(), args...)
	if err != nil {
		panic(err)
	}
	return v
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
