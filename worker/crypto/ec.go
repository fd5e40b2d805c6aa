package crypto

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"math/big"

	"github.com/dop251/goja"
)

// ECDSA and ECDH on the NIST curves. Both keep their keys as package
// ecdsa's (converted to package ecdh's to derive).

// registerEC registers the algorithms of this file (loadAlgorithms).
func registerEC() {
	register("ECDSA", &algorithm{
		importKey: importEC, exportKey: exportEC, generate: generateEC,
		sign: ecdsaSign, verify: ecdsaVerify,
	})
	register("ECDH", &algorithm{
		importKey: importEC, exportKey: exportEC, generate: generateEC,
		deriveBits: ecdhBits,
	})
}

// curve is the NIST curve named n, or nil. A function rather than a map
// made at init: package elliptic builds a curve's parameters on first use,
// which no start-up should pay for.
func curve(n string) elliptic.Curve {
	switch n {
	case "P-256":
		return elliptic.P256()
	case "P-384":
		return elliptic.P384()
	case "P-521":
		return elliptic.P521()
	}
	return nil
}

func ecUsages(name string) (pub, priv usage) {
	if name == "ECDSA" {
		return useVerify, useSign
	}
	return 0, useDeriveKey | useDeriveBits
}

func namedCurve(p params) (string, elliptic.Curve) {
	n := p.require("namedCurve").String()
	c := curve(n)
	if c == nil {
		panic(domErr("NotSupportedError", "Unrecognized or unimplemented EC curve %q requested.", n))
	}
	return n, c
}

func generateEC(s *state, p params, extractable bool, u usage, bad string) goja.Value {
	name, _ := lookupAlgorithm(p.name)
	pubUses, privUses := ecUsages(name)
	crv, c := namedCurve(p)
	pubU, privU := pairUsages(name, u, bad, pubUses, privUses)
	priv, err := ecdsa.GenerateKey(c, rand.Reader)
	if err != nil {
		panic(err)
	}
	alg := keyAlgorithm{name: name, namedCurve: crv}
	return s.keyPair(
		&Key{kind: "public", extractable: true, alg: alg, usages: pubU, pub: &priv.PublicKey},
		&Key{kind: "private", extractable: extractable, alg: alg, usages: privU, priv: priv, pub: &priv.PublicKey})
}

func importEC(s *state, format string, data goja.Value, p params, extractable bool, u usage, bad string) *Key {
	name, _ := lookupAlgorithm(p.name)
	pubUses, privUses := ecUsages(name)
	crv, c := namedCurve(p)
	k := &Key{extractable: extractable, alg: keyAlgorithm{name: name, namedCurve: crv}}
	switch format {
	case "raw":
		pub, err := ecdsa.ParseUncompressedPublicKey(c, s.rawData(data))
		if err != nil {
			panic(domErr("DataError", "Failed to import raw EC key data: Invalid point encoding.."))
		}
		k.kind, k.pub = "public", pub
	case "spki":
		pub, ok := parseSPKI(s.rawData(data)).(*ecdsa.PublicKey)
		if !ok {
			panic(domErr("DataError", "SPKI input is not an EC key."))
		}
		k.kind, k.pub = "public", pub
	case "pkcs8":
		priv, ok := parsePKCS8(s.rawData(data)).(*ecdsa.PrivateKey)
		if !ok {
			panic(domErr("DataError", "PKCS8 input is not an EC key."))
		}
		k.kind, k.priv, k.pub = "private", priv, &priv.PublicKey
	case "jwk":
		j := s.readJWK(data.(*goja.Object))
		if j.kty() != "EC" {
			panic(domErr("DataError", "Elliptic curve \"jwk\" key import requires a JSON Web Key with Key Type parameter \"kty\" (%q) equal to \"EC\".", j.kty()))
		}
		size := (c.Params().BitSize + 7) / 8
		x, y := j.bytes("x", "EC"), j.bytes("y", "EC")
		if len(x) != size || len(y) != size {
			panic(domErr("DataError", "Invalid EC JWK: \"x\" and \"y\" must be %d bytes long.", size))
		}
		pub, err := ecdsa.ParseUncompressedPublicKey(c, append(append([]byte{4}, x...), y...))
		if err != nil {
			panic(domErr("DataError", "Invalid EC JWK: the point is not on the curve."))
		}
		k.kind, k.pub = "public", pub
		if _, ok := j.fields["d"]; ok {
			priv, err := ecdsa.ParseRawPrivateKey(c, j.bytes("d", "EC"))
			if err != nil || !priv.PublicKey.Equal(pub) {
				panic(domErr("DataError", "Invalid EC JWK: \"d\" does not match the public key."))
			}
			k.kind, k.priv = "private", priv
		}
		use := "sig"
		if name == "ECDH" {
			use = "enc"
		}
		j.checkCommon(u, extractable, use)
	default:
		panic(domErr("NotSupportedError", "Unrecognized key import format %q.", format))
	}
	if k.pub.(*ecdsa.PublicKey).Curve != c {
		panic(domErr("DataError", "\"algorithm.namedCurve\" %q does not match the curve specified by the input key data.", crv))
	}
	importUsages(name, k.kind, u, bad, pubUses, privUses)
	k.usages = u
	return k
}

func exportEC(s *state, format string, k *Key) goja.Value {
	if v, ok := s.exportDER(format, k); ok {
		return v
	}
	pub := k.pub.(*ecdsa.PublicKey)
	point, err := pub.Bytes()
	if err != nil {
		panic(err)
	}
	switch format {
	default:
		panic(domErr("InvalidAccessError", "Cannot export %q in %q format.", k.alg.name, format))
	case "raw":
		if k.kind != "public" {
			panic(domErr("InvalidAccessError", "Raw export of elliptic curve keys is only allowed for public keys."))
		}
		return s.arrayBuffer(point)
	case "jwk":
		n := (len(point) - 1) / 2
		j := s.newJWK("EC", k).ext(k).str("crv", k.alg.namedCurve).b64("x", point[1:1+n]).b64("y", point[1+n:])
		if k.kind == "private" {
			d, err := k.priv.(*ecdsa.PrivateKey).Bytes()
			if err != nil {
				panic(err)
			}
			j.b64("d", d)
		}
		return j.o
	}
}

// ecdsaHash reads ECDSA's hash, which is given at call time.
func ecdsaHash(p params) digestAlg {
	if p.get("hash") == nil {
		panic(typeErr("Missing \"hash\" in AlgorithmIdentifier. (ECDSA requires that the hash algorithm be specified at call time rather than on the key. This differs from other WebCrypto algorithms for historical reasons.)"))
	}
	return digestByName(p.hash())
}

func ecdsaSign(s *state, p params, k *Key, data []byte) []byte {
	h := ecdsaHash(p)
	d := h.new()
	d.Write(data)
	priv := k.priv.(*ecdsa.PrivateKey)
	r, ss, err := ecdsa.Sign(rand.Reader, priv, d.Sum(nil))
	if err != nil {
		panic(err)
	}
	n := (priv.Curve.Params().BitSize + 7) / 8
	out := make([]byte, 2*n)
	r.FillBytes(out[:n])
	ss.FillBytes(out[n:])
	return out
}

func ecdsaVerify(s *state, p params, k *Key, sig, data []byte) bool {
	h := ecdsaHash(p)
	pub := k.pub.(*ecdsa.PublicKey)
	n := (pub.Curve.Params().BitSize + 7) / 8
	if len(sig) != 2*n {
		return false
	}
	d := h.new()
	d.Write(data)
	r := new(big.Int).SetBytes(sig[:n])
	ss := new(big.Int).SetBytes(sig[n:])
	return ecdsa.Verify(pub, d.Sum(nil), r, ss)
}

// peerKey reads ECDH's and X25519's public member.
func (s *state) peerKey(p params, k *Key) *Key {
	v := p.require("public")
	peer := s.keys.Get(v)
	if peer == nil {
		panic(typeErr("Failed to execute operation: member \"public\" of \"algorithm\" is not of type 'CryptoKey'."))
	}
	if peer.kind != "public" {
		panic(domErr("InvalidAccessError", "The provided key has type %q, not \"public\"", peer.kind))
	}
	if peer.alg.name != k.alg.name {
		panic(domErr("InvalidAccessError", "Private key for derivation is using %q while public key is using %q.", k.alg.name, peer.alg.name))
	}
	return peer
}

// truncateBits cuts a shared secret to length bits (all of it when the
// length is not given), with workerd's error for too long a length.
func truncateBits(secret []byte, length int, given bool) []byte {
	if !given {
		return secret
	}
	if length > len(secret)*8 {
		panic(domErr("OperationError", "Derived key length (%d bits) is too long (should be at most %d bits).", length, len(secret)*8))
	}
	out := secret[:(length+7)/8]
	if length%8 != 0 {
		out[len(out)-1] &= 0xff << (8 - length%8)
	}
	return out
}

func ecdhBits(s *state, p params, k *Key, length int, given bool) []byte {
	p.dict = "derivedKeyParams"
	peer := s.peerKey(p, k)
	if peer.alg.namedCurve != k.alg.namedCurve {
		panic(domErr("InvalidAccessError", "Private key for derivation is using curve %q while public key is using %q.", k.alg.namedCurve, peer.alg.namedCurve))
	}
	if k.kind != "private" {
		panic(domErr("InvalidAccessError", "The provided key has type %q, not \"private\"", k.kind))
	}
	priv, err := k.priv.(*ecdsa.PrivateKey).ECDH()
	if err != nil {
		panic(err)
	}
	pub, err := peer.pub.(*ecdsa.PublicKey).ECDH()
	if err != nil {
		panic(err)
	}
	secret, err := priv.ECDH(pub)
	if err != nil {
		panic(domErr("OperationError", "ECDH derivation failed."))
	}
	return truncateBits(secret, length, given)
}
