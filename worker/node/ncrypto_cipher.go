package node

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/des"
	"crypto/rand"
	"crypto/rc4"
	"crypto/rsa"
	"crypto/subtle"
	"math/big"
	"strings"

	"github.com/dop251/goja"
	"golang.org/x/crypto/chacha20poly1305"

	"github.com/mcrepl/mcrepl/internal/gojaprops"
)

// node:crypto's Cipheriv and Decipheriv (AES in CBC, CTR, ECB, OFB and GCM
// modes, DES-CBC and 3DES-CBC, ChaCha20-Poly1305) and RSA's
// publicEncrypt family.

// cipherSpec is one cipher node:crypto knows.
type cipherSpec struct {
	name    string // as getCipherInfo names it
	nid     int    // OpenSSL's NID
	mode    string // cbc, ctr, ecb, ofb, gcm, stream
	keyLen  int
	ivLen   int
	block   int
	newFunc func(key []byte) (cipher.Block, error)
}

// cipherNamed is the cipher of a name (case-insensitively), false for one
// mcrepl does not have.
func cipherNamed(name string) (cipherSpec, bool) {
	n := strings.ToLower(name)
	switch n {
	case "des-cbc":
		return cipherSpec{"DES-CBC", 31, "cbc", 8, 8, 8, des.NewCipher}, true
	case "des-ede3-cbc":
		return cipherSpec{"DES-EDE3-CBC", 44, "cbc", 24, 8, 8, des.NewTripleDESCipher}, true
	case "des-ecb":
		return cipherSpec{"DES-ECB", 29, "ecb", 8, 0, 8, des.NewCipher}, true
	case "des-ede":
		return cipherSpec{"DES-EDE", 32, "ecb", 16, 0, 8, newTwoKeyDES}, true
	case "des-ede-cbc":
		return cipherSpec{"DES-EDE-CBC", 43, "cbc", 16, 8, 8, newTwoKeyDES}, true
	case "rc2-cbc":
		return cipherSpec{"RC2-CBC", 37, "cbc", 16, 8, 8, newRC2}, true
	case "rc4":
		return cipherSpec{"RC4", 5, "stream", 16, 0, 1, nil}, true
	case "chacha20-poly1305":
		return cipherSpec{"chacha20-poly1305", 950, "stream", 32, 12, 1, nil}, true
	case "xchacha20-poly1305":
		return cipherSpec{"xchacha20-poly1305", 0, "stream", 32, 24, 1, nil}, true
	}
	var bits int
	var rest string
	switch {
	case strings.HasPrefix(n, "aes-128-"):
		bits, rest = 128, n[8:]
	case strings.HasPrefix(n, "aes-192-"):
		bits, rest = 192, n[8:]
	case strings.HasPrefix(n, "aes-256-"):
		bits, rest = 256, n[8:]
	default:
		return cipherSpec{}, false
	}
	// OpenSSL's NIDs: 418 + mode offset + 20 per key size for CBC, ECB
	// and OFB; CTR and GCM have their own runs.
	i := (bits - 128) / 64
	s := cipherSpec{mode: rest, keyLen: bits / 8, ivLen: 16, block: 1, newFunc: aes.NewCipher}
	upper := "AES-" + itoa3(bits) + "-" + strings.ToUpper(rest)
	switch rest {
	case "ecb":
		s.name, s.nid, s.ivLen, s.block = upper, 418+i*4, 0, 16
	case "cbc":
		s.name, s.nid, s.block = upper, 419+i*4, 16
	case "ofb":
		s.name, s.nid = upper, 420+i*4
	case "ctr":
		s.name, s.nid = upper, 904+i
	case "gcm":
		s.name, s.nid, s.ivLen = "id-aes"+itoa3(bits)+"-GCM", 895+i*3, 12
	default:
		return cipherSpec{}, false
	}
	return s, true
}

// newTwoKeyDES is two-key triple DES (K1, K2, K1), OpenSSL's DES-EDE.
func newTwoKeyDES(key []byte) (cipher.Block, error) {
	if len(key) != 16 {
		return nil, des.KeySizeError(len(key))
	}
	return des.NewTripleDESCipher(append(append([]byte(nil), key...), key[:8]...))
}

// cipherByNID is the cipher of an OpenSSL NID, for getCipherInfo(nid).
func cipherByNID(nid int) (cipherSpec, bool) {
	for _, name := range cipherNames {
		if c, ok := cipherNamed(name); ok && c.nid == nid && nid != 0 {
			return c, true
		}
	}
	return cipherSpec{}, false
}

func itoa3(n int) string {
	return string([]byte{byte('0' + n/100), byte('0' + n/10%10), byte('0' + n%10)})
}

// cipherNames are getCiphers()'s list, workerd's.
var cipherNames = []string{"AES-128-CBC", "AES-192-CBC", "AES-256-CBC", "AES-128-CTR", "AES-192-CTR", "AES-256-CTR",
	"AES-128-ECB", "AES-192-ECB", "AES-256-ECB", "AES-128-OFB", "AES-192-OFB", "AES-256-OFB", "AES-128-GCM",
	"AES-192-GCM", "AES-256-GCM", "DES-CBC", "DES-ECB", "DES-EDE", "DES-EDE-CBC", "DES-EDE3-CBC", "RC2-CBC", "RC4",
	"aes-128-cbc", "aes-192-cbc", "aes-256-cbc", "aes-128-ctr", "aes-192-ctr", "aes-256-ctr", "aes-128-ecb",
	"aes-192-ecb", "aes-256-ecb", "aes-128-ofb", "aes-192-ofb", "aes-256-ofb", "aes-128-gcm", "aes-192-gcm",
	"aes-256-gcm", "des-cbc", "des-ecb", "des-ede", "des-ede-cbc", "des-ede3-cbc", "rc2-cbc", "rc4", "aes-128-eax",
	"aes-128-ccm-matter", "aes-128-ccm-bluetooth-8", "aes-256-eax", "aes-256-gcm-randnonce", "aes-192-gcm",
	"aes-128-gcm-randnonce", "aes-128-ccm-bluetooth", "aes-128-gcm-siv", "aes-256-gcm", "aes-128-ctr-hmac-sha256",
	"xchacha20-poly1305", "aes-256-ctr-hmac-sha256", "chacha20-poly1305", "aes-256-gcm-siv", "aes-128-gcm"}

// cipherState is a Cipheriv or Decipheriv object's Go side.
type cipherState struct {
	spec     cipherSpec
	decrypt  bool
	done     bool
	pad      bool
	block    cipher.Block
	mode     cipher.BlockMode // cbc
	stream   cipher.Stream    // ctr, ofb
	pending  []byte           // cbc, ecb: input not yet a whole block (and the last block, decrypting)
	aead     cipher.AEAD      // gcm, chacha20-poly1305
	iv       []byte
	aad      []byte
	text     []byte // AEAD: what went in (plaintext encrypting, ciphertext decrypting)
	keystrm  []byte // AEAD: the keystream, grown as needed
	tag      []byte
	tagSet   bool
	finalTag []byte
	// oneShot is workerd's AeadHandle (ChaCha20-Poly1305 and XChaCha):
	// one update() seals or opens everything, final() adds nothing.
	oneShot bool
	updated bool
}

// keystream returns n bytes of an AEAD's keystream from offset off: the
// ciphertext of zeros (the keystream does not depend on the AAD).
func (c *cipherState) keystream(off, n int) []byte {
	if off+n > len(c.keystrm) {
		size := max(2*len(c.keystrm), off+n, 64)
		c.keystrm = c.aead.Seal(nil, c.iv, make([]byte, size), nil)[:size]
	}
	return c.keystrm[off : off+n]
}

func (c *cipherState) update(in []byte) []byte {
	switch {
	case c.aead != nil:
		out := make([]byte, len(in))
		subtle.XORBytes(out, in, c.keystream(len(c.text), len(in)))
		c.text = append(c.text, in...)
		return out
	case c.stream != nil:
		out := make([]byte, len(in))
		c.stream.XORKeyStream(out, in)
		return out
	}
	c.pending = append(c.pending, in...)
	bs := c.block.BlockSize()
	n := len(c.pending) / bs * bs
	if c.decrypt && c.pad && n == len(c.pending) && n > 0 {
		n -= bs // the last block may be padding: keep it for final
	}
	out := c.crypt(c.pending[:n])
	c.pending = append([]byte(nil), c.pending[n:]...)
	return out
}

func (c *cipherState) crypt(in []byte) []byte {
	out := make([]byte, len(in))
	if c.mode != nil {
		c.mode.CryptBlocks(out, in)
		return out
	}
	bs := c.block.BlockSize()
	for i := 0; i < len(in); i += bs {
		if c.decrypt {
			c.block.Decrypt(out[i:], in[i:])
		} else {
			c.block.Encrypt(out[i:], in[i:])
		}
	}
	return out
}

// final returns the last output, or workerd's message.
func (c *cipherState) final() ([]byte, string) {
	switch {
	case c.aead != nil:
		if !c.decrypt {
			sealed := c.aead.Seal(nil, c.iv, c.text, c.aad)
			c.finalTag = sealed[len(c.text):]
			return nil, ""
		}
		if !c.tagSet {
			return nil, "No auth tag provided"
		}
		aead := c.aead
		if len(c.tag) != aead.Overhead() {
			// A shorter GCM tag (12 to 16 bytes, what crypto/cipher takes
			// with a 12-byte nonce).
			var err error
			if c.block == nil || len(c.iv) != 12 {
				return nil, "Authentication failed"
			}
			if aead, err = cipher.NewGCMWithTagSize(c.block, len(c.tag)); err != nil {
				return nil, "Authentication failed"
			}
		}
		if _, err := aead.Open(nil, c.iv, append(append([]byte(nil), c.text...), c.tag...), c.aad); err != nil {
			return nil, "Authentication failed"
		}
		return nil, ""
	case c.stream != nil:
		return nil, ""
	}
	bs := c.block.BlockSize()
	if !c.pad {
		if len(c.pending) != 0 {
			return nil, "Authentication failed"
		}
		return nil, ""
	}
	if !c.decrypt {
		n := bs - len(c.pending)%bs
		for i := 0; i < n; i++ {
			c.pending = append(c.pending, byte(n))
		}
		return c.crypt(c.pending), ""
	}
	if len(c.pending) != bs {
		return nil, "Authentication failed"
	}
	out, err := unpad(c.crypt(c.pending), bs)
	if err != nil {
		return nil, "Authentication failed"
	}
	return out, ""
}

func installCipher(s *state, set func(string, func(goja.FunctionCall) goja.Value), keyOf func(goja.Value) *nodeKey, fail func(*goja.Object, string)) {
	rt := s.env.RT
	in := s.env.Intrinsics()
	buffer := func(p []byte) goja.Value { return rt.ToValue(rt.NewArrayBuffer(p)) }
	set("getCiphers", func(goja.FunctionCall) goja.Value { return rt.ToValue(append([]string(nil), cipherNames...)) })
	// cipherInfo(name) -> [name, nid, blockSize, ivLength, keyLength, mode]
	// or null.
	// cipherInfo(nameOrNid, keyLength, ivLength) -> [name, nid, blockSize,
	// ivLength, keyLength, mode] or null; a length the cipher does not take
	// makes null (GCM takes any IV length).
	set("cipherInfo", func(call goja.FunctionCall) goja.Value {
		var c cipherSpec
		var ok bool
		if n, isNum := call.Argument(0).Export().(int64); isNum {
			c, ok = cipherByNID(int(n))
		} else {
			c, ok = cipherNamed(call.Argument(0).String())
		}
		if !ok {
			return goja.Null()
		}
		if v := call.Argument(1); !goja.IsUndefined(v) && int(v.ToInteger()) != c.keyLen {
			return goja.Null()
		}
		if v := call.Argument(2); !goja.IsUndefined(v) {
			n := int(v.ToInteger())
			if c.mode == "gcm" && n > 0 {
				c.ivLen = n
			} else if n != c.ivLen {
				return goja.Null()
			}
		}
		return rt.ToValue([]any{c.name, c.nid, c.block, c.ivLen, c.keyLen, c.mode})
	})
	// cipherNew(decrypt, algorithm, key, iv, authTagLength) -> a cipher
	// handle.
	set("cipherNew", func(call goja.FunctionCall) goja.Value {
		name := call.Argument(1).String()
		spec, ok := cipherNamed(name)
		if !ok {
			fail(in.Error, "Unknown or unsupported cipher: "+name)
		}
		key := keyOf(call.Argument(2)).secret
		iv := append([]byte(nil), cryptoBytes(rt, call.Argument(3))...)
		if len(key) != spec.keyLen {
			if spec.newFunc == nil && spec.name != "RC4" {
				fail(in.Error, "Failed to initialize AEAD cipher/decipher context")
			}
			fail(in.Error, "Invalid key length")
		}
		if goja.IsNull(call.Argument(3)) && spec.ivLen != 0 || len(iv) != spec.ivLen && spec.mode != "gcm" || spec.mode == "gcm" && len(iv) == 0 {
			fail(in.Error, "Invalid initialization vector")
		}
		c := &cipherState{spec: spec, decrypt: call.Argument(0).ToBoolean(), pad: true, iv: iv}
		var err error
		if spec.newFunc != nil {
			c.block, err = spec.newFunc(key)
			if err != nil {
				fail(in.Error, "Invalid key length")
			}
		}
		switch spec.mode {
		case "cbc":
			if c.decrypt {
				c.mode = cipher.NewCBCDecrypter(c.block, iv)
			} else {
				c.mode = cipher.NewCBCEncrypter(c.block, iv)
			}
		case "ctr":
			c.stream = cipher.NewCTR(c.block, iv)
		case "ofb":
			c.stream = newOFB(c.block, iv)
		case "gcm":
			if len(iv) == 12 {
				c.aead, err = cipher.NewGCM(c.block)
			} else {
				c.aead, err = cipher.NewGCMWithNonceSize(c.block, len(iv))
			}
		case "stream":
			switch spec.name {
			case "RC4":
				c.stream, err = rc4.NewCipher(key)
			case "xchacha20-poly1305":
				if goja.IsUndefined(call.Argument(4)) {
					fail(in.Error, "The auth tag length is required for cipher xchacha20-poly1305")
				}
				c.aead, err = chacha20poly1305.NewX(key)
				c.oneShot = true
			default:
				c.aead, err = chacha20poly1305.New(key)
				c.oneShot = true
			}
		}
		if err != nil {
			fail(in.Error, "Invalid initialization vector")
		}
		return rt.ToValue(c)
	})
	stateOf := func(v goja.Value) *cipherState {
		c, ok := gojaprops.Export(v).(*cipherState)
		if !ok {
			fail(in.TypeError, "Illegal invocation")
		}
		return c
	}
	live := func(v goja.Value) *cipherState {
		c := stateOf(v)
		if c.done {
			fail(in.Error, "Cipher/decipher context has already been finalized")
		}
		return c
	}
	set("cipherUpdate", func(call goja.FunctionCall) goja.Value {
		c := live(call.Argument(0))
		if !c.oneShot {
			return buffer(c.update(cryptoBytes(rt, call.Argument(1))))
		}
		if c.updated {
			fail(in.Error, "update() can only be invoked once on an AEAD")
		}
		data := cryptoBytes(rt, call.Argument(1))
		if !c.decrypt {
			c.updated = true
			sealed := c.aead.Seal(nil, c.iv, data, c.aad)
			c.finalTag = sealed[len(data):]
			return buffer(sealed[:len(data)])
		}
		if !c.tagSet {
			fail(in.Error, "No auth tag provided")
		}
		out, err := c.aead.Open(nil, c.iv, append(append([]byte(nil), data...), c.tag...), c.aad)
		if err != nil {
			panic(s.env.Realm.NewDOMException("Decryption failed: Incorrect key/IV or corrupted ciphertext/authentication tag provided.", "OperationError"))
		}
		// Only an update that opened the data counts: after a failed one,
		// the next tries again.
		c.updated = true
		return buffer(out)
	})
	set("cipherFinal", func(call goja.FunctionCall) goja.Value {
		c := live(call.Argument(0))
		c.done = true
		if c.oneShot {
			if !c.decrypt && !c.updated {
				c.finalTag = c.aead.Seal(nil, c.iv, nil, c.aad)
			}
			return buffer([]byte{})
		}
		out, msg := c.final()
		if msg != "" {
			fail(in.Error, msg)
		}
		return buffer(out)
	})
	set("cipherSetAAD", func(call goja.FunctionCall) goja.Value {
		c := live(call.Argument(0))
		if c.aead == nil {
			fail(in.Error, "Cipher does not support authenticated mode")
		}
		if len(c.text) > 0 {
			fail(in.Error, "Failed to set AAD")
		}
		c.aad = append(c.aad, cryptoBytes(rt, call.Argument(1))...)
		return goja.Undefined()
	})
	set("cipherSetAutoPadding", func(call goja.FunctionCall) goja.Value {
		live(call.Argument(0)).pad = call.Argument(1).ToBoolean()
		return goja.Undefined()
	})
	set("cipherGetAuthTag", func(call goja.FunctionCall) goja.Value {
		c := stateOf(call.Argument(0))
		if !c.done {
			fail(in.Error, "Auth tag is only available once cipher context has been finalized")
		}
		// The tag is given once; a second call (or a cipher without one)
		// gets no bytes.
		tag := c.finalTag
		c.finalTag = nil
		return buffer(append([]byte{}, tag...))
	})
	set("cipherSetAuthTag", func(call goja.FunctionCall) goja.Value {
		c := stateOf(call.Argument(0))
		if !isBufferSource(call.Argument(1)) {
			handle := "CipherHandle"
			if c.oneShot {
				handle = "AeadHandle"
			}
			fail(in.TypeError, "Failed to execute 'setAuthTag' on '"+handle+"': parameter 1 is not of type 'BufferSource'.")
		}
		if c.aead == nil {
			fail(in.Error, "Cipher does not support authenticated mode")
		}
		if c.tagSet {
			fail(in.Error, "Auth tag is already set")
		}
		c.tag = append([]byte(nil), cryptoBytes(rt, call.Argument(1))...)
		c.tagSet = true
		return goja.Undefined()
	})
	// rsaCrypt(op, key, data, padding, oaepHash, oaepLabel) with op one of
	// publicEncrypt, privateDecrypt, privateEncrypt, publicDecrypt.
	set("rsaCrypt", func(call goja.FunctionCall) goja.Value {
		op := call.Argument(0).String()
		k := keyOf(call.Argument(1))
		pub, ok := k.pub.(*rsa.PublicKey)
		if !ok {
			// workerd names publicEncrypt whichever of the four it was.
			fail(in.Error, "publicEncrypt() currently only supports RSA keys")
		}
		priv, _ := k.priv.(*rsa.PrivateKey)
		data := cryptoBytes(rt, call.Argument(2))
		padding := int(call.Argument(3).ToInteger())
		out, msg := rsaCrypt(op, pub, priv, data, padding, call.Argument(4).String(), cryptoBytes(rt, call.Argument(5)))
		if msg != "" {
			fail(in.Error, msg)
		}
		return buffer(out)
	})
}

// newOFB is output feedback mode (crypto/cipher's NewOFB, which Go 1.24
// deprecated for being unauthenticated; node:crypto has it).
func newOFB(b cipher.Block, iv []byte) cipher.Stream {
	return &ofb{b: b, out: append([]byte(nil), iv...), used: len(iv)}
}

type ofb struct {
	b    cipher.Block
	out  []byte
	used int
}

func (o *ofb) XORKeyStream(dst, src []byte) {
	for i := range src {
		if o.used == len(o.out) {
			o.b.Encrypt(o.out, o.out)
			o.used = 0
		}
		dst[i] = src[i] ^ o.out[o.used]
		o.used++
	}
}

// rsaCrypt is RSA encryption or decryption with PKCS #1 v1.5 (type 2
// padding for the public key's encryption, type 1 for the private key's),
// OAEP or no padding; the message is workerd's when it fails.
func rsaCrypt(op string, pub *rsa.PublicKey, priv *rsa.PrivateKey, data []byte, padding int, oaepHash string, label []byte) ([]byte, string) {
	size := (pub.N.BitLen() + 7) / 8
	switch op {
	case "publicEncrypt":
		switch padding {
		case rsaPKCS1Padding:
			//lint:ignore SA1019 node:crypto's publicEncrypt has PKCS #1 v1.5 (its default)
			out, err := rsa.EncryptPKCS1v15(rand.Reader, pub, data)
			if err != nil {
				return nil, "Failed to cipher/decipher"
			}
			return out, ""
		case rsaOAEPPadding:
			h := signHash(oaepHash)
			if h == 0 {
				return nil, "Unsupported hash digest"
			}
			out, err := rsa.EncryptOAEP(h.New(), rand.Reader, pub, data, label)
			if err != nil {
				return nil, "Failed to cipher/decipher"
			}
			return out, ""
		case rsaNoPadding:
			if len(data) != size {
				return nil, "Failed to cipher/decipher"
			}
			return rawRSA(new(big.Int).SetBytes(data), big.NewInt(int64(pub.E)), pub.N, size)
		}
		return nil, "Failed to set the padding"
	case "privateDecrypt":
		if len(data) != size {
			return nil, "Failed to cipher/decipher"
		}
		switch padding {
		case rsaPKCS1Padding:
			//lint:ignore SA1019 as publicEncrypt
			out, err := rsa.DecryptPKCS1v15(nil, priv, data)
			if err != nil {
				return nil, "Failed to cipher/decipher"
			}
			return out, ""
		case rsaOAEPPadding:
			h := signHash(oaepHash)
			if h == 0 {
				return nil, "Unsupported hash digest"
			}
			out, err := rsa.DecryptOAEP(h.New(), nil, priv, data, label)
			if err != nil {
				return nil, "Failed to cipher/decipher"
			}
			return out, ""
		case rsaNoPadding:
			return rawRSA(new(big.Int).SetBytes(data), priv.D, pub.N, size)
		}
		return nil, "Failed to set the padding"
	case "privateEncrypt":
		switch padding {
		case rsaPKCS1Padding:
			// Type 1 padding over the data as it is: SignPKCS1v15 with no
			// hash.
			out, err := rsa.SignPKCS1v15(nil, priv, 0, data)
			if err != nil {
				return nil, "Failed to cipher/decipher"
			}
			return out, ""
		case rsaNoPadding:
			if len(data) != size {
				return nil, "Failed to cipher/decipher"
			}
			return rawRSA(new(big.Int).SetBytes(data), priv.D, pub.N, size)
		}
		return nil, "Failed to set the padding"
	case "publicDecrypt":
		if len(data) != size {
			return nil, "Failed to cipher/decipher"
		}
		m, msg := rawRSA(new(big.Int).SetBytes(data), big.NewInt(int64(pub.E)), pub.N, size)
		if msg != "" || padding == rsaNoPadding {
			return m, msg
		}
		if padding != rsaPKCS1Padding {
			return nil, "Failed to set the padding"
		}
		// 00 01 FF..FF 00 data
		if len(m) < 11 || m[0] != 0 || m[1] != 1 {
			return nil, "Failed to cipher/decipher"
		}
		i := 2
		for i < len(m) && m[i] == 0xff {
			i++
		}
		if i < 10 || i >= len(m) || m[i] != 0 {
			return nil, "Failed to cipher/decipher"
		}
		return m[i+1:], ""
	}
	return nil, "Unknown operation"
}

func rawRSA(m, e, n *big.Int, size int) ([]byte, string) {
	if m.Cmp(n) >= 0 {
		return nil, "Failed to cipher/decipher"
	}
	return new(big.Int).Exp(m, e, n).FillBytes(make([]byte, size)), ""
}
