// Package engine is the process boundary of mcrepl's JavaScript engine.
//
// goja has fatal paths that no recover catches: a Go stack overflow, a fatal
// out-of-memory, a concurrent map write. Each ends the whole process with a
// Go crash dump. So that such a death cannot take the shell or the report
// with it, every command that runs JavaScript runs in a child process, the
// engine, and the process the user started supervises it. The supervisor is
// C code that forks before the Go runtime starts (package engine/early);
// in builds without it (no cgo, not Linux), package engine/supervisor
// re-executes the binary from an init function that runs before the rest
// of mcrepl is initialised. Both keep this contract:
//
//   - the engine inherits standard input and output, and gets the user's
//     standard error as fd 3 (its os.Stderr), so output stays in order and
//     terminals are still detected;
//   - the engine's fd 2, where only the Go runtime writes (crash dumps), is a
//     pipe that the supervisor reads; a crash becomes one line,
//     "mcrepl: the JavaScript engine crashed: stack overflow", and exit 1;
//   - fd 4 is a pipe on which the engine tells the supervisor what it needs
//     (Link.Say): "shell" (restart me after a crash, as a fresh isolate),
//     "timeout NS DURATION" (kill me if I am still running after the
//     deadline NS, in Unix nanoseconds, plus a grace period).
//
// The engine knows it is one from IsChild: package early's state, or Env
// set to "child" by the Go supervisor. Env set to "inprocess" by hand runs
// the command without a supervisor (for debugging and profiling).
//
// The engine calls Become once, first thing, and then uses the returned
// Link (nil when the process is not supervised; its methods do nothing then).
package engine

import (
	"os"
	"sync"

	"github.com/mcrepl/mcrepl/internal/engine/early"
)

// The package imports only os, sync and package early (and, for Trim,
// strconv and syscall, which package supervisor imports anyway), never strings, bytes or
// reflect: package engine/supervisor, which imports it, must be initialised
// before most of mcrepl (see there).

// The environment of the engine.
const (
	Env       = "MCREPL_ENGINE" // Child in the engine; InProcess by hand: no supervisor
	Child     = "child"
	InProcess = "inprocess"
	// HistoryEnv names the session's history file, used by an
	// interactive shell that has no history file of its own, so that a
	// restarted shell still recalls what was typed before the crash.
	HistoryEnv = "MCREPL_ENGINE_HISTORY"
)

// File descriptors of the engine besides 0, 1 and 2.
const (
	StderrFD  = 3
	ControlFD = 4
)

// Link is the engine's side of the boundary; nil methods do nothing,
// so code that runs with and without a supervisor calls them alike.
type Link struct {
	mu      sync.Mutex
	control *os.File
	history string
}

// IsChild reports whether this process is the engine that a supervisor
// started: the C supervisor's child (package early), or the Go
// supervisor's (Env set to Child). It can be called from init functions.
func IsChild() bool {
	return early.IsEngine() || os.Getenv(Env) == Child
}

// Become sets up a process started by the supervisor: the user's standard
// error is fd 3 from now on, and the control pipe is fd 4. It returns the
// link and the standard error to write to. Call it only when IsChild.
func Become() (*Link, *os.File) {
	stderr := os.NewFile(StderrFD, "/dev/stderr")
	// Everything that writes to os.Stderr goes to the user; fd 2 is left to
	// the Go runtime. (Package log keeps the old os.Stderr: the caller
	// points it here.)
	os.Stderr = stderr
	history := os.Getenv(HistoryEnv)
	if early.IsEngine() {
		history = early.History()
	}
	l := &Link{control: os.NewFile(ControlFD, "mcrepl-control"), history: history}
	os.Unsetenv(Env)
	os.Unsetenv(HistoryEnv)
	return l, stderr
}

// Say sends one line (without its newline) to the supervisor. Any
// goroutine.
func (l *Link) Say(line string) {
	if l == nil {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	_, _ = l.control.WriteString(line + "\n")
}

// SessionHistory is the history file that a supervised interactive shell
// without a history file of its own keeps for the session ("" otherwise).
func (l *Link) SessionHistory() string {
	if l == nil {
		return ""
	}
	return l.history
}

// Needed reports whether the command in args may run JavaScript: all
// but the few that only print (help, version, the flags table, completion),
// which run without a child process.
func Needed(args []string) bool {
	if len(args) < 2 {
		return true
	}
	switch args[1] {
	case "flags", "completion", "help", "--help", "-h", "--version", "-v":
		return false
	}
	return true
}
