package fetch

import (
	"strings"

	"github.com/mcrepl/mcrepl/worker/encoding"
)

// parseDataURL is Fetch's "data: URL processor" (section 4.2) of a
// serialized data: URL, as workerd runs it: the MIME type before the first
// comma (text/plain;charset=US-ASCII when it does not parse), the body
// percent-decoded after it, and, with ;base64, forgiving-base64 decoded,
// where input that is not base64 gives an empty body (the standard says a
// network error). ok is false without a comma.
func parseDataURL(u string) (typ string, data []byte, ok bool) {
	if i := strings.IndexByte(u, '#'); i >= 0 {
		u = u[:i]
	}
	rest := u[len("data:"):]
	comma := strings.IndexByte(rest, ',')
	if comma < 0 {
		return "", nil, false
	}
	mt := strings.Trim(rest[:comma], httpWhitespace+"\f")
	data = percentDecodeBytes(rest[comma+1:])
	if base, ok := cutBase64(mt); ok {
		b, ok := encoding.ForgivingBase64Decode(isomorphicDecode(data))
		if !ok {
			b = nil
		}
		data, mt = b, base
	}
	if strings.HasPrefix(mt, ";") {
		mt = "text/plain" + mt
	}
	m, parsed := parseMIMEType(mt)
	if !parsed {
		return "text/plain;charset=US-ASCII", data, true
	}
	return m.serialize(), data, true
}

// cutBase64 removes a trailing ";", spaces and "base64" (in any case).
func cutBase64(mt string) (string, bool) {
	if len(mt) < 6 || !strings.EqualFold(mt[len(mt)-6:], "base64") {
		return mt, false
	}
	rest := strings.TrimRight(mt[:len(mt)-6], " ")
	if !strings.HasSuffix(rest, ";") {
		return mt, false
	}
	return rest[:len(rest)-1], true
}

// percentDecodeBytes is the URL standard's percent-decode: %XX becomes its
// byte, anything else (a bad escape too) stays.
func percentDecodeBytes(s string) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2]) {
			out = append(out, unhex(s[i+1])<<4|unhex(s[i+2]))
			i += 2
			continue
		}
		out = append(out, s[i])
	}
	return out
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func unhex(c byte) byte {
	switch {
	case c >= 'a':
		return c - 'a' + 10
	case c >= 'A':
		return c - 'A' + 10
	}
	return c - '0'
}

// isomorphicDecode maps each byte to the code point of the same value.
func isomorphicDecode(b []byte) string {
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return string(r)
}
