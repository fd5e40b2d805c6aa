package crypto

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"hash"
)

// digestAlg is one of the hash functions workerd's digest knows.
type digestAlg struct {
	name string
	new  func() hash.Hash
	size int // bytes
	// block is the block size in bits (HMAC's default key length).
	block int
	// jwk is the JWK "alg" suffix (HS256 for SHA-256), "" for none.
	jwk string
}

var digests = []digestAlg{
	{"SHA-1", sha1.New, 20, 512, "1"},
	{"SHA-256", sha256.New, 32, 512, "256"},
	{"SHA-384", sha512.New384, 48, 1024, "384"},
	{"SHA-512", sha512.New, 64, 1024, "512"},
	{"MD5", md5.New, 16, 512, ""},
}

// lookupDigest finds a hash function by name, ignoring ASCII case.
func lookupDigest(name string) (digestAlg, bool) {
	for _, d := range digests {
		if len(d.name) == len(name) && equalFold(d.name, name) {
			return d, true
		}
	}
	return digestAlg{}, false
}

func digestByName(name string) digestAlg {
	d, _ := lookupDigest(name)
	return d
}

func equalFold(a, b string) bool {
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}
