package encoding

import (
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/dop251/goja"
)

// benchText is bench/workloads/textcodec.js's text: mixed ASCII, Latin-1,
// CJK and an astral character, about 5 Mi code units.
func benchText() []uint16 {
	unit := "Hello, Workers! Grüße aus Zürich, こんにちは 🌍 "
	return utf16.Encode([]rune(strings.Repeat(unit, 5<<20/len(utf16.Encode([]rune(unit))))))
}

// BenchmarkEncodeUTF8 is TextEncoder.encode's transcoding of 10 MiB of
// UTF-16 from the JS string.
func BenchmarkEncodeUTF8(b *testing.B) {
	u := benchText()
	s := goja.StringFromUTF16(u)
	b.SetBytes(int64(2 * len(u)))
	for b.Loop() {
		_ = EncodeUTF8(s)
	}
}

// BenchmarkDecodeUTF8 is TextDecoder.decode of the same text in UTF-8, to
// the JS string.
func BenchmarkDecodeUTF8(b *testing.B) {
	p := []byte(string(utf16.Decode(benchText())))
	rt := goja.New()
	d := NewDecoder("utf-8", false, false)
	b.SetBytes(int64(len(p)))
	for b.Loop() {
		if _, err := d.Decode(rt, p, false); err != nil {
			b.Fatal(err)
		}
	}
}

// TestAppendUTF16AsUTF8 checks the transcoding against unicode/utf16 and
// the standard library's UTF-8 (which also makes lone surrogates U+FFFD),
// appending to a non-empty slice.
func TestAppendUTF16AsUTF8(t *testing.T) {
	for _, u := range [][]uint16{
		nil, {'a'}, {0xe9}, {0x3053}, {0xd83c, 0xdf0d}, {0xd83c}, {0xdf0d}, {0xd83c, 'x'},
		{'a', 0xdc00, 0xd800}, benchText()[:200],
	} {
		want := "pre" + string(utf16.Decode(u))
		if got := string(appendUTF16AsUTF8([]byte("pre"), u)); got != want {
			t.Errorf("appendUTF16AsUTF8(%x) = %q, want %q", u, got, want)
		}
	}
}

// BenchmarkDecodeGBK is TextDecoder('gbk').decode of 2 MB of two-byte
// sequences (GB2312's hanzi rows).
func BenchmarkDecodeGBK(b *testing.B) {
	p := make([]byte, 2<<20)
	for i := 0; i < len(p); i += 2 {
		p[i], p[i+1] = byte(0xb0+i/2%40), byte(0xa1+i/2%90)
	}
	rt := goja.New()
	b.SetBytes(int64(len(p)))
	for b.Loop() {
		if _, err := NewDecoder("gbk", false, false).Decode(rt, p, false); err != nil {
			b.Fatal(err)
		}
	}
}
