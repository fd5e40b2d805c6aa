//go:build linux || darwin

package supervisor

import (
	"os"
	"os/signal"
	"slices"
	"strconv"
	"sync"
	"syscall"
	"time"
	"unsafe"

	"github.com/mcrepl/mcrepl/internal/engine"
)

// name is how mcrepl introduces itself in every message.
const name = "mcrepl"

// Exit codes, as package command defines them.
const (
	exitFailure = 1
	exitTimeout = 124
)

// timeoutGrace is how long the supervisor lets the engine overrun its
// --timeout before killing it: the engine stops itself at the deadline and
// needs a moment to say so; only an engine stuck where no interrupt reaches
// it is killed.
const timeoutGrace = time.Second

// crashKeep bounds how much of a crash dump the supervisor holds: the
// reason is on the first lines, and a dump of a deep recursion goes on for
// thousands of lines.
const crashKeep = 256 << 10

// DumpEnv names a file that receives the engine's full crash dump, for
// mcrepl's developers (the user sees one line).
const DumpEnv = "MCREPL_CRASH_DUMP"

// supervise runs args in an engine process and supervises it. It returns
// false, having started nothing, when the engine cannot be started; the
// caller then runs the command in this process.
func supervise(args []string) (int, bool) {
	exe := "/proc/self/exe" // the same binary, even if the file was replaced since
	if _, err := os.Stat(exe); err != nil {
		if exe, err = os.Executable(); err != nil {
			return 0, false
		}
	}
	s := &supervisor{args: args, exe: exe, tty: -1}
	for _, fd := range []int{0, 1, 2} {
		if _, err := getTermios(fd); err == nil {
			s.tty = fd
			break
		}
	}
	if t, err := getTermios(0); err == nil {
		s.state = t
	}
	s.history = os.TempDir() + string(os.PathSeparator) + "mcrepl-history-" + strconv.Itoa(os.Getpid())
	return s.run()
}

// supervisor is the process the user started, while an engine runs.
type supervisor struct {
	args    []string
	exe     string
	tty     int              // a terminal among fds 0-2, or -1
	state   *syscall.Termios // the mode of the terminal on stdin when mcrepl started
	history string           // the session history file (engine.HistoryEnv)
}

// outcome is how one engine ended.
type outcome struct {
	ws       syscall.WaitStatus
	dump     []byte // what the engine's runtime wrote on fd 2 from the start of a crash dump
	shell    bool   // the engine was an interactive shell: restart it after a crash
	timedOut string // the --timeout that the supervisor enforced, if it killed the engine
}

func (s *supervisor) run() (int, bool) {
	sigs := make(chan os.Signal, 8)
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGQUIT, syscall.SIGTERM, syscall.SIGHUP)
	shell := false
	defer func() {
		if shell {
			_ = os.Remove(s.history)
		}
	}()
	for started := false; ; started = true {
		out, err := s.once(sigs, started)
		if err != nil {
			if started {
				say("cannot restart the JavaScript engine: " + err.Error())
				return exitFailure, true
			}
			signal.Stop(sigs)
			return 0, false
		}
		shell = shell || out.shell
		code, crashed := s.report(out)
		if !crashed || !out.shell {
			return code, true
		}
		say("starting a fresh isolate: earlier definitions are gone, the history is kept")
	}
}

// once starts an engine and waits for it, forwarding signals.
func (s *supervisor) once(sigs chan os.Signal, restart bool) (outcome, error) {
	var out outcome
	crashR, crashW, err := os.Pipe()
	if err != nil {
		return out, err
	}
	defer crashR.Close()
	ctlR, ctlW, err := os.Pipe()
	if err != nil {
		crashW.Close()
		return out, err
	}
	defer ctlR.Close()
	env := append(os.Environ(), engine.Env+"="+engine.Child, engine.HistoryEnv+"="+s.history)
	if restart {
		env = append(env, "MCREPL_ENGINE_RESTARTED=1")
	}
	pid, err := syscall.ForkExec(s.exe, s.args, &syscall.ProcAttr{
		Env:   env,
		Files: []uintptr{0, 1, crashW.Fd(), 2, ctlW.Fd()},
		Sys:   engineProcAttr(s.tty < 0),
	})
	crashW.Close()
	ctlW.Close()
	if err != nil {
		return out, err
	}
	if !restart {
		// The supervisor runs little of what the runtime and the packages
		// before it mapped. Done while the engine starts (on another core,
		// where there is one), not before.
		engine.Trim()
	}

	dump := make(chan []byte, 1)
	go func() { dump <- relayRuntimeOutput(crashR, os.Stderr) }()

	var mu sync.Mutex // guards out.shell and out.timedOut
	ctlDone := make(chan struct{})
	go func() {
		defer close(ctlDone)
		for line := range lines(ctlR) {
			verb, rest := cut(line, " ")
			switch verb {
			case "shell":
				mu.Lock()
				out.shell = true
				mu.Unlock()
			case "timeout":
				ns, d := cut(rest, " ")
				n, err := strconv.ParseInt(ns, 10, 64)
				if err != nil {
					continue
				}
				time.AfterFunc(time.Until(time.Unix(0, n))+timeoutGrace, func() {
					mu.Lock()
					out.timedOut = d
					mu.Unlock()
					_ = syscall.Kill(pid, syscall.SIGKILL)
				})
			}
		}
	}()

	waited := make(chan syscall.WaitStatus, 1)
	go func() {
		var ws syscall.WaitStatus
		for {
			_, err := syscall.Wait4(pid, &ws, 0, nil)
			if err != syscall.EINTR {
				break
			}
		}
		waited <- ws
	}()
	var ws syscall.WaitStatus
wait:
	for {
		select {
		case sig := <-sigs:
			s.forward(pid, sig.(syscall.Signal))
		case ws = <-waited:
			break wait
		}
	}
	<-ctlDone
	d := <-dump
	mu.Lock()
	defer mu.Unlock()
	out.ws, out.dump = ws, d
	return out, nil
}

// forward passes a signal the supervisor received to the engine, unless
// the engine got it too: a key (Ctrl-C, Ctrl-\) reaches the terminal's
// whole foreground process group, the engine included. The terminal only
// turns keys into signals when its ISIG mode is on, so a SIGINT that
// arrives while the shell reads a line (raw mode) was sent by someone.
func (s *supervisor) forward(pid int, sig syscall.Signal) {
	if (sig == syscall.SIGINT || sig == syscall.SIGQUIT) && s.fromKeyboard() {
		return
	}
	_ = syscall.Kill(pid, sig)
}

// fromKeyboard reports whether a SIGINT or SIGQUIT just received came from
// the terminal's keys, as far as one can tell.
func (s *supervisor) fromKeyboard() bool {
	if s.tty < 0 {
		return false
	}
	var pgrp int32
	if _, _, errno := syscall.Syscall(syscall.SYS_IOCTL, uintptr(s.tty), syscall.TIOCGPGRP, uintptr(unsafe.Pointer(&pgrp))); errno != 0 || int(pgrp) != syscall.Getpgrp() {
		return false
	}
	t, err := getTermios(s.tty)
	return err == nil && t.Lflag&syscall.ISIG != 0
}

// report says how the engine ended and returns the exit code, and whether
// it was a crash (which a shell survives).
func (s *supervisor) report(out outcome) (code int, crashed bool) {
	ws := out.ws
	if s.state != nil && (ws.Signaled() || ws.Exited() && ws.ExitStatus() == 2 && len(out.dump) > 0) {
		// The engine may have died with the terminal in raw mode.
		_ = setTermios(0, s.state)
	}
	if out.timedOut != "" {
		say("timed out after " + out.timedOut)
		return exitTimeout, false
	}
	if ws.Exited() {
		if ws.ExitStatus() != 2 || len(out.dump) == 0 {
			// Not a crash: what looked like the start of one was a
			// diagnostic (runtime warnings, GODEBUG traces).
			_, _ = os.Stderr.Write(out.dump)
			return ws.ExitStatus(), false
		}
		if p := os.Getenv(DumpEnv); p != "" {
			_ = os.WriteFile(p, out.dump, 0o600)
		}
		kind, reason := crashReason(out.dump)
		switch kind {
		case crashPanic:
			say("internal error: " + reason)
			say("this is a bug in mcrepl; please report it with the command you ran.")
		case crashQuit:
			say("quit (SIGQUIT)")
			return 128 + int(syscall.SIGQUIT), false
		default:
			say("the JavaScript engine crashed: " + reason)
		}
		return exitFailure, true
	}
	if !ws.Signaled() {
		return exitFailure, false
	}
	sig := ws.Signal()
	switch sig {
	case syscall.SIGKILL:
		say("the JavaScript engine was killed (SIGKILL); the system may be out of memory")
		return exitFailure, true
	case syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP:
		// Die the same way, so that the caller (a shell) sees what happened.
		signal.Reset(sig)
		_ = syscall.Kill(syscall.Getpid(), sig)
		time.Sleep(100 * time.Millisecond)
	}
	return 128 + int(sig), false
}

// Kinds of crash.
const (
	crashFatal = iota // a fatal error of the Go runtime: stack overflow, out of memory
	crashPanic        // a Go panic nothing recovered: a bug in mcrepl
	crashQuit         // SIGQUIT's goroutine dump
)

// crashReason reads the reason out of a Go crash dump.
func crashReason(dump []byte) (kind int, reason string) {
	text := string(dump)
	first, _ := cut(text, "\n")
	for rest := text; rest != ""; {
		var l string
		l, rest = cut(rest, "\n")
		if r, ok := cutPrefix(l, "fatal error: "); ok {
			r, _ = cutPrefix(r, "runtime: ")
			return crashFatal, r
		}
	}
	first = trimSpace(first)
	if r, ok := cutPrefix(first, "panic: "); ok {
		return crashPanic, r
	}
	switch {
	case hasPrefix(first, "SIGQUIT"):
		return crashQuit, "quit"
	case first == "":
		return crashFatal, "unknown reason"
	}
	return crashFatal, first
}

// crashStart reports whether a line the runtime wrote starts a crash dump
// rather than a diagnostic that is meant for the user (GODEBUG traces).
func crashStart(line string) bool {
	for _, p := range []string{"panic: ", "fatal error: ", "runtime: ", "goroutine ", "unexpected ", "SIG"} {
		if hasPrefix(line, p) {
			return true
		}
	}
	return false
}

// relayRuntimeOutput reads what the engine's Go runtime writes on fd 2.
// Lines are passed to w as they come until one starts a crash dump; from
// there on they are kept (up to crashKeep) and returned.
func relayRuntimeOutput(r *os.File, w *os.File) []byte {
	var kept []byte
	capturing := false
	for line := range lines(r) {
		if !capturing && crashStart(line) {
			capturing = true
		}
		if !capturing {
			_, _ = w.WriteString(line + "\n")
		} else if len(kept) < crashKeep {
			kept = append(kept, line[:min(len(line), crashKeep-len(kept))]...)
			kept = append(kept, '\n')
		}
	}
	return kept
}

// lines yields the lines read from r until it ends, without their newline
// (a last line without one too). A line is cut at 64 KiB.
func lines(r *os.File) func(yield func(string) bool) {
	return func(yield func(string) bool) {
		buf := make([]byte, 0, 4096)
		chunk := make([]byte, 4096)
		for {
			n, err := r.Read(chunk)
			buf = append(buf, chunk[:n]...)
			for {
				i := slices.Index(buf, '\n')
				if i < 0 && len(buf) >= 64<<10 || i > 64<<10 {
					i = 64 << 10
				}
				if i < 0 {
					break
				}
				if !yield(string(buf[:i])) {
					return
				}
				if i < len(buf) && buf[i] == '\n' {
					i++
				}
				buf = buf[i:]
			}
			if err != nil {
				if len(buf) > 0 {
					yield(string(buf))
				}
				return
			}
		}
	}
}

// say writes one line of mcrepl's to standard error.
func say(msg string) { _, _ = os.Stderr.WriteString(name + ": " + msg + "\n") }

func getTermios(fd int) (*syscall.Termios, error) {
	var t syscall.Termios
	if _, _, errno := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), ioctlGetTermios, uintptr(unsafe.Pointer(&t))); errno != 0 {
		return nil, errno
	}
	return &t, nil
}

func setTermios(fd int, t *syscall.Termios) error {
	if _, _, errno := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), ioctlSetTermios, uintptr(unsafe.Pointer(t))); errno != 0 {
		return errno
	}
	return nil
}
