package crypto

import (
	"crypto/rand"
	"crypto/rsa"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/host"
)

// What node:crypto (package node) needs of CryptoKeys, synchronously:
// KeyObject.from(cryptoKey), sign and verify with a CryptoKey, and
// keyObject.toCryptoKey().

// KeyMaterial is a CryptoKey's key, as node:crypto reads it.
type KeyMaterial struct {
	Type        string // "secret", "private" or "public"
	Extractable bool
	Secret      []byte // secret keys
	Private     any    // private keys: *rsa.PrivateKey, *ecdsa.PrivateKey, ed25519.PrivateKey or *ecdh.PrivateKey
	Public      any    // asymmetric keys: *rsa.PublicKey, *ecdsa.PublicKey, ed25519.PublicKey or *ecdh.PublicKey
	Algorithm   string // the algorithm's name ("RSA-PSS", "ECDSA", ...)
}

// Material returns the key of the CryptoKey v, or false when v is none.
func Material(env *host.Env, v goja.Value) (KeyMaterial, bool) {
	k := stateOf(env).keys.Get(v)
	if k == nil {
		return KeyMaterial{}, false
	}
	return KeyMaterial{Type: k.kind, Extractable: k.extractable, Secret: k.secret, Private: k.priv, Public: k.pub, Algorithm: k.alg.name}, true
}

// ImportKey is subtle.importKey(format, data, algorithm, extractable,
// usages) run synchronously: the CryptoKey, or a throw with the error the
// promise would reject with.
func ImportKey(env *host.Env, format string, data, algorithm goja.Value, extractable bool, usages goja.Value) goja.Value {
	s := stateOf(env)
	v, exc := s.try(func() goja.Value {
		p := s.algorithmArg(algorithm, "importKey", 3, "ImportKeyAlgorithm")
		u, bad := s.parseUsages(usages, "importKey", 5)
		return s.newKeyObject(s.importKey(format, data, p, extractable, u, bad))
	})
	if exc != nil {
		panic(exc)
	}
	return v
}

// GenerateRSA makes an RSA key of bits with public exponent e (Go's own
// generator for 65537, which is the only one it makes), for node:crypto's
// generateKeyPair as for Web Crypto's generateKey.
func GenerateRSA(bits, e int) (*rsa.PrivateKey, error) {
	if e == 65537 {
		return rsa.GenerateKey(rand.Reader, bits)
	}
	return generateRSAWithExponent(bits, e)
}
