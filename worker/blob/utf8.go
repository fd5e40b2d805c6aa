package blob

import (
	"github.com/mcrepl/mcrepl/worker/inspect"
	"strings"
	"unicode/utf8"

	"github.com/dop251/goja"
)

// DecodeUTF8 is the Encoding standard's "UTF-8 decode without BOM"
// (section 6): each maximal invalid subpart becomes one U+FFFD, which Go's
// utf8.DecodeRune, replacing byte by byte, does not give. Blob.text() reads
// its bytes this way: workerd keeps a leading BOM.
func DecodeUTF8(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	var sb strings.Builder
	sb.Grow(len(b) + 8)
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			sb.WriteByte(c)
			i++
			continue
		}
		n, lo, hi := 0, byte(0x80), byte(0xbf)
		switch {
		case c >= 0xc2 && c <= 0xdf:
			n = 1
		case c == 0xe0:
			n, lo = 2, 0xa0
		case c == 0xed:
			n, hi = 2, 0x9f
		case c >= 0xe1 && c <= 0xef:
			n = 2
		case c == 0xf0:
			n, lo = 3, 0x90
		case c == 0xf4:
			n, hi = 3, 0x8f
		case c >= 0xf1 && c <= 0xf3:
			n = 3
		default:
			sb.WriteRune(utf8.RuneError)
			i++
			continue
		}
		j := i + 1
		for k := 0; k < n; k++ {
			if j >= len(b) || b[j] < lo || b[j] > hi {
				break
			}
			lo, hi = 0x80, 0xbf
			j++
		}
		if j-i == n+1 {
			sb.Write(b[i:j])
		} else {
			sb.WriteRune(utf8.RuneError)
		}
		i = j
	}
	return sb.String()
}

// WTF8 is the bytes workerd makes of a JS string (a kj::String, through
// V8's UTF-8 writer): UTF-8, except that a lone surrogate is encoded like
// any other code point below U+10000 (ED A0..BF 80..BF) rather than
// replaced; reading those bytes back as UTF-8 (DecodeUTF8) gives one
// U+FFFD for each of the three. v is a string value.
func WTF8(v goja.Value) string { return inspect.WTF8(v) }

// KJString is a JS string as workerd keeps it and gives it back: WTF8,
// read back as UTF-8 (each lone surrogate becomes three U+FFFD).
func KJString(v goja.Value) string { return DecodeUTF8([]byte(WTF8(v))) }
