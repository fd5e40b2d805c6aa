// Package worker owns one Worker isolate: a goja runtime, the event loop that
// is the only goroutine allowed to touch it, and the globals that the
// compatibility flags enable (timers, queueMicrotask, console, and the API
// packages: events, clone, channel).
//
// Use New to build an isolate, Run to execute a script to quiescence (the
// `mcrepl run` path), Do to run Go code against the runtime from another
// goroutine (the shell), Interrupt to stop runaway JS from any goroutine, and
// Close to stop the loop. Every method says which goroutine may call it.
package worker

import (
	"context"
	"errors"
	"fmt"
	"io"
	"sync"
	"weak"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/flags"
	"github.com/mcrepl/mcrepl/internal/gojaprops"
	"github.com/mcrepl/mcrepl/internal/jsfix"
	"github.com/mcrepl/mcrepl/trace"
	"github.com/mcrepl/mcrepl/worker/channel"
	"github.com/mcrepl/mcrepl/worker/clone"
	"github.com/mcrepl/mcrepl/worker/events"
	"github.com/mcrepl/mcrepl/worker/host"
	"github.com/mcrepl/mcrepl/worker/inspect"
)

// DefaultMaxCallStackSize bounds JS recursion. goja's frames live on the Go
// heap, so this is about memory, not the Go stack: 10,000 frames is past what
// any non-runaway script needs and V8's default of ~11,000 frames for small
// functions is of the same order.
const DefaultMaxCallStackSize = 10000

// Config describes an isolate. The zero value is usable: the newest
// compatibility date, output discarded, no colour.
type Config struct {
	// Flags is the resolved compatibility configuration. Default: the newest
	// date mcrepl knows, with no flags.
	Flags *flags.Set
	// Stdout receives console.log/info/debug/dir/table and the event log.
	// Default: io.Discard.
	Stdout io.Writer
	// Stderr receives console.warn/error/trace, uncaught errors and warnings.
	// Default: io.Discard.
	Stderr io.Writer
	// Color turns on ANSI colour in formatted values. Default: off.
	Color bool
	// MaxCallStackSize bounds recursion. Default: DefaultMaxCallStackSize.
	MaxCallStackSize int
	// EventLog selects the records of the event log (package trace).
	// Default: trace.Off; mcrepl's command line defaults to trace.Events.
	EventLog trace.Mode
	// EventLogFormat is the event log's format. Default: trace.Text.
	EventLogFormat trace.Format
	// EventLogWriter receives the event log. Default: Stdout, so that
	// records and console output share one ordered stream.
	EventLogWriter io.Writer
	// Permissions are what the user allowed beyond the sandbox
	// (--allow-net, --allow-read). Default: nothing.
	Permissions host.Permissions
}

// ErrUncaught is returned by Run when the script threw, or an uncaught
// exception or unhandled rejection was reported while it ran. The details
// were already written to Stderr.
var ErrUncaught = errors.New("uncaught exception")

// Worker is one isolate. Its methods are safe for concurrent use unless they
// say otherwise; the runtime itself is only ever touched by the loop.
type Worker struct {
	cfg  Config
	rt   *goja.Runtime
	loop *loop

	stdout, stderr io.Writer
	console        *console

	// the API packages (loop goroutine only)
	realm    *events.Realm
	cloner   *clone.Cloner
	channels *channel.Channels
	call     *entryCall
	host     *host.Env
	// async carries AsyncLocalStorage's context into timer callbacks and
	// Go-side microtasks (port deliveries); nil until node:async_hooks is
	// first used (register_node.go), so nothing is grabbed before.
	async goja.AsyncContextTracker
	// origins carries origin, the request whose code runs (origin.go); nil
	// until TrackOrigins.
	origins    *originTracker
	origin     any
	originBase any // the running job's (SetOrigin)

	// promise plumbing for microtasks (loop goroutine only)
	resolved goja.Value
	then     goja.Callable

	// unhandled rejections seen during the current macrotask, in order
	rejections []*goja.Promise
	// reported are the promises reported unhandled, for rejectionhandled
	// (markReported); reportedSweep is the size at which dead ones go.
	reported      map[weak.Pointer[goja.Promise]]bool
	reportedSweep int
	hooks         ErrorHooks

	// QueueMicrotask's FIFO and its one shared reaction callback
	micro         []*microBatch
	microHead     int
	microCallback goja.Value
	openBatch     *microBatch // the newest batch, while it may still grow
	batchQueuePtr uintptr     // goja's job queue right after openBatch's job was queued
	batchQueueLen int

	// source texts by script name, for messages that quote them (AddSource),
	// and where to find the others (AddSourceLookup)
	sources       map[string]string
	sourceLookups []func(name string) (string, bool)

	mu     sync.Mutex
	failed bool // an uncaught error has been reported since the last Reset
}

// New builds an isolate and starts its loop goroutine.
func New(cfg Config) (*Worker, error) {
	if cfg.Flags == nil {
		cfg.Flags = flags.Resolve(flags.NewestDate, nil)
	}
	if cfg.Stdout == nil {
		cfg.Stdout = io.Discard
	}
	if cfg.Stderr == nil {
		cfg.Stderr = io.Discard
	}
	if cfg.MaxCallStackSize <= 0 {
		cfg.MaxCallStackSize = DefaultMaxCallStackSize
	}
	w := &Worker{cfg: cfg, stdout: cfg.Stdout, stderr: cfg.Stderr}
	w.loop = newLoop(w.internalError)
	var err error
	w.loop.do(func() {
		err = w.init()
	})
	if err != nil {
		w.loop.close()
		return nil, err
	}
	return w, nil
}

func (w *Worker) init() error {
	rt := goja.New()
	w.rt = rt
	rt.SetMaxCallStackSize(w.cfg.MaxCallStackSize)
	rt.SetPromiseRejectionTracker(w.trackRejection)
	w.installBuiltins()

	// Promise.resolve(), without compiling JS for it.
	p, resolve, _ := rt.NewPromise()
	if err := resolve(goja.Undefined()); err != nil {
		return fmt.Errorf("init microtasks: %w", err)
	}
	resolved := rt.ToValue(p)
	thenFn, ok := goja.AssertFunction(resolved.ToObject(rt).Get("then"))
	if !ok {
		return errors.New("init microtasks: Promise.prototype.then is not callable")
	}
	w.resolved, w.then = resolved, thenFn
	w.microCallback = gojaprops.Func(rt, w.runMicrotask)

	g := rt.GlobalObject()
	if err := g.Set("self", g); err != nil {
		return err
	}
	w.console = newConsole(w)
	// console is not enumerable in workerd, as in V8.
	if err := g.DefineDataProperty("console", w.console.object(rt), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
		return err
	}
	w.installAPIs(g)
	w.installTimers(w.realm.ScopeProto)
	// origin is "null", read-only: a Worker has an opaque origin.
	if err := g.DefineDataProperty("origin", rt.ToValue("null"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_TRUE); err != nil {
		return err
	}
	w.nameHostFunctions(g)
	return nil
}

// Flags is the isolate's compatibility configuration.
func (w *Worker) Flags() *flags.Set { return w.cfg.Flags }

// Runtime returns the goja runtime. Loop goroutine only: call it from inside
// a function passed to Do, or from a host function.
func (w *Worker) Runtime() *goja.Runtime { return w.rt }

// Do runs fn on the loop goroutine with the runtime and waits for it. After
// fn returns, goja has drained the microtasks it queued; unhandled
// rejections are then reported. It returns false if the isolate is closed.
// Never call it from the loop goroutine (a host function): it would deadlock.
func (w *Worker) Do(fn func(rt *goja.Runtime)) bool {
	return w.loop.do(func() {
		w.rt.ClearInterrupt() // an interrupt aimed at an earlier job must not hit this one
		fn(w.rt)
		w.afterMacrotask()
	})
}

// Post queues fn to run on the loop goroutine as a macrotask without waiting.
// It returns false if the isolate is closed.
func (w *Worker) Post(fn func(rt *goja.Runtime)) bool {
	return w.loop.submit(func() {
		w.rt.ClearInterrupt()
		w.SetOrigin(nil) // fn sets its own (serve's requests)
		fn(w.rt)
		w.afterMacrotask()
		w.SetOrigin(nil)
	})
}

// Wait blocks until the isolate is quiescent: no macrotask queued, no timer
// armed (microtasks are drained at the end of each macrotask). If ctx ends
// first, the running JS is interrupted and ctx's error is returned.
func (w *Worker) Wait(ctx context.Context) error {
	err := w.loop.waitIdle(ctx)
	if err != nil {
		w.Interrupt(err)
	}
	return err
}

// Run compiles and runs src as a classic script named name, then waits for
// quiescence. It returns nil, ErrUncaught (already reported on Stderr), a
// *goja.CompilerSyntaxError wrapped in a *SyntaxError, or ctx's error when
// ctx ended first.
func (w *Worker) Run(ctx context.Context, name, src string) error {
	prg, err := compile(name, src)
	if err != nil {
		return &SyntaxError{Err: err}
	}
	w.Post(func(rt *goja.Runtime) {
		w.AddSource(name, src)
		if _, err := rt.RunProgram(prg); err != nil {
			w.ReportException(err)
		}
	})
	if err := w.Wait(ctx); err != nil {
		return err
	}
	if w.Failed() {
		return ErrUncaught
	}
	return nil
}

// Interrupt stops the JS running now (if any) with reason. Any goroutine.
// The isolate stays usable: goja clears the interrupt when the interrupted
// call has unwound.
func (w *Worker) Interrupt(reason any) { w.rt.Interrupt(reason) }

// Close stops the loop. Pending timers and jobs are dropped. Any goroutine
// but the loop's.
func (w *Worker) Close() {
	w.loop.close()
	if w.host != nil {
		w.host.Closed() // network connections the APIs opened
	}
	// The inspect hook holds the isolate's state; let both be collected.
	inspect.RegisterCustom(w.rt, nil)
}

// Failed reports whether an uncaught exception or unhandled rejection has
// been reported.
func (w *Worker) Failed() bool {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.failed
}

func (w *Worker) markFailed() {
	w.mu.Lock()
	w.failed = true
	w.mu.Unlock()
}

// SyntaxError is a script that does not compile.
type SyntaxError struct{ Err error }

func (e *SyntaxError) Error() string { return e.Err.Error() }
func (e *SyntaxError) Unwrap() error { return e.Err }

// Stdout is the isolate's console output writer.
func (w *Worker) Stdout() io.Writer { return w.stdout }

// Stderr is the isolate's error writer.
func (w *Worker) Stderr() io.Writer { return w.stderr }

// InspectOptions are the options console and the shell format values with.
func (w *Worker) InspectOptions() inspect.Options {
	return inspect.Options{Colors: w.cfg.Color, CustomInspect: true}
}

// compile is goja.Compile that turns a parser panic (goja's parser panics on
// a few malformed inputs) into an error.
func compile(name, src string) (prg *goja.Program, err error) {
	defer func() {
		if x := recover(); x != nil {
			prg, err = nil, fmt.Errorf("%s: the JavaScript parser gave up on this input (%v)", name, x)
		}
	}()
	return jsfix.Compile(name, src, false)
}
