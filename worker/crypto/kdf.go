package crypto

import (
	"crypto/hkdf"
	"crypto/pbkdf2"

	"github.com/dop251/goja"
)

// registerKDF registers the algorithms of this file (loadAlgorithms).
func registerKDF() {
	register("PBKDF2", &algorithm{importKey: importKDF, deriveBits: pbkdf2Bits, derivable: true})
	register("HKDF", &algorithm{importKey: importKDF, deriveBits: hkdfBits, derivable: true})
}

func importKDF(s *state, format string, data goja.Value, p params, extractable bool, u usage, bad string) *Key {
	name, _ := lookupAlgorithm(p.name)
	if format != "raw" {
		panic(domErr("NotSupportedError", "%s key must be imported in \"raw\" format (requested %q).", name, format))
	}
	checkUsages("import", "secret", name, u, bad, useDeriveKey|useDeriveBits)
	if extractable {
		panic(domErr("SyntaxError", "%s key cannot be extractable.", name))
	}
	raw, _ := s.buf.read(data)
	return &Key{kind: "secret", usages: u, secret: append([]byte(nil), raw...), alg: keyAlgorithm{name: name}}
}

// derivedLength checks deriveBits' length for the KDFs: given, a multiple
// of 8.
func derivedLength(name string, length int, given bool) int {
	if !given {
		panic(domErr("OperationError", "%s cannot derive a key with null length.", name))
	}
	if length%8 != 0 {
		panic(domErr("OperationError", "%s requires a derived key length that is a multiple of eight (requested %d).", name, length))
	}
	return length / 8
}

func pbkdf2Bits(s *state, p params, k *Key, length int, given bool) []byte {
	h := p.hash()
	salt := p.bytes("salt")
	iter := p.integer("iterations")
	n := derivedLength("PBKDF2", length, given)
	if iter <= 0 {
		panic(domErr("OperationError", "PBKDF2 requires a positive iteration count (requested %d).", iter))
	}
	// workerd caps PBKDF2's output at HKDF's limit, 255 blocks of the hash.
	if n > 255*digestByName(h).size {
		panic(domErr("OperationError", "Pbkdf2 failed: derived key length exceeds maximum for this hash"))
	}
	if n == 0 {
		return []byte{}
	}
	out, err := pbkdf2.Key(digestByName(h).new, string(k.secret), salt, iter, n)
	if err != nil {
		panic(domErr("OperationError", "PBKDF2 deriveBits failed: %v.", err))
	}
	return out
}

func hkdfBits(s *state, p params, k *Key, length int, given bool) []byte {
	h := p.hash()
	salt := p.bytes("salt")
	info := p.bytes("info")
	n := derivedLength("HKDF", length, given)
	if n == 0 {
		return []byte{}
	}
	d := digestByName(h)
	if n > 255*d.size {
		panic(domErr("OperationError", "HKDF deriveBits failed."))
	}
	out, err := hkdf.Key(d.new, k.secret, salt, string(info), n)
	if err != nil {
		panic(domErr("OperationError", "HKDF deriveBits failed."))
	}
	return out
}
