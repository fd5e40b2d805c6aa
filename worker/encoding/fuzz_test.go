package encoding

import (
	"bytes"
	"encoding/base64"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// FuzzDecodeUTF8: the decoder never panics, its output is valid UTF-8,
// equals the Encoding standard's decoding (checked against a plain
// reading of the standard's rule: U+FFFD per maximal subpart, which
// utf8.DecodeRune does not give), and decoding in two streamed pieces
// gives what decoding at once gives.
func FuzzDecodeUTF8(f *testing.F) {
	for _, s := range []string{"", "abc", "h\xc3\xa9", "\xf0\x9f\x98\x80", "\xf0\x9f\x41", "\xe2\x82", "\xed\xa0\x80", "\xef\xbb\xbfA", "\xc0\xaf", "\xf4\x90\x80\x80"} {
		f.Add([]byte(s), 1)
	}
	rt := goja.New()
	f.Fuzz(func(t *testing.T, b []byte, cut int) {
		whole := NewDecoder("utf-8", false, false)
		v, err := whole.Decode(rt, b, false)
		if err != nil {
			t.Fatal(err)
		}
		got := v.String()
		if !utf8.ValidString(got) {
			t.Fatalf("%q: invalid UTF-8 %q", b, got)
		}
		if want := strings.TrimPrefix(reference(b), "\ufeff"); got != want {
			t.Fatalf("%q: got %q, want %q", b, got, want)
		}
		if cut < 0 {
			cut = -cut
		}
		if len(b) > 0 {
			cut %= len(b) + 1
		} else {
			cut = 0
		}
		s := NewDecoder("utf-8", false, false)
		a, _ := s.Decode(rt, b[:cut], true)
		c, _ := s.Decode(rt, b[cut:], false)
		if a.String()+c.String() != got {
			t.Fatalf("%q cut at %d: %q + %q, want %q", b, cut, a, c, got)
		}
		fatal := NewDecoder("utf-8", true, false)
		if _, err := fatal.Decode(rt, b, false); (err != nil) == utf8.Valid(b) {
			t.Fatalf("%q: fatal error %v, valid %v", b, err, utf8.Valid(b))
		}
	})
}

// reference decodes UTF-8 with one U+FFFD per maximal subpart of an
// ill-formed sequence (Unicode 3.9, the Encoding standard's behaviour).
func reference(b []byte) string {
	var out strings.Builder
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r != utf8.RuneError || n != 1 {
			out.WriteRune(r)
			b = b[n:]
			continue
		}
		// The longest prefix of b that starts a valid sequence.
		m := 1
		for k := 2; k <= 4 && k <= len(b); k++ {
			if !validPrefix(b[:k]) {
				break
			}
			m = k
		}
		out.WriteRune(utf8.RuneError)
		b = b[m:]
	}
	return out.String()
}

// validPrefix reports whether p can begin a well-formed UTF-8 sequence.
func validPrefix(p []byte) bool {
	for _, tail := range [][]byte{{0x80, 0x80, 0x80}, {0xbf, 0xbf, 0xbf}, {0x90, 0x80, 0x80}, {0xa0, 0x80, 0x80}, {0x8f, 0xbf, 0xbf}, {0x9f, 0xbf, 0xbf}} {
		q := append(append([]byte{}, p...), tail...)
		if r, n := utf8.DecodeRune(q); r != utf8.RuneError && n >= len(p) {
			return true
		}
	}
	return false
}

// FuzzTranscodeUTF16: TextEncoder's transcoder equals unicode/utf16's
// decoding (lone surrogates as U+FFFD) encoded as UTF-8.
func FuzzTranscodeUTF16(f *testing.F) {
	f.Add([]byte{0x41, 0, 0x3d, 0xd8, 0x00, 0xde, 0x00, 0xdc, 0xff, 0xff})
	f.Fuzz(func(t *testing.T, b []byte) {
		u := make([]uint16, len(b)/2)
		for i := range u {
			u[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
		}
		got := appendUTF16AsUTF8(nil, u)
		want := []byte(string(utf16.Decode(u)))
		if !bytes.Equal(got, want) {
			t.Fatalf("%x: got %q, want %q", u, got, want)
		}
		// encodeInto into a buffer of half the size: a prefix of whole
		// sequences, which is the encoding of the code units it read.
		dst := make([]byte, len(want)/2)
		read, written := encodeIntoUnits(dst, u)
		if !bytes.Equal(dst[:written], appendUTF16AsUTF8(nil, u[:read])) || !bytes.HasPrefix(want, dst[:written]) {
			t.Fatalf("%x into %d bytes: read %d, wrote %q", u, len(dst), read, dst[:written])
		}
		if read < len(u) && written+len(appendUTF16AsUTF8(nil, u[read:min(read+2, len(u))])) <= len(dst) && !(u[read] >= 0xd800 && u[read] <= 0xdbff) {
			t.Fatalf("%x into %d bytes: stopped at %d with room left", u, len(dst), read)
		}
	})
}

// FuzzBase64: atob's decoding of btoa's output is the input; the
// forgiving decoder accepts exactly what the standard's rules accept and
// agrees with encoding/base64 on it; it never panics.
func FuzzBase64(f *testing.F) {
	for _, s := range []string{"", "YQ", "YQ==", "YR==", " Y Q = = ", "a", "ab=c", "====", "/w==", "\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		b, ok := ForgivingBase64Decode(s)
		if back, ok2 := ForgivingBase64Decode(Base64Encode([]byte(s))); !ok2 || string(back) != s {
			t.Fatalf("%q: round trip gave %q, %v", s, back, ok2)
		}
		stripped := strings.Map(func(r rune) rune {
			if strings.ContainsRune("\t\n\f\r ", r) {
				return -1
			}
			return r
		}, s)
		valid := forgivingValid(stripped)
		if ok != valid {
			t.Fatalf("%q: ok %v, the standard says %v", s, ok, valid)
		}
		if ok {
			want, err := base64.RawStdEncoding.DecodeString(strings.TrimRight(stripped, "="))
			if err != nil || !bytes.Equal(b, want) {
				t.Fatalf("%q: got %x, encoding/base64 %x (%v)", s, b, want, err)
			}
		}
	})
}

// forgivingValid is the HTML standard's forgiving-base64 validity, step by
// step, on input with whitespace removed.
func forgivingValid(s string) bool {
	if len(s)%4 == 0 {
		if strings.HasSuffix(s, "==") {
			s = s[:len(s)-2]
		} else if strings.HasSuffix(s, "=") {
			s = s[:len(s)-1]
		}
	}
	if len(s)%4 == 1 {
		return false
	}
	for _, c := range s {
		if !strings.ContainsRune("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", c) {
			return false
		}
	}
	return true
}

// FuzzDecodeGB18030: the gb18030 decoder (also gbk's) never panics, its
// output is valid UTF-8, decoding in two streamed pieces gives what
// decoding at once gives, and a fatal decoder that does not fail gives the
// same text.
func FuzzDecodeGB18030(f *testing.F) {
	for _, s := range []string{"", "abc", "\x80", "\x81\x40", "\x81\x30", "\x81\x30\xfe", "\x81\x30\xff", "\x81\x35\xf4\x37", "\xe3\x32\x9a\x35", "\xfe\xfe", "\x84\x31\xa5\x30", "\xa6\xd9"} {
		f.Add([]byte(s), 1)
	}
	rt := goja.New()
	f.Fuzz(func(t *testing.T, b []byte, cut int) {
		for _, label := range []string{"gb18030", "gbk"} {
			v, err := NewDecoder(label, false, false).Decode(rt, b, false)
			if err != nil {
				t.Fatal(err)
			}
			got := v.String()
			if !utf8.ValidString(got) {
				t.Fatalf("%q: invalid UTF-8 %q", b, got)
			}
			if cut < 0 {
				cut = -cut
			}
			c := 0
			if len(b) > 0 {
				c = cut % (len(b) + 1)
			}
			s := NewDecoder(label, false, false)
			x, _ := s.Decode(rt, b[:c], true)
			y, _ := s.Decode(rt, b[c:], false)
			if x.String()+y.String() != got {
				t.Fatalf("%s %q cut at %d: %q + %q, want %q", label, b, c, x, y, got)
			}
			if fv, err := NewDecoder(label, true, false).Decode(rt, b, false); err == nil && fv.String() != got {
				t.Fatalf("%s %q: fatal gave %q, want %q", label, b, fv, got)
			}
		}
	})
}
