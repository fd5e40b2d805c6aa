package url

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/mcrepl/mcrepl/internal/jsfix"
	"github.com/mcrepl/mcrepl/internal/runeset"
)

// URLPattern compiles its regular expressions with JavaScript's v flag,
// whose character classes nest and take set operations ([[a-z]--a],
// [\d&&[0-1]]). go-urlpattern hands a group's regexp to Go's regexp
// (RE2), which has neither, and reads [[a-z]--a] as a class followed by
// the text "--a]". vflagPattern rewrites such a class, inside a
// "(regexp)" group of a pattern string, as the plain class of the same
// characters, before go-urlpattern sees it; the pattern's getters put the
// original text back (restore). A class it does not know how to compute
// (\q{...}, a \p{...} of a property Go's tables lack, anything malformed)
// is left as it was.

// rewrite is one regexp text replaced in a pattern string.
type rewrite struct{ from, to string }

// vflagPattern returns pat with the v-flag classes of its regexp groups
// rewritten, and the rewrites made.
func vflagPattern(pat string) (string, []rewrite) {
	var b strings.Builder
	var done []rewrite
	last := 0
	for i := 0; i < len(pat); i++ {
		switch pat[i] {
		case '\\':
			i++
		case '(':
			end := skipRegexp(pat, i)
			if end > len(pat) || end-1 <= i || pat[end-1] != ')' {
				return pat, nil
			}
			re := pat[i+1 : end-1]
			if out, ok := vflagRegexp(re); ok && out != re {
				b.WriteString(pat[last : i+1])
				b.WriteString(out)
				last = end - 1
				done = append(done, rewrite{from: re, to: out})
			}
			i = end - 1
		}
	}
	if done == nil {
		return pat, nil
	}
	b.WriteString(pat[last:])
	return b.String(), done
}

// restore puts the original regexp text back into a getter's pattern string.
func restore(s string, rw []rewrite) string {
	for _, r := range rw {
		s = strings.Replace(s, "("+r.to+")", "("+r.from+")", 1)
	}
	return s
}

// vflagRegexp rewrites the classes of re that use v-flag syntax; ok is
// false when one of them cannot be computed.
func vflagRegexp(re string) (string, bool) {
	var b strings.Builder
	for i := 0; i < len(re); i++ {
		c := re[i]
		if c == '\\' && i+1 < len(re) {
			b.WriteString(re[i : i+2])
			i++
			continue
		}
		if c != '[' {
			b.WriteByte(c)
			continue
		}
		p := &classParser{s: re, i: i}
		set, ok := p.class()
		if !ok {
			return re, false
		}
		if p.v {
			b.WriteString(re2(set))
		} else {
			b.WriteString(re[i:p.i])
		}
		i = p.i - 1
	}
	return b.String(), true
}

// runeSet is a set of code points (package runeset).
type runeSet = runeset.Set

type runeRange = runeset.Range

// re2 writes the set as a Go regexp class.
func re2(s runeSet) string {
	if len(s) == 0 {
		return `[^\x00-\x{10FFFF}]`
	}
	var b strings.Builder
	b.WriteByte('[')
	for _, r := range s {
		fmt.Fprintf(&b, `\x{%X}`, r.Lo)
		if r.Hi != r.Lo {
			fmt.Fprintf(&b, `-\x{%X}`, r.Hi)
		}
	}
	b.WriteByte(']')
	return b.String()
}

var (
	digitSet = runeSet{{Lo: '0', Hi: '9'}}
	wordSet  = runeSet{{Lo: '0', Hi: '9'}, {Lo: 'A', Hi: 'Z'}, {Lo: '_', Hi: '_'}, {Lo: 'a', Hi: 'z'}}
	// spaceSet is JavaScript's WhiteSpace and LineTerminator.
	spaceSet = runeSet{{Lo: '\t', Hi: '\r'}, {Lo: ' ', Hi: ' '}, {Lo: 0xa0, Hi: 0xa0}, {Lo: 0x1680, Hi: 0x1680}, {Lo: 0x2000, Hi: 0x200a},
		{Lo: 0x2028, Hi: 0x2029}, {Lo: 0x202f, Hi: 0x202f}, {Lo: 0x205f, Hi: 0x205f}, {Lo: 0x3000, Hi: 0x3000}, {Lo: 0xfeff, Hi: 0xfeff}}
)

// classParser reads one v-flag ClassSetExpression from s at i (the "[").
type classParser struct {
	s string
	i int
	v bool // the class used syntax only the v flag has
}

// class reads "[...]" and returns its set.
func (p *classParser) class() (runeSet, bool) {
	if p.i >= len(p.s) || p.s[p.i] != '[' {
		return nil, false
	}
	p.i++
	negate := false
	if p.i < len(p.s) && p.s[p.i] == '^' {
		negate = true
		p.i++
	}
	set, ok := p.operand()
	if !ok {
		return nil, false
	}
	op := ""
	for {
		if p.i >= len(p.s) {
			return nil, false
		}
		if p.s[p.i] == ']' {
			p.i++
			break
		}
		switch {
		case strings.HasPrefix(p.s[p.i:], "&&"), strings.HasPrefix(p.s[p.i:], "--"):
			o := p.s[p.i : p.i+2]
			if op != "" && op != o {
				return nil, false // mixed operators need brackets
			}
			op = o
			p.v = true
			p.i += 2
			t, ok := p.operand()
			if !ok {
				return nil, false
			}
			if o == "&&" {
				set = set.Intersect(t)
			} else {
				set = set.Subtract(t)
			}
		default:
			if op != "" {
				return nil, false
			}
			t, ok := p.operand()
			if !ok {
				return nil, false
			}
			set = append(set, t...).Norm()
		}
	}
	if negate {
		set = set.Complement()
	}
	return set, true
}

// operand reads a union of characters, ranges and nested classes, up to
// an operator or the closing "]".
func (p *classParser) operand() (runeSet, bool) {
	var set runeSet
	for p.i < len(p.s) {
		if p.s[p.i] == ']' || strings.HasPrefix(p.s[p.i:], "&&") || strings.HasPrefix(p.s[p.i:], "--") {
			break
		}
		if p.s[p.i] == '[' {
			p.v = true
			t, ok := p.class()
			if !ok {
				return nil, false
			}
			set = append(set, t...)
			continue
		}
		lo, cls, ok := p.atom()
		if !ok {
			return nil, false
		}
		if cls != nil {
			set = append(set, cls...)
			continue
		}
		if p.i+1 < len(p.s) && p.s[p.i] == '-' && p.s[p.i+1] != '-' && p.s[p.i+1] != ']' {
			p.i++
			hi, cls, ok := p.atom()
			if !ok || cls != nil || hi < lo {
				return nil, false
			}
			set = append(set, runeRange{Lo: lo, Hi: hi})
			continue
		}
		set = append(set, runeRange{Lo: lo, Hi: lo})
	}
	return set.Norm(), true
}

// atom reads one character or a class escape (\d, \w, \s and their
// negations, returned as a set).
func (p *classParser) atom() (rune, runeSet, bool) {
	c, size := utf8.DecodeRuneInString(p.s[p.i:])
	p.i += size
	if c != '\\' {
		return c, nil, true
	}
	if p.i >= len(p.s) {
		return 0, nil, false
	}
	e := p.s[p.i]
	p.i++
	switch e {
	case 'd':
		return 0, digitSet, true
	case 'D':
		return 0, digitSet.Complement(), true
	case 'w':
		return 0, wordSet, true
	case 'W':
		return 0, wordSet.Complement(), true
	case 's':
		return 0, spaceSet, true
	case 'S':
		return 0, spaceSet.Complement(), true
	case 'p', 'P':
		// A Unicode property, from the tables jsfix expands \p{...} with.
		if p.i >= len(p.s) || p.s[p.i] != '{' {
			return 0, nil, false
		}
		end := strings.IndexByte(p.s[p.i:], '}')
		if end < 0 {
			return 0, nil, false
		}
		set, ok := jsfix.Property(p.s[p.i+1 : p.i+end])
		if !ok {
			return 0, nil, false
		}
		p.i += end + 1
		if e == 'P' {
			set = set.Complement()
		}
		return 0, set, true
	case 'n':
		return '\n', nil, true
	case 't':
		return '\t', nil, true
	case 'r':
		return '\r', nil, true
	case 'f':
		return '\f', nil, true
	case 'v':
		return '\v', nil, true
	case 'x', 'u':
		n := 2
		if e == 'u' {
			n = 4
		}
		if e == 'u' && p.i < len(p.s) && p.s[p.i] == '{' {
			end := strings.IndexByte(p.s[p.i:], '}')
			if end < 0 {
				return 0, nil, false
			}
			var v rune
			if _, err := fmt.Sscanf(p.s[p.i+1:p.i+end], "%x", &v); err != nil || v > utf8.MaxRune {
				return 0, nil, false
			}
			p.i += end + 1
			return v, nil, true
		}
		if p.i+n > len(p.s) {
			return 0, nil, false
		}
		var v rune
		if _, err := fmt.Sscanf(p.s[p.i:p.i+n], "%x", &v); err != nil {
			return 0, nil, false
		}
		p.i += n
		return v, nil, true
	}
	// An identity escape of a syntax character or punctuator; letters
	// and digits escape something this does not compute (\p, \q, \b, \0).
	if 'a' <= e && e <= 'z' || 'A' <= e && e <= 'Z' || '0' <= e && e <= '9' || e >= utf8.RuneSelf {
		return 0, nil, false
	}
	return rune(e), nil, true
}
