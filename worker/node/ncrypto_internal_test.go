package node

import (
	"crypto"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/hex"
	"math/big"
	"strings"
	"testing"
)

// TestModpPrime checks the RFC 3526 primes computed from their formula
// against the RFC's text for the 2048-bit group (conformance case 2456
// checks all five against workerd's).
func TestModpPrime(t *testing.T) {
	const modp14 = "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DDEF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7EDEE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF0598DA48361C55D39A69163FA8FD24CF5F83655D23DCA3AD961C62F356208552BB9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3BE39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF6955817183995497CEA956AE515D2261898FA051015728E5A8AACAA68FFFFFFFFFFFFFFFF"
	g := modpGroups["modp14"]
	if got := strings.ToUpper(modpPrime(g[0], g[1]).Text(16)); got != modp14 {
		t.Fatalf("modp14 = %s", got)
	}
	for name, g := range modpGroups {
		if p := modpPrime(g[0], g[1]); p.BitLen() != g[0] {
			t.Errorf("%s: %d bits", name, p.BitLen())
		}
	}
}

// TestEncryptedPKCS8 round-trips a key through PBES2 with each cipher and
// refuses a wrong passphrase.
func TestEncryptedPKCS8(t *testing.T) {
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	der, err := x509.MarshalPKCS8PrivateKey(k)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"aes-128-cbc", "aes-192-cbc", "aes-256-cbc", "des-ede3-cbc"} {
		enc, err := encryptPKCS8(der, pkcs8Cipher(name), []byte("pw"))
		if err != nil {
			t.Fatal(name, err)
		}
		plain, err := decryptPKCS8(enc, []byte("pw"))
		if err != nil || string(plain) != string(der) {
			t.Errorf("%s: round trip failed: %v", name, err)
		}
		// A wrong passphrase may unpad by chance, but never gives the key.
		if p, err := decryptPKCS8(enc, []byte("wrong")); err == nil && string(p) == string(der) {
			t.Errorf("%s: a wrong passphrase gave the key", name)
		}
	}
	if _, err := decryptPKCS8([]byte{0x30, 0x03, 0x02, 0x01, 0x00}, []byte("pw")); err == nil {
		t.Error("garbage decrypted")
	}
}

// TestSignPSSNoSalt: the zero-salt PSS signature verifies with the
// standard library's verifier.
func TestSignPSSNoSalt(t *testing.T) {
	k, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	digest := sha256.Sum256([]byte("message"))
	sig, msg := signPSSNoSalt(k, crypto.SHA256, digest[:])
	if msg != "" {
		t.Fatal(msg)
	}
	if err := rsa.VerifyPSS(&k.PublicKey, crypto.SHA256, digest[:], sig, &rsa.PSSOptions{SaltLength: rsa.PSSSaltLengthAuto}); err != nil {
		t.Fatal(err)
	}
	again, _ := signPSSNoSalt(k, crypto.SHA256, digest[:])
	if hex.EncodeToString(again) != hex.EncodeToString(sig) {
		t.Error("a zero-salt PSS signature is not deterministic")
	}
}

// TestGenerateRSAExponent: keys with another public exponent are valid
// and of the asked size.
func TestGenerateRSAExponent(t *testing.T) {
	k, err := generateRSA(1024, 3)
	if err != nil {
		t.Fatal(err)
	}
	if k.E != 3 || k.N.BitLen() != 1024 || k.Validate() != nil {
		t.Fatalf("E=%d bits=%d", k.E, k.N.BitLen())
	}
	if new(big.Int).GCD(nil, nil, big.NewInt(3), new(big.Int).Sub(k.Primes[0], big.NewInt(1))).Int64() != 1 {
		t.Error("e shares a factor with p-1")
	}
}

// TestMatchHost: RFC 6125 wildcards in the leftmost label only.
func TestMatchHost(t *testing.T) {
	for _, tc := range []struct {
		pattern, host string
		want          bool
	}{
		{"example.com", "EXAMPLE.com", true},
		{"*.example.com", "www.example.com", true},
		{"*.example.com", "a.b.example.com", false},
		{"*.example.com", "example.com", false},
		{"*.com", "example.com", false},
		{"w*.example.com", "www.example.com", true},
		{"www.*.com", "www.example.com", false},
	} {
		if got := matchHost(tc.pattern, tc.host, true, true); got != tc.want {
			t.Errorf("matchHost(%q, %q) = %v", tc.pattern, tc.host, got)
		}
	}
}
