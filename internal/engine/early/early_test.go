//go:build linux && cgo

package early_test

import (
	"runtime"
	"testing"
	"time"

	"github.com/mcrepl/mcrepl/internal/engine"
	"github.com/mcrepl/mcrepl/internal/engine/early"
)

// TestConstructorRan: the C constructor ran before the Go runtime and, this
// being a Go test binary's own run, declined to supervise it.
func TestConstructorRan(t *testing.T) {
	if got := early.State(); got != early.Declined {
		t.Fatalf("State() = %d, want Declined (%d): the constructor did not run or did not decide", got, early.Declined)
	}
	if early.IsEngine() || early.History() != "" {
		t.Fatal("a test binary is not the engine")
	}
}

// TestNeeded: the C constructor supervises exactly what package engine and
// the Go supervisor would.
func TestNeeded(t *testing.T) {
	for _, args := range [][]string{
		{"mcrepl"},
		{"mcrepl", "run", "x.js"},
		{"mcrepl", "--flag", "nodejs_compat", "run", "x.js"},
		{"mcrepl", "serve", "w.js"},
		{"mcrepl", "flags"},
		{"mcrepl", "completion", "bash"},
		{"mcrepl", "help"},
		{"mcrepl", "--help"},
		{"mcrepl", "-h"},
		{"mcrepl", "--version"},
		{"mcrepl", "-v"},
		{"mcrepl", "run", "--help"},
	} {
		if got, want := early.Needed(args), engine.Needed(args); got != want {
			t.Errorf("Needed(%q) = %v, engine.Needed = %v", args, got, want)
		}
	}
	for _, args := range [][]string{
		{"/tmp/go-build1/b001/mcrepl.test"},
		{"/tmp/x/mcrepl.test", "run", "x.js"},
		{"mcrepl", "-test.run=TestX"},
		{"mcrepl", "run", "x.js", "-test.v"},
		{},
	} {
		if early.Needed(args) {
			t.Errorf("Needed(%q) = true, want false (a test binary's own run, or no arguments)", args)
		}
	}
}

// TestCrashReason: the C supervisor reads a Go crash dump as the Go one
// does (the same cases as package supervisor's TestCrashReason).
func TestCrashReason(t *testing.T) {
	const fatal, panicked, quit = 0, 1, 2
	for _, c := range []struct {
		dump   string
		kind   int
		reason string
	}{
		{"runtime: goroutine stack exceeds 1000000000-byte limit\nruntime: sp=0xc0200e0390 stack=[0xc0200e0000, 0xc0400e0000]\nfatal error: stack overflow\n\nruntime stack:\n", fatal, "stack overflow"},
		{"fatal error: runtime: out of memory\n\nruntime stack:\n", fatal, "out of memory"},
		{"runtime: out of memory: cannot allocate 68719476736-byte block (3997696 in use)\nfatal error: out of memory\n", fatal, "out of memory"},
		{"fatal error: concurrent map writes\n\ngoroutine 1 [running]:\n", fatal, "concurrent map writes"},
		{"panic: runtime error: index out of range [3] with length 2\n\ngoroutine 7 [running]:\n", panicked, "runtime error: index out of range [3] with length 2"},
		{"SIGQUIT: quit\nPC=0x46b3a1 m=0 sigcode=0\n", quit, "quit"},
		{"SIGSEGV: segmentation violation\nPC=0x0 m=0 sigcode=1\n", fatal, "SIGSEGV: segmentation violation"},
		{"", fatal, "unknown reason"},
	} {
		kind, reason := early.CrashReason(c.dump)
		if kind != c.kind || reason != c.reason {
			t.Errorf("CrashReason(%q) = %d, %q; want %d, %q", c.dump, kind, reason, c.kind, c.reason)
		}
	}
}

// TestOneP: OneP leaves one P until the next collection, then the
// runtime's default (this test binary's GOMAXPROCS environment variable,
// if the test was run with one, as it was).
func TestOneP(t *testing.T) {
	want := runtime.GOMAXPROCS(0)
	if want == 1 {
		t.Skip("GOMAXPROCS is 1 already")
	}
	t.Cleanup(func() { runtime.GOMAXPROCS(want) })
	early.OneP()
	if got := runtime.GOMAXPROCS(0); got != 1 {
		t.Fatalf("after OneP: GOMAXPROCS %d, want 1", got)
	}
	deadline := time.Now().Add(10 * time.Second)
	for runtime.GOMAXPROCS(0) == 1 {
		if time.Now().After(deadline) {
			t.Fatal("GOMAXPROCS still 1 after collections")
		}
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	if got := runtime.GOMAXPROCS(0); got != want {
		t.Errorf("after a collection: GOMAXPROCS %d, want %d", got, want)
	}
}
