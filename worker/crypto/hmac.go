package crypto

import (
	"crypto/hmac"
	"crypto/rand"

	"github.com/dop251/goja"
)

// registerHMAC registers the algorithms of this file (loadAlgorithms).
func registerHMAC() {
	register("HMAC", &algorithm{
		importKey: importHMAC,
		exportKey: exportSecret,
		generate:  generateHMAC,
		sign: func(s *state, p params, k *Key, data []byte) []byte {
			m := hmac.New(digestByName(k.alg.hash).new, k.secret)
			m.Write(data)
			return m.Sum(nil)
		},
		verify: func(s *state, p params, k *Key, sig, data []byte) bool {
			m := hmac.New(digestByName(k.alg.hash).new, k.secret)
			m.Write(data)
			return hmac.Equal(m.Sum(nil), sig)
		},
		keyLength: func(s *state, p params) int {
			p = p.derived()
			h := p.hash()
			if l, ok := p.optInteger("length"); ok {
				return l
			}
			return digestByName(h).block
		},
	})
}

const hmacUsages = useSign | useVerify

func importHMAC(s *state, format string, data goja.Value, p params, extractable bool, u usage, bad string) *Key {
	checkUsages("import", "secret", "HMAC", u, bad, hmacUsages)
	h := p.hash()
	var raw []byte
	switch format {
	case "raw":
		raw, _ = s.buf.read(data)
		raw = append([]byte(nil), raw...)
	case "jwk":
		j := s.readJWK(data.(*goja.Object))
		raw = j.octKey("HMAC", "HS"+digestByName(h).jwk, u, extractable)
	default:
		panic(domErr("NotSupportedError", "Unrecognized key import format %q.", format))
	}
	length := len(raw) * 8
	l := length
	if v, ok := p.optInteger("length"); ok {
		l = v
	}
	if l == 0 || l > length || l <= length-8 {
		panic(domErr("DataError", "Imported HMAC key length (%d) must be a non-zero value up to 7 bits less than, and no greater than, the bit length of the raw key data (%d).", l, length))
	}
	length = l
	return &Key{kind: "secret", extractable: extractable, usages: u, secret: raw,
		alg: keyAlgorithm{name: "HMAC", hash: h, length: length}}
}

func generateHMAC(s *state, p params, extractable bool, u usage, bad string) goja.Value {
	checkUsages("generate", "secret", "HMAC", u, bad, hmacUsages)
	h := p.hash()
	length := digestByName(h).block
	if l, ok := p.optInteger("length"); ok {
		if l <= 0 {
			panic(domErr("OperationError", "HMAC key length must be a non-zero unsigned long integer (requested %d).", l))
		}
		length = l
	}
	raw := make([]byte, (length+7)/8)
	_, _ = rand.Read(raw)
	if length%8 != 0 {
		raw[len(raw)-1] &= 0xff << (8 - length%8)
	}
	if u == 0 {
		panic(domErr("SyntaxError", "Secret/private CryptoKeys must have at least one usage."))
	}
	return s.newKeyObject(&Key{kind: "secret", extractable: extractable, usages: u, secret: raw,
		alg: keyAlgorithm{name: "HMAC", hash: h, length: length}})
}

// exportSecret exports a secret key as raw bytes or an oct JWK.
func exportSecret(s *state, format string, k *Key) goja.Value {
	switch format {
	case "raw":
		return s.arrayBuffer(append([]byte(nil), k.secret...))
	case "jwk":
		return s.octJWK(k)
	}
	panic(domErr("NotSupportedError", "Unimplemented key export format %q.", format))
}
