// Package encoding implements workerd's TextEncoder, TextDecoder,
// TextEncoderStream, TextDecoderStream (TransformStreams of package streams
// with Go transformers), atob and btoa for one isolate: the WHATWG Encoding
// standard's UTF-8 encoder, its decoders for every label workerd accepts
// (UTF-8, UTF-16, the single-byte indexes and ISO-2022-JP here, the other
// multi-byte encodings through golang.org/x/text), with fatal, ignoreBOM
// and stream: true, and the HTML standard's forgiving base64, with
// workerd's property shapes and error messages.
//
// The globals register themselves with package host; package worker
// installs them (worker/register_encoding.go). Other packages use the Go
// API, on the loop goroutine:
//
//   - Lookup(label) resolves an encoding label to its canonical name, as
//     TextDecoder's constructor does ("latin1" -> "windows-1252");
//   - NewDecoder(name, fatal, ignoreBOM) returns a streaming Decoder whose
//     Decode(rt, chunk, stream) returns the decoded JS string, or ErrFatal
//     (TextDecoderStream, Blob.text, Response.text);
//   - DecodeUTF8(b) is "UTF-8 decode without BOM" (U+FFFD for malformed
//     input), for Go-side strings;
//   - EncodeUTF8(s) is TextEncoder.encode's conversion (lone surrogates
//     become U+FFFD);
//   - Bytes(env, v) returns the bytes an ArrayBuffer, typed array or
//     DataView views (nil for a detached buffer), and NewUint8Array(env, b)
//     wraps b in a new Uint8Array;
//   - ForgivingBase64Decode and Base64Encode are atob's and btoa's cores.
package encoding

import (
	"strconv"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/internal/gojaprops"

	"github.com/mcrepl/mcrepl/worker/host"
)

func init() {
	host.Register(
		host.Global{Name: "TextEncoder", Build: func(env *host.Env) goja.Value { return st(env).encoderCtor }},
		host.Global{Name: "TextDecoder", Build: func(env *host.Env) goja.Value { return st(env).decoderCtor }},
		host.Global{Name: "atob", Build: func(env *host.Env) goja.Value { return st(env).atob }},
		host.Global{Name: "btoa", Build: func(env *host.Env) goja.Value { return st(env).btoa }},
	)
}

type stateKey struct{}

// built holds the isolate's state once it exists, so that the clone's
// question about every object does not build it.
type built struct{ s *state }

type builtKey struct{}

func init() {
	host.RegisterSerializer(host.Serializer{Serialize: refuseClone, Deserialize: func(*host.Env, any) *goja.Object { return nil }, Key: builtKey{}})
}

// refuseClone throws workerd's DataCloneError for the package's objects,
// which workerd does not serialize.
func refuseClone(env *host.Env, o *goja.Object) (any, bool) {
	s := host.State(env, builtKey{}, func() *built { return &built{} }).s
	if s == nil {
		return nil, false
	}
	if name := s.typeOf(o); name != "" {
		env.ThrowDOMException(`Could not serialize object of type "`+name+`". This type does not support serialization.`, "DataCloneError")
	}
	return nil, false
}

// typeOf names o's class when it is one of the package's objects.
func (s *state) typeOf(o *goja.Object) string {
	if s.encoders.Get(o) != nil {
		return "TextEncoder"
	}
	if s.decoders.Get(o) != nil {
		return "TextDecoder"
	}
	return ""
}

// state is the package's per-isolate state: the classes and the intrinsics
// read at first use.
type state struct {
	env *host.Env
	rt  *goja.Runtime

	encoderCtor, encoderProto *goja.Object
	decoderCtor, decoderProto *goja.Object
	atob, btoa                *goja.Object

	encoders host.Slots[struct{}]
	decoders host.Slots[textDecoder]

	views *views
}

func st(env *host.Env) *state {
	return host.State(env, stateKey{}, func() *state { return newState(env) })
}

func newState(env *host.Env) *state {
	s := &state{env: env, rt: env.RT, views: viewsOf(env)}
	host.State(env, builtKey{}, func() *built { return &built{} }).s = s
	s.initEncoder()
	s.initDecoder()
	s.initBase64()
	s.registerInspect()
	return s
}

// finishProto gives a class prototype workerd's layout after its members:
// the constructor moved after them (Reflect.ownKeys order), then the two
// symbols every workerd resource type has, Symbol.for('cloudflare:internal-class')
// holding itself and kResourceTypeInspect holding an empty object.
func (s *state) finishProto(proto *goja.Object) {
	c := proto.Get("constructor")
	_ = proto.Delete("constructor")
	_ = proto.DefineDataProperty("constructor", c, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	internal := s.internalClass()
	_ = proto.DefineDataPropertySymbol(internal, internal, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	_ = proto.DefineDataPropertySymbol(resourceTypeInspect.Get(), s.rt.NewObject(), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// resourceTypeInspect is the package's kResourceTypeInspect symbol.
var resourceTypeInspect = gojaprops.LazySymbol{Name: "kResourceTypeInspect"}

// internalClass is Symbol.for('cloudflare:internal-class') of the isolate.
func (s *state) internalClass() *goja.Symbol {
	return s.env.SymbolFor("cloudflare:internal-class")
}

// typeErrorExecute is WebIDL's conversion failure, in V8's words as workerd
// prints them.
func typeErrorExecute(env *host.Env, method, iface string, param int, typ string) {
	env.ThrowTypeError("Failed to execute '" + method + "' on '" + iface + "': parameter " + strconv.Itoa(param) + " is not of type '" + typ + "'.")
}
