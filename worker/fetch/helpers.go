package fetch

import (
	"github.com/dop251/goja"
	"github.com/mcrepl/mcrepl/internal/gojaprops"

	"github.com/mcrepl/mcrepl/worker/blob"
	"github.com/mcrepl/mcrepl/worker/host"
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
	if gojaprops.Exports[goja.ArrayBuffer](o) { // never a view's Export: see Exports
		return o.Export().(goja.ArrayBuffer).Bytes(), true
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

// cfCheck is workerd's conversion of a cf member of a RequestInitializerDict
// or a Response's InitializerDict (dict) as the dictionary is read: it must
// be an object. The constructor keeps it as its JSON (jsonCopy), so the
// Request or Response holds a copy (a function has no JSON: reading back
// the text "undefined" throws JSON.parse's SyntaxError, as workerd's does).
func (s *state) cfCheck(v goja.Value, dict string) {
	if _, ok := v.(*goja.Object); !ok {
		s.throwTypeError("Incorrect type for the 'cf' field on '" + dict + "': the provided value is not of type 'Object'.")
	}
}

// cfClone is the copy of a held cf that clone() and new Request(request)
// make: JSON of its current value, read back (undefined stays undefined).
func (s *state) cfClone(v goja.Value) goja.Value {
	if v == nil || goja.IsUndefined(v) {
		return goja.Undefined()
	}
	return s.jsonCopy(v)
}

// jsonCopy is JSON.parse(JSON.stringify(v)), with the isolate's original
// JSON functions.
func (s *state) jsonCopy(v goja.Value) goja.Value {
	text := s.jsonString(v)
	parse := s.env.Intrinsics().JSONParse
	if parse == nil {
		panic(s.typeError("JSON.parse is not available"))
	}
	out, err := parse(goja.Undefined(), s.rt.ToValue(text))
	if err != nil {
		panic(err)
	}
	return out
}

// toStr is WebIDL's conversion to a string: a Symbol is a TypeError (goja's
// ToString gives its description).
func (s *state) toStr(v goja.Value) string { return s.toStrValue(v).String() }

// toStrValue is toStr's string value (whose UTF-16 blob.WTF8 reads).
func (s *state) toStrValue(v goja.Value) goja.Value {
	if _, ok := v.(*goja.Symbol); ok {
		s.throwTypeError("Cannot convert a Symbol value to a string")
	}
	return v.ToString()
}

// wtf8 is a string argument's bytes as workerd keeps them (blob.WTF8).
func (s *state) wtf8(v goja.Value) string { return blob.WTF8(s.toStrValue(v)) }

// kjString is a string argument as workerd keeps it and gives it back
// (blob.KJString: each lone surrogate becomes three U+FFFD).
func (s *state) kjString(v goja.Value) string { return blob.KJString(s.toStrValue(v)) }

// onGlobal reports whether this is one a global function accepts: the
// global object, or undefined or null (a plain call); workerd throws
// Illegal invocation for any other.
func onGlobal(env *host.Env, this goja.Value) bool {
	if this == nil || goja.IsUndefined(this) || goja.IsNull(this) {
		return true
	}
	o, ok := this.(*goja.Object)
	return ok && o == env.Global
}
