package crypto

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"crypto/subtle"
	"encoding/binary"
	"math/big"

	"github.com/dop251/goja"
)

// registerAES registers the algorithms of this file (loadAlgorithms).
func registerAES() {
	for _, name := range []string{"AES-CTR", "AES-CBC", "AES-GCM", "AES-KW"} {
		a := &algorithm{
			importKey: importAES,
			exportKey: exportSecret,
			generate:  generateAES,
			keyLength: func(s *state, p params) int {
				l := p.derived().integer("length")
				if l != 128 && l != 192 && l != 256 {
					panic(domErr("OperationError", "Derived AES key must be 128, 192, or 256 bits in length but provided %d.", l))
				}
				return l
			},
		}
		switch name {
		case "AES-GCM":
			a.encrypt, a.decrypt = gcmEncrypt, gcmDecrypt
		case "AES-CBC":
			a.encrypt, a.decrypt = cbcEncrypt, cbcDecrypt
		case "AES-CTR":
			a.encrypt, a.decrypt = ctrCrypt, ctrCrypt
		}
		register(name, a)
	}
}

func aesUsages(name string) usage {
	if name == "AES-KW" {
		return useWrapKey | useUnwrapKey
	}
	return useEncrypt | useDecrypt | useWrapKey | useUnwrapKey
}

func aesLength(p params) int {
	l := p.integer("length")
	if l != 128 && l != 192 && l != 256 {
		panic(domErr("OperationError", "Generated AES key length must be 128, 192, or 256 bits but requested %d.", l))
	}
	return l
}

func importAES(s *state, format string, data goja.Value, p params, extractable bool, u usage, bad string) *Key {
	name, _ := lookupAlgorithm(p.name)
	checkUsages("import", "secret", name, u, bad, aesUsages(name))
	var raw []byte
	switch format {
	case "raw":
		raw, _ = s.buf.read(data)
		raw = append([]byte(nil), raw...)
	case "jwk":
		j := s.readJWK(data.(*goja.Object))
		raw = j.octKey(name, "", u, extractable)
		want := "A" + itoa(len(raw)*8) + name[4:]
		if alg, ok := j.fields["alg"]; ok && alg != want {
			panic(domErr("DataError", "Symmetric \"jwk\" key contains invalid \"alg\" value %q, expected %q.", alg, want))
		}
	default:
		panic(domErr("NotSupportedError", "Unrecognized key import format %q.", format))
	}
	switch len(raw) {
	case 16, 24, 32:
	default:
		panic(domErr("DataError", "Imported AES key length must be 128, 192, or 256 bits but provided %d.", len(raw)*8))
	}
	return &Key{kind: "secret", extractable: extractable, usages: u, secret: raw,
		alg: keyAlgorithm{name: name, length: len(raw) * 8}}
}

func generateAES(s *state, p params, extractable bool, u usage, bad string) goja.Value {
	name, _ := lookupAlgorithm(p.name)
	checkUsages("generate", "secret", name, u, bad, aesUsages(name))
	l := aesLength(p)
	if u == 0 {
		panic(domErr("SyntaxError", "Secret/private CryptoKeys must have at least one usage."))
	}
	raw := make([]byte, l/8)
	_, _ = rand.Read(raw)
	return s.newKeyObject(&Key{kind: "secret", extractable: extractable, usages: u, secret: raw,
		alg: keyAlgorithm{name: name, length: l}})
}

func newBlock(k *Key) cipher.Block {
	b, err := aes.NewCipher(k.secret)
	if err != nil {
		panic(err)
	}
	return b
}

// decryptFailed is workerd's error for a failed AES decryption.
func decryptFailed(in, out int, alg string) *opError {
	return domErr("OperationError", "Decryption failed. This could be due to a ciphertext authentication failure, bad padding, incorrect CryptoKey, or another algorithm-specific reason. Input length was %d, output length expected to be %d for %s", in, out, alg)
}

// gcmParams reads AesGcmParams and returns the AEAD, nonce, additional
// data and tag length in bytes.
func gcmParams(p params, k *Key) (cipher.AEAD, []byte, []byte, int) {
	iv := p.bytes("iv")
	if len(iv) == 0 {
		panic(domErr("OperationError", "AES-GCM IV must not be empty."))
	}
	ad, _ := p.optBytes("additionalData")
	tag := 128
	if t, ok := p.optInteger("tagLength"); ok {
		tag = t
	}
	switch tag {
	case 32, 64, 96, 104, 112, 120, 128:
	default:
		panic(domErr("OperationError", "Invalid AES-GCM tag length %d.", tag))
	}
	g, err := cipher.NewGCMWithNonceSize(newBlock(k), len(iv))
	if err != nil {
		panic(err)
	}
	return g, append([]byte(nil), iv...), ad, tag / 8
}

func gcmEncrypt(s *state, p params, k *Key, data []byte) []byte {
	g, iv, ad, tag := gcmParams(p, k)
	out := g.Seal(nil, iv, data, ad)
	return out[:len(data)+tag]
}

func gcmDecrypt(s *state, p params, k *Key, data []byte) []byte {
	g, iv, ad, tag := gcmParams(p, k)
	if len(data) < tag {
		panic(domErr("OperationError", "Ciphertext length of %d bits must be greater than or equal to the size of the AES-GCM tag length of %d bits.", len(data)*8, tag*8))
	}
	if tag == 16 {
		out, err := g.Open(nil, iv, data, ad)
		if err != nil {
			panic(decryptFailed(len(data)-tag, len(data)-tag, "AES-GCM"))
		}
		return out
	}
	// Go's AEAD checks only full tags: GCM is CTR mode, so sealing the
	// ciphertext gives the plaintext, and sealing that gives the full tag,
	// whose first bytes are the truncated tag (NIST SP 800-38D, 7.1).
	ct := data[:len(data)-tag]
	pt := g.Seal(nil, iv, ct, nil)[:len(ct)]
	full := g.Seal(nil, iv, pt, ad)
	if subtle.ConstantTimeCompare(full[len(pt):len(pt)+tag], data[len(ct):]) != 1 {
		panic(decryptFailed(len(ct), len(ct), "AES-GCM"))
	}
	return pt
}

func cbcIV(p params) []byte {
	iv := p.bytes("iv")
	if len(iv) != 16 {
		panic(domErr("OperationError", "AES-CBC IV must be 16 bytes long (provided %d bytes).", len(iv)))
	}
	return append([]byte(nil), iv...)
}

func cbcEncrypt(s *state, p params, k *Key, data []byte) []byte {
	iv := cbcIV(p)
	pad := 16 - len(data)%16
	buf := make([]byte, len(data)+pad)
	copy(buf, data)
	for i := len(data); i < len(buf); i++ {
		buf[i] = byte(pad)
	}
	cipher.NewCBCEncrypter(newBlock(k), iv).CryptBlocks(buf, buf)
	return buf
}

func cbcDecrypt(s *state, p params, k *Key, data []byte) []byte {
	iv := cbcIV(p)
	if len(data) == 0 || len(data)%16 != 0 {
		panic(decryptFailed(len(data), 0, "AES-CBC"))
	}
	buf := append([]byte(nil), data...)
	cipher.NewCBCDecrypter(newBlock(k), iv).CryptBlocks(buf, buf)
	pad := int(buf[len(buf)-1])
	if pad == 0 || pad > 16 {
		panic(decryptFailed(len(data), 0, "AES-CBC"))
	}
	for _, c := range buf[len(buf)-pad:] {
		if int(c) != pad {
			panic(decryptFailed(len(data), 0, "AES-CBC"))
		}
	}
	return buf[:len(buf)-pad]
}

// ctrCrypt is AES-CTR with a counter of the given length in bits: the
// counter block's rightmost length bits are incremented modulo 2^length and
// the other bits are the nonce (Web Crypto, section 27.7).
func ctrCrypt(s *state, p params, k *Key, data []byte) []byte {
	counter := p.bytes("counter")
	if len(counter) != 16 {
		panic(domErr("OperationError", "Counter must have length of 16 bytes (provided %d).", len(counter)))
	}
	if p.get("length") == nil {
		panic(typeErr("Missing \"length\" member in \"algorithm\"."))
	}
	length := p.integer("length")
	if length <= 0 || length > 128 {
		panic(domErr("OperationError", "Invalid counter of %d bits length provided.", length))
	}
	blocks := (len(data) + 15) / 16
	if length < 64 && uint64(blocks) > uint64(1)<<length {
		panic(domErr("OperationError", "Counter block values will repeat."))
	}
	b := newBlock(k)
	mod := new(big.Int).Lsh(big.NewInt(1), uint(length))
	mask := new(big.Int).Sub(mod, big.NewInt(1))
	whole := new(big.Int).SetBytes(counter)
	ctr := new(big.Int).And(whole, mask)
	nonce := new(big.Int).AndNot(whole, mask)
	one := big.NewInt(1)
	out := make([]byte, len(data))
	var block, ks [16]byte
	for i := 0; i < len(data); i += 16 {
		v := new(big.Int).Or(nonce, ctr)
		v.FillBytes(block[:])
		b.Encrypt(ks[:], block[:])
		end := min(i+16, len(data))
		subtle.XORBytes(out[i:end], data[i:end], ks[:end-i])
		ctr.Add(ctr, one)
		ctr.And(ctr, mask)
	}
	return out
}

// kwIV is the default initial value of AES key wrap (RFC 3394, 2.2.3.1).
const kwIV = 0xA6A6A6A6A6A6A6A6

func aesKWWrap(k *Key, data []byte) []byte {
	if len(data)%8 != 0 || len(data) < 16 {
		panic(domErr("OperationError", "Unwrapped key bit length must be a multiple of 64 bits but unwrapped key has a length of %d bits.", len(data)*8))
	}
	b := newBlock(k)
	n := len(data) / 8
	r := append([]byte(nil), data...)
	a := uint64(kwIV)
	var buf [16]byte
	for j := 0; j < 6; j++ {
		for i := 0; i < n; i++ {
			binary.BigEndian.PutUint64(buf[:8], a)
			copy(buf[8:], r[i*8:i*8+8])
			b.Encrypt(buf[:], buf[:])
			a = binary.BigEndian.Uint64(buf[:8]) ^ uint64(n*j+i+1)
			copy(r[i*8:], buf[8:])
		}
	}
	out := make([]byte, 8, 8+len(r))
	binary.BigEndian.PutUint64(out, a)
	return append(out, r...)
}

func aesKWUnwrap(k *Key, data []byte) []byte {
	if len(data)%8 != 0 || len(data) < 24 {
		panic(domErr("OperationError", "AES-KW key unwrapping failed."))
	}
	b := newBlock(k)
	n := len(data)/8 - 1
	a := binary.BigEndian.Uint64(data[:8])
	r := append([]byte(nil), data[8:]...)
	var buf [16]byte
	for j := 5; j >= 0; j-- {
		for i := n - 1; i >= 0; i-- {
			binary.BigEndian.PutUint64(buf[:8], a^uint64(n*j+i+1))
			copy(buf[8:], r[i*8:i*8+8])
			b.Decrypt(buf[:], buf[:])
			a = binary.BigEndian.Uint64(buf[:8])
			copy(r[i*8:], buf[8:])
		}
	}
	if a != kwIV {
		panic(domErr("OperationError", "AES-KW key unwrapping failed."))
	}
	return r
}
