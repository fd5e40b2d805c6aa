package url

import "testing"

func BenchmarkParse(b *testing.B) {
	for i := 0; i < b.N; i++ {
		u, ok := parseURL("https://user@example.com:8080/path/to/file.html?query=1&b=2#frag", nil)
		if !ok {
			b.Fatal("failed")
		}
		_ = u.href()
	}
}
