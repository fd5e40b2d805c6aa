package command

import (
	"io"
	"log"
	"os"
	"runtime/debug"
	"time"

	"github.com/mcrepl/mcrepl/internal/engine"
)

// link is this process's link to its supervisor, or nil when there is none
// (package engine).
var link *engine.Link

// TestCrashEnv names a variable that makes the engine crash the way goja
// can, for the tests of the process boundary: "stack overflow" (a Go stack
// overflow), "out of memory" or "panic" (a Go panic on another goroutine,
// which nothing recovers), or "hang" under --timeout: hang where no
// interrupt reaches. Users have no reason to set it.
const TestCrashEnv = "MCREPL_TEST_CRASH"

// becomeEngine sets up this process as the engine when the supervisor
// started it (package engine/supervisor), and returns the standard error to
// write to: the user's, which is fd 3 there.
func becomeEngine(stdin io.Reader, stderr io.Writer) io.Writer {
	if stdin != os.Stdin || stderr != os.Stderr || !engine.IsChild() {
		return stderr
	}
	l, f := engine.Become()
	link = l
	log.SetOutput(f)
	if v := os.Getenv(TestCrashEnv); v != "" {
		crash(v)
	}
	return f
}

// trim lets go of the executable's pages that the start-up mapped, in the
// engine only (engine.Trim).
func trim() {
	if link != nil {
		engine.Trim()
	}
}

// keep holds what crash allocates, so that nothing frees it.
var keep [][]byte

// crash dies as TestCrashEnv asks.
func crash(how string) {
	switch how {
	case "stack overflow":
		debug.SetMaxStack(16 << 20) // the same death as at 1 GiB, sooner
		var recurse func(n int) int
		recurse = func(n int) int { return recurse(n+1) + 1 }
		recurse(0)
	case "out of memory":
		for {
			keep = append(keep, make([]byte, 1<<40))
		}
	case "panic":
		done := make(chan struct{})
		go func() { panic("deliberate panic (" + TestCrashEnv + ")") }()
		<-done
	}
}

// hang never returns, and keeps no goroutine runnable.
func hang() {
	for {
		time.Sleep(time.Hour)
	}
}
