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

// CrashReason is the C supervisor's reading of a crash dump, for the
// tests: kind 0 a fatal error, 1 a Go panic, 2 SIGQUIT's dump.
func CrashReason(dump string) (kind int, reason string) {
	d := C.CString(dump)
	defer C.free(unsafe.Pointer(d))
	var r *C.char
	k := C.mcrepl_early_crash_reason(d, &r)
	return int(k), C.GoString(r)
}
