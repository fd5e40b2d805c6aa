package node

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"crypto/x509/pkix"
	"encoding/asn1"
	"hash"
)

// Encrypted PKCS #8 (RFC 5958's EncryptedPrivateKeyInfo with RFC 8018's
// PBES2, PBKDF2 and a CBC cipher), which Go's x509 does not read or write:
// what key.export({ type: 'pkcs8', cipher, passphrase }) makes and
// createPrivateKey({ key, passphrase }) reads.

var (
	oidPBES2      = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 5, 13}
	oidPBKDF2     = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 5, 12}
	oidHMACSHA1   = asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 7}
	oidHMACSHA256 = asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 9}
	oidHMACSHA384 = asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 10}
	oidHMACSHA512 = asn1.ObjectIdentifier{1, 2, 840, 113549, 2, 11}
	oidAES128CBC  = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 1, 2}
	oidAES192CBC  = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 1, 22}
	oidAES256CBC  = asn1.ObjectIdentifier{2, 16, 840, 1, 101, 3, 4, 1, 42}
	oidDESEDE3CBC = asn1.ObjectIdentifier{1, 2, 840, 113549, 3, 7}
)

type encryptedPrivateKeyInfo struct {
	Algorithm pkix.AlgorithmIdentifier
	Data      []byte
}

type pbes2Params struct {
	KDF    pkix.AlgorithmIdentifier
	Cipher pkix.AlgorithmIdentifier
}

type pbkdf2Params struct {
	Salt       []byte
	Iterations int
	KeyLength  int                      `asn1:"optional"`
	PRF        pkix.AlgorithmIdentifier `asn1:"optional"`
}

// pbesCipher is a PBES2 cipher by OID: its key size and block cipher.
func pbesCipher(oid asn1.ObjectIdentifier) (int, func([]byte) (cipher.Block, error)) {
	switch {
	case oid.Equal(oidAES128CBC):
		return 16, aes.NewCipher
	case oid.Equal(oidAES192CBC):
		return 24, aes.NewCipher
	case oid.Equal(oidAES256CBC):
		return 32, aes.NewCipher
	case oid.Equal(oidDESEDE3CBC):
		return 24, des.NewTripleDESCipher
	}
	return 0, nil
}

func pbesPRF(oid asn1.ObjectIdentifier) func() hash.Hash {
	switch {
	case len(oid) == 0, oid.Equal(oidHMACSHA1):
		return sha1.New
	case oid.Equal(oidHMACSHA256):
		return sha256.New
	case oid.Equal(oidHMACSHA384):
		return sha512.New384
	case oid.Equal(oidHMACSHA512):
		return sha512.New
	}
	return nil
}

// decryptPKCS8 returns the PrivateKeyInfo inside an EncryptedPrivateKeyInfo.
func decryptPKCS8(der, passphrase []byte) ([]byte, error) {
	var info encryptedPrivateKeyInfo
	if rest, err := asn1.Unmarshal(der, &info); err != nil || len(rest) != 0 {
		return nil, errUnsupported
	}
	if !info.Algorithm.Algorithm.Equal(oidPBES2) {
		return nil, errUnsupported
	}
	var p pbes2Params
	if _, err := asn1.Unmarshal(info.Algorithm.Parameters.FullBytes, &p); err != nil || !p.KDF.Algorithm.Equal(oidPBKDF2) {
		return nil, errUnsupported
	}
	var kp pbkdf2Params
	if _, err := asn1.Unmarshal(p.KDF.Parameters.FullBytes, &kp); err != nil {
		return nil, errUnsupported
	}
	size, newBlock := pbesCipher(p.Cipher.Algorithm)
	prf := pbesPRF(kp.PRF.Algorithm)
	var iv []byte
	if newBlock == nil || prf == nil {
		return nil, errUnsupported
	}
	if _, err := asn1.Unmarshal(p.Cipher.Parameters.FullBytes, &iv); err != nil {
		return nil, errUnsupported
	}
	key, err := pbkdf2.Key(prf, string(passphrase), kp.Salt, kp.Iterations, size)
	if err != nil {
		return nil, err
	}
	block, err := newBlock(key)
	if err != nil || len(iv) != block.BlockSize() || len(info.Data)%block.BlockSize() != 0 || len(info.Data) == 0 {
		return nil, errUnsupported
	}
	out := make([]byte, len(info.Data))
	cipher.NewCBCDecrypter(block, iv).CryptBlocks(out, info.Data)
	return unpad(out, block.BlockSize())
}

// unpad strips PKCS #7 padding.
func unpad(b []byte, size int) ([]byte, error) {
	if len(b) == 0 {
		return nil, errUnsupported
	}
	n := int(b[len(b)-1])
	if n == 0 || n > size || n > len(b) {
		return nil, errUnsupported
	}
	for _, c := range b[len(b)-n:] {
		if int(c) != n {
			return nil, errUnsupported
		}
	}
	return b[:len(b)-n], nil
}

// pkcs8Ciphers are the ciphers export takes for an encrypted PKCS #8 key,
// by Node's name.
func pkcs8Cipher(name string) asn1.ObjectIdentifier {
	switch name {
	case "aes-128-cbc", "aes128":
		return oidAES128CBC
	case "aes-192-cbc", "aes192":
		return oidAES192CBC
	case "aes-256-cbc", "aes256":
		return oidAES256CBC
	case "des-ede3-cbc", "des3":
		return oidDESEDE3CBC
	}
	return nil
}

// encryptPKCS8 wraps a PrivateKeyInfo in PBES2 as OpenSSL does by default:
// PBKDF2 with HMAC-SHA-256, 2048 iterations, a 16-byte salt.
func encryptPKCS8(plain []byte, cipherOID asn1.ObjectIdentifier, passphrase []byte) ([]byte, error) {
	size, newBlock := pbesCipher(cipherOID)
	salt := make([]byte, 16)
	_, _ = rand.Read(salt)
	const iterations = 2048
	key, err := pbkdf2.Key(sha256.New, string(passphrase), salt, iterations, size)
	if err != nil {
		return nil, err
	}
	block, err := newBlock(key)
	if err != nil {
		return nil, err
	}
	iv := make([]byte, block.BlockSize())
	_, _ = rand.Read(iv)
	n := block.BlockSize() - len(plain)%block.BlockSize()
	padded := append(append([]byte(nil), plain...), make([]byte, n)...)
	for i := len(plain); i < len(padded); i++ {
		padded[i] = byte(n)
	}
	cipher.NewCBCEncrypter(block, iv).CryptBlocks(padded, padded)
	null := asn1.RawValue{Tag: asn1.TagNull}
	prf := pkix.AlgorithmIdentifier{Algorithm: oidHMACSHA256, Parameters: null}
	kdfParams, err := asn1.Marshal(pbkdf2Params{Salt: salt, Iterations: iterations, PRF: prf})
	if err != nil {
		return nil, err
	}
	ivDER, err := asn1.Marshal(iv)
	if err != nil {
		return nil, err
	}
	params, err := asn1.Marshal(pbes2Params{
		KDF:    pkix.AlgorithmIdentifier{Algorithm: oidPBKDF2, Parameters: asn1.RawValue{FullBytes: kdfParams}},
		Cipher: pkix.AlgorithmIdentifier{Algorithm: cipherOID, Parameters: asn1.RawValue{FullBytes: ivDER}},
	})
	if err != nil {
		return nil, err
	}
	return asn1.Marshal(encryptedPrivateKeyInfo{
		Algorithm: pkix.AlgorithmIdentifier{Algorithm: oidPBES2, Parameters: asn1.RawValue{FullBytes: params}},
		Data:      padded,
	})
}
