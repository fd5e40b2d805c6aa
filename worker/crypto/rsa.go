package crypto

import (
	"crypto"
	"crypto/rand"
	"crypto/rsa"
	"math/big"

	"github.com/dop251/goja"
)

// RSASSA-PKCS1-v1_5, RSA-PSS and RSA-OAEP (RFC 8017).

// registerRSA registers the algorithms of this file (loadAlgorithms).
func registerRSA() {
	register("RSASSA-PKCS1-v1_5", &algorithm{
		importKey: importRSA, exportKey: exportRSA, generate: generateRSA,
		sign: func(s *state, p params, k *Key, data []byte) []byte {
			h, sum := rsaDigest(k, data)
			out, err := rsa.SignPKCS1v15(rand.Reader, k.priv.(*rsa.PrivateKey), h, sum)
			if err != nil {
				panic(err)
			}
			return out
		},
		verify: func(s *state, p params, k *Key, sig, data []byte) bool {
			h, sum := rsaDigest(k, data)
			return rsa.VerifyPKCS1v15(k.pub.(*rsa.PublicKey), h, sum, sig) == nil
		},
	})
	register("RSA-PSS", &algorithm{
		importKey: importRSA, exportKey: exportRSA, generate: generateRSA,
		sign: func(s *state, p params, k *Key, data []byte) []byte {
			salt := pssSalt(p)
			h, sum := rsaDigest(k, data)
			out, err := rsa.SignPSS(rand.Reader, k.priv.(*rsa.PrivateKey), h, sum, &rsa.PSSOptions{SaltLength: salt})
			if err != nil {
				panic(domErr("OperationError", "key too small for signing with given digest and salt length"))
			}
			return out
		},
		verify: func(s *state, p params, k *Key, sig, data []byte) bool {
			salt := pssSalt(p)
			h, sum := rsaDigest(k, data)
			return rsa.VerifyPSS(k.pub.(*rsa.PublicKey), h, sum, sig, &rsa.PSSOptions{SaltLength: salt}) == nil
		},
	})
	register("RSA-OAEP", &algorithm{
		importKey: importRSA, exportKey: exportRSA, generate: generateRSA,
		encrypt: func(s *state, p params, k *Key, data []byte) []byte {
			if k.kind != "public" {
				panic(domErr("InvalidAccessError", "Encryption/key wrapping only works with public keys."))
			}
			label, _ := p.optBytes("label")
			out, err := rsa.EncryptOAEP(digestByName(k.alg.hash).new(), rand.Reader, k.pub.(*rsa.PublicKey), data, label)
			if err != nil {
				panic(domErr("OperationError", "RSA-OAEP failed encrypt/decrypt."))
			}
			return out
		},
		decrypt: func(s *state, p params, k *Key, data []byte) []byte {
			if k.kind != "private" {
				panic(domErr("InvalidAccessError", "Decryption/key unwrapping only works with private keys."))
			}
			label, _ := p.optBytes("label")
			out, err := rsa.DecryptOAEP(digestByName(k.alg.hash).new(), rand.Reader, k.priv.(*rsa.PrivateKey), data, label)
			if err != nil {
				panic(domErr("OperationError", "RSA-OAEP failed encrypt/decrypt."))
			}
			return out
		},
	})
}

// pssSalt reads RSA-PSS's saltLength.
func pssSalt(p params) int {
	if p.get("saltLength") == nil {
		panic(domErr("DataError", "Failed to provide salt for RSA-PSS key operation which requires a salt"))
	}
	return p.integer("saltLength")
}

// cryptoHash is the crypto.Hash of a digest's name (0 for another name).
func cryptoHash(name string) crypto.Hash {
	switch name {
	case "SHA-1":
		return crypto.SHA1
	case "SHA-256":
		return crypto.SHA256
	case "SHA-384":
		return crypto.SHA384
	case "SHA-512":
		return crypto.SHA512
	case "MD5":
		return crypto.MD5
	}
	return 0
}

func rsaDigest(k *Key, data []byte) (crypto.Hash, []byte) {
	d := digestByName(k.alg.hash)
	h := d.new()
	h.Write(data)
	return cryptoHash(d.name), h.Sum(nil)
}

func rsaUsages(name string) (pub, priv usage) {
	if name == "RSA-OAEP" {
		return useEncrypt | useWrapKey, useDecrypt | useUnwrapKey
	}
	return useVerify, useSign
}

func generateRSA(s *state, p params, extractable bool, u usage, bad string) goja.Value {
	name, _ := lookupAlgorithm(p.name)
	pubUses, privUses := rsaUsages(name)
	bits := p.integer("modulusLength")
	exp := p.bytes("publicExponent")
	h := p.hash()
	if bits == 0 {
		panic(domErr("OperationError", "modulusLength must be greater than zero (requested 0)."))
	}
	if bits%8 != 0 || bits < 256 || bits > 16384 {
		panic(domErr("OperationError", "The modulus length must be a multiple of 8 and between 256 and 16k, but %d was requested.", bits))
	}
	// BoringSSL's own limits, which workerd reports before the usages.
	if bits%128 != 0 {
		panic(domErr("OperationError", "Can't generate key: RSA key size is required to be a multiple of 128"))
	}
	if bits < 512 {
		panic(domErr("OperationError", "RSA key size is too small."))
	}
	pubU, privU := pairUsages(name, u, bad, pubUses, privUses)
	e := new(big.Int).SetBytes(exp)
	if e.BitLen() > 32 {
		panic(domErr("OperationError", "The \"publicExponent\" must be either 3 or 65537, but got a number larger than 2^32."))
	}
	if n := e.Int64(); n != 3 && n != 65537 {
		panic(domErr("OperationError", "The \"publicExponent\" must be either 3 or 65537, but got %d.", n))
	}
	var priv *rsa.PrivateKey
	var err error
	if e.Int64() == 65537 {
		priv, err = rsa.GenerateKey(rand.Reader, bits)
	} else {
		priv, err = generateRSAWithExponent(bits, int(e.Int64()))
	}
	if err != nil {
		panic(domErr("OperationError", "RSA key generation failed: %v.", err))
	}
	alg := keyAlgorithm{name: name, hash: h, modulus: bits, exponent: append([]byte(nil), exp...)}
	return s.keyPair(
		&Key{kind: "public", extractable: true, alg: alg, usages: pubU, pub: &priv.PublicKey},
		&Key{kind: "private", extractable: extractable, alg: alg, usages: privU, priv: priv, pub: &priv.PublicKey})
}

// generateRSAWithExponent makes a two-prime key with public exponent e,
// which rsa.GenerateKey (always 65537) cannot (RFC 8017, 3.1 and 3.2).
func generateRSAWithExponent(bits, e int) (*rsa.PrivateKey, error) {
	E := big.NewInt(int64(e))
	one := big.NewInt(1)
	for {
		p, err := rand.Prime(rand.Reader, bits-bits/2)
		if err != nil {
			return nil, err
		}
		q, err := rand.Prime(rand.Reader, bits/2)
		if err != nil {
			return nil, err
		}
		n := new(big.Int).Mul(p, q)
		if p.Cmp(q) == 0 || n.BitLen() != bits {
			continue
		}
		pm1, qm1 := new(big.Int).Sub(p, one), new(big.Int).Sub(q, one)
		g := new(big.Int).GCD(nil, nil, pm1, qm1)
		lambda := new(big.Int).Div(new(big.Int).Mul(pm1, qm1), g)
		d := new(big.Int).ModInverse(E, lambda)
		if d == nil {
			continue
		}
		k := &rsa.PrivateKey{PublicKey: rsa.PublicKey{N: n, E: e}, D: d, Primes: []*big.Int{p, q}}
		k.Precompute()
		if err := k.Validate(); err != nil {
			return nil, err
		}
		return k, nil
	}
}

func rsaJWKAlg(k *Key) string {
	switch k.alg.name {
	case "RSASSA-PKCS1-v1_5":
		return "RS" + digestByName(k.alg.hash).jwk
	case "RSA-PSS":
		return "PS" + digestByName(k.alg.hash).jwk
	}
	if k.alg.hash == "SHA-1" {
		return "RSA-OAEP"
	}
	return "RSA-OAEP-" + digestByName(k.alg.hash).jwk
}

func importRSA(s *state, format string, data goja.Value, p params, extractable bool, u usage, bad string) *Key {
	name, _ := lookupAlgorithm(p.name)
	pubUses, privUses := rsaUsages(name)
	h := p.hash()
	k := &Key{extractable: extractable, alg: keyAlgorithm{name: name, hash: h}}
	switch format {
	case "spki":
		pub, ok := parseSPKI(s.rawData(data)).(*rsa.PublicKey)
		if !ok {
			panic(domErr("DataError", "Input was not an RSA key."))
		}
		k.kind, k.pub = "public", pub
	case "pkcs8":
		priv, ok := parsePKCS8(s.rawData(data)).(*rsa.PrivateKey)
		if !ok {
			panic(domErr("DataError", "Input was not an RSA key."))
		}
		k.kind, k.priv, k.pub = "private", priv, &priv.PublicKey
	case "jwk":
		j := s.readJWK(data.(*goja.Object))
		if j.kty() != "RSA" {
			panic(domErr("DataError", "RSA \"jwk\" key import requires a JSON Web Key with Key Type parameter \"kty\" (%q) equal to \"RSA\".", j.kty()))
		}
		n := j.bytes("n", "RSA")
		if bits := len(n) * 8; bits%8 != 0 || bits < 256 || bits > 16384 {
			panic(domErr("OperationError", "The modulus length must be a multiple of 8 and between 256 and 16k, but %d was requested.", bits))
		}
		pub := &rsa.PublicKey{N: new(big.Int).SetBytes(n), E: int(j.bigInt("e", "RSA").Int64())}
		k.kind, k.pub = "public", pub
		if _, ok := j.fields["d"]; ok {
			priv := &rsa.PrivateKey{PublicKey: *pub, D: j.bigInt("d", "RSA"),
				Primes: []*big.Int{j.bigInt("p", "RSA"), j.bigInt("q", "RSA")}}
			priv.Precompute()
			if err := priv.Validate(); err != nil {
				panic(domErr("DataError", "Invalid RSA JWK: %v.", err))
			}
			k.kind, k.priv, k.pub = "private", priv, &priv.PublicKey
		}
		k.alg.hash = h
		if alg, ok := j.fields["alg"]; ok && alg != rsaJWKAlg(k) {
			panic(domErr("DataError", "JWK \"alg\" %q does not match the requested algorithm %q.", alg, rsaJWKAlg(k)))
		}
		use := "sig"
		if name == "RSA-OAEP" {
			use = "enc"
		}
		j.checkCommon(u, extractable, use)
	case "raw":
		panic(domErr("NotSupportedError", "Unrecognized key import format \"raw\"."))
	default:
		panic(domErr("NotSupportedError", "Unrecognized key import format %q.", format))
	}
	pub := k.pub.(*rsa.PublicKey)
	k.alg.modulus = pub.N.BitLen()
	k.alg.exponent = big.NewInt(int64(pub.E)).Bytes()
	importUsages(name, k.kind, u, bad, pubUses, privUses)
	k.usages = u
	return k
}

func exportRSA(s *state, format string, k *Key) goja.Value {
	if v, ok := s.exportDER(format, k); ok {
		return v
	}
	if format != "jwk" {
		panic(domErr("InvalidAccessError", "Cannot export %q in %q format.", k.alg.name, format))
	}
	pub := k.pub.(*rsa.PublicKey)
	j := s.newJWK("RSA", k).str("alg", rsaJWKAlg(k)).ext(k)
	if k.kind == "private" {
		priv := k.priv.(*rsa.PrivateKey)
		j.b64("d", priv.D.Bytes())
	}
	j.b64("n", pub.N.Bytes()).b64("e", big.NewInt(int64(pub.E)).Bytes())
	if k.kind == "private" {
		priv := k.priv.(*rsa.PrivateKey)
		j.b64("p", priv.Primes[0].Bytes()).b64("q", priv.Primes[1].Bytes()).
			b64("dp", priv.Precomputed.Dp.Bytes()).b64("dq", priv.Precomputed.Dq.Bytes()).
			b64("qi", priv.Precomputed.Qinv.Bytes())
	}
	return j.o
}
