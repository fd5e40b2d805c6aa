package encoding

import "unsafe"

// UTF-16 to UTF-8 for TextEncoder and its stream. One branch per unit, in
// the order of how common each kind is: ASCII (four units at once when the
// four are ASCII), two bytes, three, then the surrogates. The loop reads
// and writes through pointers, without a bounds check per access: it
// checks once a step that four bytes fit (no step writes more), and every
// read is of a unit below len(u). A sequence goes out as one store of 1, 2
// or 4 bytes: a 3-byte one writes a fourth byte, which the next step
// overwrites or which is past the result's length (within its capacity).

// put32 and put16 store w little-endian; the compiler makes each one store
// where the machine is little-endian (as for encoding/binary's).
func put32(b []byte, w uint32) {
	_ = b[3]
	b[0], b[1], b[2], b[3] = byte(w), byte(w>>8), byte(w>>16), byte(w>>24)
}

func put16(b []byte, w uint16) {
	_ = b[1]
	b[0], b[1] = byte(w), byte(w>>8)
}

// appendUTF16AsUTF8 transcodes UTF-16 code units, a lone surrogate as
// U+FFFD, in one pass: it reserves 1.5 bytes a unit (plus one sequence)
// and writes into that room, growing the slice only when a sequence would
// not fit.
func appendUTF16AsUTF8(b []byte, u []uint16) []byte {
	out, j := grow(b, len(u)+len(u)/2+4), len(b)
	n := len(u)
	if n == 0 {
		return out[:j]
	}
	up := unsafe.Pointer(unsafe.SliceData(u))
	unit := func(i int) uint16 { return *(*uint16)(unsafe.Add(up, 2*i)) }
	at := func(j int) []byte {
		return unsafe.Slice((*byte)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(out)), j)), 4)
	}
	for i := 0; i < n; {
		if len(out)-j < 4 {
			out = grow(out[:j], (n-i)*3/2+4)
		}
		c := unit(i)
		if c < 0x80 {
			if i+4 <= n && c|unit(i+1)|unit(i+2)|unit(i+3) < 0x80 {
				put32(at(j), uint32(c)|uint32(unit(i+1))<<8|uint32(unit(i+2))<<16|uint32(unit(i+3))<<24)
				j += 4
				i += 4
				continue
			}
			at(j)[0] = byte(c)
			j++
			i++
			continue
		}
		if c < 0x800 {
			put16(at(j), uint16(0xc0|c>>6)|uint16(0x80|c&0x3f)<<8)
			j += 2
			i++
			continue
		}
		if c&0xf800 != 0xd800 {
			put32(at(j), uint32(0xe0|c>>12)|uint32(0x80|c>>6&0x3f)<<8|uint32(0x80|c&0x3f)<<16)
			j += 3
			i++
			continue
		}
		i++
		if c <= 0xdbff && i < n && unit(i)&0xfc00 == 0xdc00 {
			r := 0x10000 + (uint32(c)-0xd800)<<10 + uint32(unit(i)) - 0xdc00
			i++
			put32(at(j), 0xf0|r>>18|(0x80|r>>12&0x3f)<<8|(0x80|r>>6&0x3f)<<16|(0x80|r&0x3f)<<24)
			j += 4
			continue
		}
		put32(at(j), 0xef|0xbf<<8|0xbd<<16)
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
