//go:build linux && cgo

package early

/*
#include <stdlib.h>
static int gomaxprocs_set(void) { return getenv("GOMAXPROCS") != NULL; }
*/
import "C"

import "runtime"

// The engine starts on one P (GOMAXPROCS 1) and gets the runtime's
// default back at its first garbage collection. A short run never
// collects, and on one P it pays neither the spinning thread that the
// scheduler wakes for every goroutine made ready nor a second P's cache of
// partly used spans; a long one gets its second P (for the collector's
// background marking, the HTTP server's goroutines) once its heap first
// reaches the collector's goal, 4 MiB. bench/startup/README.md ("One P
// until the first collection") has the figures.
//
// The package's init function is among the first to run (it imports only
// the runtime), before any that starts a goroutine. A GOMAXPROCS that the
// user set is given back as it was, and a process that is not the engine
// is left alone.
func init() {
	if IsEngine() {
		oneP()
	}
}

// oneP sets GOMAXPROCS to 1 until the next collection.
func oneP() {
	n := runtime.GOMAXPROCS(1)
	if n == 1 {
		return
	}
	userSet := C.gomaxprocs_set() != 0
	restore := func() {
		if userSet {
			runtime.GOMAXPROCS(n)
		} else {
			runtime.SetDefaultGOMAXPROCS() // and its updates when the CPU quota changes
		}
	}
	runtime.SetFinalizer(&onePSentinel{}, func(*onePSentinel) { restore() })
}

// onePSentinel is garbage from the moment it is made: its finalizer runs
// after the first collection. It holds a pointer so that it is not a tiny
// allocation, whose finalizer may never run.
type onePSentinel struct{ _ *int }
