//go:build linux || darwin

package supervisor

import (
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

func TestCrashReason(t *testing.T) {
	for _, c := range []struct {
		dump   string
		kind   int
		reason string
	}{
		{"runtime: goroutine stack exceeds 1000000000-byte limit\nruntime: sp=0xc0200e0390 stack=[0xc0200e0000, 0xc0400e0000]\nfatal error: stack overflow\n\nruntime stack:\n", crashFatal, "stack overflow"},
		{"fatal error: runtime: out of memory\n\nruntime stack:\n", crashFatal, "out of memory"},
		{"runtime: out of memory: cannot allocate 68719476736-byte block (3997696 in use)\nfatal error: out of memory\n", crashFatal, "out of memory"},
		{"fatal error: concurrent map writes\n\ngoroutine 1 [running]:\n", crashFatal, "concurrent map writes"},
		{"panic: runtime error: index out of range [3] with length 2\n\ngoroutine 7 [running]:\n", crashPanic, "runtime error: index out of range [3] with length 2"},
		{"SIGQUIT: quit\nPC=0x46b3a1 m=0 sigcode=0\n", crashQuit, "quit"},
		{"SIGSEGV: segmentation violation\nPC=0x0 m=0 sigcode=1\n", crashFatal, "SIGSEGV: segmentation violation"},
		{"", crashFatal, "unknown reason"},
	} {
		kind, reason := crashReason([]byte(c.dump))
		if kind != c.kind || reason != c.reason {
			t.Errorf("crashReason(%q) = %d, %q; want %d, %q", c.dump, kind, reason, c.kind, c.reason)
		}
	}
}

// TestRelayRuntimeOutput: diagnostics before a crash reach the user as they
// come; the dump from its first line on is kept, not shown.
func TestRelayRuntimeOutput(t *testing.T) {
	in := "init internal/bytealg @0.004 ms\ninit runtime @0.03 ms\nruntime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\ngoroutine 1 [running]:\nmain.f()"
	r, w := pipe(t)
	outR, outW := pipe(t)
	go func() { _, _ = w.WriteString(in); w.Close() }()
	kept := relayRuntimeOutput(r, outW)
	outW.Close()
	shown := readAll(t, outR)
	if want := "init internal/bytealg @0.004 ms\ninit runtime @0.03 ms\n"; shown != want {
		t.Errorf("shown %q, want %q", shown, want)
	}
	if want := in[strings.Index(in, "runtime: goroutine"):] + "\n"; string(kept) != want {
		t.Errorf("kept %q, want %q", kept, want)
	}
}

func TestLines(t *testing.T) {
	long := strings.Repeat("x", 70<<10)
	r, w := pipe(t)
	go func() { _, _ = w.WriteString("a\n\nb\n" + long + "\nlast"); w.Close() }()
	var got []string
	for l := range lines(r) {
		got = append(got, l)
	}
	want := []string{"a", "", "b", long[:64<<10], long[64<<10:], "last"}
	if !slices.Equal(got, want) {
		t.Errorf("lines: got %d lines, want %d (%q...)", len(got), len(want), got[:min(3, len(got))])
	}
}

func TestTestBinary(t *testing.T) {
	for _, c := range []struct {
		args []string
		want bool
	}{
		{[]string{"/tmp/go-build1/b001/mcrepl.test", "-test.v"}, true},
		{[]string{"./x", "-test.run=X"}, true},
		{[]string{"mcrepl", "run", "x.js"}, false},
		{[]string{"mcrepl"}, false},
	} {
		if got := testBinary(c.args); got != c.want {
			t.Errorf("testBinary(%q) = %v", c.args, got)
		}
	}
}

func pipe(t *testing.T) (*os.File, *os.File) {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close(); w.Close() })
	return r, w
}

func readAll(t *testing.T, r *os.File) string {
	t.Helper()
	var b strings.Builder
	buf := make([]byte, 4096)
	for {
		n, err := r.Read(buf)
		b.Write(buf[:n])
		if err != nil {
			return b.String()
		}
	}
}

// TestInitOrder: the supervisor's init function runs before most of
// mcrepl's packages are initialised only as long as none of its imports
// waits for package unicode's tables (Go initialises packages in import-path
// order as soon as their imports are; strings, bytes and reflect import
// unicode, and with them the supervisor would come after crypto, encoding/json,
// x/text and the rest).
func TestInitOrder(t *testing.T) {
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command:", err)
	}
	out, err := exec.Command(gobin, "list", "-deps", ".").Output()
	if err != nil {
		t.Skip("go list:", err)
	}
	for _, p := range strings.Fields(string(out)) {
		if p == "unicode" || p == "reflect" {
			t.Errorf("package supervisor depends on %s, which is initialised late", p)
		}
	}
}
