package engine

import (
	"debug/elf"
	"os"
	"strconv"
	"strings"
	"testing"
)

// exeRSS is how much of this process's executable code is mapped, in KiB
// (the Rss of its r-xp mappings in /proc/self/smaps).
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
			in = len(f) == 6 && f[5] == exe && f[1] == "r-xp"
		case in && len(f) == 3 && f[0] == "Rss:":
			n, _ := strconv.Atoi(f[1])
			kib += n
		}
	}
	return kib
}

// TestTrim: Trim unmaps most of the executable's code pages, and
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
		t.Fatalf("executable's code RSS: %d KiB before Trim, %d KiB after; want at most three quarters (what reading smaps maps again)", before, after)
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
	want := []mapping{{[2]uintptr{0x400000, 0xf0d000}, true}, {[2]uintptr{0xf0d000, 0x1a7a000}, false}}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("readOnlyMappings = %v, want %v", got, want)
	}
}

// TestSectionRange: the hand-made reader of section headers agrees with
// debug/elf on this test binary.
func TestSectionRange(t *testing.T) {
	exe, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	f, err := elf.Open(exe)
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	for _, name := range []string{".gopclntab", ".text", ".rodata"} {
		s := f.Section(name)
		if s == nil {
			t.Fatalf("debug/elf finds no %s", name)
		}
		got, ok := sectionRange(exe, name)
		if want := [2]uintptr{uintptr(s.Addr), uintptr(s.Addr + s.Size)}; !ok || got != want {
			t.Errorf("sectionRange(%s) = %x, %v; want %x", name, got, ok, want)
		}
	}
	if _, ok := sectionRange(exe, ".no-such-section"); ok {
		t.Error("sectionRange found .no-such-section")
	}
}
