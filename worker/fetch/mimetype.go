package fetch

import "strings"

// mimeType is a parsed MIME type (MIME Sniffing standard §4.4, "parse a MIME
// type"): essence lowercased, parameter names lowercased, the first of
// duplicate parameters kept. workerd's MimeType::tryParse, which formData()
// reads the Content-Type with, follows that algorithm: a parameter whose
// name is no token, or whose value has a control character, is dropped;
// "charset=" (no value) is no parameter; a quoted value is unescaped.
type mimeType struct {
	essence string
	params  map[string]string
	names   []string // the parameters' names, in order
}

// parseMIMEType parses s, or reports false where the standard says failure
// (no '/', an empty or non-token type or subtype).
func parseMIMEType(s string) (mimeType, bool) {
	s = strings.Trim(s, httpWhitespace)
	slash := strings.IndexByte(s, '/')
	if slash <= 0 || !allBytes(s[:slash], isTokenByte) {
		return mimeType{}, false
	}
	typ, rest := s[:slash], s[slash+1:]
	semi := strings.IndexByte(rest, ';')
	if semi < 0 {
		semi = len(rest)
	}
	sub := strings.TrimRight(rest[:semi], httpWhitespace)
	if sub == "" || !allBytes(sub, isTokenByte) {
		return mimeType{}, false
	}
	m := mimeType{essence: strings.ToLower(typ) + "/" + strings.ToLower(sub), params: map[string]string{}}
	rest = rest[semi:]
	for rest != "" {
		rest = strings.TrimLeft(rest[1:], httpWhitespace) // past ';'
		end := strings.IndexAny(rest, ";=")
		if end < 0 {
			break
		}
		name := strings.ToLower(rest[:end])
		if rest[end] == ';' {
			rest = rest[end:]
			continue
		}
		rest = rest[end+1:] // past '='
		if rest == "" {
			break
		}
		var value string
		if rest[0] == '"' {
			value, rest = quotedString(rest)
			if i := strings.IndexByte(rest, ';'); i >= 0 {
				rest = rest[i:]
			} else {
				rest = ""
			}
		} else {
			i := strings.IndexByte(rest, ';')
			if i < 0 {
				i = len(rest)
			}
			value, rest = strings.TrimRight(rest[:i], httpWhitespace), rest[i:]
			if value == "" {
				continue
			}
		}
		if _, dup := m.params[name]; name != "" && !dup && allBytes(name, isTokenByte) && allBytes(value, isQuotedStringByte) {
			m.params[name] = value
			m.names = append(m.names, name)
		}
	}
	return m, true
}

const httpWhitespace = "\t\n\r "

// quotedString is Fetch's "collect an HTTP quoted string" with the value
// extracted: s starts at the opening quote; rest is what follows the
// closing quote (or nothing, for an unterminated string).
func quotedString(s string) (value, rest string) {
	var b strings.Builder
	i := 1
	for i < len(s) {
		c := s[i]
		i++
		switch c {
		case '"':
			return b.String(), s[i:]
		case '\\':
			if i == len(s) {
				b.WriteByte('\\')
				return b.String(), ""
			}
			b.WriteByte(s[i])
			i++
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), ""
}

func allBytes(s string, ok func(byte) bool) bool {
	for i := 0; i < len(s); i++ {
		if !ok(s[i]) {
			return false
		}
	}
	return true
}

// isTokenByte is an HTTP token code point (RFC 9110 tchar).
func isTokenByte(c byte) bool {
	switch {
	case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		return true
	}
	return strings.IndexByte("!#$%&'*+-.^_`|~", c) >= 0
}

// isQuotedStringByte is an HTTP quoted-string token code point: tab,
// U+0020 to U+007E, U+0080 to U+00FF (header values reach here as UTF-8,
// whose non-ASCII bytes are all in that last range).
func isQuotedStringByte(c byte) bool {
	return c == '\t' || c >= 0x20 && c != 0x7f
}

// serialize is the MIME Sniffing standard's "serialize a MIME type": the
// essence, then each parameter as ;name=value, the value quoted (with '"'
// and '\\' escaped) unless it is a non-empty token.
func (m mimeType) serialize() string {
	var b strings.Builder
	b.WriteString(m.essence)
	for _, name := range m.names {
		v := m.params[name]
		b.WriteString(";" + name + "=")
		if v != "" && allBytes(v, isTokenByte) {
			b.WriteString(v)
			continue
		}
		b.WriteByte('"')
		for i := 0; i < len(v); i++ {
			if v[i] == '"' || v[i] == '\\' {
				b.WriteByte('\\')
			}
			b.WriteByte(v[i])
		}
		b.WriteByte('"')
	}
	return b.String()
}

// setParam sets a parameter, appending its name when it is new.
func (m *mimeType) setParam(name, value string) {
	if _, ok := m.params[name]; !ok {
		m.names = append(m.names, name)
	}
	m.params[name] = value
}

// extractMIMEType is Fetch's "extract a MIME type" (section 3.1.7) of a
// Content-Type value, which may join several with commas: the last one that
// parses (and is not */*) wins, keeping the charset of an earlier one of
// the same essence. workerd's body.blob() types its Blob this way.
func extractMIMEType(value string) (mimeType, bool) {
	var charset, essence string
	hasCharset, found := false, false
	var out mimeType
	for _, v := range splitHeaderValue(value) {
		m, ok := parseMIMEType(v)
		if !ok || m.essence == "*/*" {
			continue
		}
		out, found = m, true
		if m.essence != essence {
			cs, has := m.params["charset"]
			charset, hasCharset, essence = cs, has, m.essence
		} else if _, has := m.params["charset"]; !has && hasCharset {
			out.setParam("charset", charset)
		}
	}
	return out, found
}

// splitHeaderValue is Fetch's "get, decode, and split" of one value: split
// at commas outside quoted strings, each part trimmed of tabs and spaces.
func splitHeaderValue(v string) []string {
	var out []string
	start, quoted := 0, false
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case quoted && c == '\\':
			i++
		case c == '"':
			quoted = !quoted
		case !quoted && c == ',':
			out = append(out, strings.Trim(v[start:i], "\t "))
			start = i + 1
		}
	}
	return append(out, strings.Trim(v[start:], "\t "))
}

// isTextMIME is workerd's test of whether text() reads text: a text/ type,
// application/json, xml, javascript, x-javascript or x-www-form-urlencoded,
// an application/...+json or any ...+xml.
func isTextMIME(m mimeType) bool {
	typ, sub, _ := strings.Cut(m.essence, "/")
	switch {
	case typ == "text", strings.HasSuffix(sub, "+xml"):
		return true
	case typ == "application":
		return sub == "json" || sub == "xml" || sub == "javascript" || sub == "x-javascript" || sub == "x-www-form-urlencoded" || strings.HasSuffix(sub, "+json")
	}
	return false
}
