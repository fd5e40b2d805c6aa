package command

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/mcrepl/mcrepl/loader"
	"github.com/mcrepl/mcrepl/trace"
	"github.com/mcrepl/mcrepl/worker"
	"github.com/mcrepl/mcrepl/worker/host"
	"github.com/mcrepl/mcrepl/worker/stack"
)

// runScript is the `run` command.
func (e *env) runScript(c *cli.Context) (err error) {
	args := c.Args().Slice()
	if len(args) == 0 {
		args = wranglerMain() // wrangler.go
	}
	switch {
	case len(args) == 0:
		return usagef("run needs a FILE to run, or - to read the script from standard input")
	case len(args) > 1:
		return usagef("unexpected %q after %s: options go before FILE, and a script takes no arguments", args[1], args[0])
	}
	path := args[0]
	s, set, err := e.resolve(c)
	if err != nil {
		return err
	}
	if err := checkReadable(path); err != nil {
		return err
	}
	limit, err := maxMemory(c)
	if err != nil {
		return err
	}
	worker.SetAllocationLimit(limit)
	if s.traceFile != "" && sameFile(s.traceFile, path) {
		return usagef("--trace-file %s is the script to run: give the event log another file", s.traceFile)
	}
	log, closeLog, err := e.eventLog(s)
	if err != nil {
		return err
	}
	defer func() {
		// A log that could not be written (a full disk) is a failure,
		// not a silent loss.
		if cerr := closeLog(); cerr != nil && err == nil {
			err = &exitError{ExitFailure, fmt.Sprintf("cannot write the event log to %s: %v", s.traceFile, pathErr(cerr))}
		}
	}()

	// The first Ctrl-C interrupts the script; after that the default
	// behaviour is back, so a second one kills mcrepl even if it is stuck.
	// (--fetch and --scheduled have their own handling, in runHandlers.)
	// Set up before the isolate is built, so that the signal goroutines'
	// start-up is left to the trim in buildWorker.
	handlers := handlerMode(c) // --fetch, --scheduled: fetch.go
	ctx, stop := c.Context, context.CancelFunc(func() {})
	if !handlers {
		ctx, stop = signal.NotifyContext(c.Context, os.Interrupt)
	}
	defer stop()

	isolate := buildWorker(worker.Config{
		Flags:          set,
		Stdout:         e.stdout,
		Stderr:         e.stderr,
		Color:          e.color(s),
		EventLog:       s.trace,
		EventLogFormat: s.traceFormat,
		EventLogWriter: log,
		Permissions:    s.perms,
	})

	if handlers {
		if isolate.err != nil {
			return isolate.err
		}
		return e.runHandlers(c, path, s, isolate.w)
	}
	context.AfterFunc(ctx, stop)
	runCtx := ctx
	if s.timeout > 0 {
		// The supervisor kills an engine stuck past the deadline.
		link.Say(fmt.Sprintf("timeout %d %s", time.Now().Add(s.timeout).UnixNano(), s.timeout))
		if os.Getenv(TestCrashEnv) == "hang" {
			hang()
		}
		var cancel context.CancelFunc
		runCtx, cancel = context.WithTimeout(ctx, s.timeout)
		defer cancel()
	}

	// The report is its own switch (--no-report), not the event log's:
	// text for people on stderr, or JSON records in the log's own stream.
	var report func(*worker.Worker)
	if !s.noReport {
		report = func(w *worker.Worker) {
			if s.traceFormat == trace.JSON {
				_ = w.ReportAs(log, trace.JSON)
				return
			}
			_ = w.Report(e.stderr)
		}
	}
	bindings, err := vars(c, s.wrangler)
	if err != nil {
		isolate.close()
		return err
	}
	err = execute(runCtx, isolate, path, e.stdin, bindings, report, limit)
	var coder cli.ExitCoder
	switch {
	case err == nil:
		return nil
	case errors.Is(err, worker.ErrMemoryLimit):
		return &exitError{ExitMemory, memoryMessage(err)}
	case errors.Is(err, worker.ErrUncaught):
		return silent(ExitFailure) // already reported by the worker
	case errors.Is(err, context.DeadlineExceeded):
		return &exitError{ExitTimeout, "timed out after " + s.timeout.String()}
	case ctx.Err() != nil:
		return silent(ExitInterrupted)
	case errors.As(err, &coder):
		// The loader's syntax, import and test() failures say what they
		// are and carry their exit code.
		return &exitError{coder.ExitCode(), err.Error()}
	}
	return fmt.Errorf("run %s: %w", path, err)
}

// builtWorker is an isolate, or why it could not be built.
type builtWorker struct {
	w   *worker.Worker
	err error
}

// close closes the isolate, if it was built.
func (b builtWorker) close() {
	if b.w != nil {
		b.w.Close()
	}
}

// buildWorker builds the isolate. Building it on another goroutine, to
// overlap it with loading the program, was measured: it gained nothing
// measurable on bench/workloads/startup.js and the extra thread cost about
// 0.4 MiB of peak RSS, so it is built here, before the program is loaded.
//
// First the engine lets go of the pages of the binary that the rest of the
// init functions and the command line mapped (trim; the first trim is
// among the init functions, in package midinit): the peak RSS of a short
// script is then the largest of those phases and of what building the
// isolate, loading and running map (bench/startup/README.md, "A trim among
// the init functions").
func buildWorker(cfg worker.Config) builtWorker {
	trim()
	w, err := worker.New(cfg)
	return builtWorker{w, err}
}

// execute loads the script at path ("-" is stdin: a classic script, an ES
// module or TypeScript, see package loader) and runs it in the isolate
// until it is done; the isolate is closed when execute returns. Unless ctx
// ended, it then writes the report of what did not happen (messages nobody
// received) through report, if not nil. A limit other than 0 caps the heap
// (worker.LimitMemory): going over it ends the run with a
// *worker.MemoryLimitError.
func execute(ctx context.Context, b builtWorker, path string, stdin io.Reader, bindings []host.Var, report func(*worker.Worker), limit uint64) error {
	prog, err := loadWithin(ctx, path, stdin)
	if err != nil {
		b.close()
		return err
	}
	if b.err != nil {
		return b.err
	}
	w := b.w
	defer func() {
		if ctx.Err() != nil {
			// Timed out or interrupted: the loop may be stuck in a Go
			// builtin that no interrupt reaches (JSON.stringify of a huge
			// value). The process is about to exit; do not wait for it.
			go w.Close()
			return
		}
		w.Close()
	}()
	if limit > 0 {
		stop := w.LimitMemory(limit)
		err = prog.RunWith(ctx, w, bindings)
		if merr := stop(); merr != nil {
			return merr
		}
	} else {
		err = prog.RunWith(ctx, w, bindings)
	}
	if report != nil && ctx.Err() == nil {
		report(w)
	}
	return err
}

// checkReadable turns the usual mistakes with FILE into messages that say
// what is wrong, before anything is loaded.
func checkReadable(path string) error {
	if path == "-" {
		return nil
	}
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return &exitError{ExitUsage, fmt.Sprintf("cannot run %s: no such file", path)}
	case err != nil:
		return &exitError{ExitUsage, fmt.Sprintf("cannot run %s: %v", path, pathErr(err))}
	case info.IsDir():
		return &exitError{ExitUsage, fmt.Sprintf("cannot run %s: it is a directory; give a script file", path)}
	case !info.Mode().IsRegular():
		// A FIFO or a device is opened once, by the loader: opening it
		// here too would lose what a FIFO's writer wrote.
		return nil
	case info.Size() > loader.MaxSource:
		return &exitError{ExitUsage, (&loader.ErrTooBig{Name: path}).Error()}
	}
	f, err := os.Open(path)
	if err != nil {
		return &exitError{ExitUsage, fmt.Sprintf("cannot read %s: %v", path, pathErr(err))}
	}
	return f.Close()
}

// pathErr drops the operation and path that *fs.PathError repeats.
func pathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// loadWithin is loader.Load, given up when ctx ends first (--timeout, Ctrl-C):
// reading a slow standard input or FIFO, and bundling, are inside the run's
// time. The abandoned load ends with the process.
func loadWithin(ctx context.Context, path string, stdin io.Reader) (*loader.Program, error) {
	type loaded struct {
		p     *loader.Program
		err   error
		panic any // a Go panic of the load, raised again here, where Main recovers it
	}
	done := make(chan loaded, 1)
	stack.Go(func() { // goja parses and compiles the script here
		defer func() {
			if x := recover(); x != nil {
				done <- loaded{panic: x}
			}
		}()
		p, err := loader.Load(path, stdin)
		done <- loaded{p: p, err: err}
	})
	select {
	case l := <-done:
		if l.panic != nil {
			panic(l.panic)
		}
		return l.p, l.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// sameFile reports whether the paths a and b name one existing file.
func sameFile(a, b string) bool {
	ia, err := os.Stat(a)
	if err != nil {
		return false
	}
	ib, err := os.Stat(b)
	return err == nil && os.SameFile(ia, ib)
}
