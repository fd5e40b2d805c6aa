package node

import (
	"bytes"
	"crypto/ecdh"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/subtle"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"math/big"

	"github.com/dop251/goja"

	wcrypto "github.com/mcrepl/mcrepl/worker/crypto"
)

// node:crypto's KeyObject, the Go side: a secret, or a private or public
// key of package rsa, ecdsa, ed25519 or ecdh (X25519), parsed from PEM, DER
// or a JSON Web Key and exported to each of them (ncrypto_pkcs8.go has the
// encrypted PKCS #8 forms).

// nodeKey is a KeyObject's key, opaque to JS.
type nodeKey struct {
	kind        string // "secret", "private" or "public"
	secret      []byte
	priv        any // *rsa.PrivateKey, *ecdsa.PrivateKey, ed25519.PrivateKey, *ecdh.PrivateKey
	pub         any // *rsa.PublicKey, *ecdsa.PublicKey, ed25519.PublicKey, *ecdh.PublicKey
	extractable bool
	// web marks a key read from a Web Crypto CryptoKey (KeyObject.from).
	// workerd keeps such keys apart: an asymmetric one never equals a key
	// node:crypto made, and createPublicKey cannot derive from it.
	web bool
}

// asymmetricType is the key's asymmetricKeyType.
func (k *nodeKey) asymmetricType() string {
	switch k.pub.(type) {
	case *rsa.PublicKey:
		return "rsa"
	case *ecdsa.PublicKey:
		return "ec"
	case ed25519.PublicKey:
		return "ed25519"
	case *ecdh.PublicKey:
		return "x25519"
	case *dhPublic:
		return "dh"
	}
	return ""
}

// dhPublic and dhPrivate are finite-field Diffie-Hellman keys (key objects
// of type 'dh', which generateKeyPairSync makes and workerd cannot export).
type dhPublic struct{ p, g, y *big.Int }

type dhPrivate struct {
	dhPublic
	x *big.Int
}

// newDHKey makes a key pair in the group of prime p and generator g: a
// private value in [2, p-2].
func newDHKey(p, g *big.Int) (*nodeKey, bool) {
	if p.Cmp(big.NewInt(5)) < 0 || g.Cmp(big.NewInt(2)) < 0 {
		return nil, false
	}
	x, err := rand.Int(rand.Reader, new(big.Int).Sub(p, big.NewInt(3)))
	if err != nil {
		return nil, false
	}
	x.Add(x, big.NewInt(2))
	priv := &dhPrivate{dhPublic{p, g, new(big.Int).Exp(g, x, p)}, x}
	return &nodeKey{kind: "private", priv: priv, pub: &priv.dhPublic, extractable: true}, true
}

// curveName is OpenSSL's name of an EC key's curve, as namedCurve shows it.
func curveName(c elliptic.Curve) string {
	switch c {
	case elliptic.P224():
		return "secp224r1"
	case elliptic.P256():
		return "prime256v1"
	case elliptic.P384():
		return "secp384r1"
	case elliptic.P521():
		return "secp521r1"
	}
	return ""
}

// opensslCurve reports whether name is a curve OpenSSL knows that workerd
// (BoringSSL) cannot make keys on.
func opensslCurve(name string) bool {
	switch name {
	case "secp256k1", "secp192k1", "secp224k1", "secp160k1", "secp160r1", "secp160r2", "prime192v1", "prime192v2",
		"prime192v3", "prime239v1", "prime239v2", "prime239v3", "brainpoolP256r1", "brainpoolP384r1", "brainpoolP512r1",
		"brainpoolP256t1", "brainpoolP384t1", "brainpoolP512t1", "sect163k1", "sect233k1", "sect283k1", "sect409k1", "sect571k1":
		return true
	}
	return false
}

// curveNamed is the curve of an OpenSSL or JWK name.
func curveNamed(name string) elliptic.Curve {
	switch name {
	case "secp224r1", "P-224":
		return elliptic.P224()
	case "prime256v1", "secp256r1", "P-256":
		return elliptic.P256()
	case "secp384r1", "P-384":
		return elliptic.P384()
	case "secp521r1", "P-521":
		return elliptic.P521()
	}
	return nil
}

// normalize makes a private key one of the four kinds nodeKey holds.
func asymmetric(priv any) (any, any, bool) {
	switch p := priv.(type) {
	case *rsa.PrivateKey:
		return p, &p.PublicKey, true
	case *ecdsa.PrivateKey:
		return p, &p.PublicKey, true
	case ed25519.PrivateKey:
		return p, p.Public(), true
	case *ecdh.PrivateKey:
		if p.Curve() == ecdh.X25519() {
			return p, p.PublicKey(), true
		}
		if e, err := ecdhToECDSA(p); err == nil {
			return e, &e.PublicKey, true
		}
	}
	return nil, nil, false
}

// ecdhToECDSA converts a NIST-curve ECDH key (as Web Crypto's ECDH keys may
// hold them) to package ecdsa's form.
func ecdhToECDSA(p *ecdh.PrivateKey) (*ecdsa.PrivateKey, error) {
	var c elliptic.Curve
	switch p.Curve() {
	case ecdh.P256():
		c = elliptic.P256()
	case ecdh.P384():
		c = elliptic.P384()
	case ecdh.P521():
		c = elliptic.P521()
	}
	der, err := x509.MarshalPKCS8PrivateKey(p)
	if err != nil || c == nil {
		return nil, errUnsupported
	}
	k, err := x509.ParsePKCS8PrivateKey(der)
	if e, ok := k.(*ecdsa.PrivateKey); ok && err == nil {
		return e, nil
	}
	return nil, errUnsupported
}

// publicOnly normalizes a public key.
func publicOnly(pub any) (any, bool) {
	switch p := pub.(type) {
	case *rsa.PublicKey, *ecdsa.PublicKey, ed25519.PublicKey:
		return p, true
	case *ecdh.PublicKey:
		if p.Curve() == ecdh.X25519() {
			return p, true
		}
		der, err := x509.MarshalPKIXPublicKey(p)
		if err == nil {
			if k, err := x509.ParsePKIXPublicKey(der); err == nil {
				if e, ok := k.(*ecdsa.PublicKey); ok {
					return e, true
				}
			}
		}
	}
	return nil, false
}

type cryptoError string

func (e cryptoError) Error() string { return string(e) }

const errUnsupported = cryptoError("unsupported key")

// parsePrivate parses a private key in PEM or DER: PKCS #8 (encrypted or
// not), PKCS #1 or SEC 1 (PEM's legacy encryption too).
func parsePrivate(data []byte, format, typ string, passphrase []byte) (any, bool) {
	if format == "pem" {
		block, _ := pem.Decode(data)
		if block == nil {
			return nil, false
		}
		der := block.Bytes
		//lint:ignore SA1019 workerd reads PEM's legacy encryption (Proc-Type: 4,ENCRYPTED)
		if x509.IsEncryptedPEMBlock(block) { //nolint:staticcheck
			if passphrase == nil {
				return nil, false
			}
			var err error
			//lint:ignore SA1019 as above
			der, err = x509.DecryptPEMBlock(block, passphrase) //nolint:staticcheck
			if err != nil {
				return nil, false
			}
		}
		switch block.Type {
		case "PRIVATE KEY":
			return parsePrivateDER(der, "pkcs8")
		case "ENCRYPTED PRIVATE KEY":
			if passphrase == nil {
				return nil, false
			}
			plain, err := decryptPKCS8(der, passphrase)
			if err != nil {
				return nil, false
			}
			return parsePrivateDER(plain, "pkcs8")
		case "RSA PRIVATE KEY":
			return parsePrivateDER(der, "pkcs1")
		case "EC PRIVATE KEY":
			return parsePrivateDER(der, "sec1")
		}
		return nil, false
	}
	// DER: PKCS #8 (plain, or encrypted with a passphrase), then the type
	// given, as workerd reads it.
	if k, ok := parsePrivateDER(data, "pkcs8"); ok {
		return k, true
	}
	if passphrase != nil {
		if plain, err := decryptPKCS8(data, passphrase); err == nil {
			return parsePrivateDER(plain, "pkcs8")
		}
	}
	if typ == "pkcs1" || typ == "sec1" {
		return parsePrivateDER(data, typ)
	}
	return nil, false
}

func parsePrivateDER(der []byte, typ string) (any, bool) {
	var k any
	var err error
	switch typ {
	case "pkcs8":
		k, err = x509.ParsePKCS8PrivateKey(der)
	case "pkcs1":
		k, err = x509.ParsePKCS1PrivateKey(der)
	case "sec1":
		k, err = x509.ParseECPrivateKey(der)
	}
	if err != nil {
		return nil, false
	}
	return k, true
}

// parsePublic parses a public key (SPKI or PKCS #1, or a certificate's),
// or the public half of a private key, in PEM or DER.
func parsePublic(data []byte, format string) (any, bool) {
	der := data
	if format == "pem" {
		block, _ := pem.Decode(data)
		if block == nil {
			return nil, false
		}
		der = block.Bytes
		switch block.Type {
		case "PUBLIC KEY":
			k, err := x509.ParsePKIXPublicKey(der)
			return k, err == nil
		case "RSA PUBLIC KEY":
			k, err := x509.ParsePKCS1PublicKey(der)
			return k, err == nil
		case "CERTIFICATE":
			c, err := x509.ParseCertificate(der)
			if err != nil {
				return nil, false
			}
			return c.PublicKey, true
		}
		if priv, ok := parsePrivate(data, "pem", "", nil); ok {
			if _, pub, ok := asymmetric(priv); ok {
				return pub, true
			}
		}
		return nil, false
	}
	if k, err := x509.ParsePKIXPublicKey(der); err == nil {
		return k, true
	}
	if k, err := x509.ParsePKCS1PublicKey(der); err == nil {
		return k, true
	}
	if priv, ok := parsePrivate(der, "der", "", nil); ok {
		if _, pub, ok := asymmetric(priv); ok {
			return pub, true
		}
	}
	return nil, false
}

// JSON Web Keys.

func b64u(b []byte) string { return base64.RawURLEncoding.EncodeToString(b) }

func unb64u(s string) ([]byte, bool) {
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		b, err = base64.URLEncoding.DecodeString(s)
	}
	return b, err == nil
}

// jwkOf is the key as a JSON Web Key, in workerd's member order.
// jwkMembers are the members of workerd's JsonWebKey, in its order.
var jwkMembers = [...]string{"kty", "use", "key_ops", "alg", "ext", "crv", "x", "y", "d", "n", "e", "p", "q", "dp", "dq", "qi", "oth", "k", "pub", "priv"}

func jwkOf(rt *goja.Runtime, k *nodeKey) (*goja.Object, string) {
	m := map[string]any{}
	set := func(name, v string) { m[name] = v }
	// workerd's JsonWebKey has every member, undefined when unset, in
	// this order.
	finish := func() *goja.Object {
		o := rt.NewObject()
		for _, name := range jwkMembers {
			v, ok := m[name]
			if !ok {
				v = goja.Undefined()
			}
			_ = o.Set(name, v)
		}
		return o
	}
	if k.kind == "secret" {
		set("kty", "oct")
		m["ext"] = true
		set("k", b64u(k.secret))
		return finish(), ""
	}
	if _, ok := k.pub.(*dhPublic); ok {
		return nil, "Key type is invalid for JWK export"
	}
	switch pub := k.pub.(type) {
	case *rsa.PublicKey:
		set("kty", "RSA")
		if p, ok := k.priv.(*rsa.PrivateKey); ok {
			p.Precompute()
			set("d", b64u(p.D.Bytes()))
			set("n", b64u(pub.N.Bytes()))
			set("e", b64u(big.NewInt(int64(pub.E)).Bytes()))
			set("p", b64u(p.Primes[0].Bytes()))
			set("q", b64u(p.Primes[1].Bytes()))
			set("dp", b64u(p.Precomputed.Dp.Bytes()))
			set("dq", b64u(p.Precomputed.Dq.Bytes()))
			set("qi", b64u(p.Precomputed.Qinv.Bytes()))
			return finish(), ""
		}
		set("n", b64u(pub.N.Bytes()))
		set("e", b64u(big.NewInt(int64(pub.E)).Bytes()))
	case *ecdsa.PublicKey:
		// workerd writes P-224's crv as "" (it has no JWK name for it).
		crv := map[string]string{"prime256v1": "P-256", "secp384r1": "P-384", "secp521r1": "P-521"}[curveName(pub.Curve)]
		size := (pub.Curve.Params().BitSize + 7) / 8
		set("kty", "EC")
		set("crv", crv)
		point, err := pub.Bytes() // 04 || x || y
		if err != nil || len(point) != 1+2*size {
			return nil, "Failed to export key"
		}
		set("x", b64u(point[1:1+size]))
		set("y", b64u(point[1+size:]))
		if p, ok := k.priv.(*ecdsa.PrivateKey); ok {
			d, err := p.Bytes()
			if err != nil {
				return nil, "Failed to export key"
			}
			set("d", b64u(d))
		}
	case ed25519.PublicKey:
		set("kty", "OKP")
		set("alg", "EdDSA")
		set("crv", "Ed25519")
		set("x", b64u(pub))
		if p, ok := k.priv.(ed25519.PrivateKey); ok {
			set("d", b64u(p.Seed()))
		}
	case *ecdh.PublicKey:
		set("kty", "OKP")
		set("crv", "X25519")
		set("x", b64u(pub.Bytes()))
		if p, ok := k.priv.(*ecdh.PrivateKey); ok {
			set("d", b64u(p.Bytes()))
		}
	}
	return finish(), ""
}

// keyFromJWK reads a JSON Web Key; the message is workerd's when it fails.
func keyFromJWK(rt *goja.Runtime, o *goja.Object, private bool) (*nodeKey, string) {
	str := func(name string) (string, bool) {
		v := o.Get(name)
		if v == nil || goja.IsUndefined(v) {
			return "", false
		}
		return v.String(), true
	}
	num := func(name string) ([]byte, bool) {
		s, ok := str(name)
		if !ok {
			return nil, false
		}
		return unb64u(s)
	}
	what := "public"
	if private {
		what = "private"
	}
	notImpl := "JWK " + what + " key import is not implemented for this key type"
	kty, _ := str("kty")
	missing := func(name string) string { return kty + " JWK missing " + name + " parameter" }
	switch kty {
	case "RSA":
		need := []string{"n", "e"}
		if private {
			need = append(need, "d", "p", "q")
		}
		got := map[string][]byte{}
		for _, name := range need {
			b, ok := num(name)
			if !ok {
				return nil, missing(name)
			}
			got[name] = b
		}
		pub := &rsa.PublicKey{N: new(big.Int).SetBytes(got["n"]), E: int(new(big.Int).SetBytes(got["e"]).Int64())}
		if !private {
			return &nodeKey{kind: "public", pub: pub}, ""
		}
		priv := &rsa.PrivateKey{PublicKey: *pub, D: new(big.Int).SetBytes(got["d"]), Primes: []*big.Int{new(big.Int).SetBytes(got["p"]), new(big.Int).SetBytes(got["q"])}}
		if priv.Validate() != nil {
			return nil, "RSA JWK invalid private key"
		}
		priv.Precompute()
		return &nodeKey{kind: "private", priv: priv, pub: &priv.PublicKey}, ""
	case "EC":
		crv, ok := str("crv")
		if !ok {
			return nil, missing("crv")
		}
		c := curveNamed(crv)
		if c == nil {
			return nil, "EC JWK unsupported crv parameter"
		}
		x, ok := num("x")
		if !ok {
			return nil, missing("x")
		}
		y, ok := num("y")
		if !ok {
			return nil, missing("y")
		}
		size := (c.Params().BitSize + 7) / 8
		if len(x) != size || len(y) != size {
			return nil, "EC JWK invalid public key"
		}
		pub, err := ecdsa.ParseUncompressedPublicKey(c, append(append([]byte{4}, x...), y...))
		if err != nil {
			return nil, "EC JWK invalid public key"
		}
		if !private {
			return &nodeKey{kind: "public", pub: pub}, ""
		}
		d, ok := num("d")
		if !ok {
			return nil, missing("d")
		}
		priv, err := ecdsa.ParseRawPrivateKey(c, d)
		if err != nil || !priv.PublicKey.Equal(pub) {
			return nil, "EC JWK invalid private key"
		}
		return &nodeKey{kind: "private", priv: priv, pub: &priv.PublicKey}, ""
	case "OKP":
		crv, ok := str("crv")
		if !ok {
			return nil, missing("crv")
		}
		if crv != "Ed25519" && crv != "X25519" {
			return nil, "OKP JWK unsupported crv parameter"
		}
		x, ok := num("x")
		if !ok {
			return nil, missing("x")
		}
		// A key of the wrong length is no key BoringSSL can import.
		if len(x) != 32 {
			return nil, notImpl
		}
		var d []byte
		if private {
			if d, ok = num("d"); !ok {
				return nil, missing("d")
			}
			if len(d) != 32 {
				return nil, notImpl
			}
		}
		if crv == "Ed25519" {
			if !private {
				return &nodeKey{kind: "public", pub: ed25519.PublicKey(x)}, ""
			}
			p := ed25519.NewKeyFromSeed(d)
			return &nodeKey{kind: "private", priv: p, pub: p.Public()}, ""
		}
		pub, err := ecdh.X25519().NewPublicKey(x)
		if err != nil {
			return nil, notImpl
		}
		if !private {
			return &nodeKey{kind: "public", pub: pub}, ""
		}
		p, err := ecdh.X25519().NewPrivateKey(d)
		if err != nil {
			return nil, notImpl
		}
		return &nodeKey{kind: "private", priv: p, pub: p.PublicKey()}, ""
	}
	return nil, notImpl
}

// equal reports whether two keys of one kind are the same key.
func (k *nodeKey) equal(o *nodeKey) bool {
	if k.kind != o.kind {
		return false
	}
	if k.kind == "secret" {
		return len(k.secret) == len(o.secret) && subtle.ConstantTimeCompare(k.secret, o.secret) == 1
	}
	if k.web != o.web {
		return false
	}
	if a, ok := k.pub.(*dhPublic); ok {
		b, ok := o.pub.(*dhPublic)
		if !ok || a.p.Cmp(b.p) != 0 || a.g.Cmp(b.g) != 0 || a.y.Cmp(b.y) != 0 {
			return false
		}
		if k.kind == "private" {
			return k.priv.(*dhPrivate).x.Cmp(o.priv.(*dhPrivate).x) == 0
		}
		return true
	}
	a, err1 := x509.MarshalPKIXPublicKey(k.pub)
	b, err2 := x509.MarshalPKIXPublicKey(o.pub)
	if err1 != nil || err2 != nil || !bytes.Equal(a, b) {
		return false
	}
	if k.kind == "private" {
		a, err1 = x509.MarshalPKCS8PrivateKey(k.priv)
		b, err2 = x509.MarshalPKCS8PrivateKey(o.priv)
		return err1 == nil && err2 == nil && subtle.ConstantTimeCompare(a, b) == 1
	}
	return true
}

// generateKeyPair makes a key pair of type ("rsa", "ec", "ed25519",
// "x25519"); the message is workerd's when it fails.
func generateKeyPair(typ string, modulus, exponent int, curve string) (*nodeKey, string) {
	switch typ {
	case "rsa":
		if modulus < 1024 || modulus > 16384 {
			// Go's crypto/rsa refuses keys under 1024 bits.
			return nil, "Failed to generate key"
		}
		if exponent < 3 || exponent%2 == 0 {
			return nil, "Failed to generate key"
		}
		p, err := generateRSA(modulus, exponent)
		if err != nil {
			return nil, "Failed to generate key"
		}
		return &nodeKey{kind: "private", priv: p, pub: &p.PublicKey, extractable: true}, ""
	case "ec":
		c := curveNamed(curve)
		if c == nil {
			if opensslCurve(curve) {
				return nil, "Failed to initialize key"
			}
			return nil, "Invalid or unsupported curve"
		}
		p, err := ecdsa.GenerateKey(c, rand.Reader)
		if err != nil {
			return nil, "Failed to generate EC key pair"
		}
		return &nodeKey{kind: "private", priv: p, pub: &p.PublicKey, extractable: true}, ""
	case "ed25519":
		pub, p, err := ed25519.GenerateKey(rand.Reader)
		if err != nil {
			return nil, "Failed to generate Ed25519 key pair"
		}
		return &nodeKey{kind: "private", priv: p, pub: pub, extractable: true}, ""
	case "x25519":
		p, err := ecdh.X25519().GenerateKey(rand.Reader)
		if err != nil {
			return nil, "Failed to generate X25519 key pair"
		}
		return &nodeKey{kind: "private", priv: p, pub: p.PublicKey(), extractable: true}, ""
	}
	return nil, "Unsupported key type"
}

// generateRSA makes an RSA key of bits bits with public exponent e:
// rsa.GenerateKey's for 65537, two random primes of half the size each
// for another exponent (which rsa.GenerateKey does not take).
func generateRSA(bits, e int) (*rsa.PrivateKey, error) {
	return wcrypto.GenerateRSA(bits, e)
}
