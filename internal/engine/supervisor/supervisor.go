// Package supervisor starts mcrepl's JavaScript engine in a child process
// and supervises it from the process the user started (see package engine
// for the boundary's contract), in builds where package engine/early, the
// C supervisor that forks before the Go runtime starts, is not built (no
// cgo, or not Linux) or could not decide (its state Undecided).
//
// It does its work in its init function, which the Go runtime calls before
// the packages of the interpreter, the bundler and the command line are
// initialised: the supervisor then costs the start-up of the Go runtime
// and of the few standard packages it uses, not that of mcrepl, and the
// engine, not the supervisor, pays for everything else. Go initialises
// packages in import-path order, each as soon as its imports are, so this
// one comes right after os/signal (about the 25th of ~160) only while
// nothing it imports needs package unicode: it imports neither strings,
// bytes nor reflect (TestInitOrder), or it would wait for crypto,
// encoding/json, x/text and 50 others. Package main imports it for that
// effect only:
//
//	import _ "github.com/mcrepl/mcrepl/internal/engine/supervisor"
//
// The init function does nothing, and mcrepl runs in one process, when
// the process is the engine itself, when engine.Env is set to
// engine.InProcess, when the command runs no JavaScript (help, --version,
// flags, completion), in a Go test binary (arguments -test.*), and where
// there is no supervisor for the system (supervise_other.go). Otherwise the
// engine's exit code becomes the process's and init never returns.
//
// What the supervisor does while the engine runs:
//   - signals: SIGTERM and SIGHUP are passed on; SIGINT and SIGQUIT too,
//     unless they came from the keyboard, which sends them to the engine
//     directly (the two share the terminal's foreground process group);
//   - a crash (fatal error of the Go runtime, on the engine's fd 2) becomes
//     one line and exit 1; the terminal's mode is restored; an interactive
//     shell is started again, with its history;
//   - an engine killed by a signal (the system's out-of-memory killer) is
//     reported; one killed by SIGINT, SIGTERM or SIGHUP takes the supervisor
//     with it by the same signal;
//   - an engine that outlives its --timeout by timeoutGrace is killed (exit
//     124).
package supervisor

import (
	"os"

	"github.com/mcrepl/mcrepl/internal/engine"
	"github.com/mcrepl/mcrepl/internal/engine/early"
)

func init() {
	if early.State() != early.Undecided || os.Getenv(engine.Env) != "" || !engine.Needed(os.Args) || testBinary(os.Args) {
		return
	}
	if code, ok := supervise(os.Args); ok {
		os.Exit(code)
	}
}

// testBinary reports whether args are those of a Go test binary's own run,
// which must not be supervised (its re-executions as mcrepl, by
// testscript, are).
func testBinary(args []string) bool {
	if hasSuffix(args[0], ".test") {
		return true
	}
	for _, a := range args[1:] {
		if hasPrefix(a, "-test.") {
			return true
		}
	}
	return false
}
