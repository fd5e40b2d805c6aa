package node

import (
	"unicode/utf16"
	"unicode/utf8"

	"github.com/mcrepl/mcrepl/worker/blob"
)

// transcodeBytes is buffer.transcode's conversion, as workerd 2026-12-01
// does it (probed byte by byte; it is no longer ICU's Windows-1252 for
// latin1). from and to are "utf8", "ucs2", "latin1" or "ascii". It
// returns the bytes, the capacity of the ArrayBuffer workerd gives them
// (a Buffer's .buffer.byteLength shows it: workerd allocates the most the
// conversion can need and does not shrink), and, when workerd refuses
// the input, the ICU error name (U_INVALID_CHAR_FOUND) with out nil.
//
// What workerd does:
//   - utf8 is read as WHATWG decodes it, one U+FFFD for each maximal
//     invalid subpart; to ucs2 it must be valid UTF-8, else the error.
//   - ucs2 is read as little-endian code units; to utf8 a lone surrogate
//     or no whole unit is the error and an odd last byte is dropped; to
//     latin1 and ascii a lone surrogate is '?' and an odd last byte is
//     dropped; to ucs2 it is decoded as WHATWG's utf-16le (a lone
//     surrogate, and an unfinished unit at the end, one U+FFFD).
//   - latin1 is ISO-8859-1, a byte for each of U+0000-U+00FF.
//   - ascii is read as ASCII (a byte above 0x7f is invalid), except to
//     ucs2, where it is read as latin1.
//   - A character the target has no byte for is '?' in latin1 and ascii,
//     except a default-ignorable one (a BOM, U+00AD in ascii, a variation
//     selector: skippedInSingleByte), which is left out; an invalid
//     character is U+FFFD in utf8.
func transcodeBytes(src []byte, from, to string) (out []byte, capacity int, errName string) {
	switch from {
	case "utf8":
		return transcodeFromUTF8(src, to)
	case "ucs2":
		return transcodeFromUCS2(src, to)
	}
	// latin1 and ascii: one byte, one character.
	invalid := func(c byte) bool { return from == "ascii" && c >= 0x80 }
	capacity = len(src)
	switch to {
	case "ucs2":
		out = make([]byte, 0, 2*len(src))
		for _, c := range src {
			out = append(out, c, 0)
		}
		capacity = len(out)
	case "utf8":
		out = make([]byte, 0, len(src))
		for _, c := range src {
			if invalid(c) {
				out = utf8.AppendRune(out, utf8.RuneError)
			} else {
				out = utf8.AppendRune(out, rune(c))
			}
		}
		capacity = len(out)
	default:
		out = make([]byte, 0, len(src))
		for _, c := range src {
			if invalid(c) {
				out = append(out, '?')
			} else {
				out = appendSingleByte(out, rune(c), to)
			}
		}
	}
	return out, capacity, ""
}

func transcodeFromUTF8(src []byte, to string) ([]byte, int, string) {
	switch to {
	case "utf8":
		if utf8.Valid(src) {
			return append([]byte(nil), src...), len(src), ""
		}
		// Room for the valid prefix and three bytes for each byte after it.
		prefix := 0
		for prefix < len(src) {
			r, n := utf8.DecodeRune(src[prefix:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			prefix += n
		}
		out := []byte(blob.DecodeUTF8(src))
		return out, prefix + 3*(len(src)-prefix), ""
	case "ucs2":
		if !utf8.Valid(src) {
			return nil, 0, "U_INVALID_CHAR_FOUND"
		}
		out := appendUTF16LE(make([]byte, 0, 2*len(src)), []rune(string(src)))
		return out, len(out), ""
	}
	out := make([]byte, 0, len(src))
	for _, r := range blob.DecodeUTF8(src) {
		out = appendSingleByte(out, r, to)
	}
	return out, len(src), ""
}

func transcodeFromUCS2(src []byte, to string) ([]byte, int, string) {
	units := make([]uint16, len(src)/2)
	for i := range units {
		units[i] = uint16(src[2*i]) | uint16(src[2*i+1])<<8
	}
	switch to {
	case "utf8":
		if len(units) == 0 {
			return nil, 0, "U_INVALID_CHAR_FOUND"
		}
		out := make([]byte, 0, 3*len(units))
		for i := 0; i < len(units); i++ {
			r, n := unitAt(units, i)
			if r < 0 {
				return nil, 0, "U_INVALID_CHAR_FOUND"
			}
			out = utf8.AppendRune(out, r)
			i += n - 1
		}
		return out, len(out), ""
	case "ucs2":
		runes := make([]rune, 0, len(units)+1)
		for i := 0; i < len(units); i++ {
			r, n := unitAt(units, i)
			if r < 0 {
				r = utf8.RuneError
			}
			runes = append(runes, r)
			i += n - 1
		}
		if len(src)%2 == 1 {
			// The odd last byte is an unfinished unit: with a high
			// surrogate before it, the two make one U+FFFD.
			if k := len(units); k > 0 && units[k-1] >= 0xd800 && units[k-1] < 0xdc00 {
				runes = runes[:len(runes)-1]
			}
			runes = append(runes, utf8.RuneError)
		}
		out := appendUTF16LE(make([]byte, 0, 2*len(runes)), runes)
		return out, 2 * ((len(src) + 1) / 2), ""
	}
	out := make([]byte, 0, len(units))
	for i := 0; i < len(units); i++ {
		r, n := unitAt(units, i)
		out = appendSingleByte(out, r, to)
		i += n - 1
	}
	return out, len(units), ""
}

// unitAt reads the character at units[i]: the rune and how many units it
// takes, -1 for a lone surrogate.
func unitAt(units []uint16, i int) (rune, int) {
	u := rune(units[i])
	if !utf16.IsSurrogate(u) {
		return u, 1
	}
	if u < 0xdc00 && i+1 < len(units) {
		if r := utf16.DecodeRune(u, rune(units[i+1])); r != utf8.RuneError {
			return r, 2
		}
	}
	return -1, 1
}

// appendSingleByte appends r in latin1 or ascii (r < 0: a lone
// surrogate): its byte, '?' where it has none, nothing for a
// default-ignorable character without a byte.
func appendSingleByte(out []byte, r rune, to string) []byte {
	if r >= 0 && (r < 0x80 || (r <= 0xff && to == "latin1")) {
		return append(out, byte(r))
	}
	if skippedInSingleByte(r) {
		return out
	}
	return append(out, '?')
}

// skippedInSingleByte says whether r is one of the characters workerd
// leaves out, rather than write '?', where latin1 or ascii has no byte for
// it: probed over every code point, they are Unicode's default-ignorable
// ones (ICU's list).
func skippedInSingleByte(r rune) bool {
	switch {
	case r == 0xad, r == 0x34f, r == 0x61c, r == 0x115f, r == 0x1160, r == 0x17b4, r == 0x17b5,
		r >= 0x180b && r <= 0x180f, r >= 0x200b && r <= 0x200f, r >= 0x202a && r <= 0x202e,
		r >= 0x2060 && r <= 0x206f, r == 0x3164, r >= 0xfe00 && r <= 0xfe0f, r == 0xfeff, r == 0xffa0,
		r >= 0xfff0 && r <= 0xfff8, r >= 0x1bca0 && r <= 0x1bca3, r >= 0x1d173 && r <= 0x1d17a,
		r >= 0xe0000 && r <= 0xe0fff:
		return true
	}
	return false
}

func appendUTF16LE(out []byte, runes []rune) []byte {
	for _, r := range runes {
		if r >= 0x10000 {
			hi, lo := utf16.EncodeRune(r)
			out = append(out, byte(hi), byte(hi>>8), byte(lo), byte(lo>>8))
			continue
		}
		out = append(out, byte(r), byte(r>>8))
	}
	return out
}
