package crypto

import (
	"strings"

	"github.com/dop251/goja"
)

// usage is a set of key usages.
type usage uint8

const (
	useEncrypt usage = 1 << iota
	useDecrypt
	useSign
	useVerify
	useDeriveKey
	useDeriveBits
	useWrapKey
	useUnwrapKey
)

// usageNames is the specification's order of usages, in which a key lists
// them.
var usageNames = [...]string{"encrypt", "decrypt", "sign", "verify", "deriveKey", "deriveBits", "wrapKey", "unwrapKey"}

func (u usage) names() []string {
	var out []string
	for i, n := range usageNames {
		if u&(1<<i) != 0 {
			out = append(out, n)
		}
	}
	return out
}

// first returns the first usage of u, in the specification's order.
func (u usage) first() string {
	if n := u.names(); len(n) > 0 {
		return n[0]
	}
	return ""
}

// Key is the Go side of a CryptoKey.
type Key struct {
	kind        string // "secret", "private" or "public"
	extractable bool
	alg         keyAlgorithm
	usages      usage
	secret      []byte // secret keys
	priv, pub   any    // asymmetric keys: the Go key of package rsa, ecdsa, ecdh or ed25519
}

// keyAlgorithm describes a key's algorithm (its JS algorithm object).
type keyAlgorithm struct {
	name       string // canonical name
	hash       string // HMAC, RSA: canonical hash name
	length     int    // AES, HMAC: bits
	namedCurve string // ECDSA, ECDH
	modulus    int    // RSA: bits
	exponent   []byte // RSA: big-endian
}

// newKeyObject makes the CryptoKey object for k.
func (s *state) newKeyObject(k *Key) *goja.Object {
	o := s.rt.CreateObject(s.keyProto)
	names := k.usages.names()
	us := make([]any, len(names))
	for i, n := range names {
		us[i] = n
	}
	def := func(name string, v goja.Value) {
		_ = o.DefineDataProperty(name, v, goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	}
	def("usages", s.rt.NewArray(us...))
	def("algorithm", s.algorithmObject(&k.alg))
	def("extractable", s.rt.ToValue(k.extractable))
	def("type", s.rt.ToValue(k.kind))
	s.keys.Put(o, k)
	return o
}

func (s *state) algorithmObject(a *keyAlgorithm) *goja.Object {
	o := s.rt.NewObject()
	_ = o.Set("name", a.name)
	switch {
	case a.modulus != 0:
		_ = o.Set("modulusLength", a.modulus)
		// crypto_preserve_public_exponent: a Uint8Array; before it, workerd
		// gives an ArrayBuffer.
		var e goja.Value = s.rt.ToValue(s.rt.NewArrayBuffer(append([]byte(nil), a.exponent...)))
		if s.preserveExponent {
			u, err := s.rt.New(s.uint8Array, e)
			if err != nil {
				panic(err)
			}
			e = u
		}
		_ = o.Set("publicExponent", e)
		if a.hash != "" {
			_ = o.Set("hash", s.hashObject(a.hash))
		}
	case a.namedCurve != "":
		_ = o.Set("namedCurve", a.namedCurve)
	case a.hash != "":
		_ = o.Set("hash", s.hashObject(a.hash))
		_ = o.Set("length", a.length)
	case a.length != 0:
		_ = o.Set("length", a.length)
	}
	return o
}

func (s *state) hashObject(name string) *goja.Object {
	o := s.rt.NewObject()
	_ = o.Set("name", name)
	return o
}

// element is arr[i], undefined for a hole (which goja's Get gives as nil).
func element(arr *goja.Object, i int64) goja.Value {
	if v := arr.Get(itoa(int(i))); v != nil {
		return v
	}
	return goja.Undefined()
}

// parseUsages reads the keyUsages parameter: an Array of strings. An
// unknown string is kept as bad, to be reported as an invalid usage.
func (s *state) parseUsages(v goja.Value, method string, param int) (u usage, bad string) {
	arr, ok := v.(*goja.Object)
	if !ok || arr.ClassName() != "Array" {
		panic(typeErr("Failed to execute '%s' on 'SubtleCrypto': parameter %d is not of type 'Array'.", method, param))
	}
	n := arr.Get("length").ToInteger()
	for i := int64(0); i < n; i++ {
		name := element(arr, i).String()
		found := false
		for j, un := range usageNames {
			if un == name {
				u |= 1 << j
				found = true
			}
		}
		if !found && bad == "" {
			bad = name
		}
	}
	return u, bad
}

// checkUsages rejects usages outside allowed: op is "import" or
// "generate".
func checkUsages(op, kind, alg string, u usage, bad string, allowed usage) {
	what := kind + " " + alg
	if op == "generate" {
		what = alg
	}
	if bad != "" {
		panic(domErr("SyntaxError", "Attempt to %s %s key with invalid usage %q.", op, what, bad))
	}
	if extra := u &^ allowed; extra != 0 {
		panic(domErr("SyntaxError", "Attempt to %s %s key with invalid usage %q.", op, what, extra.first()))
	}
}

// requireUsage is the check every key-using operation makes.
func requireUsage(k *Key, u usage, algName string) {
	if k.alg.name != algName && !strings.EqualFold(k.alg.name, algName) {
		panic(domErr("InvalidAccessError", "Requested algorithm %q does not match this CryptoKey's algorithm %q.", algName, k.alg.name))
	}
	if k.usages&u == 0 {
		panic(domErr("InvalidAccessError", "Requested key usage %q does not match any usage listed in this CryptoKey.", u.first()))
	}
}

func itoa(i int) string {
	if i >= 0 && i < 10 {
		return string(rune('0' + i))
	}
	var b [20]byte
	n := len(b)
	for i > 0 {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
	}
	return string(b[n:])
}
