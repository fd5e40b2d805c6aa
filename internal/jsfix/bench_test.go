package jsfix

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// benchSource is a bundle-like program: many functions with vars and
// closures. JSFIX_BENCH_FILE names a real one to measure instead.
func benchSource(b *testing.B) string {
	if p := os.Getenv("JSFIX_BENCH_FILE"); p != "" {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		return string(src)
	}
	var sb strings.Builder
	for i := 0; i < 2000; i++ {
		fmt.Fprintf(&sb, "function f%d(a, b) { var x = a + b, y; for (var i = 0; i < 3; i++) y = i; return function () { return x + y + %d; }; }\n", i, i)
		fmt.Fprintf(&sb, "var o%d = { m(p) { const q = p * 2; return [q, `t${q}`]; } };\n", i)
	}
	return sb.String()
}

// BenchmarkCompile compares goja.Compile with Compile on the same source,
// side by side: the ratio is what the fix costs at load time.
func BenchmarkCompile(b *testing.B) {
	src := benchSource(b)
	b.Run("goja", func(b *testing.B) {
		b.SetBytes(int64(len(src)))
		for b.Loop() {
			if _, err := goja.Compile("b.js", src, false); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("jsfix", func(b *testing.B) {
		b.SetBytes(int64(len(src)))
		for b.Loop() {
			if _, err := Compile("b.js", src, false); err != nil {
				b.Fatal(err)
			}
		}
	})
}
