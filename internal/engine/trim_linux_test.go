package engine

import (
	"debug/elf"
	"os"
	"slices"
	"strings"
	"syscall"
	"testing"
	"unsafe"

	"github.com/mcrepl/mcrepl/internal/engine/early"
)

// TestTrim: Trim unmaps the function table (.gopclntab), which nothing
// reads in between (its code comes back with the kernel's 64 KiB
// fault-around as soon as it runs, which in a test binary of about 1.4 MiB
// of code is most of it, so the count is of the table), and what runs
// afterwards (here, the code and the strings of this test) comes back on
// its own.
func TestTrim(t *testing.T) {
	if traced() {
		t.Skip("traced: Trim does nothing")
	}
	exe, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	pcln, ok := sectionRange(exe, ".gopclntab")
	if !ok {
		t.Skip("no .gopclntab")
	}
	pcln = [2]uintptr{(pcln[0] + 4095) &^ 4095, pcln[1] &^ 4095}
	var sum byte
	present := presence(t, pcln)
	trimRanges() // found before the count, which must touch little
	for _, path := range []struct {
		name string
		trim func()
	}{
		{"Trim", Trim},
		{"the Go path", func() { trim(trimRanges()) }},
	} {
		for a := pcln[0]; a < pcln[1]; a += 4096 {
			sum += *(*byte)(unsafe.Add(unsafe.Pointer(nil), a))
		}
		before := present()
		path.trim()
		after := present()
		if pages := int(pcln[1]-pcln[0]) / 4096; before < pages*3/4 || after > before/4 {
			t.Fatalf("%s: .gopclntab (%d pages, sum %d): %d mapped before, %d after; want all, then few", path.name, pages, sum, before, after)
		}
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

func TestLibraryCode(t *testing.T) {
	maps := `00400000-00f0d000 r-xp 00000000 fd:01 123 /usr/bin/mc repl
7f0000000000-7f0000001000 r--p 00000000 fd:01 456 /usr/lib/libc.so.6
7f0000001000-7f0000100000 r-xp 00001000 fd:01 456 /usr/lib/libc.so.6
7f0000100000-7f0000102000 rw-p 00100000 fd:01 456 /usr/lib/libc.so.6
7f0000200000-7f0000210000 r-xp 00001000 fd:01 789 /usr/lib/ld linux.so.2
7ffd00000000-7ffd00002000 r-xp 00000000 00:00 0                          [vdso]
7fff00000000-7fff00021000 rw-p 00000000 00:00 0                          [stack]`
	got := libraryCode(maps, "/usr/bin/mc repl")
	want := [][2]uintptr{{0x7f0000001000, 0x7f0000100000}, {0x7f0000200000, 0x7f0000210000}}
	if !slices.Equal(got, want) {
		t.Errorf("libraryCode = %x, want %x", got, want)
	}
}

// TestTrimLibraries: Trim lets go of the shared libraries' code too (this
// test binary links libc, through cgo), and what runs afterwards works.
func TestTrimLibraries(t *testing.T) {
	if traced() {
		t.Skip("traced: Trim does nothing")
	}
	exe, err := os.Readlink("/proc/self/exe")
	if err != nil {
		t.Skip(err)
	}
	maps, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		t.Skip(err)
	}
	count := libraryPresence(t, string(maps), exe)
	early.Needed([]string{"mcrepl", "run", "x.js"}) // C code, which calls into libc
	before := count()
	Trim()
	after := count()
	if before == 0 || after >= before {
		t.Fatalf("shared libraries' code pages in the page tables: %d before Trim, %d after; want fewer after", before, after)
	}
}

// libraryPresence returns a counter of the shared libraries' code pages
// that are in this process's page tables (presence).
func libraryPresence(t *testing.T, maps, exe string) func() int {
	t.Helper()
	libs := libraryCode(maps, exe)
	if len(libs) == 0 {
		t.Skip("no shared library is mapped (a static build)")
	}
	var counts []func() int
	for _, r := range libs {
		counts = append(counts, presence(t, r))
	}
	return func() int {
		n := 0
		for _, c := range counts {
			n += c()
		}
		return n
	}
}

// presence returns a counter of the pages of [r[0], r[1]) that are in this
// process's page tables (/proc/self/pagemap). The file and the buffer are
// made first, so that a count touches almost nothing else: each page of
// code or data a count ran would come back with the kernel's 64 KiB
// fault-around, which in a small test binary is a large part of .rodata.
func presence(t *testing.T, r [2]uintptr) func() int {
	t.Helper()
	fd, err := syscall.Open("/proc/self/pagemap", syscall.O_RDONLY, 0)
	if err != nil {
		t.Skip(err)
	}
	t.Cleanup(func() { syscall.Close(fd) })
	buf := make([]byte, 8*((r[1]-r[0])/4096))
	if n, err := syscall.Pread(fd, buf, int64(r[0]/4096*8)); err != nil || n != len(buf) {
		t.Skip("pagemap:", n, err)
	}
	return func() int {
		syscall.Pread(fd, buf, int64(r[0]/4096*8))
		n := 0
		for i := 7; i < len(buf); i += 8 {
			if buf[i]&0x80 != 0 {
				n++
			}
		}
		return n
	}
}

// TestTrimKeepsRodata: Trim keeps the read-only data outside .gopclntab,
// which nearly every phase reads again.
func TestTrimKeepsRodata(t *testing.T) {
	if traced() {
		t.Skip("traced: Trim does nothing")
	}
	exe, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	rodata, ok := sectionRange(exe, ".rodata")
	if !ok {
		t.Skip("no .rodata")
	}
	rodata = [2]uintptr{(rodata[0] + 4095) &^ 4095, rodata[1] &^ 4095}
	var sum byte
	for a := rodata[0]; a < rodata[1]; a += 4096 {
		sum += *(*byte)(unsafe.Add(unsafe.Pointer(nil), a))
	}
	present := presence(t, rodata)
	trimRanges() // found before the count, which must touch little
	Trim()
	kept := present()
	if pages := int(rodata[1]-rodata[0]) / 4096; kept < pages*3/4 {
		t.Fatalf(".rodata (%d pages, sum %d): %d mapped after Trim; want most", pages, sum, kept)
	}
}

// openSelf opens this test binary with debug/elf, for the tests that check
// the hand-made readers against it (skipped where it cannot be read).
func openSelf(t *testing.T) (string, *elf.File) {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	f, err := elf.Open(exe)
	if err != nil {
		t.Skip(err)
	}
	t.Cleanup(func() { f.Close() })
	return exe, f
}

// TestSectionRange: the hand-made reader of section headers agrees with
// debug/elf on this test binary.
func TestSectionRange(t *testing.T) {
	exe, f := openSelf(t)
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

func TestSubtract(t *testing.T) {
	for _, c := range []struct {
		r    [2]uintptr
		rs   [][2]uintptr
		want [][2]uintptr
	}{
		{[2]uintptr{0x1000, 0x5000}, nil, [][2]uintptr{{0x1000, 0x5000}}},
		{[2]uintptr{0x1000, 0x5000}, [][2]uintptr{{0x5000, 0x9000}}, [][2]uintptr{{0x1000, 0x5000}}},
		// The RELRO page merged into the read-only data before it.
		{[2]uintptr{0x1000, 0x5000}, [][2]uintptr{{0x4000, 0x9000}, {0x4000, 0x5000}}, [][2]uintptr{{0x1000, 0x4000}}},
		{[2]uintptr{0x1000, 0x5000}, [][2]uintptr{{0x2000, 0x3000}}, [][2]uintptr{{0x1000, 0x2000}, {0x3000, 0x5000}}},
		{[2]uintptr{0x1000, 0x5000}, [][2]uintptr{{0x0, 0x9000}}, nil},
	} {
		if got := subtract(c.r, c.rs); !slices.Equal(got, c.want) {
			t.Errorf("subtract(%x, %x) = %x, want %x", c.r, c.rs, got, c.want)
		}
	}
}

// TestTrimKeepsRelro: no range Trim drops reaches a segment
// that is writable in the executable's program headers (the RELRO pages,
// which the dynamic loader relocated and then made read-only, are one),
// checked against debug/elf on this test binary.
func TestTrimKeepsRelro(t *testing.T) {
	exe, f := openSelf(t)
	var writable [][2]uintptr
	for _, p := range f.Progs {
		if p.Type == elf.PT_GNU_RELRO || p.Type == elf.PT_LOAD && p.Flags&elf.PF_W != 0 {
			writable = append(writable, [2]uintptr{uintptr(p.Vaddr) &^ 4095, uintptr(p.Vaddr+p.Memsz+4095) &^ 4095})
		}
	}
	got, ok := writableSegments(exe)
	if !ok || !slices.Equal(got, writable) {
		t.Fatalf("writableSegments = %x, %v; want %x", got, ok, writable)
	}
	r := trimRanges()
	for _, x := range r {
		for _, w := range writable {
			if x[0] < w[1] && w[0] < x[1] {
				t.Errorf("trim range %x overlaps writable segment %x", x, w)
			}
		}
	}
	if len(r) == 0 {
		t.Error("no range to trim")
	}
}

// TestFileBacked: a private copy of a file page (written in this process)
// is left out of what Trim may drop, and the file's own pages are kept in.
func TestFileBacked(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "pages")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Write(make([]byte, 4*4096)); err != nil {
		t.Fatal(err)
	}
	b, err := syscall.Mmap(int(f.Fd()), 0, 4*4096, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE)
	if err != nil {
		t.Skip(err)
	}
	defer syscall.Munmap(b)
	_ = b[0] + b[3*4096] // file pages, read
	b[2*4096] = 1        // a private copy
	pm, err := os.Open("/proc/self/pagemap")
	if err != nil {
		t.Skip(err)
	}
	defer pm.Close()
	base := uintptr(unsafe.Pointer(&b[0]))
	got := fileBacked(pm, [2]uintptr{base, base + 4*4096})
	want := [][2]uintptr{{base, base + 2*4096}, {base + 3*4096, base + 4*4096}}
	if !slices.Equal(got, want) {
		t.Errorf("fileBacked = %x, want %x", got, want)
	}
}

// merged returns rs sorted, with touching ranges joined.
func merged(rs [][2]uintptr) [][2]uintptr {
	rs = slices.Clone(rs)
	slices.SortFunc(rs, func(a, b [2]uintptr) int { return int(int64(a[0]) - int64(b[0])) })
	var out [][2]uintptr
	for _, r := range rs {
		if n := len(out); n > 0 && out[n-1][1] >= r[0] {
			out[n-1][1] = max(out[n-1][1], r[1])
			continue
		}
		out = append(out, r)
	}
	return out
}

// TestFastTrimRanges: the C fast path (dl_iterate_phdr and the section
// headers) finds the ranges that the Go path finds in /proc/self/maps, the
// program headers and pagemap, in this process, where no page of them is a
// private copy.
func TestFastTrimRanges(t *testing.T) {
	if !early.Available {
		t.Skip("no C supervisor in this build")
	}
	got, ok := early.TrimRanges()
	if !ok {
		t.Fatal("the C path found no ranges")
	}
	if want := trimRanges(); !slices.Equal(merged(got), merged(want)) {
		t.Errorf("C ranges %x\nGo ranges %x", merged(got), merged(want))
	}
	_, f := openSelf(t)
	for _, p := range f.Progs {
		if p.Type != elf.PT_GNU_RELRO && (p.Type != elf.PT_LOAD || p.Flags&elf.PF_W == 0) {
			continue
		}
		w := [2]uintptr{uintptr(p.Vaddr) &^ 4095, uintptr(p.Vaddr+p.Memsz+4095) &^ 4095}
		for _, x := range got {
			if x[0] < w[1] && w[0] < x[1] {
				t.Errorf("C trim range %x overlaps writable segment %x", x, w)
			}
		}
	}
}

// TestDroppable: the C path leaves a private copy of a file page (written
// in this process) out of what Trim drops, as fileBacked does.
func TestDroppable(t *testing.T) {
	if !early.Available {
		t.Skip("no C supervisor in this build")
	}
	f, err := os.CreateTemp(t.TempDir(), "pages")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Write(make([]byte, 6*4096)); err != nil {
		t.Fatal(err)
	}
	b, err := syscall.Mmap(int(f.Fd()), 0, 6*4096, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE)
	if err != nil {
		t.Skip(err)
	}
	defer syscall.Munmap(b)
	_ = b[0] + b[3*4096] // file pages, read
	b[2*4096] = 1        // private copies
	b[5*4096] = 1
	base := uintptr(unsafe.Pointer(&b[0]))
	got, ok := early.Droppable(base, base+6*4096)
	if !ok {
		t.Skip("this kernel has no PAGEMAP_SCAN (Linux 6.7): Trim takes the Go path")
	}
	want := [][2]uintptr{{base, base + 2*4096}, {base + 3*4096, base + 5*4096}}
	if !slices.Equal(got, want) {
		t.Errorf("Droppable = %x, want %x", got, want)
	}
}
