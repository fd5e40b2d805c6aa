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
