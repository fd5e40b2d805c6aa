package crypto

import (
	"math"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/events"
)

// params is a normalised algorithm argument: its name as given and, for an
// object, the dictionary its other members are read from.
type params struct {
	s    *state
	name string
	obj  *goja.Object
	// dict names the dictionary in "Missing field" messages: "algorithm",
	// or "derivedKeyParams" for deriveKey's derived key type.
	dict string
	// jsgType is workerd's name of the dictionary type ("EncryptAlgorithm"),
	// in its messages for members of the wrong type.
	jsgType string
}

// derived is p as deriveKey's derivedKeyType.
func (p params) derived() params {
	p.dict = "derivedKeyParams"
	return p
}

// passed is the call's argument i, nil when the caller passed fewer: an
// absent AlgorithmIdentifier is no member of the union, where an explicit
// undefined goes to the dictionary, which refuses it as it refuses null.
func passed(call goja.FunctionCall, i int) goja.Value {
	if i >= len(call.Arguments) {
		return nil
	}
	return call.Arguments[i]
}

// algorithmArg reads an AlgorithmIdentifier parameter (v nil when absent):
// a string, or an object whose name is read (and converted to a string;
// absent, it is "undefined"). dict names workerd's dictionary type in the
// message for undefined and null.
func (s *state) algorithmArg(v goja.Value, method string, param int, dict string) params {
	if v == nil {
		panic(typeErr("Failed to execute '%s' on 'SubtleCrypto': parameter %d is not of type 'string or %s'.", method, param, dict))
	}
	if goja.IsUndefined(v) || goja.IsNull(v) {
		panic(typeErr("Cannot initialize %s with required members from an undefined or null value.", dict))
	}
	o, ok := v.(*goja.Object)
	if !ok {
		return params{s: s, name: domString(v), jsgType: dict}
	}
	p := params{s: s, obj: o, jsgType: dict, name: "undefined"}
	if n := o.Get("name"); n != nil {
		p.name = domString(n)
	}
	return p
}

// domString converts v as workerd converts a string argument: a Symbol is
// refused (goja's String would give its description).
func domString(v goja.Value) string {
	if _, ok := v.(*goja.Symbol); ok {
		panic(typeErr("Cannot convert a Symbol value to a string"))
	}
	return v.String()
}

// get returns member name of the dictionary, nil when absent or undefined.
func (p params) get(name string) goja.Value {
	if p.obj == nil {
		return nil
	}
	v := p.obj.Get(name)
	if v == nil || goja.IsUndefined(v) {
		return nil
	}
	return v
}

func (p params) require(name string) goja.Value {
	v := p.get(name)
	if v == nil {
		dict := p.dict
		if dict == "" {
			dict = "algorithm"
		}
		panic(typeErr("Missing field %q in %q.", name, dict))
	}
	return v
}

// bytes reads a BufferSource member.
func (p params) bytes(name string) []byte {
	v := p.require(name)
	b, kind := p.s.buf.read(v)
	if kind == notBuffer {
		panic(typeErr("Incorrect type for the '%s' field on '%s': the provided value is not of type 'BufferSource'.", name, p.jsgType))
	}
	return b
}

// optBytes reads an optional BufferSource member (nil, false when absent).
func (p params) optBytes(name string) ([]byte, bool) {
	if p.get(name) == nil {
		return nil, false
	}
	return p.bytes(name), true
}

// integer reads a numeric member, converted as workerd converts the int
// members of its algorithm dictionaries: NaN and the infinities are 0, a
// fraction is truncated, and a finite value outside int32 is a TypeError.
func (p params) integer(name string) int {
	f := p.require(name).ToFloat()
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	if f < math.MinInt32 || f > math.MaxInt32 {
		panic(typeErr("Value out of range. Must be between -2147483648 and 2147483647 (inclusive)."))
	}
	return int(f)
}

// optInteger reads an optional numeric member.
func (p params) optInteger(name string) (int, bool) {
	if p.get(name) == nil {
		return 0, false
	}
	return p.integer(name), true
}

// hash reads the hash member: a string or an object with a name, as a
// canonical digest name.
func (p params) hash() string {
	v := p.require("hash")
	name := v.String()
	if o, ok := v.(*goja.Object); ok {
		name = ""
		if n := o.Get("name"); n != nil && !goja.IsUndefined(n) {
			name = n.String()
		}
	}
	h, ok := lookupDigest(name)
	if !ok {
		panic(domErr("NotSupportedError", "Unrecognized or unimplemented digest algorithm requested."))
	}
	return h.name
}

// canonical finds name among names, ignoring ASCII case.
func canonical(name string, names []string) (string, bool) {
	for _, n := range names {
		if strings.EqualFold(n, name) {
			return n, true
		}
	}
	return "", false
}

func (s *state) thisSubtle(call goja.FunctionCall) {
	if call.This != s.subtle {
		s.env.ThrowTypeError(events.IllegalInvocation)
	}
}

// settle runs op now and returns a promise that settles with its result,
// or its exception, one microtask later.
func (s *state) settle(op func() goja.Value) goja.Value {
	p, resolve, reject := s.rt.NewPromise()
	v, exc := s.try(op)
	s.env.Loop.QueueMicrotask(func() {
		if exc != nil {
			_ = reject(exc)
		} else {
			_ = resolve(v)
		}
	})
	return s.rt.ToValue(p)
}

// try runs op and turns what it throws into a JS value: an opError into its
// DOMException or TypeError, a Go error from a primitive into an
// OperationError. An interrupt goes on unwinding.
func (s *state) try(op func() goja.Value) (v, exc goja.Value) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		switch x := r.(type) {
		case *goja.InterruptedError:
			panic(x)
		case *goja.Exception:
			exc = x.Value()
		case goja.Value:
			exc = x
		case *opError:
			exc = s.errorValue(x)
		case error:
			// A Go runtime error here is a bug: it still rejects (never
			// crashing the isolate), and the tests watch for it.
			if _, ok := x.(runtime.Error); ok {
				internalErrors.Add(1)
			}
			exc = s.errorValue(&opError{"OperationError", x.Error()})
		default:
			panic(r)
		}
	}()
	return op(), nil
}

// internalErrors counts the Go runtime errors (bugs) that try turned into
// rejections.
var internalErrors atomic.Int64

// throwing runs f, which may panic with an *opError, from a host function
// that is no promise: the opError is thrown as its JS exception.
func (s *state) throwing(f func()) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(*opError); ok {
				panic(s.errorValue(e))
			}
			panic(r)
		}
	}()
	f()
}

func (s *state) errorValue(e *opError) goja.Value {
	if e.name == "TypeError" {
		return s.rt.NewTypeError("%s", e.msg)
	}
	return s.realm.NewDOMException(e.msg, e.name)
}

// keyArg reads a CryptoKey parameter.
func (s *state) keyArg(v goja.Value, method string, param int) *Key {
	k := s.keys.Get(v)
	if k == nil {
		panic(typeErr("Failed to execute '%s' on 'SubtleCrypto': parameter %d is not of type 'CryptoKey'.", method, param))
	}
	return k
}

// dataArg reads a BufferSource parameter. The bytes alias the caller's
// memory: every operation runs to its end inside the call, before user code
// can write to them, never writes to them, and copies what it keeps.
func (s *state) dataArg(v goja.Value, method string, param int) []byte {
	b, kind := s.buf.read(v)
	if kind == notBuffer {
		panic(typeErr("Failed to execute '%s' on 'SubtleCrypto': parameter %d is not of type 'BufferSource'.", method, param))
	}
	return b
}

func (s *state) arrayBuffer(b []byte) goja.Value { return s.rt.ToValue(s.rt.NewArrayBuffer(b)) }

func (s *state) defineSubtle() {
	r, p := s.realm, s.subtleProto
	method := func(name string, f func(call goja.FunctionCall) goja.Value) {
		r.Method(p, name, func(call goja.FunctionCall) goja.Value {
			s.thisSubtle(call)
			return s.settle(func() goja.Value { return f(call) })
		})
	}
	method("encrypt", func(call goja.FunctionCall) goja.Value { return s.cipher(call, "encrypt") })
	method("decrypt", func(call goja.FunctionCall) goja.Value { return s.cipher(call, "decrypt") })
	method("sign", s.sign)
	method("verify", s.verify)
	method("digest", s.digest)
	method("generateKey", s.generateKey)
	method("deriveKey", s.deriveKey)
	method("deriveBits", s.deriveBitsMethod)
	method("importKey", s.importKeyMethod)
	method("exportKey", s.exportKeyMethod)
	method("wrapKey", s.wrapKey)
	method("unwrapKey", s.unwrapKey)
	r.Method(p, "timingSafeEqual", s.timingSafeEqual)
}

func (s *state) digest(call goja.FunctionCall) goja.Value {
	p := s.algorithmArg(passed(call, 0), "digest", 1, "HashAlgorithm")
	data := s.dataArg(call.Argument(1), "digest", 2)
	h, ok := lookupDigest(p.name)
	if !ok {
		panic(domErr("NotSupportedError", "Unrecognized or unimplemented digest algorithm requested."))
	}
	d := h.new()
	d.Write(data)
	return s.arrayBuffer(d.Sum(nil))
}

// algorithm is what one algorithm supports; nil members are operations it
// does not have.
type algorithm struct {
	importKey  func(s *state, format string, data goja.Value, p params, extractable bool, u usage, bad string) *Key
	exportKey  func(s *state, format string, k *Key) goja.Value
	generate   func(s *state, p params, extractable bool, u usage, bad string) goja.Value
	sign       func(s *state, p params, k *Key, data []byte) []byte
	verify     func(s *state, p params, k *Key, sig, data []byte) bool
	encrypt    func(s *state, p params, k *Key, data []byte) []byte
	decrypt    func(s *state, p params, k *Key, data []byte) []byte
	deriveBits func(s *state, p params, k *Key, length int, lengthGiven bool) []byte
	// keyLength is the length in bits of a key of this algorithm described
	// by p, for deriveKey (AES, HMAC).
	keyLength func(s *state, p params) int
	// derivable: deriveKey may make a key of this algorithm without a
	// length (PBKDF2, HKDF; the derivation then asks for a null length).
	derivable bool
}

// algorithms maps canonical names to their support, and algorithmNames
// lists the names in registration order. loadAlgorithms fills both on first
// use, not the package's init function at every start.
var (
	algorithmsOnce sync.Once
	algorithms     map[string]*algorithm
	algorithmNames []string
)

func loadAlgorithms() {
	algorithms = map[string]*algorithm{}
	registerAES()
	registerEC()
	registerHMAC()
	registerKDF()
	registerOKP()
	registerRSA()
}

func register(name string, a *algorithm) {
	algorithms[name] = a
	algorithmNames = append(algorithmNames, name)
}

func lookupAlgorithm(name string) (string, *algorithm) {
	algorithmsOnce.Do(loadAlgorithms)
	n, ok := canonical(name, algorithmNames)
	if !ok {
		return "", nil
	}
	return n, algorithms[n]
}

func (s *state) cipher(call goja.FunctionCall, op string) goja.Value {
	p := s.algorithmArg(passed(call, 0), op, 1, "EncryptAlgorithm")
	k := s.keyArg(call.Argument(1), op, 2)
	data := s.dataArg(call.Argument(2), op, 3)
	if op == "encrypt" {
		requireUsage(k, useEncrypt, p.name)
	} else {
		requireUsage(k, useDecrypt, p.name)
	}
	_, a := lookupAlgorithm(k.alg.name)
	if a.encrypt == nil {
		panic(domErr("NotSupportedError", "Unrecognized or unimplemented %s algorithm requested.", op))
	}
	if op == "encrypt" {
		return s.arrayBuffer(a.encrypt(s, p, k, data))
	}
	return s.arrayBuffer(a.decrypt(s, p, k, data))
}

func (s *state) sign(call goja.FunctionCall) goja.Value {
	p := s.algorithmArg(passed(call, 0), "sign", 1, "SignAlgorithm")
	k := s.keyArg(call.Argument(1), "sign", 2)
	data := s.dataArg(call.Argument(2), "sign", 3)
	requireUsage(k, useSign, p.name)
	_, a := lookupAlgorithm(k.alg.name)
	if a.sign == nil {
		panic(domErr("NotSupportedError", "Unrecognized or unimplemented sign algorithm requested."))
	}
	return s.arrayBuffer(a.sign(s, p, k, data))
}

func (s *state) verify(call goja.FunctionCall) goja.Value {
	p := s.algorithmArg(passed(call, 0), "verify", 1, "SignAlgorithm")
	k := s.keyArg(call.Argument(1), "verify", 2)
	sig := s.dataArg(call.Argument(2), "verify", 3)
	data := s.dataArg(call.Argument(3), "verify", 4)
	requireUsage(k, useVerify, p.name)
	_, a := lookupAlgorithm(k.alg.name)
	if a.verify == nil {
		panic(domErr("NotSupportedError", "Unrecognized or unimplemented verify algorithm requested."))
	}
	return s.rt.ToValue(a.verify(s, p, k, sig, data))
}

func (s *state) generateKey(call goja.FunctionCall) goja.Value {
	p := s.algorithmArg(passed(call, 0), "generateKey", 1, "GenerateKeyAlgorithm")
	extractable := extractableArg(call, 1, "generateKey")
	u, bad := s.parseUsages(call.Argument(2), "generateKey", 3)
	name, a := lookupAlgorithm(p.name)
	if a == nil || a.generate == nil {
		panic(domErr("NotSupportedError", "Unrecognized key generation algorithm %q requested.", p.name))
	}
	if name == "HMAC" || strings.HasPrefix(name, "AES-") {
		// workerd draws a secret key's bytes from the isolate's random
		// source, which global scope refuses; BoringSSL draws a key pair's.
		s.env.RefuseInGlobalScope()
	}
	return a.generate(s, p, extractable, u, bad)
}

// extractableArg is the extractable argument at index i: a boolean that
// workerd does not make from nothing (a call that stops before it is
// refused; undefined is false).
func extractableArg(call goja.FunctionCall, i int, method string) bool {
	if len(call.Arguments) <= i {
		panic(typeErr("Failed to execute '%s' on 'SubtleCrypto': parameter %d is not of type 'boolean'.", method, i+1))
	}
	return call.Argument(i).ToBoolean()
}

// noFormat refuses a call without arguments as workerd does: its first,
// the key format, is a string it does not make from nothing (an undefined
// one it does: "undefined", an unknown format).
func noFormat(call goja.FunctionCall, method string) {
	if len(call.Arguments) == 0 {
		panic(typeErr("Failed to execute '%s' on 'SubtleCrypto': parameter 1 is not of type 'string'.", method))
	}
}

// formats lists the key formats, for the messages about unknown ones.
var formats = []string{"raw", "pkcs8", "spki", "jwk"}

func (s *state) importKeyMethod(call goja.FunctionCall) goja.Value {
	noFormat(call, "importKey")
	format := domString(call.Argument(0))
	// keyData is workerd's union BufferSource or JsonWebKey, converted
	// before the algorithm: undefined and null go to the dictionary, which
	// refuses them; any other primitive is no member of the union.
	data := call.Argument(1)
	switch {
	case len(call.Arguments) < 2:
		panic(typeErr("Failed to execute 'importKey' on 'SubtleCrypto': parameter 2 is not of type 'BufferSource or JsonWebKey'."))
	case goja.IsUndefined(data) || goja.IsNull(data):
		panic(typeErr("Cannot initialize JsonWebKey with required members from an undefined or null value."))
	}
	if _, ok := data.(*goja.Object); !ok {
		panic(typeErr("Failed to execute 'importKey' on 'SubtleCrypto': parameter 2 is not of type 'BufferSource or JsonWebKey'."))
	}
	p := s.algorithmArg(passed(call, 2), "importKey", 3, "ImportKeyAlgorithm")
	extractable := extractableArg(call, 3, "importKey")
	u, bad := s.parseUsages(call.Argument(4), "importKey", 5)
	return s.newKeyObject(s.importKey(format, data, p, extractable, u, bad))
}

func (s *state) importKey(format string, data goja.Value, p params, extractable bool, u usage, bad string) *Key {
	if _, ok := canonical(format, formats); !ok || format != strings.ToLower(format) {
		panic(domErr("NotSupportedError", "Unrecognized key import format %q.", format))
	}
	if format == "jwk" {
		if _, ok := data.(*goja.Object); !ok || s.buf.isBufferSource(data) {
			panic(typeErr("Import data provided for \"jwk\" import format must be a JsonWebKey."))
		}
	} else if !s.buf.isBufferSource(data) {
		panic(typeErr("Import data provided for buffer-based import formats must be a buffer source."))
	}
	_, a := lookupAlgorithm(p.name)
	if a == nil || a.importKey == nil {
		panic(domErr("NotSupportedError", "Unrecognized key import algorithm %q requested.", p.name))
	}
	k := a.importKey(s, format, data, p, extractable, u, bad)
	if (k.kind == "secret" || k.kind == "private") && k.usages == 0 {
		panic(domErr("SyntaxError", "Secret/private CryptoKeys must have at least one usage."))
	}
	return k
}

func (r *buffers) isBufferSource(v goja.Value) bool {
	_, kind := r.read(v)
	return kind != notBuffer
}

func (s *state) exportKeyMethod(call goja.FunctionCall) goja.Value {
	noFormat(call, "exportKey")
	format := domString(call.Argument(0))
	k := s.keyArg(call.Argument(1), "exportKey", 2)
	return s.exportKey(format, k)
}

func (s *state) exportKey(format string, k *Key) goja.Value {
	if !k.extractable {
		panic(domErr("InvalidAccessError", "Attempt to export non-extractable %s key.", k.alg.name))
	}
	algorithmsOnce.Do(loadAlgorithms)
	a := algorithms[k.alg.name]
	return a.exportKey(s, format, k)
}

func (s *state) deriveBitsMethod(call goja.FunctionCall) goja.Value {
	p := s.algorithmArg(passed(call, 0), "deriveBits", 1, "DeriveKeyAlgorithm")
	k := s.keyArg(call.Argument(1), "deriveBits", 2)
	lv := call.Argument(2)
	length, given := 0, !goja.IsUndefined(lv) && !goja.IsNull(lv)
	if given {
		// workerd's unsigned long conversion: integers only (truncated),
		// the sign checked before the range.
		f := math.Trunc(lv.ToFloat())
		switch {
		case math.IsNaN(f) || math.IsInf(f, 0):
			panic(typeErr("The value cannot be converted because it is not an integer."))
		case f < 0:
			panic(typeErr("The value cannot be converted because it is negative and this API expects a positive number."))
		case f > math.MaxUint32:
			panic(typeErr("Value out of range. Must be less than or equal to 4294967295."))
		}
		length = int(f)
	}
	requireUsage(k, useDeriveBits, p.name)
	_, a := lookupAlgorithm(k.alg.name)
	if a.deriveBits == nil {
		panic(domErr("NotSupportedError", "Unrecognized or unimplemented deriveBits algorithm requested."))
	}
	return s.arrayBuffer(a.deriveBits(s, p, k, length, given))
}

func (s *state) deriveKey(call goja.FunctionCall) goja.Value {
	p := s.algorithmArg(passed(call, 0), "deriveKey", 1, "DeriveKeyAlgorithm")
	k := s.keyArg(call.Argument(1), "deriveKey", 2)
	dp := s.algorithmArg(passed(call, 2), "deriveKey", 3, "ImportKeyAlgorithm")
	extractable := extractableArg(call, 3, "deriveKey")
	u, bad := s.parseUsages(call.Argument(4), "deriveKey", 5)
	requireUsage(k, useDeriveKey, p.name)
	_, a := lookupAlgorithm(k.alg.name)
	if a.deriveBits == nil {
		panic(domErr("NotSupportedError", "Unrecognized or unimplemented deriveKey algorithm requested."))
	}
	_, da := lookupAlgorithm(dp.name)
	if da == nil || (da.keyLength == nil && !da.derivable) {
		panic(domErr("NotSupportedError", "Unrecognized derived key type %q requested.", dp.name))
	}
	length, given := 0, false
	if da.keyLength != nil {
		length, given = da.keyLength(s, dp), true
	}
	bits := a.deriveBits(s, p, k, length, given)
	raw := s.arrayBuffer(bits)
	return s.newKeyObject(s.importKey("raw", raw, dp, extractable, u, bad))
}

func (s *state) wrapKey(call goja.FunctionCall) goja.Value {
	noFormat(call, "wrapKey")
	format := domString(call.Argument(0))
	k := s.keyArg(call.Argument(1), "wrapKey", 2)
	wk := s.keyArg(call.Argument(2), "wrapKey", 3)
	p := s.algorithmArg(passed(call, 3), "wrapKey", 4, "EncryptAlgorithm")
	requireUsage(wk, useWrapKey, p.name)
	name, a := lookupAlgorithm(wk.alg.name)
	if a.encrypt == nil && name != "AES-KW" {
		panic(domErr("NotSupportedError", "Unrecognized or unimplemented wrapKey algorithm requested."))
	}
	exported := s.exportKey(format, k)
	var data []byte
	if format == "jwk" {
		str, err := s.jsonStringify(goja.Undefined(), exported)
		if err != nil {
			panic(err)
		}
		data = []byte(str.String())
	} else {
		b, _ := s.buf.read(exported)
		data = b
	}
	if name == "AES-KW" {
		return s.arrayBuffer(aesKWWrap(wk, data))
	}
	return s.arrayBuffer(a.encrypt(s, p, wk, data))
}

func (s *state) unwrapKey(call goja.FunctionCall) goja.Value {
	noFormat(call, "unwrapKey")
	format := domString(call.Argument(0))
	wrapped := s.dataArg(call.Argument(1), "unwrapKey", 2)
	uk := s.keyArg(call.Argument(2), "unwrapKey", 3)
	p := s.algorithmArg(passed(call, 3), "unwrapKey", 4, "EncryptAlgorithm")
	kp := s.algorithmArg(passed(call, 4), "unwrapKey", 5, "ImportKeyAlgorithm")
	extractable := extractableArg(call, 5, "unwrapKey")
	u, bad := s.parseUsages(call.Argument(6), "unwrapKey", 7)
	requireUsage(uk, useUnwrapKey, p.name)
	name, a := lookupAlgorithm(uk.alg.name)
	if a.decrypt == nil && name != "AES-KW" {
		panic(domErr("NotSupportedError", "Unrecognized or unimplemented unwrapKey algorithm requested."))
	}
	var data []byte
	if name == "AES-KW" {
		data = aesKWUnwrap(uk, wrapped)
	} else {
		data = a.decrypt(s, p, uk, wrapped)
	}
	var keyData goja.Value
	if format == "jwk" {
		v, err := s.jsonParse(goja.Undefined(), s.rt.ToValue(string(data)))
		if err != nil {
			panic(err) // JSON.parse's SyntaxError, as in workerd
		}
		keyData = v
	} else {
		keyData = s.arrayBuffer(data)
	}
	return s.newKeyObject(s.importKey(format, keyData, kp, extractable, u, bad))
}
