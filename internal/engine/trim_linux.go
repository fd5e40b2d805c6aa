package engine

import (
	"os"
	"strconv"
	"strings"
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
// the figures). Each call costs about 0.1 ms.
func Trim() {
	exe, err := os.Readlink("/proc/self/exe")
	if err != nil || traced() {
		return
	}
	maps, err := os.ReadFile("/proc/self/maps")
	if err != nil {
		return
	}
	for line := range strings.Lines(string(maps)) {
		// start-end perms offset dev inode path
		f := strings.Fields(line)
		if len(f) != 6 || f[5] != exe || (f[1] != "r-xp" && f[1] != "r--p") {
			continue
		}
		start, end, _ := strings.Cut(f[0], "-")
		s, err1 := strconv.ParseUint(start, 16, 64)
		e, err2 := strconv.ParseUint(end, 16, 64)
		if err1 != nil || err2 != nil || e <= s {
			continue
		}
		_, _, _ = syscall.Syscall(syscall.SYS_MADVISE, uintptr(s), uintptr(e-s), syscall.MADV_DONTNEED)
	}
}

// traced reports whether a debugger (or anything else) ptraces this
// process, or whether that cannot be told.
func traced() bool {
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return true
	}
	_, rest, ok := strings.Cut(string(status), "\nTracerPid:")
	if !ok {
		return true
	}
	pid, _, _ := strings.Cut(rest, "\n")
	return strings.TrimSpace(pid) != "0"
}
