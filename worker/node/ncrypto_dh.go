package node

import (
	"crypto/ecdh"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/base64"
	"encoding/pem"
	"math/big"
	"strings"
	"sync"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/internal/gojaprops"
)

// node:crypto's key agreements: ECDH objects (createECDH), the stateless
// diffieHellman({ privateKey, publicKey }) of EC and X25519 key objects,
// finite-field DiffieHellman (createDiffieHellman, getDiffieHellman's RFC
// 3526 groups), and checkPrime and generatePrime.

// ecdhState is an ECDH object's Go side: its curve and key pair.
type ecdhState struct {
	curve elliptic.Curve
	priv  *ecdsa.PrivateKey
}

// pointSize is the byte length of a coordinate of c.
func pointSize(c elliptic.Curve) int { return (c.Params().BitSize + 7) / 8 }

// encodePoint writes an uncompressed point (04 || x || y) in format.
func encodePoint(uncompressed []byte, format string) ([]byte, bool) {
	switch format {
	case "uncompressed":
		return uncompressed, true
	case "compressed":
		n := (len(uncompressed) - 1) / 2
		out := make([]byte, 1+n)
		out[0] = 2 | uncompressed[len(uncompressed)-1]&1
		copy(out[1:], uncompressed[1:1+n])
		return out, true
	}
	// hybrid: workerd (BoringSSL) has no such encoding.
	return nil, false
}

// decodePoint reads a public point of c in any encoding as an ecdsa key.
func decodePoint(c elliptic.Curve, b []byte) (*ecdsa.PublicKey, bool) {
	n := pointSize(c)
	if len(b) == 1+n && (b[0] == 2 || b[0] == 3) {
		x, y := elliptic.UnmarshalCompressed(c, b)
		if x == nil {
			return nil, false
		}
		b = make([]byte, 1+2*n)
		b[0] = 4
		x.FillBytes(b[1 : 1+n])
		y.FillBytes(b[1+n:])
	}
	pub, err := ecdsa.ParseUncompressedPublicKey(c, b)
	return pub, err == nil
}

// ecdhSecret is the x coordinate of priv·pub.
func ecdhSecret(priv *ecdsa.PrivateKey, pub *ecdsa.PublicKey) ([]byte, bool) {
	if priv.Curve == elliptic.P224() {
		// crypto/ecdh has no P-224; crypto/elliptic's generic scalar
		// multiplication does the same for it.
		d, err := priv.Bytes()
		if err != nil {
			return nil, false
		}
		raw, err := pub.Bytes()
		if err != nil {
			return nil, false
		}
		n := pointSize(priv.Curve)
		//lint:ignore SA1019 secp224r1 is one of workerd's ECDH curves; crypto/ecdh lacks it
		x, _ := priv.Curve.ScalarMult(new(big.Int).SetBytes(raw[1:1+n]), new(big.Int).SetBytes(raw[1+n:]), d) //nolint:staticcheck
		return x.FillBytes(make([]byte, n)), true
	}
	a, err1 := priv.ECDH()
	b, err2 := pub.ECDH()
	if err1 != nil || err2 != nil {
		return nil, false
	}
	s, err := a.ECDH(b)
	return s, err == nil
}

// dhState is a DiffieHellman or DiffieHellmanGroup object's Go side.
type dhState struct {
	p, g      *big.Int
	priv, pub *big.Int
	verify    int // DH_check's flags, -1 until verifyError is read
}

// OpenSSL's DH_check flags, node:crypto's constants.DH_*.
const (
	dhPNotPrime           = 1
	dhPNotSafePrime       = 2
	dhUnableToCheckGen    = 4
	dhNotSuitableGenerate = 8
)

// dhCheck is OpenSSL's DH_check of p and g: verifyError.
func dhCheck(p, g *big.Int) int {
	v := 0
	switch {
	case g.Cmp(big.NewInt(2)) == 0:
		if new(big.Int).Mod(p, big.NewInt(24)).Int64() != 11 {
			v |= dhNotSuitableGenerate
		}
	case g.Cmp(big.NewInt(5)) == 0:
		if m := new(big.Int).Mod(p, big.NewInt(10)).Int64(); m != 3 && m != 7 {
			v |= dhNotSuitableGenerate
		}
	default:
		v |= dhUnableToCheckGen
	}
	if !p.ProbablyPrime(20) {
		v |= dhPNotPrime
	} else if q := new(big.Int).Rsh(p, 1); !q.ProbablyPrime(20) {
		v |= dhPNotSafePrime
	}
	return v
}

// modpGroups are RFC 3526's groups workerd offers, by name: their bit
// sizes and the k of p = 2^n - 2^(n-64) - 1 + 2^64 * (floor(2^(n-130) pi) + k).
var modpGroups = map[string][2]int{
	"modp14": {2048, 124476}, "modp15": {3072, 1690314}, "modp16": {4096, 240904},
	"modp17": {6144, 929484}, "modp18": {8192, 4743158},
}

var (
	modpOnce sync.Once
	modpPi   *big.Float // pi to 8192+ bits
)

// modpPrime computes an RFC 3526 prime from its formula (section 2 and on).
func modpPrime(n, k int) *big.Int {
	modpOnce.Do(func() { modpPi = machinPi(8400) })
	// floor(2^(n-130) * pi)
	f := new(big.Float).SetPrec(8400).SetMantExp(modpPi, n-130)
	fl, _ := f.Int(nil)
	fl.Add(fl, big.NewInt(int64(k)))
	fl.Lsh(fl, 64)
	p := new(big.Int).Lsh(big.NewInt(1), uint(n))
	p.Sub(p, new(big.Int).Lsh(big.NewInt(1), uint(n-64)))
	p.Sub(p, big.NewInt(1))
	return p.Add(p, fl)
}

// machinPi is pi = 16 atan(1/5) - 4 atan(1/239) to prec bits.
func machinPi(prec uint) *big.Float {
	atanInv := func(x int64) *big.Float {
		sum := new(big.Float).SetPrec(prec)
		xf := new(big.Float).SetPrec(prec).SetInt64(x)
		x2 := new(big.Float).SetPrec(prec).Mul(xf, xf)
		term := new(big.Float).SetPrec(prec).Quo(big.NewFloat(1).SetPrec(prec), xf) // 1/x^(2i+1)
		eps := new(big.Float).SetMantExp(big.NewFloat(1), -int(prec))
		for i := int64(0); ; i++ {
			t := new(big.Float).SetPrec(prec).Quo(term, new(big.Float).SetPrec(prec).SetInt64(2*i+1))
			if i%2 == 0 {
				sum.Add(sum, t)
			} else {
				sum.Sub(sum, t)
			}
			if t.Cmp(eps) < 0 {
				return sum
			}
			term.Quo(term, x2)
		}
	}
	a := new(big.Float).SetPrec(prec).Mul(big.NewFloat(16).SetPrec(prec), atanInv(5))
	b := new(big.Float).SetPrec(prec).Mul(big.NewFloat(4).SetPrec(prec), atanInv(239))
	return a.Sub(a, b)
}

// safePrime generates a safe prime of bits bits with p = 11 mod 24, as
// OpenSSL's DH parameters for generator 2 are.
func safePrime(bits int) (*big.Int, error) {
	for {
		q, err := rand.Prime(rand.Reader, bits-1)
		if err != nil {
			return nil, err
		}
		if new(big.Int).Mod(q, big.NewInt(12)).Int64() != 5 {
			continue
		}
		p := new(big.Int).Lsh(q, 1)
		p.SetBit(p, 0, 1)
		if p.ProbablyPrime(20) {
			return p, nil
		}
	}
}

func installDH(s *state, set func(string, func(goja.FunctionCall) goja.Value), keyOf func(goja.Value) *nodeKey, fail func(*goja.Object, string)) {
	rt := s.env.RT
	in := s.env.Intrinsics()
	buffer := func(p []byte) goja.Value { return rt.ToValue(rt.NewArrayBuffer(p)) }
	ecdhOf := func(v goja.Value) *ecdhState {
		e, ok := gojaprops.Export(v).(*ecdhState)
		if !ok {
			fail(in.TypeError, "Illegal invocation")
		}
		return e
	}
	set("ecdhNew", func(call goja.FunctionCall) goja.Value {
		var c elliptic.Curve
		switch call.Argument(0).String() {
		case "secp224r1":
			c = elliptic.P224()
		case "prime256v1", "secp256r1":
			c = elliptic.P256()
		case "secp384r1":
			c = elliptic.P384()
		case "secp521r1":
			c = elliptic.P521()
		default:
			if opensslCurve(call.Argument(0).String()) {
				fail(in.Error, "Failed to create key using named curve")
			}
			fail(in.Error, "Invalid curve")
		}
		return rt.ToValue(&ecdhState{curve: c})
	})
	set("ecdhGenerateKeys", func(call goja.FunctionCall) goja.Value {
		e := ecdhOf(call.Argument(0))
		p, err := ecdsa.GenerateKey(e.curve, rand.Reader)
		if err != nil {
			fail(in.Error, "Failed to generate ECDH keys")
		}
		e.priv = p
		return goja.Undefined()
	})
	set("ecdhGetPublicKey", func(call goja.FunctionCall) goja.Value {
		e := ecdhOf(call.Argument(0))
		if e.priv == nil {
			fail(in.Error, "Failed to get ECDH public key")
		}
		raw, err := e.priv.PublicKey.Bytes()
		if err != nil {
			fail(in.Error, "Failed to get ECDH public key")
		}
		out, ok := encodePoint(raw, call.Argument(1).String())
		if !ok {
			fail(in.Error, "Failed to get public key length")
		}
		return buffer(out)
	})
	set("ecdhGetPrivateKey", func(call goja.FunctionCall) goja.Value {
		e := ecdhOf(call.Argument(0))
		if e.priv == nil {
			fail(in.Error, "Failed to get ECDH private key")
		}
		d, err := e.priv.Bytes()
		if err != nil {
			fail(in.Error, "Failed to get ECDH private key")
		}
		// BN_bn2bin's bytes: no leading zeros.
		for len(d) > 1 && d[0] == 0 {
			d = d[1:]
		}
		return buffer(d)
	})
	set("ecdhSetPrivateKey", func(call goja.FunctionCall) goja.Value {
		e := ecdhOf(call.Argument(0))
		d := cryptoBytes(rt, call.Argument(1))
		n := pointSize(e.curve)
		if len(d) < n {
			d = append(make([]byte, n-len(d)), d...)
		}
		p, err := ecdsa.ParseRawPrivateKey(e.curve, d)
		if err != nil {
			fail(in.Error, "Private key is not valid for specified curve.")
		}
		e.priv = p
		return goja.Undefined()
	})
	set("ecdhComputeSecret", func(call goja.FunctionCall) goja.Value {
		e := ecdhOf(call.Argument(0))
		if e.priv == nil {
			fail(in.Error, "Invalid keypair")
		}
		pub, ok := decodePoint(e.curve, cryptoBytes(rt, call.Argument(1)))
		if !ok {
			fail(in.Error, "Failed to set point")
		}
		secret, ok := ecdhSecret(e.priv, pub)
		if !ok {
			fail(in.Error, "Failed to compute ECDH key")
		}
		return buffer(secret)
	})
	// ecdhConvertKey(key, curve, format) -> the point in format.
	set("ecdhConvertKey", func(call goja.FunctionCall) goja.Value {
		c := curveNamed(call.Argument(1).String())
		if c == nil {
			fail(in.Error, "Invalid curve")
		}
		pub, ok := decodePoint(c, cryptoBytes(rt, call.Argument(0)))
		if !ok {
			fail(in.Error, "Failed to set point")
		}
		raw, _ := pub.Bytes()
		out, ok := encodePoint(raw, call.Argument(2).String())
		if !ok {
			fail(in.Error, "Failed to get public key length")
		}
		return buffer(out)
	})
	// statelessDH(private, public) -> the shared secret of two key objects.
	set("statelessDH", func(call goja.FunctionCall) goja.Value {
		priv, pub := keyOf(call.Argument(0)), keyOf(call.Argument(1))
		switch p := priv.priv.(type) {
		case *ecdsa.PrivateKey:
			q, ok := pub.pub.(*ecdsa.PublicKey)
			if ok && q.Curve == p.Curve {
				if secret, ok := ecdhSecret(p, q); ok {
					return buffer(secret)
				}
			}
		case *dhPrivate:
			// The public value must be in [2, p-2] of the private key's
			// group (a key of another group is usually out of it).
			if q, ok := pub.pub.(*dhPublic); ok && q.y.Cmp(big.NewInt(1)) > 0 && q.y.Cmp(new(big.Int).Sub(p.p, big.NewInt(1))) < 0 {
				z := new(big.Int).Exp(q.y, p.x, p.p)
				return buffer(z.FillBytes(make([]byte, (p.p.BitLen()+7)/8)))
			}
			fail(in.Error, "Failed to derive shared diffie-hellman secret")
		case *ecdh.PrivateKey:
			if q, ok := pub.pub.(*ecdh.PublicKey); ok {
				if secret, err := p.ECDH(q); err == nil {
					return buffer(secret)
				}
			}
		default:
			// workerd fails an internal assertion for other key types.
			fail(in.Error, "Invalid private key algorithm")
		}
		fail(in.Error, "Failed to derive shared diffie-hellman secret")
		return nil
	})

	dhOf := func(v goja.Value) *dhState {
		d, ok := gojaprops.Export(v).(*dhState)
		if !ok {
			fail(in.TypeError, "Illegal invocation")
		}
		return d
	}
	set("dhGroup", func(call goja.FunctionCall) goja.Value {
		grp, ok := modpGroups[call.Argument(0).String()]
		if !ok {
			fail(in.Error, "Failed to init DiffieHellmanGroup: invalid group. Only groups {modp14, modp15, modp16, modp17, modp18} are supported.")
		}
		p, g := modpPrime(grp[0], grp[1]), big.NewInt(2)
		return rt.ToValue(&dhState{p: p, g: g, verify: -1})
	})
	// dhNew(primeOrBits, generator) with a number of bits or the prime's
	// bytes, and a generator number or bytes.
	set("dhNew", func(call goja.FunctionCall) goja.Value {
		gv := call.Argument(1)
		g := big.NewInt(gv.ToInteger())
		if o, ok := gv.(*goja.Object); ok {
			g = new(big.Int).SetBytes(cryptoBytes(rt, o))
		}
		pv := call.Argument(0)
		var p *big.Int
		if o, ok := pv.(*goja.Object); ok {
			p = new(big.Int).SetBytes(cryptoBytes(rt, o))
		} else {
			bits := int(pv.ToInteger())
			if bits < 3 {
				fail(in.Error, "DiffieHellman init failed: modulus too small")
			}
			var err error
			if p, err = safePrime(bits); err != nil {
				fail(in.Error, "DiffieHellman init failed")
			}
		}
		if g.Cmp(big.NewInt(2)) < 0 {
			fail(in.Error, "DiffieHellman init failed: invalid generator")
		}
		return rt.ToValue(&dhState{p: p, g: g, verify: -1})
	})
	// dhVerifyError(state) -> DH_check's flags, checked on first read
	// (primality tests of a large group's prime take a while).
	set("dhVerifyError", func(call goja.FunctionCall) goja.Value {
		d := dhOf(call.Argument(0))
		if d.verify < 0 {
			d.verify = dhCheck(d.p, d.g)
		}
		return rt.ToValue(d.verify)
	})
	set("dhGenerateKeys", func(call goja.FunctionCall) goja.Value {
		d := dhOf(call.Argument(0))
		if d.priv == nil {
			// A private key in [2, p-2].
			max := new(big.Int).Sub(d.p, big.NewInt(3))
			x, err := rand.Int(rand.Reader, max)
			if err != nil {
				fail(in.Error, "Failed to generate keys")
			}
			d.priv = x.Add(x, big.NewInt(2))
		}
		d.pub = new(big.Int).Exp(d.g, d.priv, d.p)
		return buffer(d.pub.Bytes())
	})
	set("dhComputeSecret", func(call goja.FunctionCall) goja.Value {
		d := dhOf(call.Argument(0))
		y := new(big.Int).SetBytes(cryptoBytes(rt, call.Argument(1)))
		if y.Cmp(big.NewInt(1)) <= 0 {
			fail(in.RangeError, "DiffieHellman computeSecret() failed: Supplied key is too small")
		}
		if y.Cmp(new(big.Int).Sub(d.p, big.NewInt(1))) >= 0 {
			fail(in.RangeError, "DiffieHellman computeSecret() failed: Supplied key is too large")
		}
		if d.priv == nil {
			fail(in.Error, "No private key")
		}
		z := new(big.Int).Exp(y, d.priv, d.p)
		return buffer(z.FillBytes(make([]byte, (d.p.BitLen()+7)/8)))
	})
	// dhGet(state, what) with what prime, generator, public, private.
	set("dhGet", func(call goja.FunctionCall) goja.Value {
		d := dhOf(call.Argument(0))
		var v *big.Int
		switch call.Argument(1).String() {
		case "prime":
			v = d.p
		case "generator":
			v = d.g
		case "public":
			if v = d.pub; v == nil {
				fail(in.Error, "No public key")
			}
		case "private":
			if v = d.priv; v == nil {
				fail(in.Error, "No private key")
			}
		}
		return buffer(v.Bytes())
	})
	set("dhSet", func(call goja.FunctionCall) goja.Value {
		d := dhOf(call.Argument(0))
		v := new(big.Int).SetBytes(cryptoBytes(rt, call.Argument(2)))
		if call.Argument(1).String() == "public" {
			d.pub = v
		} else {
			d.priv = v
		}
		return goja.Undefined()
	})

	spkacWarned := false
	// spkac(op, data) -> verifySpkac's answer, exportChallenge's challenge or exportPublicKey's
	// PEM of a Netscape SPKAC (base64 of its DER), or null when it is none.
	set("spkac", func(call goja.FunctionCall) goja.Value {
		spki, challenge, ok := parseSPKAC(cryptoBytes(rt, call.Argument(1)))
		if call.Argument(0).String() == "verify" {
			// workerd logs this once (IoContext::logWarningOnce): its
			// BoringSSL is in FIPS mode, which refuses SPKAC's usual MD5.
			if !spkacWarned && s.env.Warn != nil {
				spkacWarned = true
				s.env.Warn("The verifySpkac function is currently of limited value in workers because the SPKAC signature verification uses MD5, which is not supported in FIPS mode. All workers run in FIPS mode. Accordingly, this method will currently always return false even if the SPKAC signature is valid. This is a known limitation.")
			}
			return rt.ToValue(ok && verifySPKAC(cryptoBytes(rt, call.Argument(1))))
		}
		if !ok {
			return goja.Null()
		}
		if call.Argument(0).String() == "challenge" {
			return buffer([]byte(challenge))
		}
		return buffer(pem.EncodeToMemory(&pem.Block{Type: "PUBLIC KEY", Bytes: spki}))
	})
	// checkPrime(bytes, checks) -> whether the big-endian number is prime.
	set("checkPrime", func(call goja.FunctionCall) goja.Value {
		n := new(big.Int).SetBytes(cryptoBytes(rt, call.Argument(0)))
		checks := int(call.Argument(1).ToInteger())
		if checks <= 0 {
			checks = 20
		}
		return rt.ToValue(n.ProbablyPrime(checks))
	})
	// generatePrime(bits, safe, add, rem) -> the prime's bytes.
	set("generatePrime", func(call goja.FunctionCall) goja.Value {
		bits := int(call.Argument(0).ToInteger())
		safe := call.Argument(1).ToBoolean()
		var add, rem *big.Int
		if v := call.Argument(2); !goja.IsUndefined(v) {
			add = new(big.Int).SetBytes(cryptoBytes(rt, v))
			rem = new(big.Int).SetBytes(cryptoBytes(rt, call.Argument(3)))
		}
		p, msg := generatePrime(bits, safe, add, rem)
		if msg == "Error while generating prime" {
			fail(in.Error, msg)
		}
		if msg != "" {
			fail(in.RangeError, msg)
		}
		return buffer(p.FillBytes(make([]byte, (bits+7)/8)))
	})
}

// spkacSignatures are the SPKAC signature algorithms verifySpkac checks,
// by OID. MD5 is not among them: workerd runs BoringSSL in FIPS mode.
var spkacSignatures = map[string]x509.SignatureAlgorithm{
	"1.2.840.113549.1.1.5": x509.SHA1WithRSA, "1.2.840.113549.1.1.11": x509.SHA256WithRSA,
	"1.2.840.113549.1.1.12": x509.SHA384WithRSA, "1.2.840.113549.1.1.13": x509.SHA512WithRSA,
	"1.2.840.10045.4.1": x509.ECDSAWithSHA1, "1.2.840.10045.4.3.2": x509.ECDSAWithSHA256,
	"1.2.840.10045.4.3.3": x509.ECDSAWithSHA384, "1.2.840.10045.4.3.4": x509.ECDSAWithSHA512,
	"1.3.101.112": x509.PureEd25519,
}

// verifySPKAC checks an SPKAC's signature over its PublicKeyAndChallenge
// with its own public key.
func verifySPKAC(b64 []byte) bool {
	der, err := base64.StdEncoding.DecodeString(strings.TrimSpace(string(b64)))
	if err != nil {
		return false
	}
	var spkac struct {
		PKAC      asn1.RawValue
		Algorithm pkix.AlgorithmIdentifier
		Signature asn1.BitString
	}
	if _, err := asn1.Unmarshal(der, &spkac); err != nil {
		return false
	}
	alg, ok := spkacSignatures[spkac.Algorithm.Algorithm.String()]
	if !ok {
		return false
	}
	spki, _, ok := parseSPKAC(b64)
	if !ok {
		return false
	}
	pub, err := x509.ParsePKIXPublicKey(spki)
	if err != nil {
		return false
	}
	signer := &x509.Certificate{PublicKey: pub}
	return signer.CheckSignature(alg, spkac.PKAC.FullBytes, spkac.Signature.RightAlign()) == nil
}

// parseSPKAC reads SignedPublicKeyAndChallenge ::= SEQUENCE {
// publicKeyAndChallenge SEQUENCE { spki, challenge IA5String }, signature
// algorithm, signature BIT STRING } from its base64.
func parseSPKAC(b64 []byte) ([]byte, string, bool) {
	der, err := base64.StdEncoding.DecodeString(strings.TrimSpace(string(b64)))
	if err != nil {
		return nil, "", false
	}
	var spkac struct {
		PKAC struct {
			SPKI      asn1.RawValue
			Challenge string `asn1:"ia5"`
		}
		Algorithm asn1.RawValue
		Signature asn1.BitString
	}
	if rest, err := asn1.Unmarshal(der, &spkac); err != nil || len(rest) != 0 {
		return nil, "", false
	}
	return spkac.PKAC.SPKI.FullBytes, spkac.PKAC.Challenge, true
}

// generatePrime is OpenSSL's BN_generate_prime_ex: a prime of bits bits,
// safe if asked, with p % add == rem when add is given (rem defaulting to
// 1, or 3 for a safe prime when add says nothing of it).
func generatePrime(bits int, safe bool, add, rem *big.Int) (*big.Int, string) {
	if bits < 2 || (safe && bits < 3) {
		return nil, "Error while generating prime"
	}
	if add != nil {
		if add.Sign() == 0 || rem.Cmp(add) >= 0 || add.BitLen() > bits {
			return nil, "Invalid values for add and rem"
		}
	}
	for {
		var p *big.Int
		if add == nil && !safe {
			var err error
			if p, err = rand.Prime(rand.Reader, bits); err != nil {
				return nil, "Failed to generate prime"
			}
			return p, ""
		}
		c, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), uint(bits)))
		if err != nil {
			return nil, "Failed to generate prime"
		}
		c.SetBit(c, bits-1, 1)
		c.SetBit(c, 0, 1)
		if add != nil {
			c.Sub(c, new(big.Int).Mod(c, add))
			c.Add(c, rem)
			if c.BitLen() != bits {
				continue
			}
		}
		p = c
		if !p.ProbablyPrime(20) {
			continue
		}
		if safe && !new(big.Int).Rsh(p, 1).ProbablyPrime(20) {
			continue
		}
		return p, ""
	}
}
