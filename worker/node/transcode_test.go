package node

import (
	"encoding/hex"
	"math/rand"
	"testing"
)

// TestTranscodeBytes checks transcodeBytes against outputs and capacities
// workerd 2026-12-01 gave (case 2520 has the rest), and that no input of any
// encoding pair panics or gives a capacity below its length.
func TestTranscodeBytes(t *testing.T) {
	for _, tc := range []struct {
		in, from, to, out string
		capacity          int
		err               string
	}{
		{"61e980ff007f", "utf8", "utf8", "61efbfbdefbfbd007f", 16, ""},
		{"61e980ff007f", "utf8", "ucs2", "", 0, "U_INVALID_CHAR_FOUND"},
		{"61e980ff007f", "latin1", "utf8", "61c3a9c280c3bf007f", 9, ""},
		{"61e980ff007f", "ascii", "ucs2", "6100e9008000ff0000007f00", 12, ""},
		{"41", "ucs2", "utf8", "", 0, "U_INVALID_CHAR_FOUND"},
		{"41", "ucs2", "latin1", "", 0, ""},
		{"00d841", "ucs2", "ucs2", "fdff", 4, ""},
		{"410042", "ucs2", "ucs2", "4100fdff", 4, ""},
		{"3dd800dee900", "ucs2", "latin1", "3fe9", 3, ""},
		{"fffe4100", "ucs2", "ascii", "41", 2, ""},
		{"c2adf3a08081efb88fe2808b", "utf8", "latin1", "ad", 12, ""},
		{"c2adf3a08081efb88fe2808b", "utf8", "ascii", "", 12, ""},
		{"eda08041", "utf8", "utf8", "efbfbdefbfbdefbfbd41", 12, ""},
	} {
		in, _ := hex.DecodeString(tc.in)
		out, capacity, err := transcodeBytes(in, tc.from, tc.to)
		if hex.EncodeToString(out) != tc.out || capacity != tc.capacity || err != tc.err {
			t.Errorf("%s %s->%s: %x/%d %q, want %s/%d %q", tc.in, tc.from, tc.to, out, capacity, err, tc.out, tc.capacity, tc.err)
		}
	}
	encs := []string{"utf8", "ucs2", "latin1", "ascii"}
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 2000; i++ {
		in := make([]byte, r.Intn(12))
		for j := range in {
			in[j] = byte(r.Intn(256))
		}
		for _, from := range encs {
			for _, to := range encs {
				out, capacity, err := transcodeBytes(in, from, to)
				if err == "" && capacity < len(out) {
					t.Fatalf("%x %s->%s: capacity %d < length %d", in, from, to, capacity, len(out))
				}
			}
		}
	}
}
