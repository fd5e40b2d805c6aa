package engine

import (
	"os"
	"strconv"
	"strings"
	"testing"
)

// exeRSS is how much of this process's executable is mapped, in KiB
// (the Rss of its mappings in /proc/self/smaps).
func exeRSS(t *testing.T) int {
	t.Helper()
	exe, err := os.Readlink("/proc/self/exe")
	if err != nil {
		t.Skip(err)
	}
	smaps, err := os.ReadFile("/proc/self/smaps")
	if err != nil {
		t.Skip(err)
	}
	kib, in := 0, false
	for line := range strings.Lines(string(smaps)) {
		f := strings.Fields(line)
		switch {
		case len(f) >= 5 && strings.Contains(f[0], "-"):
			in = len(f) == 6 && f[5] == exe && (f[1] == "r-xp" || f[1] == "r--p")
		case in && len(f) == 3 && f[0] == "Rss:":
			n, _ := strconv.Atoi(f[1])
			kib += n
		}
	}
	return kib
}

// TestTrim: Trim unmaps most of the executable's read-only pages, and
// what runs afterwards (here, the code and the strings of this test) comes
// back on its own.
func TestTrim(t *testing.T) {
	if traced() {
		t.Skip("traced: Trim does nothing")
	}
	before := exeRSS(t)
	Trim()
	after := exeRSS(t)
	if before < 1024 || after > before*3/4 {
		t.Fatalf("executable's read-only RSS: %d KiB before Trim, %d KiB after; want at most three quarters (what reading smaps maps again)", before, after)
	}
	if s := strings.Repeat("trimmed ", 2); s != "trimmed trimmed " {
		t.Fatalf("after Trim: %q", s)
	}
}

func TestReadOnlyMappings(t *testing.T) {
	maps := `00400000-00f0d000 r-xp 00000000 fd:01 123 /usr/bin/mc repl
00f0d000-01a7a000 r--p 00b0d000 fd:01 123 /usr/bin/mc repl
01a84000-01d2c000 rw-p 01684000 fd:01 123 /usr/bin/mc repl
01d2c000-03d4e000 rw-p 00000000 00:00 0
7f0000000000-7f0000001000 r--p 00000000 fd:01 456 /usr/lib/libc.so.6
7fff00000000-7fff00021000 rw-p 00000000 00:00 0                          [stack]`
	got := readOnlyMappings(maps, "/usr/bin/mc repl")
	want := [][2]uintptr{{0x400000, 0xf0d000}, {0xf0d000, 0x1a7a000}}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("readOnlyMappings = %x, want %x", got, want)
	}
}
