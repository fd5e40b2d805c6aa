//go:build linux && cgo

package early

/*
#include <stdlib.h>
#include "early.h"
extern int mcrepl_early_state;
extern char mcrepl_early_history[4096];
*/
import "C"

import "unsafe"

// Available reports whether this build has the C supervisor.
const Available = true

// States of the constructor's decision.
const (
	Undecided = C.EARLY_UNDECIDED // the Go supervisor decides
	Declined  = C.EARLY_DECLINED  // no supervisor
	Child     = C.EARLY_CHILD     // this process is the engine
	Restarted = C.EARLY_RESTARTED // the engine, started again after a crash
)

// State is what the constructor decided.
func State() int { return int(C.mcrepl_early_state) }

// IsEngine reports whether the C supervisor started this process as its
// engine.
func IsEngine() bool { s := State(); return s == Child || s == Restarted }

// History is the session's history file, in the engine ("" elsewhere).
func History() string {
	if !IsEngine() {
		return ""
	}
	return C.GoString((*C.char)(unsafe.Pointer(&C.mcrepl_early_history[0])))
}

// Needed is the constructor's decision on args, for the tests: whether it
// would supervise them.
func Needed(args []string) bool {
	argv := make([]*C.char, len(args)+1)
	for i, a := range args {
		argv[i] = C.CString(a)
		defer C.free(unsafe.Pointer(argv[i]))
	}
	var p **C.char
	if len(args) > 0 {
		p = &argv[0]
	}
	return C.mcrepl_early_needed(C.int(len(args)), p) != 0
}

// Trim is engine.Trim's fast path: the same pages (the executable's code
// and .gopclntab, less what a program header marks writable or RELRO; the
// code of the shared libraries that are not relocated in place), found
// with dl_iterate_phdr, less every private copy of a page found with
// PAGEMAP_SCAN at the first call (a debugger's or a uprobe's breakpoint), and
// dropped with one process_madvise. It reports false, having done nothing,
// where the kernel cannot tell the private copies (before Linux 6.7).
func Trim() bool { return C.mcrepl_early_trim() != 0 }

// KeepBelow is engine.KeepCodeBelow for the fast path.
func KeepBelow(end uintptr) { C.mcrepl_early_keep_below(C.uintptr_t(end)) }

// TrimRanges are the ranges Trim drops (before leaving out private
// copies), for the tests.
func TrimRanges() ([][2]uintptr, bool) {
	var buf [128]C.uintptr_t
	n := int(C.mcrepl_early_trim_ranges(&buf[0], 64))
	if n < 0 || n > 64 {
		return nil, false
	}
	out := make([][2]uintptr, n)
	for i := range out {
		out[i] = [2]uintptr{uintptr(buf[2*i]), uintptr(buf[2*i+1])}
	}
	return out, true
}

// Droppable returns the parts of [a, b) that hold no private copy of a
// page, for the tests; false where the kernel cannot tell.
func Droppable(a, b uintptr) ([][2]uintptr, bool) {
	var buf [512]C.uintptr_t
	n := int(C.mcrepl_early_droppable(C.uintptr_t(a), C.uintptr_t(b), &buf[0], 256))
	if n < 0 {
		return nil, false
	}
	out := make([][2]uintptr, n)
	for i := range out {
		out[i] = [2]uintptr{uintptr(buf[2*i]), uintptr(buf[2*i+1])}
	}
	return out, true
}

// CrashReason is the C supervisor's reading of a crash dump, for the
// tests: kind 0 a fatal error, 1 a Go panic, 2 SIGQUIT's dump.
func CrashReason(dump string) (kind int, reason string) {
	d := C.CString(dump)
	defer C.free(unsafe.Pointer(d))
	var r *C.char
	k := C.mcrepl_early_crash_reason(d, &r)
	return int(k), C.GoString(r)
}
