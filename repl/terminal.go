package repl

import (
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/chzyer/readline"
)

// lineMark stands for a line break of a multi-line entry recalled from the
// history: readline redraws only the line the cursor is on, so an entry
// with real line breaks in its buffer was printed again at every key of an
// edit or a Ctrl-R search. Recalled entries are one line with ␤ (U+2424,
// SYMBOL FOR NEWLINE) between their lines, turned back into line breaks
// when the line is entered.
const lineMark = "\u2424"

// oneLine is entry as readline's history holds it.
func oneLine(entry string) string { return strings.ReplaceAll(entry, "\n", lineMark) }

// exitHint is what the first Ctrl-C on an empty line prints, in Node's words.
const exitHint = "(To exit, press Ctrl+C again or Ctrl+D or type .exit)"

// interactive runs the terminal mode on chzyer/readline.
func (s *session) interactive() int {
	in := &newlineCounter{r: s.cfg.Stdin}
	paste := &pasteBatcher{r: in, fd: -1}
	if f, ok := s.cfg.Stdin.(*os.File); ok {
		paste.fd = int(f.Fd())
	}
	var inst atomic.Pointer[readline.Instance]
	rc := &readline.Config{
		Prompt:                 "> ",
		Stdin:                  readline.NewCancelableStdin(paste),
		Listener:               paste,
		Stdout:                 s.cfg.Stdout,
		Stderr:                 s.cfg.Stderr,
		HistoryLimit:           historyLimit,
		DisableAutoSaveHistory: true,
		AutoComplete:           &completer{s: s},
		FuncIsTerminal:         func() bool { return true },
		// Called on readline's goroutine for every key, before readline
		// handles it: an Enter that picks a completion candidate ends no
		// line, so it must not count as one.
		FuncFilterInputRune: func(r rune) (rune, bool) {
			rl := inst.Load()
			if rl != nil && (r == readline.CharEnter || r == readline.CharCtrlJ) && rl.Operation.IsInCompleteSelectMode() {
				in.unlineOne()
			}
			// readline spends a Ctrl-C on closing the completion list and
			// leaves the typed text; close the list here, so that the
			// Ctrl-C clears the line as it does everywhere else (Node's
			// behaviour).
			if rl != nil && r == readline.CharInterrupt && rl.Operation.IsInCompleteMode() {
				rl.Operation.ExitCompleteMode(true)
			}
			// Pasted text goes into the line, where the listener expects
			// its rune, not into a search or a completion.
			if rl != nil && r == pasteRune {
				if rl.Operation.IsSearchMode() {
					rl.Operation.ExitSearchMode(false)
				}
				if rl.Operation.IsInCompleteMode() {
					rl.Operation.ExitCompleteMode(false)
				}
			}
			return r, true
		},
	}
	// Raw mode is set on the terminal that stdin is, not on fd 0; a stdin
	// that is not a file has no mode to set.
	rc.FuncMakeRaw = func() error { return nil }
	rc.FuncExitRaw = func() error { return nil }
	if f, ok := s.cfg.Stdin.(*os.File); ok {
		fd := int(f.Fd())
		defer keepTypeAhead(fd)()
		var state *readline.State
		rc.FuncMakeRaw = func() error {
			st, err := readline.MakeRaw(fd)
			state = st
			return err
		}
		rc.FuncExitRaw = func() error {
			if state == nil {
				return nil
			}
			return readline.Restore(fd, state)
		}
	}
	if f, ok := s.cfg.Stdout.(*os.File); ok {
		fd := int(f.Fd())
		rc.FuncGetWidth = func() int {
			if w, _, err := readline.GetSize(fd); err == nil && w > 0 {
				return w
			}
			return 80
		}
	}
	rl, err := readline.NewEx(rc)
	if err != nil {
		fmt.Fprintf(s.cfg.Stderr, "mcrepl: terminal: %v\n", err)
		return exitFailure
	}
	inst.Store(rl)
	defer rl.Close()
	// Everything printed while the prompt waits goes through readline,
	// which clears the line, writes, and redraws the prompt and typed text.
	s.out, s.errw = rl.Stdout(), rl.Stderr()

	hist := openHistory(s.cfg.HistoryPath, s.errw)
	for _, e := range hist.entries {
		_ = rl.SaveHistory(oneLine(e))
	}
	s.remember = func(entry string) {
		_ = rl.SaveHistory(oneLine(entry))
		hist.add(entry)
	}

	if err := s.start(s.cfg.Date, s.cfg.Flags); err != nil {
		fmt.Fprintf(s.cfg.Stderr, "mcrepl: %v\n", err)
		return exitFailure
	}
	defer func() { s.w.Close() }()
	s.println(s.out, s.banner())
	if s.cfg.Preload != "" {
		// A file that fails is reported and the shell still starts: the
		// user came to look at it.
		s.preload(s.cfg.Preload)
	}

	// While JS runs, readline is not reading and the terminal is in cooked
	// mode: Ctrl-C arrives as SIGINT. At the prompt it arrives as a key.
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt)
	defer signal.Stop(sig)
	go func() {
		for range sig {
			s.interrupt()
		}
	}()
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		select {
		case <-s.ctx.Done():
			s.interrupt()
		case <-stop:
		}
	}()

	// A Ctrl-C that interrupts JS is echoed as ^C by the terminal (cooked
	// mode), not followed by a newline.
	s.afterCtrlC = "\n"
	src := &termSource{s: s, rl: rl, in: in}
	if _, err := s.readLoop(src); err != nil {
		fmt.Fprintf(s.cfg.Stderr, "mcrepl: read terminal: %v\n", err)
		return exitFailure
	}
	s.reportAtExit(s.out)
	return exitOK
}

// termSource reads lines with readline and turns Ctrl-C into Node's
// behaviour.
type termSource struct {
	s     *session
	rl    *readline.Instance
	in    *newlineCounter
	lines int  // lines readline has returned
	ctrlC bool // the previous key was Ctrl-C on an empty line
}

func (t *termSource) next(prompt string) (string, error) {
	t.rl.SetPrompt(prompt)
	for {
		line, err := t.rl.Readline()
		if err == readline.ErrInterrupt {
			switch {
			case line != "" || prompt != "> ":
				t.ctrlC = false
				return "", errClear
			case t.s.loopBusy():
				// A timer or message handler is stuck in a loop.
				t.s.w.Interrupt(errInterrupted)
				t.s.println(t.s.errw, interruptedMessage)
				t.s.afterInterrupt()
				continue
			case t.ctrlC:
				return "", io.EOF
			}
			t.ctrlC = true
			t.s.println(t.s.errw, exitHint)
			continue
		}
		t.ctrlC = false
		if err != nil {
			return "", err
		}
		t.lines++
		return strings.ReplaceAll(line, lineMark, "\n"), nil
	}
}

// more reports whether the terminal has already delivered the end of
// another line: the rest of a paste. Typed lines arrive one Enter at a
// time, after the previous one was handled, so this is false for them.
func (t *termSource) more() bool { return t.in.count() > t.lines }

// newlineCounter counts the line ends read from the terminal, as readline
// will see them (CR and LF each end a line), so that the shell can tell a
// paste from typing: readline reads ahead of the line it returns, so the
// count runs ahead of the lines returned while a paste is arriving.
type newlineCounter struct {
	r  io.Reader
	mu sync.Mutex
	n  int
}

func (c *newlineCounter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.mu.Lock()
	for _, b := range p[:n] {
		if b == '\r' || b == '\n' {
			c.n++
		}
	}
	c.mu.Unlock()
	return n, err
}

// unlineOne uncounts a line end that readline consumed without ending a
// line.
func (c *newlineCounter) unlineOne() {
	c.mu.Lock()
	c.n--
	c.mu.Unlock()
}

func (c *newlineCounter) count() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.n
}
