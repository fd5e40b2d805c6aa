package fetch

import (
	"bytes"
	"strings"
)

// part is one part of a multipart/form-data body as workerd's formData()
// reads it: a name, the raw bytes, and for a file part (one whose
// Content-Disposition has a filename) the filename and the Content-Type
// header's value, verbatim.
type part struct {
	name, filename, contentType string
	isFile                      bool
	data                        []byte
}

// multipartError is one of the TypeError messages workerd gives for a body
// it cannot read as multipart/form-data.
type multipartError string

func (e multipartError) Error() string { return string(e) }

// parseMultipart is workerd's multipart/form-data reader (api/form-data.c++),
// whose leniencies and messages scripts see: parts are delimited by
// "\n--boundary" (the CR before it optional, the first without the LF);
// after each delimiter comes CRLF, LF or the closing "--", and anything after
// "--" is ignored; a part's headers end at the first blank line (CRLF or
// LF); Content-Disposition must be form-data with a quoted name.
func parseMultipart(body []byte, boundary string) ([]part, error) {
	delim := []byte("\n--" + boundary)
	_, body = splitAt(body, delim[1:])
	if len(body) == 0 {
		return nil, multipartError("No initial boundary string (or you have a truncated message).")
	}
	var parts []part
	for {
		switch {
		case bytes.HasPrefix(body, []byte("\n")):
			body = body[1:]
		case bytes.HasPrefix(body, []byte("\r\n")):
			body = body[2:]
		case bytes.HasPrefix(body, []byte("--")):
			return parts, nil
		default:
			return nil, multipartError("Boundary string was not succeeded by CRLF, LF, or '--'.")
		}
		end := headerEnd(body)
		if end < 0 {
			return nil, multipartError("No multipart message header termination found.")
		}
		hdr, ok := parsePartHeaders(body[:end])
		body = body[end:]
		if !ok {
			return nil, multipartError("FormData part had invalid headers.")
		}
		disposition, ok := hdr["content-disposition"]
		if !ok {
			return nil, multipartError("No valid Content-Disposition header found in FormData part.")
		}
		p, err := parseDisposition(disposition)
		if err != nil {
			return nil, err
		}
		p.contentType = hdr["content-type"]
		var msg []byte
		msg, body = splitAt(body, delim)
		if len(body) == 0 {
			return nil, multipartError("No subsequent boundary string after multipart message.")
		}
		p.data = bytes.TrimSuffix(msg, []byte("\r"))
		parts = append(parts, p)
	}
}

// splitAt cuts text at the first sep: what comes before it, and what comes
// after it (nothing when sep is absent).
func splitAt(text, sep []byte) (before, after []byte) {
	i := bytes.Index(text, sep)
	if i < 0 {
		return text, nil
	}
	return text[:i], text[i+len(sep):]
}

// headerEnd is the end of the first blank line (the regex \r?\n\r?\n, leftmost
// match), or -1.
func headerEnd(b []byte) int {
	for i := 0; i < len(b); i++ {
		j := i
		if b[j] == '\r' {
			j++
		}
		if j >= len(b) || b[j] != '\n' {
			continue
		}
		j++
		if j < len(b) && b[j] == '\r' {
			j++
		}
		if j < len(b) && b[j] == '\n' {
			return j + 1
		}
	}
	return -1
}

// parsePartHeaders reads a part's header block as workerd's header parser
// (kj's HttpHeaders::tryParse) does: the final line break dropped, then
// "name:value" lines ending in CRLF, LF or a lone CR, the name an HTTP token
// right before the colon, spaces and tabs skipped before the value and kept
// after it; no continuation lines, no NUL; a repeated header joined with
// ", ". Names are lowercased in the map.
func parsePartHeaders(b []byte) (map[string]string, bool) {
	b = b[:len(b)-1] // the block always ends in '\n'
	b = bytes.TrimSuffix(b, []byte("\r"))
	if bytes.IndexByte(b, 0) >= 0 {
		return nil, false
	}
	h := map[string]string{}
	for len(b) > 0 {
		n := 0
		for n < len(b) && isHeaderNameByte(b[n]) {
			n++
		}
		if n == 0 || n >= len(b) || b[n] != ':' {
			return nil, false
		}
		key := strings.ToLower(string(b[:n]))
		b = b[skipSpaceTab(b, n+1):]
		end := bytes.IndexAny(b, "\r\n")
		if end < 0 {
			end = len(b)
		}
		line := string(b[:end])
		b = b[end:]
		if bytes.HasPrefix(b, []byte("\r\n")) {
			b = b[2:]
		} else if len(b) > 0 {
			b = b[1:]
		}
		if prev, dup := h[key]; dup {
			line = prev + ", " + line
		}
		h[key] = line
	}
	return h, true
}

func skipSpaceTab(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t') {
		i++
	}
	return i
}

// isHeaderNameByte is kj's HTTP_HEADER_NAME_CHARS: no control character,
// DEL, whitespace or RFC 2616 separator; bytes from 0x80 up are allowed.
func isHeaderNameByte(c byte) bool {
	return c > 0x20 && c != 0x7f && strings.IndexByte("()<>@,;:\\\"/[]?={}", c) < 0
}

// parseDisposition reads a part's Content-Disposition the way workerd's
// grammar does: optional whitespace, an identifier (letters, digits, '_',
// '-') that must be exactly "form-data", then as many `; key="value"`
// parameters as parse (the first that does not ends the list, silently;
// values are quoted, non-empty, with backslash escaping any character but a
// newline). The last name and filename parameters win; a name is required.
func parseDisposition(v string) (part, error) {
	i := skipWhitespace(v, 0)
	kind, i := identifier(v, i)
	if kind == "" {
		return part{}, multipartError("Invalid Content-Disposition header found in FormData part.")
	}
	if kind != "form-data" {
		return part{}, multipartError(`Content-Disposition header for FormData part must have the value "form-data", possibly followed by parameters. Got: "` + kind + `"`)
	}
	i = skipWhitespace(v, i)
	var p part
	hasName := false
	for {
		key, value, next, ok := dispositionParam(v, i)
		if !ok {
			break
		}
		i = next
		switch key {
		case "name":
			p.name, hasName = value, true
		case "filename":
			p.filename, p.isFile = value, true
		}
	}
	if !hasName {
		return part{}, multipartError("Content-Disposition header in FormData part is missing a name.")
	}
	return p, nil
}

func dispositionParam(v string, i int) (key, value string, next int, ok bool) {
	if i >= len(v) || v[i] != ';' {
		return "", "", 0, false
	}
	key, i = identifier(v, skipWhitespace(v, i+1))
	if key == "" {
		return "", "", 0, false
	}
	i = skipWhitespace(v, i)
	if i >= len(v) || v[i] != '=' {
		return "", "", 0, false
	}
	i = skipWhitespace(v, i+1)
	if i >= len(v) || v[i] != '"' {
		return "", "", 0, false
	}
	i++
	var b strings.Builder
	for i < len(v) && v[i] != '"' && v[i] != '\n' {
		if v[i] == '\\' {
			if i+1 >= len(v) || v[i+1] == '\n' {
				return "", "", 0, false
			}
			i++
		}
		b.WriteByte(v[i])
		i++
	}
	if b.Len() == 0 || i >= len(v) || v[i] != '"' {
		return "", "", 0, false
	}
	return key, b.String(), skipWhitespace(v, i+1), true
}

func identifier(v string, i int) (string, int) {
	start := i
	for i < len(v) {
		c := v[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' {
			i++
			continue
		}
		break
	}
	return v[start:i], i
}

// skipWhitespace skips kj's whitespace characters (space, \f, \n, \r, \t, \v).
func skipWhitespace(v string, i int) int {
	for i < len(v) && strings.IndexByte(" \f\n\r\t\v", v[i]) >= 0 {
		i++
	}
	return i
}
