package inspect

import (
	"strings"
	"testing"
)

// TestMetaTable checks the literal escape table against the code it was
// built by at start-up before it was a literal.
func TestMetaTable(t *testing.T) {
	hex2 := func(b byte) string { return string([]byte{hexDigits[b>>4], hexDigits[b&15]}) }
	var want [0xa0]string
	for i := range 0x20 {
		want[i] = `\x` + strings.ToUpper(hex2(byte(i)))
	}
	want['\b'], want['\t'], want['\n'], want['\f'], want['\r'] = `\b`, `\t`, `\n`, `\f`, `\r`
	want['\''], want['\\'] = `\'`, `\\`
	for i := 0x7f; i < 0xa0; i++ {
		want[i] = `\x` + strings.ToUpper(hex2(byte(i)))
	}
	if meta != want {
		for i := range want {
			if meta[i] != want[i] {
				t.Errorf("meta[%#x] = %q, want %q", i, meta[i], want[i])
			}
		}
	}
}
