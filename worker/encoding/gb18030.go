package encoding

import (
	"sync"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/transform"
)

// gb18030 is the state of the Encoding standard's gb18030 decoder (section
// 10.2.1), which is also its gbk decoder, kept between stream: true calls,
// as workerd (ICU) has it: the byte 0x80 is an error (the standard says
// U+20AC), and the 18 two-byte sequences that GB18030-2022 moved out of the
// Private Use Area keep their GB18030-2005 PUA code points (WPT's
// gb18030-decoder "euro" and "GB18030-2022 1" to "18" fail in workerd).
// golang.org/x/text's decoders differ from it on malformed input (its GBK
// one knows no four-byte sequences) and on 0xA8BC, so they only look
// sequences up here.
type gb18030 struct {
	first, second, third byte
	x                    transform.Transformer // x/text's GB18030 decoder, for lookups
}

// gb2022 is the code point in workerd's table of a two-byte sequence where
// it differs from x/text's: 0xA8BC, which both the standard and ICU map to
// U+1E3F (its four-byte twin, pointer 7457, is U+E7C7, gbRanges). A switch,
// not a map built at every start.
func gb2022(seq uint16) (rune, bool) {
	switch seq {
	case 0xa8bc:
		return 0x1e3f, true
	}
	return 0, false
}

// gbPUA are the two-byte sequences outside the user-defined areas that
// GB18030-2005 (and so ICU's table, gb2022 aside) maps to the
// Private Use Area and x/text's table leaves out: each row is a lead byte,
// a run of trail bytes and the code point of the first.
var gbPUA = [...]struct {
	lead, first, last byte
	r                 rune
}{
	{0xa2, 0xab, 0xb0, 0xe766}, {0xa2, 0xe4, 0xe4, 0xe76d}, {0xa2, 0xef, 0xf0, 0xe76e},
	{0xa2, 0xfd, 0xfe, 0xe770}, {0xa4, 0xf4, 0xfe, 0xe772}, {0xa5, 0xf7, 0xfe, 0xe77d},
	{0xa6, 0xb9, 0xc0, 0xe785}, {0xa6, 0xd9, 0xdf, 0xe78d}, {0xa6, 0xec, 0xed, 0xe794},
	{0xa6, 0xf3, 0xf3, 0xe796}, {0xa6, 0xf6, 0xfe, 0xe797}, {0xa7, 0xc2, 0xd0, 0xe7a0},
	{0xa7, 0xf2, 0xfe, 0xe7af}, {0xa8, 0x96, 0xa0, 0xe7bc}, {0xa8, 0xbc, 0xbc, 0xe7c7},
	{0xa8, 0xc1, 0xc4, 0xe7c9}, {0xa8, 0xea, 0xfe, 0xe7cd}, {0xa9, 0x58, 0x58, 0xe7e2},
	{0xa9, 0x5b, 0x5b, 0xe7e3}, {0xa9, 0x5d, 0x5f, 0xe7e4}, {0xa9, 0x97, 0xa3, 0xe7f4},
	{0xa9, 0xf0, 0xfe, 0xe801}, {0xd7, 0xfa, 0xfe, 0xe810}, {0xfe, 0x51, 0x53, 0xe816},
	{0xfe, 0x59, 0x59, 0xe81e}, {0xfe, 0x61, 0x61, 0xe826}, {0xfe, 0x66, 0x67, 0xe82b},
	{0xfe, 0x6c, 0x6d, 0xe831}, {0xfe, 0x76, 0x76, 0xe83b}, {0xfe, 0x7e, 0x7e, 0xe843},
	{0xfe, 0x90, 0x91, 0xe854}, {0xfe, 0xa0, 0xa0, 0xe864},
}

// privateUse is the Private Use Area code point of a two-byte sequence
// that x/text's table does not map: GB18030's three user-defined areas,
// each mapped in order onto a block of the PUA, and gbPUA.
func privateUse(lead, trail byte) (rune, bool) {
	switch {
	case 0xaa <= lead && lead <= 0xaf && trail >= 0xa1:
		return 0xe000 + rune(lead-0xaa)*94 + rune(trail-0xa1), true
	case lead >= 0xf8 && trail >= 0xa1:
		return 0xe234 + rune(lead-0xf8)*94 + rune(trail-0xa1), true
	case 0xa1 <= lead && lead <= 0xa7 && trail <= 0xa0:
		t := rune(trail - 0x40)
		if trail > 0x7f {
			t--
		}
		return 0xe4c6 + rune(lead-0xa1)*96 + t, true
	}
	for _, p := range gbPUA {
		if p.lead == lead && p.first <= trail && trail <= p.last {
			return p.r + rune(trail-p.first), true
		}
	}
	return 0, false
}

// lookup decodes one complete sequence with x/text's decoder; ok is false
// when it maps to nothing.
func (g *gb18030) lookup(seq []byte) (rune, bool) {
	if g.x == nil {
		g.x = simplifiedchinese.GB18030.NewDecoder()
	}
	var buf [8]byte
	g.x.Reset()
	n, _, err := g.x.Transform(buf[:], seq, true)
	if err != nil {
		return 0, false
	}
	r, size := utf8.DecodeRune(buf[:n])
	if r == utf8.RuneError || size != n {
		return 0, false
	}
	return r, true
}

// gbIndex is the standard's index gb18030, by pointer (0 where it has no
// code point; every code point it has is in the BMP), built once.
var (
	gbIndexOnce sync.Once
	gbIndex     []uint16
)

// index is the standard's index gb18030 code point of a two-byte sequence
// (lead 0x81-0xFE, trail 0x40-0x7E or 0x80-0xFE).
func (g *gb18030) index(lead, trail byte) (rune, bool) {
	gbIndexOnce.Do(func() {
		t := make([]uint16, 126*190)
		var b gb18030
		for l := 0x81; l <= 0xfe; l++ {
			for tr := 0x40; tr <= 0xfe; tr++ {
				if tr == 0x7f {
					continue
				}
				if r, ok := b.build(byte(l), byte(tr)); ok && r <= 0xffff {
					t[gbPointer(byte(l), byte(tr))] = uint16(r)
				}
			}
		}
		gbIndex = t
	})
	r := gbIndex[gbPointer(lead, trail)]
	return rune(r), r != 0
}

// gbPointer is the index pointer of a two-byte sequence.
func gbPointer(lead, trail byte) int {
	offset := 0x40
	if trail >= 0x7f {
		offset = 0x41
	}
	return int(lead-0x81)*190 + int(trail) - offset
}

// build is the index's code point for a two-byte sequence: gb2022, else
// x/text's table, else privateUse.
func (g *gb18030) build(lead, trail byte) (rune, bool) {
	if r, ok := gb2022(uint16(lead)<<8 | uint16(trail)); ok {
		return r, true
	}
	if r, ok := g.lookup([]byte{lead, trail}); ok {
		return r, true
	}
	return privateUse(lead, trail)
}

// ranges is the standard's index gb18030 ranges code point of a four-byte
// sequence's pointer.
func (g *gb18030) ranges(pointer int, seq []byte) (rune, bool) {
	if pointer > 39419 && pointer < 189000 || pointer > 1237575 {
		return 0, false
	}
	if pointer == 7457 {
		return 0xe7c7, true
	}
	return g.lookup(seq)
}

// decode runs the decoder over p (and, without stream, the end of the
// input), appending to out; bad is called for each error and returns
// false to stop (a fatal decoder).
func (g *gb18030) decode(out []byte, p []byte, stream bool, bad func() bool) ([]byte, bool) {
	const eof = byteEOF
	in := byteStream{p: p}
	next := in.next
	for {
		b := next()
		if b == eof && stream {
			return out, true
		}
		errorOut := false
		switch {
		case b == eof:
			if g.first == 0 && g.second == 0 && g.third == 0 {
				return out, true
			}
			g.first, g.second, g.third = 0, 0, 0
			errorOut = true
		case g.third != 0:
			if b < 0x30 || b > 0x39 {
				in.prepend(int(g.second), int(g.third), b)
				g.first, g.second, g.third = 0, 0, 0
				errorOut = true
				break
			}
			seq := []byte{g.first, g.second, g.third, byte(b)}
			pointer := ((int(g.first-0x81)*10+int(g.second-0x30))*126+int(g.third-0x81))*10 + b - 0x30
			g.first, g.second, g.third = 0, 0, 0
			if r, ok := g.ranges(pointer, seq); ok {
				out = utf8.AppendRune(out, r)
			} else {
				errorOut = true
			}
		case g.second != 0:
			if 0x81 <= b && b <= 0xfe {
				g.third = byte(b)
				break
			}
			in.prepend(int(g.second), b)
			g.first, g.second = 0, 0
			errorOut = true
		case g.first != 0:
			if 0x30 <= b && b <= 0x39 {
				g.second = byte(b)
				break
			}
			lead := g.first
			g.first = 0
			if 0x40 <= b && b <= 0x7e || 0x80 <= b && b <= 0xfe {
				if r, ok := g.index(lead, byte(b)); ok {
					out = utf8.AppendRune(out, r)
					break
				}
			}
			if b < 0x80 {
				in.prepend(b)
			}
			errorOut = true
		case b < 0x80:
			out = append(out, byte(b))
		case b == 0x80:
			errorOut = true
		case b <= 0xfe:
			g.first = byte(b)
		default:
			errorOut = true
		}
		if errorOut {
			if !bad() {
				return out, false
			}
			out = append(out, replacement...)
		}
	}
}
