package crypto

import (
	"crypto/x509"

	"github.com/dop251/goja"
)

// Shared by the asymmetric algorithms (EC, OKP, RSA).

// keyPair is generateKey's result for an asymmetric algorithm: a plain
// object with publicKey and privateKey.
func (s *state) keyPair(pub, priv *Key) goja.Value {
	o := s.rt.NewObject()
	_ = o.Set("publicKey", s.newKeyObject(pub))
	_ = o.Set("privateKey", s.newKeyObject(priv))
	return o
}

// pairUsages splits requested usages between a new key pair's public and
// private key, with workerd's refusals.
func pairUsages(name string, u usage, bad string, pubUses, privUses usage) (pubU, privU usage) {
	checkUsages("generate", "", name, u, bad, pubUses|privUses)
	if u&privUses == 0 {
		panic(domErr("SyntaxError", "Attempt to generate asymmetric keys with no valid private key usages."))
	}
	return u & pubUses, u & privUses
}

// importUsages checks the usages of an imported asymmetric key.
func importUsages(name, kind string, u usage, bad string, pubUses, privUses usage) {
	allowed := pubUses
	if kind == "private" {
		allowed = privUses
	}
	checkUsages("import", kind, name, u, bad, allowed)
}

// parseSPKI and parsePKCS8 read DER keys with workerd's DataErrors.
func parseSPKI(b []byte) any {
	k, err := x509.ParsePKIXPublicKey(b)
	if err != nil {
		panic(domErr("DataError", "Invalid SPKI input."))
	}
	return k
}

func parsePKCS8(b []byte) any {
	k, err := x509.ParsePKCS8PrivateKey(b)
	if err != nil {
		panic(domErr("DataError", "Invalid PKCS8 input."))
	}
	return k
}

func marshalSPKI(pub any) []byte {
	b, err := x509.MarshalPKIXPublicKey(pub)
	if err != nil {
		panic(err)
	}
	return b
}

func marshalPKCS8(priv any) []byte {
	b, err := x509.MarshalPKCS8PrivateKey(priv)
	if err != nil {
		panic(err)
	}
	return b
}

// exportDER is the spki and pkcs8 cases of an asymmetric exportKey.
func (s *state) exportDER(format string, k *Key) (goja.Value, bool) {
	switch {
	case format == "spki" && k.kind == "public":
		return s.arrayBuffer(marshalSPKI(k.pub)), true
	case format == "pkcs8" && k.kind == "private":
		return s.arrayBuffer(marshalPKCS8(k.priv)), true
	case format == "spki":
		panic(domErr("InvalidAccessError", "Asymmetric spki export requires public key (not %q).", k.kind))
	case format == "pkcs8":
		panic(domErr("InvalidAccessError", "Asymmetric pkcs8 export requires private key (not %q).", k.kind))
	}
	return nil, false
}

// rawData is the keyData of a buffer-based import.
func (s *state) rawData(data goja.Value) []byte {
	b, _ := s.buf.read(data)
	return append([]byte(nil), b...)
}
