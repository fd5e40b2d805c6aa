package url

import (
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/net/idna"

	"github.com/mcrepl/mcrepl/worker/encoding"
)

// encodeSet is a percent-encode set over ASCII (every code point above
// U+007E is in every set).
type encodeSet [128]bool

// The URL standard's percent-encode sets (section 1.3), as literals the
// compiler lays out as data (sets_test.go checks each against its
// definition: the C0 controls and DEL, plus the characters the standard
// adds to the set it builds on).
var (
	c0ControlSet = &encodeSet{
		0x00: true, 0x01: true, 0x02: true, 0x03: true, 0x04: true, 0x05: true, 0x06: true,
		0x07: true, 0x08: true, 0x09: true, 0x0a: true, 0x0b: true, 0x0c: true, 0x0d: true,
		0x0e: true, 0x0f: true, 0x10: true, 0x11: true, 0x12: true, 0x13: true, 0x14: true,
		0x15: true, 0x16: true, 0x17: true, 0x18: true, 0x19: true, 0x1a: true, 0x1b: true,
		0x1c: true, 0x1d: true, 0x1e: true, 0x1f: true,
		0x7f: true,
	}
	fragmentSet = &encodeSet{
		0x00: true, 0x01: true, 0x02: true, 0x03: true, 0x04: true, 0x05: true, 0x06: true,
		0x07: true, 0x08: true, 0x09: true, 0x0a: true, 0x0b: true, 0x0c: true, 0x0d: true,
		0x0e: true, 0x0f: true, 0x10: true, 0x11: true, 0x12: true, 0x13: true, 0x14: true,
		0x15: true, 0x16: true, 0x17: true, 0x18: true, 0x19: true, 0x1a: true, 0x1b: true,
		0x1c: true, 0x1d: true, 0x1e: true, 0x1f: true,
		' ': true, '"': true, '<': true, '>': true, '`': true, 0x7f: true,
	}
	querySet = &encodeSet{
		0x00: true, 0x01: true, 0x02: true, 0x03: true, 0x04: true, 0x05: true, 0x06: true,
		0x07: true, 0x08: true, 0x09: true, 0x0a: true, 0x0b: true, 0x0c: true, 0x0d: true,
		0x0e: true, 0x0f: true, 0x10: true, 0x11: true, 0x12: true, 0x13: true, 0x14: true,
		0x15: true, 0x16: true, 0x17: true, 0x18: true, 0x19: true, 0x1a: true, 0x1b: true,
		0x1c: true, 0x1d: true, 0x1e: true, 0x1f: true,
		' ': true, '"': true, '#': true, '<': true, '>': true, 0x7f: true,
	}
	specialQuerySet = &encodeSet{
		0x00: true, 0x01: true, 0x02: true, 0x03: true, 0x04: true, 0x05: true, 0x06: true,
		0x07: true, 0x08: true, 0x09: true, 0x0a: true, 0x0b: true, 0x0c: true, 0x0d: true,
		0x0e: true, 0x0f: true, 0x10: true, 0x11: true, 0x12: true, 0x13: true, 0x14: true,
		0x15: true, 0x16: true, 0x17: true, 0x18: true, 0x19: true, 0x1a: true, 0x1b: true,
		0x1c: true, 0x1d: true, 0x1e: true, 0x1f: true,
		' ': true, '"': true, '#': true, '\'': true, '<': true, '>': true, 0x7f: true,
	}
	pathSet = &encodeSet{
		0x00: true, 0x01: true, 0x02: true, 0x03: true, 0x04: true, 0x05: true, 0x06: true,
		0x07: true, 0x08: true, 0x09: true, 0x0a: true, 0x0b: true, 0x0c: true, 0x0d: true,
		0x0e: true, 0x0f: true, 0x10: true, 0x11: true, 0x12: true, 0x13: true, 0x14: true,
		0x15: true, 0x16: true, 0x17: true, 0x18: true, 0x19: true, 0x1a: true, 0x1b: true,
		0x1c: true, 0x1d: true, 0x1e: true, 0x1f: true,
		' ': true, '"': true, '#': true, '<': true, '>': true, '?': true, '^': true, '`': true, '{': true, '}': true, 0x7f: true,
	}
	userinfoSet = &encodeSet{
		0x00: true, 0x01: true, 0x02: true, 0x03: true, 0x04: true, 0x05: true, 0x06: true,
		0x07: true, 0x08: true, 0x09: true, 0x0a: true, 0x0b: true, 0x0c: true, 0x0d: true,
		0x0e: true, 0x0f: true, 0x10: true, 0x11: true, 0x12: true, 0x13: true, 0x14: true,
		0x15: true, 0x16: true, 0x17: true, 0x18: true, 0x19: true, 0x1a: true, 0x1b: true,
		0x1c: true, 0x1d: true, 0x1e: true, 0x1f: true,
		' ': true, '"': true, '#': true, '/': true, ':': true, ';': true, '<': true, '=': true, '>': true, '?': true, '@': true, '[': true, '\\': true, ']': true, '^': true, '`': true, '{': true, '|': true, '}': true, 0x7f: true,
	}
)

const upperHexDigits = "0123456789ABCDEF"

// appendEncodedBytes appends c UTF-8 percent-encoded with set.
func appendEncodedBytes(b []byte, c rune, set *encodeSet) []byte {
	if c < 0x80 && !set[c] {
		return append(b, byte(c))
	}
	var tmp [4]byte
	n := utf8.EncodeRune(tmp[:], c)
	for _, x := range tmp[:n] {
		b = append(b, '%', upperHexDigits[x>>4], upperHexDigits[x&15])
	}
	return b
}

func appendEncoded(s string, c rune, set *encodeSet) string {
	if c < 0x80 && !set[c] {
		return s + string(byte(c))
	}
	return s + string(appendEncodedBytes(nil, c, set))
}

// percentEncodeString UTF-8 percent-encodes s with set.
func percentEncodeString(s string, set *encodeSet) string {
	i := 0
	for i < len(s) && s[i] < 0x80 && !set[s[i]] {
		i++
	}
	if i == len(s) {
		return s
	}
	b := make([]byte, 0, len(s)+16)
	b = append(b, s[:i]...)
	for _, c := range s[i:] {
		b = appendEncodedBytes(b, c, set)
	}
	return string(b)
}

// percentDecode is the spec's percent-decode of a byte sequence.
func percentDecode(s string) []byte {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
			b = append(b, unhex(s[i+1])<<4|unhex(s[i+2]))
			i += 2
			continue
		}
		b = append(b, c)
	}
	return b
}

func isForbiddenHost(c rune) bool {
	switch c {
	case 0, '\t', '\n', '\r', ' ', '#', '/', ':', '<', '>', '?', '@', '[', '\\', ']', '^', '|':
		return true
	}
	return false
}

func isForbiddenDomain(c rune) bool {
	return isForbiddenHost(c) || c <= 0x1f || c == '%' || c == 0x7f
}

// parseHost is the host parser (section 3.5), returning the serialized host.
func parseHost(input string, isOpaque bool) (string, bool) {
	if strings.HasPrefix(input, "[") {
		if !strings.HasSuffix(input, "]") || len(input) < 2 {
			return "", false
		}
		addr, ok := parseIPv6(input[1 : len(input)-1])
		if !ok {
			return "", false
		}
		return "[" + serializeIPv6(addr) + "]", true
	}
	if isOpaque {
		for _, c := range input {
			if isForbiddenHost(c) {
				return "", false
			}
		}
		return percentEncodeString(input, c0ControlSet), true
	}
	domain := input
	if strings.IndexByte(input, '%') >= 0 {
		domain = encoding.DecodeUTF8(percentDecode(input))
	}
	ascii, ok := domainToASCII(domain)
	if !ok {
		return "", false
	}
	if endsInANumber(ascii) {
		v, ok := parseIPv4(ascii)
		if !ok {
			return "", false
		}
		return serializeIPv4(v), true
	}
	return ascii, true
}

// uts46 is UTS #46 ToASCII with the URL standard's options for "domain to
// ASCII" with beStrict false: CheckHyphens false, CheckBidi true,
// CheckJoiners true, UseSTD3ASCIIRules false, Transitional_Processing
// false, VerifyDnsLength false. It is made on first use (most hosts take
// asciiFastPath), not at every start.
func uts46() *idna.Profile {
	uts46Once.Do(func() { uts46Value = makeUts46() })
	return uts46Value
}

// A sync.Once and a function rather than a package-level sync.OnceValue,
// whose call would be code in the package's init function at every start.
var (
	uts46Once  sync.Once
	uts46Value *idna.Profile
)

func makeUts46() *idna.Profile {
	return idna.New(
		idna.MapForLookup(),
		idna.BidiRule(),
		idna.CheckJoiners(true),
		idna.CheckHyphens(false),
		idna.Transitional(false),
		idna.VerifyDNSLength(false),
		idna.StrictDomainName(false),
	)
}

// domainToASCII is the URL standard's "domain to ASCII" (section 3.5).
func domainToASCII(domain string) (string, bool) {
	var result string
	if ascii, ok := asciiFastPath(domain); ok {
		result = ascii
	} else {
		r, err := uts46().ToASCII(domain)
		if err != nil {
			return "", false
		}
		result = r
	}
	if result == "" {
		return "", false
	}
	for i := 0; i < len(result); i++ {
		if isForbiddenDomain(rune(result[i])) {
			return "", false
		}
	}
	return result, true
}

// asciiFastPath lowercases an ASCII domain. UTS #46 would also check that
// a label starting with "xn--" is valid Punycode; workerd (ada) does not,
// and accepts "http://xn--/" and "http://a.b.c.xn--pokxncvks/", which the
// URL standard refuses. mcrepl does as workerd does.
func asciiFastPath(d string) (string, bool) {
	lower := false
	for i := 0; i < len(d); i++ {
		c := d[i]
		if c >= 0x80 {
			return "", false
		}
		if 'A' <= c && c <= 'Z' {
			lower = true
		}
	}
	if lower {
		d = strings.ToLower(d)
	}
	return d, true
}

// endsInANumber is the "ends in a number" checker.
func endsInANumber(s string) bool {
	// The last label, or the one before a trailing dot; no list is made
	// (every parse of a domain host asks).
	last := strings.TrimSuffix(s, ".")
	if i := strings.LastIndexByte(last, '.'); i >= 0 {
		last = last[i+1:]
	}
	if last != "" {
		digits := true
		for i := 0; i < len(last); i++ {
			if !isASCIIDigit(rune(last[i])) {
				digits = false
				break
			}
		}
		if digits {
			return true
		}
	}
	_, ok := parseIPv4Number(last)
	return ok
}

// parseIPv4Number returns the number, saturated above 2^32.
func parseIPv4Number(s string) (uint64, bool) {
	if s == "" {
		return 0, false
	}
	radix := uint64(10)
	if len(s) >= 2 && (s[:2] == "0x" || s[:2] == "0X") {
		radix, s = 16, s[2:]
	} else if len(s) >= 2 && s[0] == '0' {
		radix, s = 8, s[1:]
	}
	if s == "" {
		return 0, true
	}
	var v uint64
	for i := 0; i < len(s); i++ {
		c := s[i]
		var d uint64
		switch {
		case '0' <= c && c <= '9':
			d = uint64(c - '0')
		case 'a' <= c && c <= 'f':
			d = uint64(c-'a') + 10
		case 'A' <= c && c <= 'F':
			d = uint64(c-'A') + 10
		default:
			return 0, false
		}
		if d >= radix {
			return 0, false
		}
		if v <= 1<<40 {
			v = v*radix + d
		}
	}
	return v, true
}

// parseIPv4 is the IPv4 parser.
func parseIPv4(s string) (uint32, bool) {
	parts := strings.Split(s, ".")
	if parts[len(parts)-1] == "" && len(parts) > 1 {
		parts = parts[:len(parts)-1]
	}
	if len(parts) > 4 {
		return 0, false
	}
	nums := make([]uint64, len(parts))
	for i, p := range parts {
		n, ok := parseIPv4Number(p)
		if !ok {
			return 0, false
		}
		nums[i] = n
	}
	for _, n := range nums[:len(nums)-1] {
		if n > 255 {
			return 0, false
		}
	}
	last := nums[len(nums)-1]
	if last >= 1<<(8*(5-len(nums))) {
		return 0, false
	}
	v := last
	for i, n := range nums[:len(nums)-1] {
		v += n << (8 * (3 - i))
	}
	return uint32(v), true
}

func serializeIPv4(v uint32) string {
	return strconv.Itoa(int(v>>24)) + "." + strconv.Itoa(int(v>>16&255)) + "." + strconv.Itoa(int(v>>8&255)) + "." + strconv.Itoa(int(v&255))
}

// parseIPv6 is the IPv6 parser.
func parseIPv6(in string) ([8]uint16, bool) {
	var a [8]uint16
	piece, compress := 0, -1
	p := 0
	at := func(i int) rune {
		if i < len(in) {
			return rune(in[i])
		}
		return eof
	}
	if at(p) == ':' {
		if at(p+1) != ':' {
			return a, false
		}
		p += 2
		piece++
		compress = piece
	}
	for at(p) != eof {
		if piece == 8 {
			return a, false
		}
		if at(p) == ':' {
			if compress != -1 {
				return a, false
			}
			p++
			piece++
			compress = piece
			continue
		}
		value, length := 0, 0
		for length < 4 && isASCIIHex(at(p)) {
			value = value*16 + int(unhex(byte(at(p))))
			p++
			length++
		}
		if at(p) == '.' {
			if length == 0 {
				return a, false
			}
			p -= length
			if piece > 6 {
				return a, false
			}
			numbersSeen := 0
			for at(p) != eof {
				ipv4Piece := -1
				if numbersSeen > 0 {
					if at(p) == '.' && numbersSeen < 4 {
						p++
					} else {
						return a, false
					}
				}
				if !isASCIIDigit(at(p)) {
					return a, false
				}
				for isASCIIDigit(at(p)) {
					n := int(at(p) - '0')
					if ipv4Piece == -1 {
						ipv4Piece = n
					} else if ipv4Piece == 0 {
						return a, false
					} else {
						ipv4Piece = ipv4Piece*10 + n
					}
					if ipv4Piece > 255 {
						return a, false
					}
					p++
				}
				a[piece] = a[piece]*0x100 + uint16(ipv4Piece)
				numbersSeen++
				if numbersSeen == 2 || numbersSeen == 4 {
					piece++
				}
			}
			if numbersSeen != 4 {
				return a, false
			}
			break
		} else if at(p) == ':' {
			p++
			if at(p) == eof {
				return a, false
			}
		} else if at(p) != eof {
			return a, false
		}
		a[piece] = uint16(value)
		piece++
	}
	if compress != -1 {
		swaps := piece - compress
		piece = 7
		for piece != 0 && swaps > 0 {
			a[piece], a[compress+swaps-1] = a[compress+swaps-1], a[piece]
			piece--
			swaps--
		}
	} else if piece != 8 {
		return a, false
	}
	return a, true
}

// serializeIPv6 is the IPv6 serializer: the first longest run of two or
// more zero pieces is compressed.
func serializeIPv6(a [8]uint16) string {
	best, bestLen := -1, 1
	for i := 0; i < 8; {
		if a[i] != 0 {
			i++
			continue
		}
		j := i
		for j < 8 && a[j] == 0 {
			j++
		}
		if j-i > bestLen {
			best, bestLen = i, j-i
		}
		i = j
	}
	var b strings.Builder
	ignore0 := false
	for i := 0; i < 8; i++ {
		if ignore0 && a[i] == 0 {
			continue
		}
		ignore0 = false
		if i == best {
			if i == 0 {
				b.WriteString("::")
			} else {
				b.WriteByte(':')
			}
			ignore0 = true
			continue
		}
		b.WriteString(strconv.FormatUint(uint64(a[i]), 16))
		if i != 7 {
			b.WriteByte(':')
		}
	}
	return b.String()
}
