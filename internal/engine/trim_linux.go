package engine

import (
	"os"
	"strconv"
	"sync"
	"syscall"

	"github.com/mcrepl/mcrepl/internal/engine/early"
)

// Trim unmaps pages of this process's own executable from its page
// tables, with madvise(MADV_DONTNEED): its code and the Go runtime's
// function table (.gopclntab), and the code of the shared libraries it
// links (libc and the dynamic loader, which ran their start-up and are
// barely used after it: Go makes its own system calls). The pages stay in
// the page cache, and the ones used again come back on their next read (a
// minor fault). Writable mappings are never touched (there, MADV_DONTNEED
// would drop data), nor a page that is a private copy (pagemap: present but
// no file page; a uprobe's breakpoint, or a library's text relocated in
// place), nor a process under a debugger (whose breakpoints are private
// copies of code pages). The rest of the read-only data
// (.rodata: type descriptors, itabs, string constants) is kept: nearly
// every phase reads the same pages of it again.
//
// Why: on a read fault the kernel maps up to 64 KiB around the page
// (fault-around), so a process's RSS counts whole neighbourhoods of the
// binary that ran once. mcrepl's binary is about 43 MB; the Go runtime and
// the init functions of its ~170 packages leave about 13 MiB of it mapped,
// building an isolate (goja.New and the builtins) and running a script
// 6 MiB more, most of which is never read again. The engine calls Trim
// twice: among the init functions, after about the 137th (package
// midinit), and after parsing the command line, before it builds the
// isolate, so that a short script's peak RSS is the largest of the three
// phases, not their sum; each trim costs the refaults of the pages the
// next phases use again, so there are as few as keep the peak under 15 MiB
// (bench/startup/README.md has the figures and the model that chose
// them).
//
// Where the C supervisor is built in (cgo on Linux), its fast path does the
// work (early.Trim): the ranges from dl_iterate_phdr and the section
// headers, the private copies from one PAGEMAP_SCAN at the first call, and
// one process_madvise a call, about 0.4 ms of a supervised start-up where
// this package's path cost about 1.3 ms (bench/startup/README.md, "Trim in
// C"). Otherwise, and on kernels before Linux 6.7, the ranges are found
// once here (/proc/self/maps, the executable's section and program headers
// and /proc/self/pagemap), and a call costs a read of /proc/self/status
// and a few madvise calls.
func Trim() {
	if early.Trim() {
		return
	}
	trim(trimRanges())
}

// KeepCodeBelow makes Trim keep the executable's code below the address
// end (rounded up to a page): the code that the linker lays out first, the
// Go runtime's and the standard library's core, which every phase runs
// again, so that its refaults would cost more than its pages. It must come
// before the first Trim, which finds the ranges once.
func KeepCodeBelow(end uintptr) {
	early.KeepBelow(end)
	keepCode = [2]uintptr{0, (end + 4095) &^ 4095}
}

// keepCode is what KeepCodeBelow keeps, for the Go path.
var keepCode [2]uintptr

func trim(ranges [][2]uintptr) {
	if traced() {
		return
	}
	for _, r := range ranges {
		_, _, _ = syscall.Syscall(syscall.SYS_MADVISE, r[0], r[1]-r[0], syscall.MADV_DONTNEED)
	}
}

// trimRanges are the page ranges, [start, end), that Trim drops: the
// executable's code mappings and the part of its read-only data mappings
// that holds .gopclntab (all of them if that section cannot be found), less
// what is or was writable, and the shared libraries' code.
func trimRanges() [][2]uintptr { return trimSets() }

var trimSets = sync.OnceValue(func() [][2]uintptr {
	var out [][2]uintptr
	exe, err := os.Readlink("/proc/self/exe")
	if err != nil {
		return out
	}
	maps, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		return out
	}
	pcln, ok := sectionRange("/proc/self/exe", ".gopclntab") // even if the file was replaced since
	writable, wok := writableSegments("/proc/self/exe")
	if !wok {
		return out
	}
	var ro []mapping
	for _, m := range readOnlyMappings(string(maps), exe) {
		// What is read-only now but was written once is left alone: the
		// RELRO part of the data segment (the GOT, .init_array and
		// .data.rel.ro of a build linked by the system's linker, as cgo
		// code makes it), which the dynamic loader relocated and then made
		// read-only; the kernel may even merge it into the mapping of the
		// read-only data before it. Dropping it would bring back the
		// file's unrelocated bytes.
		keep := writable
		if m.exec && keepCode[1] != 0 {
			keep = append(writable[:len(writable):len(writable)], keepCode)
		}
		for _, r := range subtract(m.r, keep) {
			ro = append(ro, mapping{r, m.exec})
		}
	}
	pm, pmErr := os.Open("/proc/self/pagemap")
	if pmErr == nil {
		defer pm.Close()
		// A library's code is trimmed only where it is the file's: never a
		// page the dynamic loader relocated in place (a library with text
		// relocations) or a debugging tool patched.
		for _, r := range libraryCode(string(maps), exe) {
			out = append(out, fileBacked(pm, r)...)
		}
	}
	for _, m := range ro {
		r := m.r
		if !m.exec && ok {
			const page = 4096
			r = [2]uintptr{max(m.r[0], (pcln[0]+page-1)&^(page-1)), min(m.r[1], pcln[1]&^(page-1))}
			if r[0] >= r[1] {
				continue
			}
		}
		if pmErr != nil { // the executable's own code is never relocated in place
			out = append(out, r)
			continue
		}
		// Pages a debugging tool patched (a uprobe's breakpoint) are kept.
		out = append(out, fileBacked(pm, r)...)
	}
	return out
})

// fileBacked returns the parts of r whose pages are not private copies:
// present pages that pagemap does not mark as file pages (bit 61) were
// written in this process, and dropping them would lose what was written.
// When pagemap cannot be read, nothing of r is returned.
func fileBacked(pm *os.File, r [2]uintptr) [][2]uintptr {
	const page = 4096
	n := int((r[1] - r[0]) / page)
	if n <= 0 || n > 1<<22 {
		return nil
	}
	buf := make([]byte, 8*n)
	if got, err := pm.ReadAt(buf, int64(r[0]/page*8)); err != nil || got != len(buf) {
		return nil
	}
	var out [][2]uintptr
	start := r[0]
	for i := range n {
		flags := buf[i*8+7] // bits 56-63 of the entry
		present, file := flags&0x80 != 0, flags&0x20 != 0
		if present && !file {
			a := r[0] + uintptr(i)*page
			if a > start {
				out = append(out, [2]uintptr{start, a})
			}
			start = a + page
		}
	}
	if start < r[1] {
		out = append(out, [2]uintptr{start, r[1]})
	}
	return out
}

// writableSegments returns the page ranges of the loadable segments of the
// ELF file exe that are writable in the file's program headers (PT_LOAD
// with PF_W, and PT_GNU_RELRO, which lies in one), rounded out to whole
// pages.
func writableSegments(exe string) ([][2]uintptr, bool) {
	f, err := os.Open(exe)
	if err != nil {
		return nil, false
	}
	defer f.Close()
	var eh [64]byte
	if _, err := f.ReadAt(eh[:], 0); err != nil || string(eh[:4]) != "\x7fELF" || eh[4] != 2 || eh[5] != 1 {
		return nil, false
	}
	phoff, phentsize, phnum := le64(eh[0x20:]), int(le16(eh[0x36:])), int(le16(eh[0x38:]))
	if phentsize < 56 || phnum == 0 || phnum > 1<<10 {
		return nil, false
	}
	ph := make([]byte, phentsize*phnum)
	if _, err := f.ReadAt(ph, int64(phoff)); err != nil {
		return nil, false
	}
	const (
		ptLoad     = 1
		ptGNURelro = 0x6474e552
		pfW        = 2
		page       = 4096
	)
	var out [][2]uintptr
	for i := range phnum {
		h := ph[i*phentsize:]
		typ, flags := le32(h), le32(h[4:])
		if typ != ptGNURelro && (typ != ptLoad || flags&pfW == 0) {
			continue
		}
		vaddr, memsz := le64(h[0x10:]), le64(h[0x28:])
		out = append(out, [2]uintptr{uintptr(vaddr) &^ (page - 1), (uintptr(vaddr+memsz) + page - 1) &^ (page - 1)})
	}
	return out, true
}

// subtract returns the parts of r that are in none of rs.
func subtract(r [2]uintptr, rs [][2]uintptr) [][2]uintptr {
	parts := [][2]uintptr{r}
	for _, w := range rs {
		var next [][2]uintptr
		for _, p := range parts {
			if w[1] <= p[0] || p[1] <= w[0] {
				next = append(next, p)
				continue
			}
			if p[0] < w[0] {
				next = append(next, [2]uintptr{p[0], w[0]})
			}
			if w[1] < p[1] {
				next = append(next, [2]uintptr{w[1], p[1]})
			}
		}
		parts = next
	}
	return parts
}

// sectionRange returns the address range of the section called name in
// the ELF file exe (64-bit, little-endian, as Go builds for amd64, arm64,
// riscv64, loong64 and ppc64le), from its section headers.
func sectionRange(exe, name string) ([2]uintptr, bool) {
	f, err := os.Open(exe)
	if err != nil {
		return [2]uintptr{}, false
	}
	defer f.Close()
	var eh [64]byte
	if _, err := f.ReadAt(eh[:], 0); err != nil || string(eh[:4]) != "\x7fELF" || eh[4] != 2 || eh[5] != 1 {
		return [2]uintptr{}, false
	}
	shoff, shentsize, shnum, shstrndx := le64(eh[0x28:]), int(le16(eh[0x3a:])), int(le16(eh[0x3c:])), int(le16(eh[0x3e:]))
	if shentsize < 64 || shnum == 0 || shnum > 1<<12 || shstrndx >= shnum {
		return [2]uintptr{}, false
	}
	sh := make([]byte, shentsize*shnum)
	if _, err := f.ReadAt(sh, int64(shoff)); err != nil {
		return [2]uintptr{}, false
	}
	hdr := func(i int) []byte { return sh[i*shentsize : (i+1)*shentsize] }
	strs := hdr(shstrndx)
	names := make([]byte, min(le64(strs[0x20:]), 1<<16))
	if _, err := f.ReadAt(names, int64(le64(strs[0x18:]))); err != nil {
		return [2]uintptr{}, false
	}
	for i := range shnum {
		h := hdr(i)
		off := int(le32(h))
		if off+len(name) < len(names) && string(names[off:off+len(name)]) == name && names[off+len(name)] == 0 {
			addr, size := le64(h[0x10:]), le64(h[0x20:])
			if addr == 0 || size == 0 {
				return [2]uintptr{}, false
			}
			return [2]uintptr{uintptr(addr), uintptr(addr + size)}, true
		}
	}
	return [2]uintptr{}, false
}

func le16(b []byte) uint16 { return uint16(b[0]) | uint16(b[1])<<8 }

func le32(b []byte) uint32 { return uint32(le16(b)) | uint32(le16(b[2:]))<<16 }

func le64(b []byte) uint64 { return uint64(le32(b)) | uint64(le32(b[4:]))<<32 }

// mapping is one read-only mapping of the executable.
type mapping struct {
	r    [2]uintptr
	exec bool
}

// readOnlyMappings returns the ranges of the code and read-only data
// mappings of the file exe in maps, the text of /proc/self/maps. (Parsed by
// hand: package strings would make package supervisor, which imports this
// one, initialise late; see there.)
func readOnlyMappings(maps, exe string) []mapping {
	var out []mapping
	eachMapping(maps, func(r [2]uintptr, perms, path string) {
		if path == exe && (perms == "r-xp" || perms == "r--p") {
			out = append(out, mapping{r, perms == "r-xp"})
		}
	})
	return out
}

// libraryCode returns the code mappings (r-xp) in maps, the text of
// /proc/self/maps, of files other than exe: the shared libraries'. Code is
// never written, so dropping it loses nothing; the vDSO and other mappings
// without a file are left alone.
func libraryCode(maps, exe string) [][2]uintptr {
	var out [][2]uintptr
	eachMapping(maps, func(r [2]uintptr, perms, path string) {
		if path != exe && perms == "r-xp" && path[0] == '/' {
			out = append(out, r)
		}
	})
	return out
}

// eachMapping calls yield with the range, the permissions and the path of
// each mapping of a file (or named, as [vdso]) in maps, the text of
// /proc/self/maps.
func eachMapping(maps string, yield func(r [2]uintptr, perms, path string)) {
	for len(maps) > 0 {
		line := maps
		if i := index(maps, '\n'); i >= 0 {
			line, maps = maps[:i], maps[i+1:]
		} else {
			maps = ""
		}
		// start-end perms offset dev inode path
		f := fields(line, 6)
		if len(f) != 6 {
			continue
		}
		if r, ok := parseRange(f[0]); ok {
			yield(r, f[1], f[5])
		}
	}
}

// parseRange parses a mapping's "start-end" (hexadecimal) from
// /proc/self/maps.
func parseRange(s string) ([2]uintptr, bool) {
	dash := index(s, '-')
	if dash < 0 {
		return [2]uintptr{}, false
	}
	a, err1 := strconv.ParseUint(s[:dash], 16, 64)
	e, err2 := strconv.ParseUint(s[dash+1:], 16, 64)
	if err1 != nil || err2 != nil || e <= a {
		return [2]uintptr{}, false
	}
	return [2]uintptr{uintptr(a), uintptr(e)}, true
}

// fields splits s at runs of spaces into at most n fields, the last of
// which keeps the rest of s (a path may contain spaces), trimmed.
func fields(s string, n int) []string {
	var f []string
	for {
		for len(s) > 0 && s[0] == ' ' {
			s = s[1:]
		}
		if s == "" {
			return f
		}
		if len(f) == n-1 {
			for len(s) > 0 && s[len(s)-1] == ' ' {
				s = s[:len(s)-1]
			}
			return append(f, s)
		}
		i := index(s, ' ')
		if i < 0 {
			return append(f, s)
		}
		f, s = append(f, s[:i]), s[i:]
	}
}

func index(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

// traced reports whether a debugger (or anything else) ptraces this
// process, or whether that cannot be told.
func traced() bool {
	var buf [4096]byte
	fd, err := syscall.Open("/proc/self/status", syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
	if err != nil {
		return true
	}
	n, err := syscall.Read(fd, buf[:])
	syscall.Close(fd)
	if err != nil || n <= 0 {
		return true
	}
	const key = "\nTracerPid:"
	s := string(buf[:n])
	for i := 0; i+len(key) <= len(s); i++ {
		if s[i:i+len(key)] != key {
			continue
		}
		v := s[i+len(key):]
		if j := index(v, '\n'); j >= 0 {
			v = v[:j]
		}
		for len(v) > 0 && (v[0] == ' ' || v[0] == '\t') {
			v = v[1:]
		}
		return v != "0"
	}
	return true
}
