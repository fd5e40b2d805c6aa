package main

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"
)

// TestShellSurvivesEngineDeath starts the shell at a terminal, kills its
// engine the way the system's out-of-memory killer would, and checks that
// the user is told in one line, gets a fresh isolate and keeps the history;
// and that Ctrl-C from the keyboard still interrupts a running entry once.
func TestShellSurvivesEngineDeath(t *testing.T) {
	bin, err := exec.LookPath("mcrepl")
	if err != nil {
		t.Skip("mcrepl is not on PATH (testscript puts it there)")
	}
	cmd := exec.Command(bin)
	cmd.Env = append(os.Environ(), "MCREPL_HISTORY=", "TERM=xterm", "NO_COLOR=1", "MCREPL_TEST_NOW=2026-11-23")
	tty, err := pty.Start(cmd)
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	defer tty.Close()
	out := &syncBuffer{}
	go func() { _, _ = io.Copy(out, tty) }()
	expect := func(what string) {
		t.Helper()
		deadline := time.Now().Add(20 * time.Second)
		for !strings.Contains(out.String(), what) {
			if time.Now().After(deadline) {
				t.Fatalf("did not see %q; output:\n%s", what, out.String())
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	typeLine := func(s string) { _, _ = tty.Write([]byte(s + "\r")) }

	expect("> ")
	// The result, 41, is not in the echo of what was typed: seeing it means the
	// entry ran (and is in the history) before the engine is killed. (With
	// "= 41" the echo alone matched, and under load the kill could come first.)
	typeLine("globalThis.x = 40 + 1")
	expect("41")

	engine := childOf(t, cmd.Process.Pid)
	if err := syscall.Kill(engine, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	expect("mcrepl: the JavaScript engine was killed (SIGKILL)")
	expect("mcrepl: starting a fresh isolate: earlier definitions are gone, the history is kept")
	mark := len(out.String())
	typeLine("typeof x")
	expect("'undefined'")
	// The history came through the restart: up twice is the first entry.
	_, _ = tty.Write([]byte("\x1b[A\x1b[A"))
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(out.String()[mark:], "globalThis.x = 40 + 1") {
		if time.Now().After(deadline) {
			t.Fatalf("history lost; output after the restart:\n%s", out.String()[mark:])
		}
		time.Sleep(20 * time.Millisecond)
	}
	_, _ = tty.Write([]byte("\x15")) // clear the line

	typeLine("while (true) {}")
	time.Sleep(300 * time.Millisecond)
	_, _ = tty.Write([]byte("\x03"))
	expect("Uncaught Error: Script execution was interrupted by SIGINT")
	mark = len(out.String())
	typeLine("1 + 1")
	deadline = time.Now().Add(10 * time.Second)
	for !strings.Contains(out.String()[mark:], "2\r\n") {
		if time.Now().After(deadline) {
			t.Fatalf("the entry after Ctrl-C did not run; output after it:\n%s", out.String()[mark:])
		}
		time.Sleep(20 * time.Millisecond)
	}
	typeLine(".exit")
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("shell ended with %v; output:\n%s", err, out.String())
		}
	case <-time.After(20 * time.Second):
		_ = cmd.Process.Kill()
		t.Fatalf("shell did not exit; output:\n%s", out.String())
	}
}

// childOf is the one child process of pid (the engine), from /proc.
func childOf(t *testing.T, pid int) int {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/task/" + strconv.Itoa(pid) + "/children")
		if err != nil {
			t.Skipf("no /proc children list: %v", err)
		}
		if f := strings.Fields(string(b)); len(f) > 0 {
			n, err := strconv.Atoi(f[0])
			if err == nil {
				return n
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatal("the shell has no engine process")
	return 0
}

// syncBuffer is a bytes.Buffer safe for one writer and one reader.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
