package jsfix

import (
	"strings"
	"testing"

	"github.com/dop251/goja"
)

func TestUnicodePropsRewrite(t *testing.T) {
	for _, c := range []struct {
		pattern, flags string
		changed        bool
	}{
		{`\p{L}`, "u", true},
		{`\p{L}`, "", false},            // no u: \p is p
		{`\p{Emoji}`, "u", false},       // not in Go's tables: left alone
		{`a\\p{L}`, "u", false},         // an escaped backslash, then p{L}
		{`[\P{Cs}]`, "u", true},         // complement without surrogates
		{`\p{Script=Nope}`, "u", false}, // unknown script
		{`\p{L`, "u", false},            // unterminated
		{`\p{Cn}\p{C}\p{Assigned}`, "u", true},
	} {
		got, ok := UnicodeProps(c.pattern, c.flags)
		if ok != c.changed {
			t.Errorf("UnicodeProps(%q, %q) changed = %v, want %v", c.pattern, c.flags, ok, c.changed)
		}
		if !ok && got != c.pattern {
			t.Errorf("UnicodeProps(%q) = %q unchanged but different", c.pattern, got)
		}
		if ok {
			if strings.Contains(got, `\p{`) || strings.Contains(got, `\P{`) || strings.Contains(got, `{d800}`) {
				t.Errorf("UnicodeProps(%q) = %.80q...", c.pattern, got)
			}
			if _, err := goja.New().RunString("new RegExp(" + quote(got) + ", " + quote(c.flags) + ")"); err != nil {
				t.Errorf("UnicodeProps(%q): goja refuses the result: %v", c.pattern, err)
			}
		}
	}
}

func quote(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s) + "'"
}

// TestUnicodePropsMatch: the expansion matches what Go's tables say,
// through goja, for literals compiled by Compile.
func TestUnicodePropsMatch(t *testing.T) {
	src := `[/^\p{L}+$/u.test('héllo'), /\p{L}/u.test('1'), /^\p{Lu}$/u.test('Ä'), /^[\p{N}\p{P}]+$/u.test('1,2!'),
		/^\P{L}+$/u.test('123'), /^[^\P{Ll}]+$/u.test('abc'), /^\p{Script=Cyrillic}+$/u.test('жук'), /^\p{L}$/u.test('𝒜')].join()`
	if got := run(t, src, false); got != "true,false,true,true,true,true,true,true" {
		t.Errorf("got %s", got)
	}
}
