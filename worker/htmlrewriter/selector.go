package htmlrewriter

import (
	"strconv"
	"strings"
)

// Selectors: what lol-html supports, with its parser's messages. A
// selector list is compound selectors joined by descendant (" ") and child
// (">") combinators; a compound selector has a type or "*", #id, .class,
// attribute selectors ([a], [a=v], ~= |= ^= $= *=, with i or s),
// :first-child, :nth-child(), :first-of-type, :nth-of-type() and :not() of
// a compound selector.

type selectorList []complexSel

type complexSel struct {
	parts []compound // left to right
	combs []byte     // combs[i] joins parts[i] and parts[i+1]: ' ' or '>'
}

type compound struct {
	tag    string // "" or "*": any
	ids    []string
	cls    []string
	attrs  []attrSel
	nth    []nthSel
	not    []compound
	hasAny bool
}

type attrSel struct {
	name, value string
	op          byte // 0 presence, '=', '~', '|', '^', '$', '*'
	fold        bool
}

type nthSel struct {
	a, b   int
	ofType bool
}

// selectorError is lol-html's message for a selector it refuses.
type selectorError string

func (e selectorError) Error() string { return "Parser error: " + string(e) + "." }

const (
	errEmpty     selectorError = "The selector is empty"
	errEnd       selectorError = "Unexpected end of selector"
	errToken     selectorError = "Unexpected token in selector"
	errPseudo    selectorError = "Unsupported pseudo-class or pseudo-element in selector"
	errDangling  selectorError = "Dangling combinator in selector"
	errNamespace selectorError = "Selectors with explicit namespaces are not supported"
	errBadClass  selectorError = "Invalid or unescaped class name in selector"
	errAttrToken selectorError = "Unexpected token in the attribute selector"
	errAttrName  selectorError = "Missing attribute name in attribute selector"
	// errNoSimple is compound's word for a compound that has no simple
	// selector at all: complex makes it lol-html's errEmpty or errDangling.
	errNoSimple selectorError = "no simple selector"
)

// identStart reports whether s[i:] starts a CSS identifier, as the CSS
// tokenizer under lol-html's selectors decides it: a letter, an underscore,
// a non-ASCII byte or an escape, or a hyphen followed by one of those or by
// another hyphen.
func identStart(s string, i int) bool {
	if i < len(s) && s[i] == '-' {
		i++
	}
	if i >= len(s) {
		return false
	}
	c := s[i]
	return isLetter(c) || c == '_' || c >= 0x80 || c == '\\' && i+1 < len(s) || c == '-' && i > 0 && s[i-1] == '-'
}

type selParser struct {
	s string
	i int
}

func parseSelector(s string) (selectorList, error) {
	p := &selParser{s: s}
	var list selectorList
	for {
		c, err := p.complex()
		if err != nil {
			return nil, err
		}
		list = append(list, c)
		p.spaces()
		if p.i >= len(p.s) {
			return list, nil
		}
		if p.s[p.i] != ',' {
			return nil, errToken
		}
		p.i++
	}
}

func (p *selParser) spaces() bool {
	j := p.i
	for p.i < len(p.s) && isSpace(p.s[p.i]) {
		p.i++
	}
	return p.i > j
}

func (p *selParser) complex() (complexSel, error) {
	var c complexSel
	p.spaces()
	if p.i >= len(p.s) || p.s[p.i] == ',' || p.s[p.i] == '>' || p.s[p.i] == '#' && p.i+1 >= len(p.s) {
		return c, errEmpty
	}
	for {
		comp, err := p.compound()
		if err == errNoSimple {
			if len(c.parts) == 0 {
				return c, errEmpty
			}
			return c, errDangling // a combinator with nothing after it
		}
		if err != nil {
			return c, err
		}
		c.parts = append(c.parts, comp)
		sp := p.spaces()
		if p.i >= len(p.s) || p.s[p.i] == ',' {
			return c, nil
		}
		switch ch := p.s[p.i]; ch {
		case '>':
			p.i++
			p.spaces()
			if p.i >= len(p.s) || p.s[p.i] == ',' {
				return c, errDangling
			}
			if p.s[p.i] == '>' || p.s[p.i] == '+' || p.s[p.i] == '~' {
				return c, errDangling
			}
			c.combs = append(c.combs, '>')
		case '+', '~':
			return c, selectorError("Unsupported combinator `" + string(ch) + "` in selector")
		default:
			if !sp {
				return c, errToken
			}
			c.combs = append(c.combs, ' ')
		}
	}
}

func isIdentByte(c byte) bool {
	return isLetter(c) || c >= '0' && c <= '9' || c == '-' || c == '_' || c >= 0x80 || c == '\\'
}

// ident reads an identifier (CSS escapes of one character kept simple).
func (p *selParser) ident() string {
	var b strings.Builder
	for p.i < len(p.s) && isIdentByte(p.s[p.i]) {
		if p.s[p.i] == '\\' && p.i+1 < len(p.s) {
			p.i++
		}
		b.WriteByte(p.s[p.i])
		p.i++
	}
	return b.String()
}

func (p *selParser) compound() (compound, error) {
	var c compound
	if p.i < len(p.s) {
		switch ch := p.s[p.i]; {
		case ch == '*':
			p.i++
			c.tag, c.hasAny = "*", true
		case identStart(p.s, p.i):
			c.tag, c.hasAny = asciiLower(p.ident()), true
		}
	}
	if p.i < len(p.s) && p.s[p.i] == '|' {
		if c.tag == "*" {
			p.i++
			c.tag = ""
			if p.i < len(p.s) && p.s[p.i] == '*' {
				p.i++
				c.tag = "*"
			} else {
				c.tag = asciiLower(p.ident())
			}
		} else {
			return c, errNamespace
		}
	}
	for p.i < len(p.s) {
		switch p.s[p.i] {
		case '#':
			// An id is a hash token whose name is an identifier; another hash
			// (#1, #-) or a lone # ends the compound, as a token no selector takes.
			if !identStart(p.s, p.i+1) {
				return c.orNone()
			}
			p.i++
			c.ids = append(c.ids, p.ident())
		case '.':
			switch {
			case p.i+1 >= len(p.s):
				return c, errEnd
			case p.s[p.i+1] >= '0' && p.s[p.i+1] <= '9':
				return c.orNone() // .1 is a number token
			case !identStart(p.s, p.i+1):
				return c, errBadClass
			}
			p.i++
			c.cls = append(c.cls, p.ident())
		case '[':
			p.i++
			a, err := p.attribute()
			if err != nil {
				return c, err
			}
			c.attrs = append(c.attrs, a)
		case ':':
			if err := p.pseudo(&c); err != nil {
				return c, err
			}
		default:
			return c.orNone()
		}
		c.hasAny = true
	}
	if !c.hasAny {
		return c, errEnd
	}
	return c, nil
}

// orNone ends the compound at a token no simple selector starts with:
// errNoSimple when it has none yet.
func (c compound) orNone() (compound, error) {
	if !c.hasAny {
		return c, errNoSimple
	}
	return c, nil
}

func (p *selParser) attribute() (attrSel, error) {
	var a attrSel
	p.spaces()
	switch {
	case p.i >= len(p.s):
		return a, errEnd
	case p.s[p.i] == '*' && p.i+1 < len(p.s) && p.s[p.i+1] == '|':
		return a, errNamespace
	case !identStart(p.s, p.i):
		return a, errAttrName
	}
	a.name = asciiLower(p.ident())
	if p.i+1 < len(p.s) && p.s[p.i] == '|' && p.s[p.i+1] != '=' {
		return a, errNamespace
	}
	p.spaces()
	// CSS closes a block left open at the end of the selector, as lol-html's tokenizer
	// does: a[b, a[b="x and a[b=x are whole.
	if p.i >= len(p.s) {
		return a, nil
	}
	if p.s[p.i] == ']' {
		p.i++
		return a, nil
	}
	switch ch := p.s[p.i]; ch {
	case '=':
		a.op = '='
		p.i++
	case '~', '|', '^', '$', '*':
		if p.i+1 >= len(p.s) {
			return a, errEnd
		}
		if p.s[p.i+1] != '=' {
			return a, errToken
		}
		a.op = ch
		p.i += 2
	default:
		return a, errAttrToken
	}
	p.spaces()
	if p.i >= len(p.s) {
		return a, errEnd
	}
	if q := p.s[p.i]; q == '"' || q == '\'' {
		k := strings.IndexByte(p.s[p.i+1:], q)
		if k < 0 { // a string left open at the end ends there
			a.value = p.s[p.i+1:]
			p.i = len(p.s)
			return a, nil
		}
		a.value = p.s[p.i+1 : p.i+1+k]
		p.i += k + 2
	} else {
		a.value = p.ident()
		if a.value == "" {
			return a, errToken
		}
	}
	p.spaces()
	if p.i < len(p.s) && (p.s[p.i]|0x20 == 'i' || p.s[p.i]|0x20 == 's') {
		a.fold = p.s[p.i]|0x20 == 'i'
		p.i++
		p.spaces()
	}
	if p.i >= len(p.s) {
		return a, nil // closed at the end
	}
	if p.s[p.i] != ']' {
		return a, errToken
	}
	p.i++
	return a, nil
}

func (p *selParser) pseudo(c *compound) error {
	p.i++
	if p.i < len(p.s) && p.s[p.i] == ':' {
		if p.i+1 >= len(p.s) {
			return errEnd
		}
		return errPseudo
	}
	if p.i >= len(p.s) {
		return errEnd
	}
	name := strings.ToLower(p.ident())
	switch name {
	case "first-child":
		c.nth = append(c.nth, nthSel{a: 0, b: 1})
		return nil
	case "first-of-type":
		c.nth = append(c.nth, nthSel{a: 0, b: 1, ofType: true})
		return nil
	case "nth-child", "nth-of-type", "not":
	default:
		return errPseudo
	}
	if p.i >= len(p.s) || p.s[p.i] != '(' {
		return errPseudo
	}
	p.i++
	k := strings.IndexByte(p.s[p.i:], ')')
	closed := k >= 0
	if !closed { // left open at the end: closed there
		k = len(p.s) - p.i
	}
	arg := p.s[p.i : p.i+k]
	if name == "not" {
		sub := &selParser{s: strings.TrimSpace(arg)}
		comp, err := sub.compound()
		if err != nil {
			return err
		}
		if sub.i < len(sub.s) {
			return errPseudo
		}
		c.not = append(c.not, comp)
	} else {
		a, b, ok := parseNth(strings.TrimSpace(arg))
		if !ok {
			return errToken
		}
		c.nth = append(c.nth, nthSel{a: a, b: b, ofType: name == "nth-of-type"})
	}
	p.i += k
	if closed {
		p.i++
	}
	return nil
}

// parseNth reads An+B, odd and even.
func parseNth(s string) (a, b int, ok bool) {
	s = strings.ToLower(strings.ReplaceAll(s, " ", ""))
	switch s {
	case "odd":
		return 2, 1, true
	case "even":
		return 2, 0, true
	}
	n := strings.IndexByte(s, 'n')
	if n < 0 {
		v, err := strconv.Atoi(s)
		return 0, v, err == nil
	}
	switch as := s[:n]; as {
	case "", "+":
		a = 1
	case "-":
		a = -1
	default:
		v, err := strconv.Atoi(as)
		if err != nil {
			return 0, 0, false
		}
		a = v
	}
	if rest := s[n+1:]; rest != "" {
		v, err := strconv.Atoi(rest)
		if err != nil || rest[0] != '+' && rest[0] != '-' {
			return 0, 0, false
		}
		b = v
	}
	return a, b, true
}

// elem is what matching sees of an open element.
type elem struct {
	name         string
	attrs        []attr
	index, typed int // 1-based position among its parent's children (of its name)
}

func (l selectorList) matches(stack []*elem) bool {
	for _, c := range l {
		if c.matches(stack) {
			return true
		}
	}
	return false
}

// matches reports whether the last element of stack (its ancestors before
// it) matches c, right to left.
func (c complexSel) matches(stack []*elem) bool {
	return matchFrom(c, len(c.parts)-1, stack, len(stack)-1)
}

func matchFrom(c complexSel, part int, stack []*elem, at int) bool {
	if at < 0 || !c.parts[part].matches(stack[at]) {
		return false
	}
	if part == 0 {
		return true
	}
	if c.combs[part-1] == '>' {
		return matchFrom(c, part-1, stack, at-1)
	}
	for j := at - 1; j >= 0; j-- {
		if matchFrom(c, part-1, stack, j) {
			return true
		}
	}
	return false
}

func (c *compound) matches(e *elem) bool {
	if c.tag != "" && c.tag != "*" && c.tag != e.name {
		return false
	}
	for _, id := range c.ids {
		if v, ok := getAttr(e.attrs, "id"); !ok || v != id {
			return false
		}
	}
	for _, cl := range c.cls {
		v, ok := getAttr(e.attrs, "class")
		if !ok || !containsWord(v, cl, false) {
			return false
		}
	}
	for _, a := range c.attrs {
		if !a.matches(e.attrs) {
			return false
		}
	}
	for _, n := range c.nth {
		pos := e.index
		if n.ofType {
			pos = e.typed
		}
		if !nthMatch(n.a, n.b, pos) {
			return false
		}
	}
	for i := range c.not {
		if c.not[i].matches(e) {
			return false
		}
	}
	return true
}

func nthMatch(a, b, pos int) bool {
	if a == 0 {
		return pos == b
	}
	d := pos - b
	return d%a == 0 && d/a >= 0
}

func getAttr(attrs []attr, name string) (string, bool) {
	for _, a := range attrs {
		if a.name == name {
			return a.value, true
		}
	}
	return "", false
}

func containsWord(list, w string, fold bool) bool {
	for _, f := range strings.FieldsFunc(list, func(r rune) bool { return r < 0x80 && isSpace(byte(r)) }) {
		if f == w || fold && strings.EqualFold(f, w) {
			return true
		}
	}
	return false
}

func (a attrSel) matches(attrs []attr) bool {
	v, ok := getAttr(attrs, a.name)
	if !ok {
		return false
	}
	want := a.value
	if a.fold {
		v, want = strings.ToLower(v), strings.ToLower(want)
	}
	switch a.op {
	case 0:
		return true
	case '=':
		return v == want
	case '~':
		return want != "" && !strings.ContainsAny(want, " \t\n\f\r") && containsWord(v, want, false)
	case '|':
		return v == want || strings.HasPrefix(v, want+"-")
	case '^':
		return want != "" && strings.HasPrefix(v, want)
	case '$':
		return want != "" && strings.HasSuffix(v, want)
	case '*':
		return want != "" && strings.Contains(v, want)
	}
	return false
}
