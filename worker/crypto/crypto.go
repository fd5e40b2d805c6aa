// Package crypto implements workerd's Web Crypto for one isolate: the
// crypto global (a Crypto: getRandomValues, randomUUID, subtle),
// SubtleCrypto with digest, importKey, exportKey, generateKey, sign,
// verify, encrypt, decrypt, deriveBits, deriveKey, wrapKey, unwrapKey and
// workerd's timingSafeEqual, CryptoKey, and crypto.DigestStream (a
// WritableStream of package streams). The algorithms are those of workerd:
// AES-CTR, AES-CBC, AES-GCM, AES-KW, HMAC, PBKDF2, HKDF, ECDSA and ECDH
// (P-256, P-384, P-521), Ed25519 (and its older name NODE-ED25519), X25519,
// RSASSA-PKCS1-v1_5, RSA-PSS and RSA-OAEP, with the raw, spki, pkcs8 and jwk
// formats each allows. The primitives are Go's standard library; one file
// per family (aes.go, hmac.go, kdf.go, ec.go, okp.go, rsa.go), subtle.go
// for the methods and their argument checks, jwk.go for JSON Web Keys.
//
// The globals register themselves with package host: Crypto, SubtleCrypto
// and CryptoKey on the ServiceWorkerGlobalScope prototype, crypto as an own,
// enumerable property of globalThis, as workerd has them. A CryptoKey
// refuses structured clone with workerd's DataCloneError.
//
// workerd's behaviour, checked against the binary (cases 1310 and up):
//
//   - every SubtleCrypto method returns a promise; only calling one on the
//     wrong receiver throws synchronously; bad arguments, unknown
//     algorithms and failed operations reject it, with workerd's messages;
//   - a result settles one microtask after a resolved promise's would (the
//     operation itself runs synchronously, inside the call);
//   - a CryptoKey's type, extractable, algorithm and usages are read-only
//     own data properties of the key (usages, algorithm, extractable, type,
//     in that order); usages are deduplicated and in the specification's
//     order; the algorithm object is the same, mutable object on each read;
//   - the requested algorithm is checked against the key's first, then the
//     key's usages, then the algorithm's parameters;
//   - digest knows SHA-1, SHA-256, SHA-384, SHA-512 and MD5;
//   - getRandomValues takes integer-typed views of at most 65536 bytes;
//   - crypto_preserve_public_exponent (2023-12-01) makes an RSA key's
//     algorithm.publicExponent a Uint8Array (an ArrayBuffer before).
//
// A Go runtime error inside an operation (a bug) rejects its promise with an
// OperationError instead of crashing the isolate; the tests count them.
//
// Everything here runs on the loop goroutine.
package crypto

import (
	"crypto/rand"
	"crypto/subtle"
	"fmt"
	"strings"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/events"
	"github.com/mcrepl/mcrepl/worker/host"
	"github.com/mcrepl/mcrepl/worker/inspect"
)

func init() {
	host.Register(
		host.Global{Name: "Crypto", Build: func(env *host.Env) goja.Value { return stateOf(env).cryptoCtor }},
		host.Global{Name: "SubtleCrypto", Build: func(env *host.Env) goja.Value { return stateOf(env).subtleCtor }},
		host.Global{Name: "CryptoKey", Build: func(env *host.Env) goja.Value { return stateOf(env).keyCtor }},
		host.Global{Name: "crypto", Where: host.Own,
			Build: func(env *host.Env) goja.Value { return stateOf(env).crypto }},
	)
	host.RegisterSerializer(host.Serializer{Serialize: serializeKey, Deserialize: func(*host.Env, any) *goja.Object { return nil }, Key: stateKey{}})
}

type stateKey struct{}

type holder struct{ s *state }

// state is one isolate's classes and the Go side of its keys.
type state struct {
	env                     *host.Env
	rt                      *goja.Runtime
	realm                   *events.Realm
	buf                     *buffers
	cryptoCtor, cryptoProto *goja.Object
	subtleCtor, subtleProto *goja.Object
	keyCtor, keyProto       *goja.Object
	crypto, subtle          *goja.Object
	keys                    host.Slots[Key]
	// preserveExponent is crypto_preserve_public_exponent: an RSA key's
	// algorithm.publicExponent is a Uint8Array, not an ArrayBuffer.
	preserveExponent bool
	objectProto      *goja.Object
	uint8Array       *goja.Object
	// JSON.stringify and JSON.parse, taken before user code runs, for
	// wrapping and unwrapping jwk keys
	jsonStringify, jsonParse goja.Callable
	promiseThen              goja.Callable // Promise.prototype.then
	noop                     goja.Value
}

const illegalInvocation = events.IllegalInvocation

func holderOf(env *host.Env) *holder {
	return host.State(env, stateKey{}, func() *holder { return &holder{} })
}

func stateOf(env *host.Env) *state {
	h := holderOf(env)
	if h.s == nil {
		h.s = newState(env)
	}
	return h.s
}

func newState(env *host.Env) *state {
	s := &state{env: env, rt: env.RT, realm: env.Realm, buf: newBuffers(env),
		preserveExponent: env.Flags.Enabled("crypto_preserve_public_exponent")}
	in := env.Intrinsics() // the isolate's own, not the script's globals
	s.objectProto = in.ObjectProto
	s.uint8Array = in.Uint8Array()
	s.jsonStringify, s.jsonParse = in.JSONStringify, in.JSONParse
	s.promiseThen = in.PromiseThen
	s.noop = env.Realm.Func("", 0, func(goja.FunctionCall) goja.Value { return goja.Undefined() })
	r := env.Realm
	s.cryptoCtor, s.cryptoProto = r.Class("Crypto", nil, nil)
	s.subtleCtor, s.subtleProto = r.Class("SubtleCrypto", nil, nil)
	s.keyCtor, s.keyProto = r.Class("CryptoKey", nil, nil)
	s.crypto = s.rt.CreateObject(s.cryptoProto)
	s.subtle = s.rt.CreateObject(s.subtleProto)

	r.Accessor(s.cryptoProto, "subtle", func(call goja.FunctionCall) goja.Value {
		s.thisCrypto(call)
		return s.subtle
	}, nil)
	r.Method(s.cryptoProto, "getRandomValues", s.getRandomValues)
	r.Method(s.cryptoProto, "randomUUID", func(call goja.FunctionCall) goja.Value {
		s.thisCrypto(call)
		s.env.RefuseInGlobalScope()
		return s.rt.ToValue(randomUUID())
	})
	_ = s.cryptoProto.DefineDataProperty("DigestStream", s.digestStreamClass(), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	constructorLast(s.cryptoProto, s.cryptoCtor)
	s.defineSubtle()
	constructorLast(s.subtleProto, s.subtleCtor)
	prev := inspect.Custom(s.rt)
	inspect.RegisterCustom(s.rt, func(o *goja.Object, opts inspect.Options, recurse func(goja.Value) string) (string, bool) {
		if o == s.crypto {
			// workerd shows the getter's value
			return "Crypto { subtle: SubtleCrypto {} }", true
		}
		if s.keys.Get(o) != nil {
			// workerd shows a host object's properties with showHidden on,
			// which recurse does; four entries never fit on one line.
			var sb strings.Builder
			sb.WriteString("CryptoKey {")
			for i, name := range [...]string{"usages", "algorithm", "extractable", "type"} {
				if i > 0 {
					sb.WriteByte(',')
				}
				sb.WriteString("\n  " + name + ": " + relative(recurse(o.Get(name))))
			}
			sb.WriteString("\n}")
			return sb.String(), true
		}
		if prev != nil {
			return prev(o, opts, recurse)
		}
		return "", false
	})
	return s
}

// relative removes from the lines after the first of a nested value, as
// recurse formats it, the indentation of the object being formatted (the
// hook's result is shifted by it again): a multi-line value ends in a
// closing bracket two columns right of that indentation.
func relative(v string) string {
	i := strings.LastIndexByte(v, '\n')
	if i < 0 {
		return v
	}
	last := v[i+1:]
	lvl := len(last) - len(strings.TrimLeft(last, " ")) - 2
	if lvl <= 0 {
		return v
	}
	return strings.ReplaceAll(v, "\n"+strings.Repeat(" ", lvl), "\n")
}

// constructorLast moves proto's constructor after its other properties,
// where V8 lists it for workerd's classes.
func constructorLast(proto, ctor *goja.Object) {
	_ = proto.Delete("constructor")
	_ = proto.DefineDataProperty("constructor", ctor, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

func (s *state) thisCrypto(call goja.FunctionCall) {
	if call.This != s.crypto {
		s.env.ThrowTypeError(events.IllegalInvocation)
	}
}

// maxRandomBytes is the getRandomValues limit of the Web Crypto spec
// (section 10.1.1), which workerd enforces.
const maxRandomBytes = 65536

func (s *state) getRandomValues(call goja.FunctionCall) goja.Value {
	s.thisCrypto(call)
	v := call.Argument(0)
	b, kind := s.buf.read(v)
	switch kind {
	case intView:
	case floatView, dataView:
		s.env.ThrowDOMException("ArrayBufferView argument to getRandomValues() must be an integer-typed view.", "TypeMismatchError")
	default:
		s.env.ThrowTypeError("Failed to execute 'getRandomValues' on 'Crypto': parameter 1 is not of type 'ArrayBufferView'.")
	}
	if len(b) > maxRandomBytes {
		s.env.ThrowDOMException(fmt.Sprintf("getRandomValues() only accepts buffers of size <= 64K but provided %d bytes.", len(b)), "QuotaExceededError")
	}
	s.env.RefuseInGlobalScope()
	_, _ = rand.Read(b)
	return v
}

// randomUUID is a version 4 UUID (RFC 9562, section 5.4).
func randomUUID() string {
	var u [16]byte
	_, _ = rand.Read(u[:])
	u[6] = u[6]&0x0f | 0x40
	u[8] = u[8]&0x3f | 0x80
	const hex = "0123456789abcdef"
	out := make([]byte, 0, 36)
	for i, c := range u {
		if i == 4 || i == 6 || i == 8 || i == 10 {
			out = append(out, '-')
		}
		out = append(out, hex[c>>4], hex[c&15])
	}
	return string(out)
}

// timingSafeEqual is workerd's crypto.subtle.timingSafeEqual(a, b).
func (s *state) timingSafeEqual(call goja.FunctionCall) goja.Value {
	s.thisSubtle(call)
	a := s.bufferArg(call.Argument(0), "timingSafeEqual", 1)
	b := s.bufferArg(call.Argument(1), "timingSafeEqual", 2)
	if len(a) != len(b) {
		s.env.ThrowTypeError("Input buffers must have the same byte length.")
	}
	return s.rt.ToValue(subtle.ConstantTimeCompare(a, b) == 1)
}

// bufferArg reads a BufferSource parameter of method, or throws workerd's
// TypeError.
func (s *state) bufferArg(v goja.Value, method string, param int) []byte {
	b, kind := s.buf.read(v)
	if kind == notBuffer {
		s.env.ThrowTypeError(fmt.Sprintf("Failed to execute '%s' on 'SubtleCrypto': parameter %d is not of type 'BufferSource'.", method, param))
	}
	return b
}

// serializeKey refuses a CryptoKey in a structured clone.
func serializeKey(env *host.Env, o *goja.Object) (any, bool) {
	s := holderOf(env).s
	if s == nil {
		return nil, false
	}
	name := ""
	switch {
	case s.keys.Get(o) != nil:
		name = "CryptoKey"
	case o == s.crypto:
		name = "Crypto"
	case o == s.subtle:
		name = "SubtleCrypto"
	case s.digestOf(o) != nil:
		name = "DigestStream"
	default:
		return nil, false
	}
	env.ThrowDOMException(`Could not serialize object of type "`+name+`". This type does not support serialization.`, "DataCloneError")
	return nil, false
}

// opError is a failed operation: a DOMException with a name, or a
// TypeError when name is "TypeError".
type opError struct{ name, msg string }

func (e *opError) Error() string { return e.name + ": " + e.msg }

func domErr(name, format string, args ...any) *opError {
	return &opError{name, fmt.Sprintf(format, args...)}
}

func typeErr(format string, args ...any) *opError {
	return &opError{"TypeError", fmt.Sprintf(format, args...)}
}
