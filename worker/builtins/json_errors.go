package builtins

import (
	"strconv"
	"strings"
	"unicode/utf16"
)

// V8's JSON.parse messages. goja's parse (encoding/json underneath) says
// "invalid character 'a' looking for beginning of value" or "Unexpected
// token at the end: <nil>"; when it refuses a text, jsonSyntaxError finds
// where V8's parser stops and words the error as V8 does: "Unexpected token
// 'a', "abc" is not valid JSON", "Expected ',' or ']' after array element
// in JSON at position 2 (line 1 column 3)", "Unexpected end of JSON input".
// Only refused texts are scanned, so a valid parse costs nothing more.

// jsonErrorScanner walks JSON text as UTF-16 code units, as V8 does.
type jsonErrorScanner struct {
	s   []uint16
	i   int
	msg string // the error, once found
}

// jsonSyntaxError is V8's message for the first error in text, "" when V8
// would accept it. raw is JSON.rawJSON's stricter start: no whitespace, no
// object or array.
func jsonSyntaxError(text []uint16, raw bool) string {
	p := &jsonErrorScanner{s: text}
	if raw {
		if len(text) > 0 {
			switch text[0] {
			case ' ', '\t', '\n', '\r', '{', '[':
				p.unexpected(-1)
				return p.msg
			}
		}
	} else {
		p.ws()
	}
	if !p.value() {
		return p.msg
	}
	p.ws()
	if p.i < len(p.s) {
		p.at("Unexpected non-whitespace character after")
		return p.msg
	}
	return ""
}

func (p *jsonErrorScanner) ws() {
	for p.i < len(p.s) {
		switch p.s[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

// at sets a message that names the position, with V8's line and column:
// msg + " JSON at position ..." after "after", else + " in JSON at ...".
func (p *jsonErrorScanner) at(msg string) {
	if strings.HasSuffix(msg, " after") {
		msg = strings.TrimSuffix(msg, " in")
	} else {
		msg += " in"
	}
	line, col := 1, p.i+1
	for j := 0; j < p.i && j < len(p.s); j++ {
		// \n, \r and \r\n end a line
		if p.s[j] == '\n' || p.s[j] == '\r' && !(j+1 < len(p.s) && p.s[j+1] == '\n') {
			line, col = line+1, p.i-j
		}
	}
	p.msg = msg + " JSON at position " + strconv.Itoa(p.i) + " (line " + strconv.Itoa(line) + " column " + strconv.Itoa(col) + ")"
}

// unexpected reports the code unit at p.i as V8's unexpected token: the end
// of input, a number, or a character shown with some of the text around it.
// kind is 'n' for a number, 0 for a character, -1 for a character even at
// the end.
func (p *jsonErrorScanner) unexpected(kind int) {
	if p.i >= len(p.s) && kind >= 0 {
		p.msg = "Unexpected end of JSON input"
		return
	}
	if kind == 0 && p.i < len(p.s) {
		// V8 names the token the character starts
		switch c := p.s[p.i]; {
		case c == '"':
			p.at("Unexpected string")
			return
		case c == '-' || c >= '0' && c <= '9':
			kind = 'n'
		}
	}
	if kind == 'n' {
		p.at("Unexpected number")
		return
	}
	src := string(utf16.Decode(p.s))
	switch src {
	case "undefined", "NaN", "Infinity", "[object Object]":
		p.msg = `"` + src + `" is not valid JSON`
		return
	}
	tok := ""
	if p.i < len(p.s) {
		tok = string(utf16.Decode(p.s[p.i : p.i+1]))
	}
	const context = 10
	n := len(p.s)
	if n < 2*context+1 {
		p.msg = "Unexpected token '" + tok + "', \"" + src + "\" is not valid JSON"
		return
	}
	cut := func(a, b int) string { return string(utf16.Decode(p.s[max(a, 0):min(b, n)])) }
	switch {
	case p.i < context:
		p.msg = "Unexpected token '" + tok + "', \"" + cut(0, p.i+context) + "\"... is not valid JSON"
	case p.i < n-context:
		p.msg = "Unexpected token '" + tok + "', ...\"" + cut(p.i-context, p.i+context) + "\"... is not valid JSON"
	default:
		p.msg = "Unexpected token '" + tok + "', ...\"" + cut(p.i-context, n) + "\" is not valid JSON"
	}
}

func (p *jsonErrorScanner) peek() int {
	if p.i < len(p.s) {
		return int(p.s[p.i])
	}
	return -1
}

// value scans one value; false once an error is set. Nesting is kept on
// an explicit stack, so no text is too deep to scan.
func (p *jsonErrorScanner) value() bool {
	var stack []byte // '[' or '{' of each open container
	for {
		// a value
		p.ws()
		switch c := p.peek(); {
		case c == '"':
			if !p.str() {
				return false
			}
		case c == '-' || c >= '0' && c <= '9':
			if !p.number() {
				return false
			}
		case c == 't':
			if !p.literal("true") {
				return false
			}
		case c == 'f':
			if !p.literal("false") {
				return false
			}
		case c == 'n':
			if !p.literal("null") {
				return false
			}
		case c == '[':
			p.i++
			p.ws()
			if p.peek() == ']' {
				p.i++
				break
			}
			stack = append(stack, '[')
			continue
		case c == '{':
			p.i++
			p.ws()
			if p.peek() == '}' {
				p.i++
				break
			}
			if p.peek() != '"' {
				p.at("Expected property name or '}'")
				return false
			}
			if !p.key() {
				return false
			}
			stack = append(stack, '{')
			continue
		default:
			p.unexpected(0)
			return false
		}
		// after a value: close containers or go on to the next element
		for {
			if len(stack) == 0 {
				return true
			}
			p.ws()
			top := stack[len(stack)-1]
			c := p.peek()
			if c == ',' {
				p.i++
				if top == '{' {
					p.ws()
					if p.peek() != '"' {
						p.at("Expected double-quoted property name")
						return false
					}
					if !p.key() {
						return false
					}
				}
				break
			}
			if top == '[' && c == ']' || top == '{' && c == '}' {
				p.i++
				stack = stack[:len(stack)-1]
				continue
			}
			if top == '[' {
				p.at("Expected ',' or ']' after array element")
			} else {
				p.at("Expected ',' or '}' after property value")
			}
			return false
		}
	}
}

// key scans a property name and its colon.
func (p *jsonErrorScanner) key() bool {
	if !p.str() {
		return false
	}
	p.ws()
	if p.peek() != ':' {
		p.at("Expected ':' after property name")
		return false
	}
	p.i++
	return true
}

func (p *jsonErrorScanner) literal(word string) bool {
	for k := 0; k < len(word); k++ {
		if p.peek() != int(word[k]) {
			p.unexpected(0)
			return false
		}
		p.i++
	}
	return true
}

func (p *jsonErrorScanner) digits() int {
	n := 0
	for c := p.peek(); c >= '0' && c <= '9'; c = p.peek() {
		p.i++
		n++
	}
	return n
}

func (p *jsonErrorScanner) number() bool {
	if p.peek() == '-' {
		p.i++
		if c := p.peek(); c < '0' || c > '9' {
			p.at("No number after minus sign")
			return false
		}
	}
	if p.peek() == '0' {
		p.i++
		if c := p.peek(); c >= '0' && c <= '9' {
			p.unexpected('n')
			return false
		}
	} else {
		p.digits()
	}
	if p.peek() == '.' {
		p.i++
		if p.digits() == 0 {
			p.at("Unterminated fractional number")
			return false
		}
	}
	if c := p.peek(); c == 'e' || c == 'E' {
		p.i++
		if c := p.peek(); c == '+' || c == '-' {
			p.i++
		}
		if p.digits() == 0 {
			p.at("Exponent part is missing a number")
			return false
		}
	}
	return true
}

func (p *jsonErrorScanner) str() bool {
	p.i++ // the opening quote
	for {
		c := p.peek()
		switch {
		case c < 0:
			p.at("Unterminated string")
			return false
		case c == '"':
			p.i++
			return true
		case c < 0x20:
			p.at("Bad control character in string literal")
			return false
		case c == '\\':
			p.i++
			switch e := p.peek(); e {
			case -1:
				p.unexpected(0)
				return false
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				p.i++
			case 'u':
				p.i++
				for k := 0; k < 4; k++ {
					h := p.peek()
					if !(h >= '0' && h <= '9' || h >= 'a' && h <= 'f' || h >= 'A' && h <= 'F') {
						p.at("Bad Unicode escape")
						return false
					}
					p.i++
				}
			default:
				p.at("Bad escaped character")
				return false
			}
		default:
			p.i++
		}
	}
}
