package encoding

import (
	"encoding/binary"
	"unsafe"
)

// UTF-16 to UTF-8 for TextEncoder and its stream. One branch per unit, in
// the order of how common each kind is: ASCII, two bytes, three, then the
// surrogates. A run of four ASCII units is one word load and a mask test,
// which holds in either byte order, the mask being the same in every lane.

const asciiMask16 = 0xff80ff80ff80ff80 // bits 7-15 of four code units

// load64 reads four code units as one word, in the machine's byte order.
func load64(u []uint16) uint64 {
	_ = u[3]
	return binary.NativeEndian.Uint64(unsafe.Slice((*byte)(unsafe.Pointer(&u[0])), 8))
}

// appendUTF16AsUTF8 transcodes UTF-16 code units, a lone surrogate as
// U+FFFD, in one pass: it reserves 1.5 bytes a unit (plus one sequence)
// and writes into that room by index, checking once a unit that a whole
// sequence fits and growing the slice only when one would not.
func appendUTF16AsUTF8(b []byte, u []uint16) []byte {
	out, j := grow(b, len(u)+len(u)/2+4), len(b)
	i := 0
	for i < len(u) {
		if len(out)-j < 4 {
			out = grow(out[:j], (len(u)-i)*3/2+4)
		}
		c := u[i]
		if c < 0x80 {
			if i+4 <= len(u) && load64(u[i:])&asciiMask16 == 0 {
				o := out[j : j+4 : j+4]
				o[0], o[1], o[2], o[3] = byte(c), byte(u[i+1]), byte(u[i+2]), byte(u[i+3])
				j += 4
				i += 4
				continue
			}
			out[j] = byte(c)
			j++
			i++
			continue
		}
		if c < 0x800 {
			o := out[j : j+2 : j+2]
			o[0], o[1] = 0xc0|byte(c>>6), 0x80|byte(c&0x3f)
			j += 2
			i++
			continue
		}
		if c&0xf800 != 0xd800 {
			o := out[j : j+3 : j+3]
			o[0], o[1], o[2] = 0xe0|byte(c>>12), 0x80|byte(c>>6&0x3f), 0x80|byte(c&0x3f)
			j += 3
			i++
			continue
		}
		i++
		if c <= 0xdbff && i < len(u) && u[i]&0xfc00 == 0xdc00 {
			r := 0x10000 + (rune(c)-0xd800)<<10 + rune(u[i]) - 0xdc00
			i++
			o := out[j : j+4 : j+4]
			o[0], o[1], o[2], o[3] = 0xf0|byte(r>>18), 0x80|byte(r>>12&0x3f), 0x80|byte(r>>6&0x3f), 0x80|byte(r&0x3f)
			j += 4
			continue
		}
		o := out[j : j+3 : j+3]
		o[0], o[1], o[2] = 0xef, 0xbf, 0xbd
		j += 3
	}
	return out[:j]
}

// grow is b with room for n more bytes, at its full capacity.
func grow(b []byte, n int) []byte {
	if cap(b)-len(b) < n {
		nb := make([]byte, len(b), max(len(b)+n, 2*cap(b)))
		copy(nb, b)
		b = nb
	}
	return b[:cap(b)]
}
