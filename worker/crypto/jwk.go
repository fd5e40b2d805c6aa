package crypto

import (
	"encoding/base64"
	"math/big"
	"slices"

	"github.com/dop251/goja"
)

// jwk is a JsonWebKey dictionary as read from JS (RFC 7517, 7518).
type jwk struct {
	s      *state
	fields map[string]string
	ops    []string
	hasOps bool
	ext    *bool
}

var jwkStringFields = []string{"kty", "use", "alg", "crv", "x", "y", "d", "n", "e", "p", "q", "dp", "dq", "qi", "k"}

func (s *state) readJWK(o *goja.Object) *jwk {
	j := &jwk{s: s, fields: map[string]string{}}
	for _, f := range jwkStringFields {
		if v := o.Get(f); v != nil && !goja.IsUndefined(v) {
			j.fields[f] = v.String()
		}
	}
	if v := o.Get("key_ops"); v != nil && !goja.IsUndefined(v) {
		arr, ok := v.(*goja.Object)
		if !ok || arr.ClassName() != "Array" {
			panic(typeErr("Failed to execute 'importKey' on 'SubtleCrypto': member key_ops of JsonWebKey is not of type 'Array'."))
		}
		j.hasOps = true
		n := arr.Get("length").ToInteger()
		for i := int64(0); i < n; i++ {
			j.ops = append(j.ops, element(arr, i).String())
		}
	}
	if v := o.Get("ext"); v != nil && !goja.IsUndefined(v) {
		b := v.ToBoolean()
		j.ext = &b
	}
	return j
}

// kty is the key type, "undefined" when missing (workerd's messages print
// it so).
func (j *jwk) kty() string {
	if k, ok := j.fields["kty"]; ok {
		return k
	}
	return "undefined"
}

// checkCommon makes the checks every asymmetric JWK import makes: use,
// key_ops and ext against the requested usages and extractability.
func (j *jwk) checkCommon(u usage, extractable bool, useValue string) {
	if use, ok := j.fields["use"]; ok && u != 0 && use != useValue {
		panic(domErr("DataError", "Asymmetric \"jwk\" key import with usages requires that \"use\" field be %q.", useValue))
	}
	if j.hasOps {
		for i, n := range usageNames {
			if u&(1<<i) == 0 {
				continue
			}
			found := false
			for _, op := range j.ops {
				if op == n {
					found = true
				}
			}
			if !found {
				panic(domErr("DataError", "All specified key usages must be present in the JSON Web Key's Key Operations parameter (\"key_ops\")."))
			}
		}
	}
	if j.ext != nil && !*j.ext && extractable {
		panic(domErr("DataError", "\"jwk\" key has value \"false\" for \"ext\" member but importKey() was called with extractable = true."))
	}
}

// octKey reads a symmetric JWK's key bytes, with the checks of workerd's
// symmetric imports (its use is "sig" for HMAC, "enc" for AES).
func (j *jwk) octKey(algName, wantAlg string, u usage, extractable bool) []byte {
	if j.kty() != "oct" {
		if algName == "HMAC" {
			panic(domErr("DataError", "HMAC \"jwk\" key import requires a JSON Web Key with Key Type parameter (\"kty\") equal to \"oct\" (encountered %q).", j.kty()))
		}
		panic(domErr("DataError", "Symmetric \"jwk\" key import requires a JSON Web Key with Key Type parameter \"kty\" equal to \"oct\" (encountered %q).", j.kty()))
	}
	prefix := "Symmetric"
	if algName == "HMAC" {
		prefix = "HMAC"
	}
	k, ok := j.fields["k"]
	raw, err := base64.RawURLEncoding.DecodeString(k)
	if !ok || err != nil {
		if prefix == "HMAC" {
			panic(domErr("DataError", "HMAC \"jwk\" key import requires a base64Url encoding of the key"))
		}
		panic(domErr("DataError", "Symmetric \"jwk\" key import requires a base64Url encoding of the key."))
	}
	if alg, ok := j.fields["alg"]; ok && wantAlg != "" && alg != wantAlg {
		if prefix == "HMAC" {
			panic(domErr("DataError", "HMAC \"jwk\" key import specifies \"alg\" that is incompatible with the hash name (encountered %q, expected %q).", alg, wantAlg))
		}
		panic(domErr("DataError", "Symmetric \"jwk\" key contains invalid \"alg\" value %q, expected %q.", alg, wantAlg))
	}
	// workerd's HMAC import reads only kty, k and alg (and ext); its AES
	// import also checks use and key_ops: no duplicates (the first of them
	// in sorted order is named), and every usage present.
	if v, ok := j.fields["use"]; ok && v != "enc" && algName != "HMAC" {
		panic(domErr("DataError", "Symmetric \"jwk\" key must have a \"use\" of \"enc\", not %q.", v))
	}
	if j.hasOps && algName != "HMAC" {
		ops := slices.Sorted(slices.Values(j.ops))
		for i := 1; i < len(ops); i++ {
			if ops[i] == ops[i-1] {
				panic(domErr("DataError", "Symmetric \"jwk\" key contains duplicate value %q, in \"key_op\".", ops[i]))
			}
		}
		for i, n := range usageNames {
			if u&(1<<i) != 0 && !contains(j.ops, n) {
				panic(domErr("DataError", "\"jwk\" key missing usage %q, in \"key_ops\".", n))
			}
		}
	}
	if j.ext != nil && !*j.ext && extractable {
		panic(domErr("DataError", "JWK ext field for %q is set to false but extractable is true", algName))
	}
	return raw
}

func contains(list []string, s string) bool {
	for _, e := range list {
		if e == s {
			return true
		}
	}
	return false
}

// bytes decodes a base64url member, DataError when missing or malformed,
// with workerd's message for the key type.
func (j *jwk) bytes(name, what string) []byte {
	v, ok := j.fields[name]
	b, err := base64.RawURLEncoding.DecodeString(v)
	if !ok || err != nil {
		switch what {
		case "EC":
			panic(domErr("DataError", "Invalid EC key in JSON Web Key; missing %q.", name))
		case "RSA":
			panic(domErr("DataError", "Invalid RSA key in JSON Web Key; missing or invalid %s parameter (%q).", rsaJWKParam(name), name))
		case "Ed25519", "X25519":
			part := "public key component"
			if name == "d" {
				part = "private key component"
			}
			panic(domErr("DataError", "Invalid %s key in JSON WebKey; missing or invalid %s (%q).", what, part, name))
		}
		panic(domErr("DataError", "Invalid %s JWK: missing or invalid %q.", what, name))
	}
	return b
}

// rsaJWKParam is the name of an RSA member in RFC 7518, section 6.3 ("" for
// another member).
func rsaJWKParam(member string) string {
	switch member {
	case "n":
		return "Modulus"
	case "e":
		return "Exponent"
	case "d":
		return "Private Exponent"
	case "p":
		return "First Prime Factor"
	case "q":
		return "Second Prime Factor"
	case "dp":
		return "First Factor CRT Exponent"
	case "dq":
		return "Second Factor CRT Exponent"
	case "qi":
		return "First CRT Coefficient"
	}
	return ""
}

func (j *jwk) bigInt(name, what string) *big.Int {
	return new(big.Int).SetBytes(j.bytes(name, what))
}

// jwkObject builds an exported JWK: the members in the order given.
type jwkOut struct {
	s *state
	o *goja.Object
}

func (s *state) newJWK(kty string, k *Key) jwkOut {
	o := s.rt.NewObject()
	_ = o.Set("kty", kty)
	names := k.usages.names()
	ops := make([]any, len(names))
	for i, n := range names {
		ops[i] = n
	}
	_ = o.Set("key_ops", s.rt.NewArray(ops...))
	return jwkOut{s, o}
}

func (j jwkOut) str(name, v string) jwkOut { _ = j.o.Set(name, v); return j }

func (j jwkOut) b64(name string, b []byte) jwkOut {
	return j.str(name, base64.RawURLEncoding.EncodeToString(b))
}

func (j jwkOut) ext(k *Key) jwkOut { _ = j.o.Set("ext", k.extractable); return j }

// octJWK exports a secret key.
func (s *state) octJWK(k *Key) goja.Value {
	j := s.newJWK("oct", k)
	if alg := octAlg(k); alg != "" {
		j.str("alg", alg)
	}
	return j.ext(k).b64("k", k.secret).o
}

func octAlg(k *Key) string {
	switch k.alg.name {
	case "HMAC":
		if d := digestByName(k.alg.hash); d.jwk != "" {
			return "HS" + d.jwk
		}
		return ""
	case "AES-GCM", "AES-CBC", "AES-CTR", "AES-KW":
		return "A" + itoa(k.alg.length) + k.alg.name[4:]
	}
	return ""
}
