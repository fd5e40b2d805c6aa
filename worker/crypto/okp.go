package crypto

import (
	"bytes"
	"crypto/ecdh"
	"crypto/ed25519"
	"crypto/rand"

	"github.com/dop251/goja"
)

// Ed25519 and X25519 (RFC 8032, RFC 7748; JWK per RFC 8037), and
// workerd's older name for Ed25519, NODE-ED25519 (with a namedCurve of
// NODE-ED25519).

// registerOKP registers the algorithms of this file (loadAlgorithms).
func registerOKP() {
	for _, name := range []string{"Ed25519", "NODE-ED25519"} {
		register(name, &algorithm{
			importKey: importOKP, exportKey: exportOKP, generate: generateOKP,
			sign: func(s *state, p params, k *Key, data []byte) []byte {
				return ed25519.Sign(k.priv.(ed25519.PrivateKey), data)
			},
			verify: func(s *state, p params, k *Key, sig, data []byte) bool {
				return len(sig) == ed25519.SignatureSize && ed25519.Verify(k.pub.(ed25519.PublicKey), data, sig)
			},
		})
	}
	register("X25519", &algorithm{
		importKey: importOKP, exportKey: exportOKP, generate: generateOKP,
		deriveBits: x25519Bits,
	})
}

func okpUsages(name string) (pub, priv usage) {
	if isEd(name) {
		return useVerify, useSign
	}
	return 0, useDeriveKey | useDeriveBits
}

func isEd(name string) bool { return name == "Ed25519" || name == "NODE-ED25519" }

// okpAlgorithm is the key algorithm for name, checking NODE-ED25519's
// namedCurve.
func okpAlgorithm(p params, name string) keyAlgorithm {
	if name != "NODE-ED25519" {
		return keyAlgorithm{name: name}
	}
	if c := p.require("namedCurve").String(); c != "NODE-ED25519" {
		panic(domErr("NotSupportedError", "EDDSA curve %q isn't supported.", c))
	}
	return keyAlgorithm{name: name, namedCurve: name}
}

func generateOKP(s *state, p params, extractable bool, u usage, bad string) goja.Value {
	name, _ := lookupAlgorithm(p.name)
	pubUses, privUses := okpUsages(name)
	alg := okpAlgorithm(p, name)
	pubU, privU := pairUsages(name, u, bad, pubUses, privUses)
	pub := &Key{kind: "public", extractable: true, alg: alg, usages: pubU}
	priv := &Key{kind: "private", extractable: extractable, alg: alg, usages: privU}
	if isEd(name) {
		pk, sk, err := ed25519.GenerateKey(rand.Reader)
		if err != nil {
			panic(err)
		}
		pub.pub, priv.priv, priv.pub = pk, sk, pk
	} else {
		sk, err := ecdh.X25519().GenerateKey(rand.Reader)
		if err != nil {
			panic(err)
		}
		pub.pub, priv.priv, priv.pub = sk.PublicKey(), sk, sk.PublicKey()
	}
	return s.keyPair(pub, priv)
}

func importOKP(s *state, format string, data goja.Value, p params, extractable bool, u usage, bad string) *Key {
	name, _ := lookupAlgorithm(p.name)
	pubUses, privUses := okpUsages(name)
	k := &Key{extractable: extractable, alg: okpAlgorithm(p, name)}
	curve := name
	if isEd(name) {
		curve = "Ed25519"
	}
	switch format {
	case "raw":
		b := s.rawData(data)
		k.kind = "public"
		if isEd(name) {
			if len(b) != ed25519.PublicKeySize {
				panic(domErr("DataError", "Ed25519 raw keys must be exactly 32-bytes (provided %d).", len(b)))
			}
			k.pub = ed25519.PublicKey(b)
		} else {
			pub, err := ecdh.X25519().NewPublicKey(b)
			if err != nil {
				panic(domErr("DataError", "X25519 raw keys must be exactly 32-bytes (provided %d).", len(b)))
			}
			k.pub = pub
		}
	case "spki":
		pub := parseSPKI(s.rawData(data))
		switch key := pub.(type) {
		case ed25519.PublicKey:
			if !isEd(name) {
				panic(domErr("DataError", "SPKI input is not an %s key.", name))
			}
			k.pub = key
		case *ecdh.PublicKey:
			if name != "X25519" || key.Curve() != ecdh.X25519() {
				panic(domErr("DataError", "SPKI input is not an %s key.", name))
			}
			k.pub = key
		default:
			panic(domErr("DataError", "SPKI input is not an %s key.", name))
		}
		k.kind = "public"
	case "pkcs8":
		priv := parsePKCS8(s.rawData(data))
		switch key := priv.(type) {
		case ed25519.PrivateKey:
			if !isEd(name) {
				panic(domErr("DataError", "PKCS8 input is not an %s key.", name))
			}
			k.priv, k.pub = key, key.Public()
		case *ecdh.PrivateKey:
			if name != "X25519" || key.Curve() != ecdh.X25519() {
				panic(domErr("DataError", "PKCS8 input is not an %s key.", name))
			}
			k.priv, k.pub = key, key.PublicKey()
		default:
			panic(domErr("DataError", "PKCS8 input is not an %s key.", name))
		}
		k.kind = "private"
	case "jwk":
		j := s.readJWK(data.(*goja.Object))
		if j.kty() != "OKP" {
			panic(domErr("DataError", "OKP \"jwk\" key import requires a JSON Web Key with Key Type parameter \"kty\" (%q) equal to \"OKP\".", j.kty()))
		}
		crv, ok := j.fields["crv"]
		if !ok {
			panic(domErr("DataError", "Missing field \"crv\" for %s key.", curve))
		}
		if crv != curve {
			panic(domErr("DataError", "Only %s is supported but %q was requested.", curve, crv))
		}
		x := j.bytes("x", curve)
		_, hasD := j.fields["d"]
		var d []byte
		if hasD {
			d = j.bytes("d", curve)
		}
		if len(x) != 32 || (hasD && len(d) != 32) {
			panic(domErr("DataError", "Invalid %s JWK: keys must be exactly 32 bytes.", curve))
		}
		if isEd(name) {
			k.kind, k.pub = "public", ed25519.PublicKey(x)
			if hasD {
				sk := ed25519.NewKeyFromSeed(d)
				if !bytes.Equal(sk.Public().(ed25519.PublicKey), x) {
					panic(domErr("DataError", "Invalid Ed25519 JWK: \"d\" does not match \"x\"."))
				}
				k.kind, k.priv = "private", sk
			}
			if alg, ok := j.fields["alg"]; ok && alg != "EdDSA" && alg != "Ed25519" {
				panic(domErr("DataError", "JWK \"alg\" must be \"EdDSA\" or \"Ed25519\" (provided %q).", alg))
			}
			j.checkCommon(u, extractable, "sig")
		} else {
			pub, err := ecdh.X25519().NewPublicKey(x)
			if err != nil {
				panic(err)
			}
			k.kind, k.pub = "public", pub
			if hasD {
				sk, err := ecdh.X25519().NewPrivateKey(d)
				if err != nil || !sk.PublicKey().Equal(pub) {
					panic(domErr("DataError", "Invalid X25519 JWK: \"d\" does not match \"x\"."))
				}
				k.kind, k.priv = "private", sk
			}
			j.checkCommon(u, extractable, "enc")
		}
	default:
		panic(domErr("NotSupportedError", "Unrecognized key import format %q.", format))
	}
	importUsages(name, k.kind, u, bad, pubUses, privUses)
	k.usages = u
	return k
}

func okpPublicBytes(k *Key) []byte {
	switch pub := k.pub.(type) {
	case ed25519.PublicKey:
		return append([]byte(nil), pub...)
	case *ecdh.PublicKey:
		return pub.Bytes()
	}
	return nil
}

func exportOKP(s *state, format string, k *Key) goja.Value {
	if v, ok := s.exportDER(format, k); ok {
		return v
	}
	switch format {
	default:
		panic(domErr("InvalidAccessError", "Cannot export %q in %q format.", k.alg.name, format))
	case "raw":
		if k.kind != "public" {
			panic(domErr("InvalidAccessError", "Raw export of %s keys is only allowed for public keys.", k.alg.name))
		}
		return s.arrayBuffer(okpPublicBytes(k))
	case "jwk":
		j := s.newJWK("OKP", k)
		crv := k.alg.name
		switch crv {
		case "Ed25519":
			j.str("alg", "EdDSA")
		case "NODE-ED25519":
			crv = "Ed25519"
		}
		j.ext(k).str("crv", crv).b64("x", okpPublicBytes(k))
		if k.kind == "private" {
			switch priv := k.priv.(type) {
			case ed25519.PrivateKey:
				j.b64("d", priv.Seed())
			case *ecdh.PrivateKey:
				j.b64("d", priv.Bytes())
			}
		}
		return j.o
	}
}

func x25519Bits(s *state, p params, k *Key, length int, given bool) []byte {
	p.dict = "derivedKeyParams"
	peer := s.peerKey(p, k)
	if k.kind != "private" {
		panic(domErr("InvalidAccessError", "The provided key has type %q, not \"private\"", k.kind))
	}
	secret, err := k.priv.(*ecdh.PrivateKey).ECDH(peer.pub.(*ecdh.PublicKey))
	if err != nil {
		panic(domErr("OperationError", "Failed to derive EDDH key: public key routines INVALID_PEER_KEY."))
	}
	return truncateBits(secret, length, given)
}
