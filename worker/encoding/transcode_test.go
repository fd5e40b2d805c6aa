package encoding

import (
	"math/rand/v2"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

// randomUnits mixes ASCII runs (longer and shorter than a word), two- and
// three-byte code points, pairs, lone and reversed surrogates.
func randomUnits(r *rand.Rand, n int) []uint16 {
	u := make([]uint16, 0, n)
	for len(u) < n {
		switch r.IntN(8) {
		case 0, 1, 2:
			for k := r.IntN(12); k > 0; k-- {
				u = append(u, uint16(r.IntN(0x80)))
			}
		case 3:
			u = append(u, uint16(0x80+r.IntN(0x780)))
		case 4:
			u = append(u, uint16(0x800+r.IntN(0xd000)))
		case 5:
			u = append(u, uint16(0xd800+r.IntN(0x400)), uint16(0xdc00+r.IntN(0x400)))
		case 6:
			u = append(u, uint16(0xd800+r.IntN(0x800)))
		default:
			u = append(u, uint16(0xe000+r.IntN(0x2000)))
		}
	}
	return u
}

// TestTranscodeRandom checks the transcoder against unicode/utf16 and
// unicode/utf8 (which also make a lone surrogate U+FFFD), on random text
// near a word's edges, appending to slices with and without room (and to
// text that needs more than the room reserved at first).
func TestTranscodeRandom(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 5000 {
		u := randomUnits(r, r.IntN(40))
		if r.IntN(10) == 0 {
			for k := r.IntN(30); k > 0; k-- {
				u = append(u, 0x3053)
			}
		}
		want := string(utf16.Decode(u))
		pre := make([]byte, 3, 3+r.IntN(3*len(u)+8))
		copy(pre, "pre")
		if got := appendUTF16AsUTF8(pre, u); string(got) != "pre"+want {
			t.Fatalf("appendUTF16AsUTF8(%x) = %q, want %q", u, got[3:], want)
		}
		if !utf8.ValidString(want) {
			t.Fatalf("%x: invalid UTF-8", u)
		}
	}
}

// TestEncodeIntoUnitsAllocates nothing: its per-sequence transcoding fits
// the stack buffer it gives appendUTF16AsUTF8.
func TestEncodeIntoUnitsAllocates(t *testing.T) {
	u := []uint16{'a', 0xe9, 0x3053, 0xd83c, 0xdf0d, 0xd800}
	dst := make([]byte, 64)
	if n := testing.AllocsPerRun(100, func() { encodeIntoUnits(dst, u) }); n != 0 {
		t.Errorf("encodeIntoUnits: %v allocations", n)
	}
}
