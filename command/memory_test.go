package command

import "testing"

func TestParseSize(t *testing.T) {
	good := map[string]uint64{
		"0": 0, "1048576": 1 << 20, "512MiB": 512 << 20, "512M": 512 << 20, "512mb": 512 << 20,
		"2G": 2 << 30, "2 GiB": 2 << 30, "1.5G": 3 << 29, "64k": 64 << 10, "1T": 1 << 40, "100B": 100,
	}
	for in, want := range good {
		if got, ok := parseSize(in); !ok || got != want {
			t.Errorf("parseSize(%q) = %d, %v; want %d", in, got, ok, want)
		}
	}
	for _, in := range []string{"", "abc", "-1G", "G", "1.2.3M", "12 parsecs", "1e3M", "99999999999T"} {
		if got, ok := parseSize(in); ok {
			t.Errorf("parseSize(%q) = %d, want an error", in, got)
		}
	}
}
