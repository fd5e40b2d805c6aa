// Package repl is mcrepl's shell: it reads JavaScript from the user,
// evaluates it in a worker isolate and prints each result the way Node's REPL
// does (values through worker/inspect, errors as `Uncaught ...`).
//
// Run is the whole entry point: the command builds a Config from its options
// and streams and calls Run, which returns the exit code. With Interactive
// set, Run edits lines with chzyer/readline (prompts, history, completion,
// Ctrl-C handling, async output printed above the prompt); otherwise it reads
// stdin as a transcript, entry by entry, without prompts, so that its output
// is exact and testable.
//
// # Entries
//
// Lines are collected into an entry until the entry parses (see classify): a
// line ending inside a bracket, template, comment or string continuation gets
// a `... ` prompt. A complete entry is still held back when the next line
// starts a leading-dot chain (`.then(f)`), so that a pasted chain is
// evaluated as one expression; see readLoop for how the shell knows that a
// next line is already there. Entries run as classic scripts; one that starts
// with `{` is first tried as an object literal, and one that needs top-level
// await is rewritten into an async function (see rewriteAwait).
//
// # Goroutines
//
// Run's goroutine reads input and waits for evaluations. JS runs only on the
// worker's loop goroutine (through Worker.Do and Worker.Post); the completion
// callback of readline and the SIGINT handler hand their work to it, or call
// Worker.Interrupt, which any goroutine may call.
package repl

import (
	"context"
	"fmt"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/flags"
	"github.com/mcrepl/mcrepl/trace"
	"github.com/mcrepl/mcrepl/worker"
	"github.com/mcrepl/mcrepl/worker/host"
)

// Config describes one shell session. The zero value reads nothing and
// discards its output.
type Config struct {
	// Stdin is read for input. Default: an empty reader.
	Stdin io.Reader
	// Stdout receives results and console output. Default: io.Discard.
	Stdout io.Writer
	// Stderr receives errors and warnings. Default: io.Discard.
	Stderr io.Writer
	// Interactive means stdin and stdout are terminals: line editing,
	// prompts, history and completion. Otherwise input is read as a piped
	// transcript. Default: false.
	Interactive bool
	// Color turns on ANSI colour in printed values. Default: off.
	Color bool
	// Date and Flags are the validated compatibility settings the shell
	// starts with; .reset replaces them. Default: flags.NewestDate, no flags.
	Date  string
	Flags []string
	// HistoryPath is the history file of the interactive mode; "" disables
	// history. Default: "".
	HistoryPath string
	// Now is the clock that .reset's default date and its validation read.
	// Default: time.Now.
	Now func() time.Time
	// EventLog is the initial mode of the event log ("events", "all" or
	// "off"), which .trace changes. Default: "" means "events".
	EventLog string
	// EventLogFormat is the event log's format. Default: trace.Text.
	EventLogFormat trace.Format
	// EventLogWriter receives the event log. Default: the shell's standard
	// output, so that records and console output share one ordered stream.
	EventLogWriter io.Writer
	// NoReport leaves out the report of what did not happen when the
	// session ends (--no-report). Default: it is printed.
	NoReport bool
	// Preload is a script or module run before the first entry (`mcrepl
	// shell FILE`): a script's top-level declarations, a module's exports
	// and default export (as worker) are the session's. Default: none.
	Preload string
	// Permissions are what the isolate may reach (--allow-net): every
	// isolate the session makes, .reset's too, gets them. Default: none.
	Permissions host.Permissions
}

// Exit codes of Run.
const (
	exitOK      = 0
	exitFailure = 1 // piped input ended inside an entry, or no isolate
)

// Run runs a session until the input ends or the user exits, and returns the
// exit code: 0, or 1 when piped input ends inside an unfinished entry or the
// isolate cannot start. Ending ctx interrupts the running evaluation and
// ends the session.
func Run(ctx context.Context, cfg Config) int {
	if cfg.Stdin == nil {
		cfg.Stdin = strings.NewReader("")
	}
	if cfg.Stdout == nil {
		cfg.Stdout = io.Discard
	}
	if cfg.Stderr == nil {
		cfg.Stderr = io.Discard
	}
	if cfg.Date == "" {
		cfg.Date = flags.NewestDate
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	mode := trace.Events
	if cfg.EventLog != "" {
		m, err := trace.ParseMode(cfg.EventLog)
		if err != nil {
			fmt.Fprintf(cfg.Stderr, "mcrepl: %v\n", err)
			return exitFailure
		}
		mode = m
	}
	s := &session{ctx: ctx, cfg: cfg, out: cfg.Stdout, errw: cfg.Stderr, intr: make(chan struct{}, 1),
		remember: func(string) {}, log: &eventLog{format: cfg.EventLogFormat}}
	s.log.setMode(mode)
	if cfg.Interactive {
		return s.interactive()
	}
	return s.piped()
}

// session is the state of one shell: the isolate and what the user has
// entered. Its fields are used by Run's goroutine unless they say otherwise.
type session struct {
	ctx       context.Context
	cfg       Config
	out, errw io.Writer // results go to out, errors and shell messages to errw

	w       *worker.Worker
	date    string
	flags   []string
	intro   *introspection // loop goroutine only
	lexical []string       // top-level let/const/class names, for completion
	log     *eventLog

	last, lastErr lastValue    // loop goroutine only
	entries       []string     // evaluated entries, named REPL1, REPL2, ...
	saved         []string     // what .save writes: the entries and the .reset commands between them
	echo          bool         // print each entry before it runs (.load)
	hint          hints        // what the hints have said so far (interactive)
	remember      func(string) // records an entry or command in the history
	afterCtrlC    string       // ends the line where the terminal echoed ^C
	exitRequested bool

	mu    sync.Mutex
	depth int           // evaluations and commands under way; guarded by mu
	intr  chan struct{} // an interrupt request for the running evaluation
}

// start builds an isolate for date and names. Loop-side state (the `_`
// accessors, the builtins completion uses) is installed before any user
// code runs.
func (s *session) start(date string, names []string) error {
	s.log.dst = s.cfg.EventLogWriter
	if s.log.dst == nil {
		s.log.dst = s.out
	}
	w, err := worker.New(worker.Config{
		Flags:          flags.Resolve(date, names),
		Stdout:         s.out,
		Stderr:         s.errw,
		Color:          s.cfg.Color,
		EventLog:       trace.All,
		EventLogFormat: s.cfg.EventLogFormat,
		EventLogWriter: s.log,
		Permissions:    s.cfg.Permissions,
	})
	if err != nil {
		return err
	}
	if s.w != nil {
		s.w.Close()
	}
	s.w, s.date, s.flags, s.lexical = w, date, names, nil
	s.last, s.lastErr = lastValue{name: "_"}, lastValue{name: "_error"}
	w.Do(s.install)
	return nil
}

// piped runs the transcript mode: no prompts, one result per entry, then
// waits for the isolate to go quiet so that async output is printed.
func (s *session) piped() int {
	if err := s.start(s.cfg.Date, s.cfg.Flags); err != nil {
		fmt.Fprintf(s.errw, "mcrepl: %v\n", err)
		return exitFailure
	}
	defer func() { s.w.Close() }()
	stop := context.AfterFunc(s.ctx, s.interrupt)
	defer stop()
	if s.cfg.Preload != "" && !s.preload(s.cfg.Preload) {
		return exitFailure
	}
	pending, err := s.readLoop(newLineSource(s.cfg.Stdin))
	if s.exitRequested || s.ctx.Err() != nil {
		return exitOK
	}
	if err != nil {
		fmt.Fprintf(s.errw, "mcrepl: read stdin: %v\n", err)
		return exitFailure
	}
	if pending != "" {
		fmt.Fprintf(s.errw, "mcrepl: input ended inside an unfinished entry: %s\n", firstLine(pending))
		return exitFailure
	}
	// An interrupted wait (ctx ended) is the user stopping the session.
	if s.w.Wait(s.ctx) == nil {
		s.reportAtExit(s.errw)
	}
	return exitOK
}

func firstLine(s string) string {
	line, _, cut := strings.Cut(strings.TrimSpace(s), "\n")
	if cut {
		return line + " ..."
	}
	return line
}

// lineSource is where readLoop gets lines from. next returns io.EOF at the
// end of input. more reports whether another line is already available
// without waiting: true at a pipe (the reader looks ahead), and at a
// terminal while a paste is still arriving.
type lineSource interface {
	next(prompt string) (string, error)
	more() bool
}

// readLoop reads entries from src and evaluates them until the input ends
// or .exit. It returns the text of an unfinished entry left at the end.
//
// The leading-dot rule: when an entry is complete and src says another line
// is already there, that line is read before the entry is evaluated; if it
// starts with `.name` (not a shell command) and extends the entry into valid
// or unfinished code, it is appended. So a pasted chain, or a chain in a
// piped file, is one entry. At a terminal, src.more is false between
// keystrokes, so nothing is held back waiting for the user; a `.name` line
// typed after the entry was evaluated continues the chain on the entry's
// result (the value `_` had), without running the entry again: `[3, 1]`
// then `.sort()` sorts that array. The one difference from a single entry
// is precedence: `a + b` then `.toFixed(1)` applies to the sum.
func (s *session) readLoop(src lineSource) (string, error) {
	var entry string
	var held *string // a line read ahead, not yet handled
	for !s.exitRequested && s.ctx.Err() == nil {
		var line string
		if held != nil {
			line, held = *held, nil
		} else {
			prompt := "> "
			if entry != "" {
				prompt = "... "
			}
			l, err := src.next(prompt)
			if err == errClear {
				entry = ""
				continue
			}
			if err != nil {
				if err == io.EOF {
					return entry, nil
				}
				return entry, err
			}
			line = l
		}
		if cmd, ok := lookupCommand(line); ok {
			entry = ""
			s.remember(line)
			s.echoEntry(line)
			s.guard(func() { cmd.run(s, strings.Fields(line)[1:], src) })
			continue
		}
		if entry == "" && strings.TrimSpace(line) == "" {
			continue
		}
		if entry == "" && leadingDot().MatchString(line) && s.hasResult() {
			// The entry this line continues was already evaluated (typed
			// by hand, the user pressed Enter before the chain): continue
			// the chain on its result rather than run the entry again.
			s.remember(line)
			s.eval(strings.TrimLeft(line, " \t"))
			continue
		}
		if entry == "" {
			entry = line
		} else {
			entry += "\n" + line
		}
		if classify(entry) == incomplete {
			continue
		}
		for src.more() {
			next, err := src.next("... ")
			if err != nil {
				break
			}
			if continues(entry, next) {
				entry += "\n" + next
				if classify(entry) == incomplete {
					break
				}
				continue
			}
			held = &next
			break
		}
		if classify(entry) == incomplete {
			continue
		}
		s.remember(entry)
		s.echoEntry(entry)
		s.eval(entry)
		entry = ""
	}
	return "", nil
}

// echoEntry prints entry with its prompts, as if typed, while .load runs a
// file (Node's REPL does the same).
func (s *session) echoEntry(entry string) {
	if !s.echo {
		return
	}
	s.println(s.out, "> "+strings.ReplaceAll(entry, "\n", "\n... "))
}

// hasResult reports whether an entry has produced a result in this
// isolate, for a chain to continue. The loop sets last.seen only while this
// goroutine waits for an evaluation, so reading it here is not a race.
func (s *session) hasResult() bool { return s.last.seen }

// interrupt asks the running evaluation to stop. Any goroutine.
func (s *session) interrupt() {
	s.mu.Lock()
	busy := s.depth > 0
	s.mu.Unlock()
	if !busy {
		return
	}
	select {
	case s.intr <- struct{}{}:
	default:
	}
}

// loopBusy reports whether the isolate's loop is stuck in a macrotask (a
// timer callback in an endless loop) by posting an empty job and waiting a
// moment for it. The wait is a human-scale grace period, not a correctness
// bound: a loop that is merely slow is reported busy and interrupted, which
// is what a user pressing Ctrl-C wants anyway.
func (s *session) loopBusy() bool {
	done := make(chan struct{})
	if !s.w.Post(func(*goja.Runtime) { close(done) }) {
		return false
	}
	select {
	case <-done:
		return false
	case <-time.After(100 * time.Millisecond):
		return true
	}
}
