//go:build !linux || !cgo

package early

// Available reports whether this build has the C supervisor: not without
// cgo or off Linux, where package engine/supervisor is the supervisor.
const Available = false

// States of the constructor's decision.
const (
	Undecided = 0
	Declined  = 1
	Child     = 2
	Restarted = 3
)

// State is what the constructor decided: here it never runs.
func State() int { return Undecided }

// IsEngine reports whether the C supervisor started this process as its
// engine: never here.
func IsEngine() bool { return false }

// History is the session's history file, in the engine: "" here.
func History() string { return "" }

// Needed is the constructor's decision on args, for the tests: there is no
// constructor in this build, so never.
func Needed(args []string) bool { return false }

// Trim is engine.Trim's fast path, which this build lacks: it does nothing
// and reports false.
func Trim() bool { return false }

// KeepBelow is engine.KeepCodeBelow for the fast path: nothing here.
func KeepBelow(end uintptr) {}

// TrimRanges are the fast path's ranges, for the tests: none here.
func TrimRanges() ([][2]uintptr, bool) { return nil, false }

// Droppable is the fast path's test of private copies, for the tests:
// absent here.
func Droppable(a, b uintptr) ([][2]uintptr, bool) { return nil, false }
