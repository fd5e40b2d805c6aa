package engine

import (
	"os"
	"strconv"
	"sync"
	"syscall"
)

// Trim unmaps the pages of this process's own executable that are mapped
// read-only (code and read-only data) from its page tables, with
// madvise(MADV_DONTNEED); the pages stay in the page cache, and the ones
// used again come back on their next read (a minor fault). Writable
// mappings are never touched (there, MADV_DONTNEED would drop data), nor is
// a process under a debugger (whose breakpoints are private copies of code
// pages).
//
// Why: on a read fault the kernel maps up to 64 KiB around the page
// (fault-around), so a process's RSS counts whole neighbourhoods of the
// binary that ran once. mcrepl's binary is about 35 MB; the Go runtime and
// the init functions of its ~160 packages leave about 11 MiB of it mapped,
// parsing the command line 2 MiB more, building an isolate (goja.New and
// the builtins) 5 MiB more, most of which is never read again. The engine
// calls Trim at those phase boundaries, so that a short script's peak RSS
// is what one phase maps, not the sum of all of them (bench/README.md has
// the figures). The mappings are read from /proc/self/maps once; a call
// costs a read of /proc/self/status and one madvise per mapping.
func Trim() {
	if traced() {
		return
	}
	for _, r := range exeMappings() {
		_, _, _ = syscall.Syscall(syscall.SYS_MADVISE, r[0], r[1]-r[0], syscall.MADV_DONTNEED)
	}
}

// exeMappings are the read-only mappings of the executable, [start, end).
var exeMappings = sync.OnceValue(func() [][2]uintptr {
	exe, err := os.Readlink("/proc/self/exe")
	if err != nil {
		return nil
	}
	maps, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		return nil
	}
	return readOnlyMappings(string(maps), exe)
})

// readOnlyMappings returns the ranges of the code and read-only data
// mappings of the file exe in maps, the text of /proc/self/maps. (Parsed by
// hand: package strings would make package supervisor, which imports this
// one, initialise late; see there.)
func readOnlyMappings(maps, exe string) [][2]uintptr {
	var out [][2]uintptr
	for len(maps) > 0 {
		line := maps
		if i := index(maps, '\n'); i >= 0 {
			line, maps = maps[:i], maps[i+1:]
		} else {
			maps = ""
		}
		// start-end perms offset dev inode path
		f := fields(line, 6)
		if len(f) != 6 || f[5] != exe || (f[1] != "r-xp" && f[1] != "r--p") {
			continue
		}
		dash := index(f[0], '-')
		if dash < 0 {
			continue
		}
		s, err1 := strconv.ParseUint(f[0][:dash], 16, 64)
		e, err2 := strconv.ParseUint(f[0][dash+1:], 16, 64)
		if err1 != nil || err2 != nil || e <= s {
			continue
		}
		out = append(out, [2]uintptr{uintptr(s), uintptr(e)})
	}
	return out
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
