package node

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/asn1"
	"encoding/pem"
	"math/big"
	"strings"

	"github.com/dop251/goja"
	"golang.org/x/crypto/scrypt"

	"github.com/mcrepl/mcrepl/internal/gojaprops"
	wcrypto "github.com/mcrepl/mcrepl/worker/crypto"
)

// node:crypto's key objects, signatures, ciphers, RSA encryption and
// scrypt: the binding functions js/crypto.js calls. The JS side checks the
// arguments as workerd's TypeScript does; what is thrown here is what
// workerd's C++ throws, with its messages.

// installNCrypto adds them to the binding b.
func installNCrypto(s *state, b *goja.Object) {
	rt := s.env.RT
	in := s.env.Intrinsics()
	set := func(name string, f func(goja.FunctionCall) goja.Value) { _ = b.Set(name, s.env.Realm.Func(name, 0, f)) }
	buffer := func(p []byte) goja.Value { return rt.ToValue(rt.NewArrayBuffer(p)) }
	fail := func(ctor *goja.Object, msg string) { panic(in.NewError(rt, ctor, msg)) }
	keyOf := func(v goja.Value) *nodeKey {
		k, ok := gojaprops.Export(v).(*nodeKey)
		if !ok {
			fail(in.TypeError, "Invalid key object")
		}
		return k
	}
	handle := func(k *nodeKey) goja.Value { return rt.ToValue(k) }
	optBytes := func(v goja.Value) []byte {
		if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
			return nil
		}
		return append([]byte{}, cryptoBytes(rt, v)...)
	}

	set("keySecret", func(call goja.FunctionCall) goja.Value {
		return handle(&nodeKey{kind: "secret", secret: append([]byte{}, cryptoBytes(rt, call.Argument(0))...), extractable: true})
	})
	// keyParse(kind, data, format, type, passphrase) -> a private or public
	// key from PEM, DER or a JWK object.
	set("keyParse", func(call goja.FunctionCall) goja.Value {
		private := call.Argument(0).String() == "private"
		format := call.Argument(2).String()
		if format == "jwk" {
			o, _ := call.Argument(1).(*goja.Object)
			k, msg := keyFromJWK(rt, o, private)
			if k == nil {
				fail(in.Error, msg)
			}
			k.extractable = true
			return handle(k)
		}
		data := cryptoBytes(rt, call.Argument(1))
		typ := ""
		if v := call.Argument(3); !goja.IsUndefined(v) {
			typ = v.String()
		}
		if private {
			if p, ok := parsePrivate(data, format, typ, optBytes(call.Argument(4))); ok {
				if priv, pub, ok := asymmetric(p); ok {
					return handle(&nodeKey{kind: "private", priv: priv, pub: pub, extractable: true})
				}
			}
			fail(in.Error, "Failed to parse private key")
		}
		if p, ok := parsePublic(data, format); ok {
			if pub, ok := publicOnly(p); ok {
				return handle(&nodeKey{kind: "public", pub: pub, extractable: true})
			}
		}
		fail(in.Error, "Failed to parse public key")
		return nil
	})
	// keyBytes(key) -> a secret key's bytes, extractable or not (for HMAC).
	set("keyBytes", func(call goja.FunctionCall) goja.Value {
		return buffer(append([]byte{}, keyOf(call.Argument(0)).secret...))
	})
	set("keyPublicOf", func(call goja.FunctionCall) goja.Value {
		k := keyOf(call.Argument(0))
		if k.web {
			fail(in.Error, "Failed to derive public key from private key")
		}
		return handle(&nodeKey{kind: "public", pub: k.pub, extractable: true})
	})
	// keyFromCryptoKey(cryptoKey) -> the key of a CryptoKey, or null.
	set("keyFromCryptoKey", func(call goja.FunctionCall) goja.Value {
		m, ok := wcrypto.Material(s.env, call.Argument(0))
		if !ok {
			return goja.Null()
		}
		k := &nodeKey{kind: m.Type, secret: m.Secret, extractable: m.Extractable, web: true}
		switch m.Type {
		case "private":
			priv, pub, ok := asymmetric(m.Private)
			if !ok {
				return goja.Null()
			}
			k.priv, k.pub = priv, pub
		case "public":
			pub, ok := publicOnly(m.Public)
			if !ok {
				return goja.Null()
			}
			k.pub = pub
		}
		return handle(k)
	})
	// keyToCryptoKey(key, algorithm, extractable, usages) -> a CryptoKey.
	set("keyToCryptoKey", func(call goja.FunctionCall) goja.Value {
		k := keyOf(call.Argument(0))
		format, data := "raw", k.secret
		var err error
		switch k.kind {
		case "private":
			format = "pkcs8"
			data, err = x509.MarshalPKCS8PrivateKey(k.priv)
		case "public":
			format = "spki"
			data, err = x509.MarshalPKIXPublicKey(k.pub)
		}
		if err != nil {
			fail(in.Error, "Failed to export key")
		}
		u8 := in.NewUint8Array(rt, rt.NewArrayBuffer(data))
		return wcrypto.ImportKey(s.env, format, u8, call.Argument(1), call.Argument(2).ToBoolean(), call.Argument(3))
	})
	// keyInfo(key) -> [type, asymmetricKeyType, modulusLength,
	// publicExponent (ArrayBuffer), namedCurve, symmetricKeySize].
	set("keyInfo", func(call goja.FunctionCall) goja.Value {
		k := keyOf(call.Argument(0))
		info := []any{k.kind, k.asymmetricType(), goja.Undefined(), goja.Undefined(), goja.Undefined(), len(k.secret)}
		switch p := k.pub.(type) {
		case *rsa.PublicKey:
			info[2] = p.N.BitLen()
			info[3] = rt.NewArrayBuffer(big.NewInt(int64(p.E)).Bytes())
		case *ecdsa.PublicKey:
			info[4] = curveName(p.Curve)
		}
		return rt.ToValue(info)
	})
	set("keyEquals", func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(keyOf(call.Argument(0)).equal(keyOf(call.Argument(1))))
	})
	// keyExport(key, format, type, cipher, passphrase) -> bytes, a PEM
	// string or a JWK object.
	set("keyExport", func(call goja.FunctionCall) goja.Value {
		k := keyOf(call.Argument(0))
		if !k.extractable {
			fail(in.TypeError, "Unable to export non-extractable key")
		}
		format := call.Argument(1).String()
		typ := ""
		if v := call.Argument(2); !goja.IsUndefined(v) {
			typ = v.String()
		}
		if k.kind == "secret" {
			switch format {
			case "buffer":
				return buffer(append([]byte{}, k.secret...))
			case "jwk":
				o, _ := jwkOf(rt, k)
				return o
			}
			fail(in.TypeError, "Invalid format for secret key export: "+format)
		}
		if format == "jwk" {
			o, msg := jwkOf(rt, k)
			if o == nil {
				fail(in.Error, msg)
			}
			return o
		}
		if typ == "" {
			fail(in.TypeError, "Missing type option")
		}
		if format != "pem" && format != "der" {
			fail(in.Error, "Invalid key format")
		}
		cipherName := ""
		if v := call.Argument(3); !goja.IsUndefined(v) {
			cipherName = v.String()
		}
		der, blockType, msg := exportDER(k, typ, cipherName != "")
		if msg != "" {
			if strings.HasPrefix(msg, "The selected key encoding") {
				panic(nodeError(rt, in.Error, "ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS", msg))
			}
			fail(in.Error, msg)
		}
		var block *pem.Block
		if cipherName != "" {
			pass := cryptoBytes(rt, call.Argument(4))
			if typ == "pkcs8" {
				oid := pkcs8Cipher(strings.ToLower(cipherName))
				if oid == nil {
					fail(in.Error, "Unknown cipher")
				}
				enc, err := encryptPKCS8(der, oid, pass)
				if err != nil {
					fail(in.Error, "Failed to encrypt private key")
				}
				der, blockType = enc, "ENCRYPTED PRIVATE KEY"
			} else {
				if format == "der" {
					panic(nodeError(rt, in.Error, "ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS", "The selected key encoding "+typ+" does not support encryption."))
				}
				alg, ok := pemCipher(strings.ToLower(cipherName))
				if !ok {
					fail(in.Error, "Unknown cipher")
				}
				var err error
				//lint:ignore SA1019 workerd writes PEM's legacy encryption for pkcs1 and sec1
				block, err = x509.EncryptPEMBlock(rand.Reader, blockType, der, pass, alg) //nolint:staticcheck
				if err != nil {
					fail(in.Error, "Failed to encrypt private key")
				}
				// OpenSSL writes the IV in upper case.
				if alg, iv, ok := strings.Cut(block.Headers["DEK-Info"], ","); ok {
					block.Headers["DEK-Info"] = alg + "," + strings.ToUpper(iv)
				}
			}
		}
		if format == "der" {
			return buffer(der)
		}
		if block == nil {
			block = &pem.Block{Type: blockType, Bytes: der}
		}
		return rt.ToValue(string(pem.EncodeToMemory(block)))
	})
	// keyGeneratePair(type, modulusLength, publicExponent, namedCurve) ->
	// [public, private].
	// keyGenerateDH(group | prime, generator) -> [public, private] of a DH
	// key pair in an RFC 3526 group or the prime's group.
	set("keyGenerateDH", func(call goja.FunctionCall) goja.Value {
		var p, g *big.Int
		if o, ok := call.Argument(0).(*goja.Object); ok {
			p = new(big.Int).SetBytes(cryptoBytes(rt, o))
			g = big.NewInt(2)
			if v := call.Argument(1); !goja.IsUndefined(v) && !goja.IsNull(v) {
				g = big.NewInt(v.ToInteger())
			}
		} else {
			grp, ok := modpGroups[call.Argument(0).String()]
			if !ok {
				fail(in.Error, "Invalid or unsupported group")
			}
			p, g = modpPrime(grp[0], grp[1]), big.NewInt(2)
		}
		k, ok := newDHKey(p, g)
		if !ok {
			fail(in.Error, "Failed to generate key")
		}
		return rt.ToValue([]any{&nodeKey{kind: "public", pub: k.pub, extractable: true}, k})
	})
	set("keyGeneratePair", func(call goja.FunctionCall) goja.Value {
		k, msg := generateKeyPair(call.Argument(0).String(), int(call.Argument(1).ToInteger()), int(call.Argument(2).ToInteger()), call.Argument(3).String())
		if k == nil {
			fail(in.Error, msg)
		}
		return rt.ToValue([]any{&nodeKey{kind: "public", pub: k.pub, extractable: true}, k})
	})
	installSign(s, set, keyOf, fail)
	installCipher(s, set, keyOf, fail)
	installDH(s, set, keyOf, fail)
	installX509(s, set, keyOf, fail)
	// scrypt(password, salt, N, r, p, maxmem, keylen) -> ArrayBuffer.
	set("scrypt", func(call goja.FunctionCall) goja.Value {
		n, r, p := call.Argument(2).ToInteger(), call.Argument(3).ToInteger(), call.Argument(4).ToInteger()
		maxmem, keylen := call.Argument(5).ToFloat(), int(call.Argument(6).ToInteger())
		if n >= 1<<20 {
			fail(in.RangeError, "Scrypt failed: cost exceeds maximum (1048576).")
		}
		// OpenSSL's limit: 128 * N * r (the V array) plus 128 * r * p (B)
		// must stay under maxmem.
		if n < 2 || n&(n-1) != 0 || r < 1 || p < 1 || float64(128*r*(n+p+2)) > maxmem {
			fail(in.Error, "Scrypt failed")
		}
		if keylen == 0 {
			// scrypt.Key panics on a zero length; the key is empty.
			return buffer([]byte{})
		}
		key, err := scrypt.Key(cryptoBytes(rt, call.Argument(0)), cryptoBytes(rt, call.Argument(1)), int(n), int(r), int(p), keylen)
		if err != nil {
			fail(in.Error, "Scrypt failed")
		}
		return buffer(key)
	})
}

// nodeError is an error of ctor with Node's code property.
func nodeError(rt *goja.Runtime, ctor *goja.Object, code, msg string) *goja.Object {
	o, err := rt.New(ctor, rt.ToValue(msg))
	if err != nil {
		return rt.NewTypeError("%s", msg)
	}
	_ = o.Set("code", code)
	return o
}

// exportDER is the key's DER in encoding typ and its PEM block type; the
// message is workerd's when the encoding does not fit the key.
func exportDER(k *nodeKey, typ string, encrypted bool) ([]byte, string, string) {
	var der []byte
	var err error
	if _, ok := k.pub.(*dhPublic); ok {
		// workerd exports no DH key, in any encoding.
		return nil, "", "Failed to export key"
	}
	if k.kind == "public" {
		switch typ {
		case "spki":
			der, err = x509.MarshalPKIXPublicKey(k.pub)
			return der, "PUBLIC KEY", errMsg(err)
		case "pkcs1":
			p, ok := k.pub.(*rsa.PublicKey)
			if !ok {
				return nil, "", "PKCS1 can only be used for RSA keys"
			}
			return x509.MarshalPKCS1PublicKey(p), "RSA PUBLIC KEY", ""
		case "sec1":
			// An EC public key's sec1 is its SPKI, as workerd writes it.
			if _, ok := k.pub.(*ecdsa.PublicKey); !ok {
				return nil, "", "SEC1 can only be used for EC keys"
			}
			der, err = x509.MarshalPKIXPublicKey(k.pub)
			return der, "PUBLIC KEY", errMsg(err)
		}
		return nil, "", "Invalid key encoding"
	}
	switch typ {
	case "pkcs8":
		der, err = x509.MarshalPKCS8PrivateKey(k.priv)
		return der, "PRIVATE KEY", errMsg(err)
	case "pkcs1":
		p, ok := k.priv.(*rsa.PrivateKey)
		if !ok {
			return nil, "", "The selected key encoding pkcs1 can only be used for RSA keys."
		}
		return x509.MarshalPKCS1PrivateKey(p), "RSA PRIVATE KEY", ""
	case "sec1":
		p, ok := k.priv.(*ecdsa.PrivateKey)
		if !ok {
			return nil, "", "The selected key encoding sec1 can only be used for EC keys."
		}
		der, err = x509.MarshalECPrivateKey(p)
		return der, "EC PRIVATE KEY", errMsg(err)
	}
	return nil, "", "Invalid key encoding"
}

func errMsg(err error) string {
	if err != nil {
		return "Failed to export key"
	}
	return ""
}

// pemCipher is a legacy PEM encryption cipher by Node's name.
func pemCipher(name string) (x509.PEMCipher, bool) {
	switch name {
	case "aes-128-cbc", "aes128":
		return x509.PEMCipherAES128, true
	case "aes-192-cbc", "aes192":
		return x509.PEMCipherAES192, true
	case "aes-256-cbc", "aes256":
		return x509.PEMCipherAES256, true
	case "des-ede3-cbc", "des3":
		return x509.PEMCipher3DES, true
	case "des-cbc":
		return x509.PEMCipherDES, true
	}
	return 0, false
}

// Signatures.

// signHash is the crypto.Hash of a digest name, 0 for none.
func signHash(name string) crypto.Hash {
	switch strings.ToLower(name) {
	case "md5", "rsa-md5":
		return crypto.MD5
	case "sha1", "rsa-sha1", "sha-1":
		return crypto.SHA1
	case "sha224", "rsa-sha224", "sha-224":
		return crypto.SHA224
	case "sha256", "rsa-sha256", "sha-256":
		return crypto.SHA256
	case "sha384", "rsa-sha384", "sha-384":
		return crypto.SHA384
	case "sha512", "rsa-sha512", "sha-512":
		return crypto.SHA512
	case "sha512-256":
		return crypto.SHA512_256
	}
	return 0
}

const (
	rsaPKCS1Padding   = 1
	rsaNoPadding      = 3
	rsaOAEPPadding    = 4
	rsaPSSPadding     = 6
	pssSaltLenDigest  = -1
	pssSaltLenMaxSign = -2
	pssSaltLenAuto    = -2
)

type ecdsaSig struct{ R, S *big.Int }

// signing is how a signature is asked for: one-shot (crypto.sign, which
// ignores padding and saltLength as workerd does) or through a Sign or
// Verify object; the failure messages differ between the two, as
// BoringSSL's do.
type signing struct {
	stream     bool
	padding    int // -100: not given
	saltLength int // -100: not given
	p1363      bool
}

// digestRefused is the message for a digest the key's algorithm does not
// take in BoringSSL (ECDSA with MD5 or SHA-512/256), "" when it takes it.
func (o signing) digestRefused(k *nodeKey, h crypto.Hash) string {
	if _, ok := k.pub.(*ecdsa.PublicKey); ok && (h == crypto.MD5 || h == crypto.SHA512_256) {
		if o.stream {
			return "Failed to set signature digest"
		}
		return "Failed to initialize signing context"
	}
	return ""
}

// pssSalt is the salt length of an RSA-PSS signature with options o.
func (o signing) pssSalt() int {
	switch {
	case o.saltLength == pssSaltLenDigest:
		return rsa.PSSSaltLengthEqualsHash
	case o.saltLength >= 0:
		return o.saltLength
	}
	return rsa.PSSSaltLengthAuto
}

// rsaPadding is the padding of an RSA signature: PKCS #1 v1.5 unless a
// Sign or Verify object was given RSA_PKCS1_PSS_PADDING; the message for
// one it refuses.
func (o signing) rsaPadding() (int, string) {
	if !o.stream || o.padding == -100 || o.padding == rsaPKCS1Padding {
		return rsaPKCS1Padding, ""
	}
	switch o.padding {
	case rsaPSSPadding:
		return rsaPSSPadding, ""
	case rsaNoPadding:
		return 0, "Failed to set signature digest"
	}
	return 0, "Failed to set RSA parameters for signature"
}

// signWith signs data (a digest when h != 0, the message for Ed25519).
func signWith(k *nodeKey, h crypto.Hash, data []byte, o signing) ([]byte, string) {
	if msg := o.digestRefused(k, h); msg != "" {
		return nil, msg
	}
	switch p := k.priv.(type) {
	case *rsa.PrivateKey:
		if h == 0 {
			return nil, "Failed to initialize signing context"
		}
		if h == crypto.SHA512_256 {
			// BoringSSL has no PKCS #1 DigestInfo for SHA-512/256: a Sign
			// object fails, crypto.sign returns no bytes.
			if o.stream {
				return nil, "Failed to generate signature"
			}
			return []byte{}, ""
		}
		padding, msg := o.rsaPadding()
		if msg != "" {
			return nil, msg
		}
		if padding == rsaPSSPadding {
			salt := o.pssSalt()
			if salt == 0 && o.saltLength == 0 {
				return signPSSNoSalt(p, h, data)
			}
			sig, err := rsa.SignPSS(rand.Reader, p, h, data, &rsa.PSSOptions{SaltLength: salt, Hash: h})
			if err != nil {
				return nil, "Failed to generate signature"
			}
			return sig, ""
		}
		sig, err := rsa.SignPKCS1v15(nil, p, h, data)
		if err != nil {
			return nil, "Failed to generate signature"
		}
		return sig, ""
	case *ecdsa.PrivateKey:
		if h == 0 {
			return nil, "Failed to initialize signing context"
		}
		sig, err := ecdsa.SignASN1(rand.Reader, p, data)
		if err != nil {
			return nil, "Failed to generate signature"
		}
		if o.p1363 {
			var rs ecdsaSig
			if _, err := asn1.Unmarshal(sig, &rs); err != nil {
				return nil, "Failed to generate signature"
			}
			n := (p.Curve.Params().BitSize + 7) / 8
			out := make([]byte, 2*n)
			rs.R.FillBytes(out[:n])
			rs.S.FillBytes(out[n:])
			return out, ""
		}
		return sig, ""
	case ed25519.PrivateKey:
		if h != 0 {
			return nil, "Failed to initialize signing context"
		}
		return ed25519.Sign(p, data), ""
	}
	return nil, "Failed to initialize signing context"
}

// signPSSNoSalt is RSASSA-PSS with an empty salt (RFC 8017 section 9.1.1
// with sLen 0), which rsa.SignPSS cannot make (its SaltLength 0 means
// "as long as fits").
func signPSSNoSalt(p *rsa.PrivateKey, h crypto.Hash, digest []byte) ([]byte, string) {
	emBits := p.N.BitLen() - 1
	emLen := (emBits + 7) / 8
	hLen := h.Size()
	if emLen < hLen+2 {
		return nil, "Failed to generate signature"
	}
	// M' = 8 zero bytes || mHash; H = Hash(M')
	hh := h.New()
	hh.Write(make([]byte, 8))
	hh.Write(digest)
	H := hh.Sum(nil)
	// DB = PS || 0x01 (no salt); maskedDB = DB xor MGF1(H)
	db := make([]byte, emLen-hLen-1)
	db[len(db)-1] = 1
	var counter [4]byte
	for done := 0; done < len(db); {
		m := h.New()
		m.Write(H)
		m.Write(counter[:])
		for _, b := range m.Sum(nil) {
			if done == len(db) {
				break
			}
			db[done] ^= b
			done++
		}
		for i := 3; i >= 0; i-- {
			if counter[i]++; counter[i] != 0 {
				break
			}
		}
	}
	db[0] &= 0xff >> (8*emLen - emBits)
	em := append(append(db, H...), 0xbc)
	m := new(big.Int).SetBytes(em)
	p.Precompute()
	return new(big.Int).Exp(m, p.D, p.N).FillBytes(make([]byte, (p.N.BitLen()+7)/8)), ""
}

func verifyWith(k *nodeKey, h crypto.Hash, data, sig []byte, o signing) (bool, string) {
	if k.kind == "secret" {
		return false, "Invalid key for verification operation"
	}
	if msg := o.digestRefused(k, h); msg != "" {
		return false, strings.Replace(msg, "signing", "verification", 1)
	}
	switch p := k.pub.(type) {
	case *rsa.PublicKey:
		if h == 0 {
			return false, "Failed to initialize verification context"
		}
		if h == crypto.SHA512_256 {
			return false, ""
		}
		padding, msg := o.rsaPadding()
		if msg != "" {
			return false, msg
		}
		if padding == rsaPSSPadding {
			return rsa.VerifyPSS(p, h, data, sig, &rsa.PSSOptions{SaltLength: o.pssSalt(), Hash: h}) == nil, ""
		}
		return rsa.VerifyPKCS1v15(p, h, data, sig) == nil, ""
	case *ecdsa.PublicKey:
		if h == 0 {
			return false, "Failed to initialize verification context"
		}
		if o.p1363 {
			n := (p.Curve.Params().BitSize + 7) / 8
			if len(sig) != 2*n {
				return false, ""
			}
			r, s := new(big.Int).SetBytes(sig[:n]), new(big.Int).SetBytes(sig[n:])
			return ecdsa.Verify(p, data, r, s), ""
		}
		return ecdsa.VerifyASN1(p, data, sig), ""
	case ed25519.PublicKey:
		if h != 0 {
			return false, "Failed to initialize verification context"
		}
		return len(sig) == ed25519.SignatureSize && ed25519.Verify(p, data, sig), ""
	}
	return false, "Failed to initialize verification context"
}

// cryptoBytes is bytesOf for an argument that may be any value: nil for
// one that is no ArrayBuffer or view.
func cryptoBytes(rt *goja.Runtime, v goja.Value) []byte {
	if !isBufferSource(v) {
		return nil
	}
	return bytesOf(rt, v)
}

// isBufferSource reports whether v is an ArrayBuffer or a view of one.
func isBufferSource(v goja.Value) bool {
	o, ok := v.(*goja.Object)
	if !ok {
		return false
	}
	if _, ok := gojaprops.Export(o).(goja.ArrayBuffer); ok {
		return true
	}
	b := o.Get("buffer")
	if b == nil {
		return false
	}
	_, ok = gojaprops.Export(b).(goja.ArrayBuffer)
	return ok
}

// signState is a Sign or Verify object's Go side: its digest so far.
type signState struct {
	h    crypto.Hash
	st   *hashState
	done bool
}

func installSign(s *state, set func(string, func(goja.FunctionCall) goja.Value), keyOf func(goja.Value) *nodeKey, fail func(*goja.Object, string)) {
	rt := s.env.RT
	in := s.env.Intrinsics()
	intArg := func(v goja.Value) int {
		if goja.IsUndefined(v) {
			return -100
		}
		return int(v.ToInteger())
	}
	digest := func(name string) crypto.Hash {
		h := signHash(name)
		if h == 0 || !h.Available() {
			fail(in.Error, "Unknown digest: "+name)
		}
		return h
	}
	hashOf := func(h crypto.Hash, data []byte) []byte {
		d := h.New()
		d.Write(data)
		return d.Sum(nil)
	}
	// signOneShot(key, algorithm|undefined, data, padding, saltLength, p1363).
	set("signOneShot", func(call goja.FunctionCall) goja.Value {
		k := keyOf(call.Argument(0))
		data := cryptoBytes(rt, call.Argument(2))
		var h crypto.Hash
		if a := call.Argument(1); !goja.IsUndefined(a) {
			h = digest(a.String())
			data = hashOf(h, data)
		}
		sig, msg := signWith(k, h, data, signing{padding: -100, saltLength: -100, p1363: call.Argument(5).ToInteger() == 1})
		if msg != "" {
			fail(in.Error, msg)
		}
		return rt.ToValue(rt.NewArrayBuffer(sig))
	})
	set("verifyOneShot", func(call goja.FunctionCall) goja.Value {
		k := keyOf(call.Argument(0))
		data := cryptoBytes(rt, call.Argument(2))
		var h crypto.Hash
		if a := call.Argument(1); !goja.IsUndefined(a) {
			h = digest(a.String())
			data = hashOf(h, data)
		}
		ok, msg := verifyWith(k, h, data, cryptoBytes(rt, call.Argument(3)), signing{padding: -100, saltLength: -100, p1363: call.Argument(6).ToInteger() == 1})
		if msg != "" {
			fail(in.Error, msg)
		}
		return rt.ToValue(ok)
	})
	// signNew(algorithm) -> a Sign or Verify handle.
	set("signNew", func(call goja.FunctionCall) goja.Value {
		h := digest(call.Argument(0).String())
		return rt.ToValue(&signState{h: h, st: &hashState{h: h.New(), mk: h.New}})
	})
	stateArg := func(v goja.Value, what string) *signState {
		st, ok := gojaprops.Export(v).(*signState)
		if !ok {
			fail(in.TypeError, "Illegal invocation")
		}
		if st.done {
			fail(in.Error, what+" context has already been finalized")
		}
		return st
	}
	// signUpdate(state, data, what) with what "Signing" or "Verification".
	set("signUpdate", func(call goja.FunctionCall) goja.Value {
		st := stateArg(call.Argument(0), call.Argument(2).String())
		st.st.h.Write(cryptoBytes(rt, call.Argument(1)))
		return goja.Undefined()
	})
	// signFinal(state, key, padding, saltLength, p1363).
	set("signFinal", func(call goja.FunctionCall) goja.Value {
		st := stateArg(call.Argument(0), "Signing")
		k := keyOf(call.Argument(1))
		if _, ok := k.priv.(ed25519.PrivateKey); ok {
			fail(in.Error, "Failed to set signature digest")
		}
		st.done = true
		sig, msg := signWith(k, st.h, st.st.h.Sum(nil), signing{stream: true, padding: intArg(call.Argument(2)), saltLength: intArg(call.Argument(3)), p1363: call.Argument(4).ToInteger() == 1})
		if msg != "" {
			fail(in.Error, msg)
		}
		return rt.ToValue(rt.NewArrayBuffer(sig))
	})
	// verifyFinal(state, key, signature, padding, saltLength, p1363).
	set("verifyFinal", func(call goja.FunctionCall) goja.Value {
		st := stateArg(call.Argument(0), "Verification")
		k := keyOf(call.Argument(1))
		if !isBufferSource(call.Argument(2)) {
			fail(in.TypeError, "Failed to execute 'verify' on 'VerifyHandle': parameter 2 is not of type 'BufferSource'.")
		}
		if _, ok := k.pub.(ed25519.PublicKey); ok {
			fail(in.Error, "Unsupported operation for this key")
		}
		st.done = true
		ok, msg := verifyWith(k, st.h, st.st.h.Sum(nil), cryptoBytes(rt, call.Argument(2)), signing{stream: true, padding: intArg(call.Argument(3)), saltLength: intArg(call.Argument(4)), p1363: call.Argument(5).ToInteger() == 1})
		if msg != "" {
			fail(in.Error, msg)
		}
		return rt.ToValue(ok)
	})
}
