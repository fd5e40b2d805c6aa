package htmlrewriter

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// The tokenizer: HTML5's tokenization as lol-html (workerd's rewriter)
// applies it to a stream. Every byte of the input belongs to exactly one
// token, whose raw bytes are what the output gets back unless a handler
// changes it. Text is handed over as it arrives, in chunks: a chunk ends at
// the end of an input chunk (never inside a UTF-8 sequence), and a "<" that
// starts nothing is a chunk of its own; a text node ends with an empty
// chunk (last) before the next tag, comment or doctype and at the end of
// the input. A tag, comment or doctype cut by the end of an input chunk
// waits for the next one.

type kind uint8

const (
	kText kind = iota
	kStartTag
	kEndTag
	kComment
	kDoctype
	kRaw // bytes that are no token lol-html reports (a CDATA section, "</>")
)

type attr struct {
	name  string // lower-cased
	value string // raw (entities are not decoded, as in lol-html)
	raw   string // as written: name, name=value, name="value", name='value'
}

type token struct {
	kind kind
	raw  []byte
	last bool // kText: the empty chunk that ends a text node

	name        string // tags: lower-cased name; doctype: its name
	attrs       []attr
	selfClosing bool

	text string // comment text

	publicID, systemID string
	hasPublic, hasSys  bool
}

// mode is what the tokenizer reads text as: data, or the raw text of the
// element named end (script, style, textarea, title, ...), or plaintext.
type tokenizer struct {
	buf      []byte
	textOpen bool
	end      string // "" data; else the element whose end tag ends raw text
	plain    bool   // plaintext: everything is text
	pending  []token
	foreign  bool // the current element is SVG or MathML (CDATA sections)
}

// feed adds an input chunk.
func (z *tokenizer) feed(b []byte) { z.buf = append(z.buf, b...) }

// next returns the next token, or false when it needs more input (final:
// there is none, and the rest is flushed).
func (z *tokenizer) next(final bool) (token, bool) {
	if len(z.pending) > 0 {
		t := z.pending[0]
		z.pending = z.pending[1:]
		return t, true
	}
	if len(z.buf) == 0 {
		if final && z.textOpen {
			z.textOpen = false
			return token{kind: kText, last: true}, true
		}
		return token{}, false
	}
	if z.plain {
		return z.text(len(z.buf), final)
	}
	i := bytes.IndexByte(z.buf, '<')
	if i != 0 {
		if i < 0 {
			i = len(z.buf)
		}
		return z.text(i, final)
	}
	if z.end != "" {
		return z.rawTextLT(final)
	}
	return z.markup(final)
}

// text hands over buf[:n] as a text chunk (holding back an incomplete
// UTF-8 sequence at the end of the input so far).
func (z *tokenizer) text(n int, final bool) (token, bool) {
	if n == len(z.buf) && !final {
		n = completeUTF8(z.buf)
		if n == 0 {
			return token{}, false
		}
	}
	t := token{kind: kText, raw: z.take(n)}
	z.textOpen = true
	return t, true
}

// completeUTF8 is the length of b without an incomplete sequence at its end.
func completeUTF8(b []byte) int {
	for i := len(b) - 1; i >= 0 && i >= len(b)-3; i-- {
		c := b[i]
		if c < 0x80 {
			return len(b)
		}
		if c >= 0xC0 { // a leading byte
			if utf8.FullRune(b[i:]) {
				return len(b)
			}
			return i
		}
	}
	return len(b)
}

func (z *tokenizer) take(n int) []byte {
	t := z.buf[:n:n]
	z.buf = z.buf[n:]
	return t
}

// nonText returns t, first ending the open text node.
func (z *tokenizer) nonText(t token) (token, bool) {
	if z.textOpen {
		z.textOpen = false
		z.pending = append(z.pending, t)
		return token{kind: kText, last: true}, true
	}
	return t, true
}

// lone hands over the first n bytes ("<", "</p" in raw text) as text.
func (z *tokenizer) lone(n int) (token, bool) {
	z.textOpen = true
	return token{kind: kText, raw: z.take(n)}, true
}

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

// markup reads what starts at "<" in the data state.
func (z *tokenizer) markup(final bool) (token, bool) {
	b := z.buf
	if len(b) < 2 {
		if final {
			return z.lone(1)
		}
		return token{}, false
	}
	switch c := b[1]; {
	case isLetter(c):
		return z.tag(false, final)
	case c == '/':
		if len(b) < 3 {
			if final {
				return z.lone(2)
			}
			return token{}, false
		}
		switch {
		case isLetter(b[2]):
			return z.tag(true, final)
		case b[2] == '>':
			return z.nonText(token{kind: kRaw, raw: z.take(3)})
		}
		return z.bogus(2, final)
	case c == '!':
		return z.declaration(final)
	case c == '?':
		return z.bogus(1, final)
	}
	return z.lone(1)
}

// bogus reads a bogus comment: its text starts at b[from] and ends at the
// first ">".
func (z *tokenizer) bogus(from int, final bool) (token, bool) {
	j := bytes.IndexByte(z.buf[from:], '>')
	if j < 0 {
		if !final {
			return token{}, false
		}
		raw := z.take(len(z.buf))
		return z.nonText(token{kind: kComment, raw: raw, text: string(raw[from:])})
	}
	raw := z.take(from + j + 1)
	return z.nonText(token{kind: kComment, raw: raw, text: string(raw[from : from+j])})
}

// declaration reads what starts with "<!".
func (z *tokenizer) declaration(final bool) (token, bool) {
	b := z.buf
	need := func(s string) (match, wait bool) {
		n := min(len(b), len(s))
		if !strings.EqualFold(string(b[:n]), s[:n]) {
			return false, false
		}
		return n == len(s), n < len(s) && !final
	}
	if m, w := need("<!--"); w {
		return token{}, false
	} else if m {
		rest := b[4:]
		switch {
		case bytes.HasPrefix(rest, []byte(">")):
			return z.nonText(token{kind: kComment, raw: z.take(5)})
		case bytes.HasPrefix(rest, []byte("->")):
			return z.nonText(token{kind: kComment, raw: z.take(6)})
		}
		j := bytes.Index(rest, []byte("-->"))
		if j < 0 {
			if !final {
				return token{}, false
			}
			raw := z.take(len(b))
			return z.nonText(token{kind: kComment, raw: raw, text: string(raw[4:])})
		}
		raw := z.take(4 + j + 3)
		return z.nonText(token{kind: kComment, raw: raw, text: string(raw[4 : 4+j])})
	}
	if z.foreign {
		if m, w := need("<![CDATA["); w {
			return token{}, false
		} else if m {
			j := bytes.Index(b[9:], []byte("]]>"))
			if j < 0 {
				if !final {
					return token{}, false
				}
				return z.nonText(token{kind: kRaw, raw: z.take(len(b))})
			}
			return z.nonText(token{kind: kRaw, raw: z.take(9 + j + 3)})
		}
	}
	if m, w := need("<!doctype"); w {
		return token{}, false
	} else if m {
		j := bytes.IndexByte(b, '>')
		if j < 0 {
			if !final {
				return token{}, false
			}
			j = len(b) - 1
		}
		raw := z.take(j + 1)
		return z.nonText(parseDoctype(raw))
	}
	return z.bogus(2, final)
}

// parseDoctype reads the name and the public and system identifiers.
func parseDoctype(raw []byte) token {
	t := token{kind: kDoctype, raw: raw}
	s := string(raw[len("<!doctype"):])
	s = strings.TrimSuffix(s, ">")
	i := 0
	skip := func() {
		for i < len(s) && isSpace(s[i]) {
			i++
		}
	}
	skip()
	j := i
	for j < len(s) && !isSpace(s[j]) {
		j++
	}
	t.name = strings.ToLower(s[i:j])
	i = j
	skip()
	quoted := func() (string, bool) {
		skip()
		if i >= len(s) || s[i] != '"' && s[i] != '\'' {
			return "", false
		}
		q := s[i]
		k := strings.IndexByte(s[i+1:], q)
		if k < 0 {
			v := s[i+1:]
			i = len(s)
			return v, true
		}
		v := s[i+1 : i+1+k]
		i += k + 2
		return v, true
	}
	rest := strings.ToLower(s[i:])
	switch {
	case strings.HasPrefix(rest, "public"):
		i += 6
		t.publicID, t.hasPublic = quoted()
		t.systemID, t.hasSys = quoted()
	case strings.HasPrefix(rest, "system"):
		i += 6
		t.systemID, t.hasSys = quoted()
	}
	return t
}

// tag reads a start or end tag, up to its ">" (outside quoted values).
func (z *tokenizer) tag(end bool, final bool) (token, bool) {
	b := z.buf
	i := 1
	if end {
		i = 2
	}
	start := i
	for i < len(b) && !isSpace(b[i]) && b[i] != '/' && b[i] != '>' {
		i++
	}
	name := asciiLower(string(b[start:i]))
	var attrs []attr
	self := false
	for {
		for i < len(b) && (isSpace(b[i]) || b[i] == '/') {
			if b[i] == '/' {
				self = i+1 < len(b) && b[i+1] == '>'
			}
			i++
		}
		if i >= len(b) {
			if final {
				return z.nonText(token{kind: kRaw, raw: z.take(len(b))})
			}
			return token{}, false
		}
		if b[i] == '>' {
			break
		}
		self = false
		// An attribute: its name (a "=" may start it), then "=" and a value.
		a0 := i
		i++
		for i < len(b) && !isSpace(b[i]) && b[i] != '/' && b[i] != '>' && b[i] != '=' {
			i++
		}
		an := string(b[a0:i])
		j := i
		for j < len(b) && isSpace(b[j]) {
			j++
		}
		val, hasVal := "", false
		if j < len(b) && b[j] == '=' {
			j++
			for j < len(b) && isSpace(b[j]) {
				j++
			}
			if j >= len(b) {
				i = j
				continue
			}
			hasVal = true
			if q := b[j]; q == '"' || q == '\'' {
				k := bytes.IndexByte(b[j+1:], q)
				if k < 0 {
					i = len(b)
					continue
				}
				val = string(b[j+1 : j+1+k])
				i = j + k + 2
			} else {
				k := j
				for k < len(b) && !isSpace(b[k]) && b[k] != '>' {
					k++
				}
				val = string(b[j:k])
				i = k
			}
		}
		if !end {
			a := attr{name: asciiLower(an), raw: string(b[a0:i])}
			if hasVal {
				a.value = val
			}
			attrs = append(attrs, a)
		}
	}
	raw := z.take(i + 1)
	k := kStartTag
	if end {
		k = kEndTag
	}
	return z.nonText(token{kind: k, raw: raw, name: name, attrs: attrs, selfClosing: self})
}

// rawTextLT reads what starts at "<" inside raw text: the end tag of the
// element, or text ("<" alone, or "</" and the letters of another name).
func (z *tokenizer) rawTextLT(final bool) (token, bool) {
	b := z.buf
	if len(b) < 2 {
		if final {
			return z.lone(1)
		}
		return token{}, false
	}
	if b[1] != '/' {
		return z.lone(1)
	}
	i := 2
	for i < len(b) && isLetter(b[i]) {
		i++
	}
	if i == len(b) && !final {
		return token{}, false
	}
	if asciiLower(string(b[2:i])) == z.end && (i == len(b) || isSpace(b[i]) || b[i] == '/' || b[i] == '>') {
		if i == len(b) {
			return z.lone(i)
		}
		z.end = ""
		t, ok := z.tag(true, final)
		if !ok {
			z.end = asciiLower(string(b[2:i]))
		}
		return t, ok
	}
	return z.lone(i)
}

// asciiLower lower-cases ASCII letters only, as lol-html does (a name keeps
// its length in bytes).
func asciiLower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}
