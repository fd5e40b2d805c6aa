package node

import (
	"crypto/hkdf"
	"crypto/hmac"
	"crypto/md5"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding"
	"github.com/mcrepl/mcrepl/internal/gojaprops"
	"hash"
	"strings"

	"github.com/dop251/goja"
)

// node:crypto's hashes, HMACs and key derivations, over Go's standard
// library (the Web Crypto parts of node:crypto are worker/crypto's global).

// hashFunc is the digest node:crypto names name (case-insensitively), nil
// for a name it does not accept. A switch, not a map: nothing to build at
// start-up.
func hashFunc(name string) func() hash.Hash {
	switch strings.ToLower(name) {
	case "md5", "rsa-md5":
		return md5.New
	case "sha1", "rsa-sha1":
		return sha1.New
	case "sha224":
		return sha256.New224
	case "sha256", "rsa-sha256":
		return sha256.New
	case "sha384", "rsa-sha384":
		return sha512.New384
	case "sha512", "rsa-sha512":
		return sha512.New
	case "sha512-224":
		return sha512.New512_224
	case "sha512-256":
		return sha512.New512_256
	}
	return nil
}

// hashState is a Hash or Hmac object's Go side, opaque to JS.
type hashState struct {
	h  hash.Hash
	mk func() hash.Hash // a fresh one of the same kind, for copy()
}

func installCrypto(s *state, b *goja.Object) {
	installNCrypto(s, b)
	rt := s.env.RT
	set := func(name string, f func(goja.FunctionCall) goja.Value) { _ = b.Set(name, s.env.Realm.Func(name, 0, f)) }
	buffer := func(p []byte) goja.Value { return rt.ToValue(rt.NewArrayBuffer(p)) }
	// hashNew(algorithm, hmacKey?) -> state, or null for an unknown algorithm.
	set("hashNew", func(call goja.FunctionCall) goja.Value {
		f := hashFunc(call.Argument(0).String())
		if f == nil {
			return goja.Null()
		}
		if k := call.Argument(1); !goja.IsUndefined(k) {
			key := append([]byte(nil), bytesOf(rt, k)...)
			mk := func() hash.Hash { return hmac.New(f, key) }
			return rt.ToValue(&hashState{mk(), mk})
		}
		return rt.ToValue(&hashState{f(), f})
	})
	// hashCopy(state) -> a state with the same input so far, or null.
	set("hashCopy", func(call goja.FunctionCall) goja.Value {
		st, ok := gojaprops.Export(call.Argument(0)).(*hashState)
		if !ok {
			return goja.Null()
		}
		m, ok := st.h.(encoding.BinaryMarshaler)
		if !ok {
			return goja.Null()
		}
		data, err := m.MarshalBinary()
		if err != nil {
			return goja.Null()
		}
		n := st.mk()
		u, ok := n.(encoding.BinaryUnmarshaler)
		if !ok || u.UnmarshalBinary(data) != nil {
			return goja.Null()
		}
		return rt.ToValue(&hashState{n, st.mk})
	})
	set("hashUpdate", func(call goja.FunctionCall) goja.Value {
		if st, ok := gojaprops.Export(call.Argument(0)).(*hashState); ok {
			st.h.Write(bytesOf(rt, call.Argument(1)))
		}
		return goja.Undefined()
	})
	set("hashDigest", func(call goja.FunctionCall) goja.Value {
		st, ok := gojaprops.Export(call.Argument(0)).(*hashState)
		if !ok {
			return goja.Undefined()
		}
		return buffer(st.h.Sum(nil))
	})
	set("hashNames", func(goja.FunctionCall) goja.Value {
		return rt.ToValue([]string{"md5", "rsa-md5", "rsa-sha1", "rsa-sha256", "rsa-sha384", "rsa-sha512", "sha1", "sha224", "sha256", "sha384", "sha512", "sha512-224", "sha512-256"})
	})
	set("randomBytes", func(call goja.FunctionCall) goja.Value {
		s.env.RefuseInGlobalScope()
		n := call.Argument(0).ToInteger()
		if n < 0 || n > 1<<31 {
			n = 0
		}
		p := make([]byte, n)
		_, _ = rand.Read(p)
		return buffer(p)
	})
	// pbkdf2(password, salt, iterations, keylen, digest) -> ArrayBuffer.
	set("pbkdf2", func(call goja.FunctionCall) goja.Value {
		f := hashFunc(call.Argument(4).String())
		if f == nil {
			return goja.Null()
		}
		keylen := int(call.Argument(3).ToInteger())
		if keylen == 0 {
			// pbkdf2.Key refuses a zero length; the key is empty.
			return buffer([]byte{})
		}
		key, err := pbkdf2.Key(f, string(bytesOf(rt, call.Argument(0))), bytesOf(rt, call.Argument(1)), int(call.Argument(2).ToInteger()), keylen)
		if err != nil {
			panic(rt.NewTypeError(err.Error()))
		}
		return buffer(key)
	})
	// hkdf(digest, ikm, salt, info, keylen) -> ArrayBuffer.
	set("hkdf", func(call goja.FunctionCall) goja.Value {
		f := hashFunc(call.Argument(0).String())
		if f == nil {
			return goja.Null()
		}
		key, err := hkdf.Key(f, bytesOf(rt, call.Argument(1)), bytesOf(rt, call.Argument(2)), string(bytesOf(rt, call.Argument(3))), int(call.Argument(4).ToInteger()))
		if err != nil {
			panic(rt.NewTypeError(err.Error()))
		}
		return buffer(key)
	})
}
