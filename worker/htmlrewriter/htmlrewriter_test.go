package htmlrewriter

import (
	"strings"
	"testing"
)

// tokens tokenizes chunks as the run does and describes each token.
func tokens(chunks ...string) []string {
	var z tokenizer
	var out []string
	drain := func(final bool) {
		for {
			t, ok := z.next(final)
			if !ok {
				return
			}
			switch t.kind {
			case kText:
				if t.last {
					out = append(out, "$")
				} else {
					out = append(out, "t:"+string(t.raw))
				}
			case kStartTag:
				out = append(out, "<"+t.name)
			case kEndTag:
				out = append(out, "</"+t.name)
			case kComment:
				out = append(out, "c:"+t.text)
			case kDoctype:
				out = append(out, "d:"+t.name)
			default:
				out = append(out, "raw:"+string(t.raw))
			}
		}
	}
	for _, c := range chunks {
		z.feed([]byte(c))
		drain(false)
	}
	drain(true)
	return out
}

// The chunking workerd shows (case 2338): text ends at input chunk ends
// and at a lone "<"; a tag cut by a chunk end waits for the rest.
func TestTokenizerChunks(t *testing.T) {
	for _, c := range []struct {
		in   []string
		want string
	}{
		{[]string{"<p>hel", "lo</p>"}, "<p t:hel t:lo $ </p"},
		{[]string{"<p>ab<", "i>c</i>"}, "<p t:ab $ <i t:c $ </i"},
		{[]string{"<p>1 < 2</p>"}, "<p t:1  t:< t: 2 $ </p"},
		{[]string{"<!x><?y><!--z-->"}, "c:x c:?y c:z"},
		{[]string{"<!DOCTYPE html><p a=1 a=2>"}, "d:html <p"},
		{[]string{"<p>\xc3", "\xa9</p>"}, "<p t:é $ </p"},
	} {
		if got := strings.Join(tokens(c.in...), " "); got != c.want {
			t.Errorf("%q: got %s, want %s", c.in, got, c.want)
		}
	}
}

// lol-html's selector messages (case 2336).
func TestSelectorErrors(t *testing.T) {
	for sel, want := range map[string]string{
		"p + q":   "Parser error: Unsupported combinator `+` in selector.",
		"p:hover": "Parser error: Unsupported pseudo-class or pseudo-element in selector.",
		"":        "Parser error: The selector is empty.",
		".":       "Parser error: Unexpected end of selector.",
		"p)":      "Parser error: Unexpected token in selector.",
		"ns|p":    "Parser error: Selectors with explicit namespaces are not supported.",
		"p >> q":  "Parser error: Dangling combinator in selector.",
	} {
		_, err := parseSelector(sel)
		if err == nil || err.Error() != want {
			t.Errorf("%q: got %v, want %s", sel, err, want)
		}
	}
	for _, sel := range []string{"p > q", "p:nth-child(2n+1)", "[a~=b i]", "p:not(.a)", "*|p", "P, q"} {
		if _, err := parseSelector(sel); err != nil {
			t.Errorf("%q: %v", sel, err)
		}
	}
}

func TestSelectorMatch(t *testing.T) {
	l, err := parseSelector("div > p.a:nth-of-type(2)[data-k^=x]")
	if err != nil {
		t.Fatal(err)
	}
	div := &elem{name: "div", index: 1, typed: 1}
	p := &elem{name: "p", index: 3, typed: 2, attrs: []attr{{name: "class", value: "b a"}, {name: "data-k", value: "xy"}}}
	if !l.matches([]*elem{div, p}) {
		t.Error("no match")
	}
	p.typed = 1
	if l.matches([]*elem{div, p}) {
		t.Error("matched the first p of its type")
	}
}
