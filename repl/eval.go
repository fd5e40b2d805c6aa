package repl

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync/atomic"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/loader"
	"github.com/mcrepl/mcrepl/worker"
	"github.com/mcrepl/mcrepl/worker/inspect"
)

// interruptedMessage is what an evaluation stopped by Ctrl-C prints, in
// Node's words.
const interruptedMessage = "Uncaught Error: Script execution was interrupted by SIGINT"

// errInterrupted is the reason given to Worker.Interrupt.
var errInterrupted = errors.New("interrupted by SIGINT")

// lastValue is `_` or `_error`: a global accessor that returns the last
// result (or error) until the user assigns to it; from then on it is an
// ordinary variable, as in Node.
type lastValue struct {
	name     string
	v        goja.Value // what the accessor returns
	assigned bool
	result   goja.Value // the last result, even after an assignment
	seen     bool       // a result has been recorded since the isolate started
}

func (l *lastValue) set(v goja.Value) {
	l.seen = true
	l.result = v
	if !l.assigned {
		l.v = v
	}
}

// introspection holds the builtins that completion and the shell call,
// taken before any user code runs so that a user's redefinition of Object
// or Promise cannot make the shell run user code.
type introspection struct {
	getOwnPropertyDescriptor goja.Callable
	getOwnPropertyNames      goja.Callable
	getPrototypeOf           goja.Callable
	then                     goja.Callable
	resolved                 goja.Value // a resolved promise, for afterInterrupt
}

// install sets up a fresh isolate for the shell. Loop goroutine.
func (s *session) install(rt *goja.Runtime) {
	object := rt.GlobalObject().Get("Object").ToObject(rt)
	fn := func(o *goja.Object, name string) goja.Callable {
		f, _ := goja.AssertFunction(o.Get(name))
		return f
	}
	promise := rt.GlobalObject().Get("Promise").ToObject(rt).Get("prototype").ToObject(rt)
	resolved, resolve, _ := rt.NewPromise()
	_ = resolve(goja.Undefined())
	s.intro = &introspection{
		getOwnPropertyDescriptor: fn(object, "getOwnPropertyDescriptor"),
		getOwnPropertyNames:      fn(object, "getOwnPropertyNames"),
		getPrototypeOf:           fn(object, "getPrototypeOf"),
		then:                     fn(promise, "then"),
		resolved:                 rt.ToValue(resolved),
	}
	for _, l := range []*lastValue{&s.last, &s.lastErr} {
		s.defineLast(rt, l)
	}
	s.installImport(rt)
}

func (s *session) defineLast(rt *goja.Runtime, l *lastValue) {
	get := rt.ToValue(func(goja.FunctionCall) goja.Value {
		if l.v == nil {
			return goja.Undefined()
		}
		return l.v
	})
	set := rt.ToValue(func(call goja.FunctionCall) goja.Value {
		if !l.assigned {
			l.assigned = true
			fmt.Fprintf(s.out, "Expression assignment to %s now disabled.\n", l.name)
		}
		_ = rt.GlobalObject().DefineDataProperty(l.name, call.Argument(0), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		return goja.Undefined()
	})
	_ = rt.GlobalObject().DefineAccessorProperty(l.name, get, set, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// eval runs one entry and prints its result. An entry that awaits is
// waited for; Ctrl-C (or the end of the session's context) interrupts the
// JS that runs or abandons the await.
func (s *session) eval(entry string) {
	s.entries = append(s.entries, entry)
	s.saved = append(s.saved, entry)
	s.lexical = append(s.lexical, lexicalNames(entry)...)
	name := fmt.Sprintf("REPL%d", len(s.entries))

	s.busy(1)
	defer s.busy(-1)
	defer s.hintAfterEntry()
	// One watcher for the whole evaluation: a Ctrl-C interrupts the JS
	// running on the loop, and abandons the await if there is one, however
	// far the evaluation has got when it arrives.
	interrupted := make(chan struct{})
	done := make(chan struct{})
	defer close(done)
	w := s.w
	var started atomic.Bool // the entry's job has begun on the loop
	go func() {
		select {
		case <-s.intr:
			w.Interrupt(errInterrupted)
			if !started.Load() {
				// The entry was still waiting for a timer or message
				// handler that held the loop: that is what stopped.
				s.println(s.errw, s.afterCtrlC+interruptedMessage+" (a timer or message handler held the isolate; your entry runs now)")
			}
			close(interrupted)
		case <-done:
		}
	}()
	var settled chan struct{}
	var cancelled atomic.Bool
	w.Do(func(rt *goja.Runtime) {
		started.Store(true)
		defer s.recoverInternal()
		settled = s.run(rt, name, entry, &cancelled)
	})
	defer s.afterAbort(w)
	if settled == nil {
		select {
		case <-interrupted:
			s.afterInterrupt()
		default:
		}
		return
	}
	// Nothing left to run while the await is pending: nothing can settle it
	// (the next entry waits for this one), which `mcrepl run` reports too.
	// At a terminal the user decides, with Ctrl-C.
	idle := make(chan struct{})
	if !s.cfg.Interactive {
		go func() {
			if w.Wait(context.Background()) == nil {
				close(idle)
			}
		}()
	}
	select {
	case <-settled:
	case <-idle:
		select {
		case <-settled:
		default:
			cancelled.Store(true)
			s.println(s.errw, "mcrepl: the entry's await never settled, and nothing is left to run")
		}
	case <-interrupted:
		cancelled.Store(true)
		s.println(s.errw, s.afterCtrlC+interruptedMessage)
		if s.loopBusy() {
			w.Interrupt(errInterrupted)
		}
		s.afterInterrupt()
	}
}

// afterAbort starts a new isolate when the entry called abortIsolate(),
// which ended w's (as workerd starts a new isolate for the next request).
func (s *session) afterAbort(w *worker.Worker) {
	if !loader.Aborted(w) || s.w != w {
		return
	}
	if err := s.start(s.date, s.flags); err != nil {
		s.println(s.errw, "mcrepl: "+err.Error())
		return
	}
	s.println(s.errw, "mcrepl: abortIsolate() ended the isolate: a fresh one starts (the session's variables, ports and timers are gone)")
}

// brokenIsolate is printed when an interrupt has left goja unable to run
// promise jobs.
const brokenIsolate = "mcrepl: the interrupted code was inside an async function or a generator, " +
	"which leaves the isolate unable to run promise jobs (a goja limitation); " +
	"starting a fresh isolate with the same settings: globals and ports are lost"

// afterInterrupt runs after Ctrl-C interrupted JS. Its job on the loop
// clears an interrupt that found no JS running (so that it cannot hit the
// next timer callback), and checks that the isolate still runs promise
// jobs: goja leaves a frame behind when an interrupt unwinds an async
// function or a generator, after which it never drains its job queue
// again. Such an isolate is replaced, and the user is told.
func (s *session) afterInterrupt() {
	jobsRun := true
	s.w.Do(func(rt *goja.Runtime) {
		ran := false
		cb := rt.ToValue(func(goja.FunctionCall) goja.Value { ran = true; return goja.Undefined() })
		// A call from Go drains the job queue when it returns, unless goja
		// believes it is still inside JS.
		if _, err := s.intro.then(s.intro.resolved, cb); err == nil {
			jobsRun = ran
		}
	})
	if jobsRun {
		return
	}
	s.println(s.errw, brokenIsolate)
	if err := s.start(s.date, s.flags); err != nil {
		s.println(s.errw, "mcrepl: "+err.Error())
	}
}

// busy counts the evaluations and commands under way (a .load runs entries
// inside a command); Ctrl-C is aimed at them while the count is positive.
func (s *session) busy(delta int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.depth == 0 && delta > 0 {
		select { // a Ctrl-C pressed before this is not aimed at it
		case <-s.intr:
		default:
		}
	}
	s.depth += delta
}

// guard runs f, which waits for the loop, so that Ctrl-C interrupts the JS
// running on the loop meanwhile: the entry's own code, or a handler stuck
// in a loop that keeps the loop from getting to f's job.
func (s *session) guard(f func()) {
	s.busy(1)
	defer s.busy(-1)
	w := s.w
	done := make(chan struct{})
	go func() {
		select {
		case <-s.intr:
			w.Interrupt(errInterrupted)
		case <-done:
		}
	}()
	defer close(done)
	f()
}

// recoverInternal turns a Go panic in the shell's own code (not a JS
// exception: goja turns those into errors) into a message, so that the shell
// survives it and the user sees what to report. Deferred on the loop
// goroutine.
func (s *session) recoverInternal() {
	if r := recover(); r != nil {
		s.println(s.errw, fmt.Sprintf("mcrepl: internal error: %v (the shell goes on; please report this)", r))
	}
}

// run compiles and runs entry on the loop goroutine and prints the result.
// For an entry that awaits it returns a channel closed when the result has
// been printed (or the promise was abandoned).
func (s *session) run(rt *goja.Runtime, name, entry string, cancelled *atomic.Bool) chan struct{} {
	if strings.HasPrefix(entry, ".") && !s.last.seen {
		// Nothing to continue a chain on: an unknown dot command, as Node
		// says it.
		word, _, _ := strings.Cut(strings.TrimSpace(entry), " ")
		s.println(s.errw, "Invalid REPL keyword: "+word+" (.help lists the commands)")
		return nil
	}
	prg, async, src, err := compileEntry(name, entry)
	if err != nil {
		s.reportError(rt, err)
		return nil
	}
	s.w.AddSource(name, src) // "o.on is not a function", as run says it
	v, err := rt.RunProgram(prg)
	if err == nil && strings.HasPrefix(entry, ".") {
		// A chain continued on the last result: call the compiled
		// function with the result as this.
		fn, _ := goja.AssertFunction(v)
		v, err = fn(s.last.result)
	}
	if err != nil {
		s.reportError(rt, err)
		return nil
	}
	if !async {
		s.show(rt, v)
		return nil
	}
	settled := make(chan struct{})
	onValue := rt.ToValue(func(call goja.FunctionCall) goja.Value {
		if !cancelled.Load() {
			s.show(rt, call.Argument(0))
		}
		close(settled)
		return goja.Undefined()
	})
	onError := rt.ToValue(func(call goja.FunctionCall) goja.Value {
		if !cancelled.Load() {
			s.lastErr.set(call.Argument(0))
			s.println(s.errw, "Uncaught "+s.w.FormatValueError(call.Argument(0)))
		}
		close(settled)
		return goja.Undefined()
	})
	if _, err := s.intro.then(v, onValue, onError); err != nil {
		s.reportError(rt, err)
		return nil
	}
	return settled
}

// compileEntry compiles an entry: as an object literal when it starts with
// `{` and parses as one (Node's rule), else as a script, else, when it uses
// await, as the async rewrite. async reports the last case. An entry that
// starts with `.` continues a chain on the last result (see readLoop); it
// compiles to a function that is called with that result as this. src is
// the text that goja's positions in the program refer to (the entry, or
// what it was rewritten to), for the messages that quote it
// (worker.AddSource).
func compileEntry(name, entry string) (prg *goja.Program, async bool, src string, err error) {
	if err := worker.CheckNesting(entry); err != nil {
		return nil, false, "", err // V8's RangeError, before a parser overflows the Go stack
	}
	if strings.HasPrefix(entry, ".") {
		// See chainOnLast. Strict mode keeps a primitive this unboxed.
		src = "(function () {\n'use strict'; return this\n" + entry + "\n})"
		prg, err = compile(name, src)
		return prg, false, src, err
	}
	if strings.Contains(entry, "import") {
		// goja has no modules: an entry that imports (statically or with
		// import()) loads through the shell's own loader.
		if _, err := compile(name, entry); err != nil {
			if rewritten, ok := rewriteImports(entry); ok {
				entry = rewritten
			}
		}
	}
	trimmed := strings.TrimSpace(entry)
	if strings.HasPrefix(trimmed, "{") && !strings.HasSuffix(trimmed, ";") {
		if prg, err := compile(name, "("+entry+"\n)"); err == nil {
			return prg, false, "(" + entry + "\n)", nil
		}
	}
	if strings.Contains(entry, "await") && usesTopLevelAwait(entry) {
		// `await (p)` also parses as a sloppy-mode call of a function named
		// await; as in Node's REPL, top-level await wins.
		if code, ok := rewriteAwait(entry); ok {
			if prg, err := compile(name, code); err == nil {
				return prg, true, code, nil
			}
		}
	}
	prg, err = compile(name, entry)
	if err == nil {
		return prg, false, entry, nil
	}
	if strings.Contains(entry, "await") {
		code, ok := rewriteAwait(entry)
		if !ok {
			// goja could not parse it even as an async body: lower what
			// it lacks (for await, async generators) and rewrite that.
			if lowered, lok := loader.LowerText(entry); lok {
				code, ok = rewriteAwait(lowered)
			}
		}
		if ok {
			if prg, aerr := compile(name, code); aerr == nil {
				return prg, true, code, nil
			}
			if lowered, ok := loader.LowerEntry(name, code); ok {
				return lowered, true, code, nil
			}
		}
	}
	// Syntax goja lacks (async generators, for await, using, JSX) is
	// lowered by esbuild, as run lowers a classic script; goja's error
	// stands when that does not help.
	if lowered, ok := loader.LowerEntry(name, entry); ok {
		return lowered, false, entry, nil
	}
	return nil, false, "", err
}

// show prints a result and makes it `_`.
func (s *session) show(rt *goja.Runtime, v goja.Value) {
	s.last.set(v)
	s.println(s.out, inspect.Format(rt, v, s.w.InspectOptions()))
}

// reportError prints an error that escaped an entry and makes it `_error`.
func (s *session) reportError(rt *goja.Runtime, err error) {
	var intr *goja.InterruptedError
	if errors.As(err, &intr) {
		if _, ok := intr.Value().(*loader.AbortError); ok {
			return // said on stderr already; afterAbort starts a new isolate
		}
		s.println(s.errw, s.afterCtrlC+interruptedMessage)
		return
	}
	var ex *goja.Exception
	if errors.As(err, &ex) {
		s.lastErr.set(ex.Value())
	}
	// goja's compile error text already starts with "SyntaxError: ".
	var cse *goja.CompilerSyntaxError
	if errors.As(err, &cse) {
		s.println(s.errw, "Uncaught "+cse.Error())
		return
	}
	s.println(s.errw, "Uncaught "+s.w.FormatError(err))
}

// println writes text and a newline with one Write, so that the terminal
// redraws the prompt once around it.
func (s *session) println(w io.Writer, text string) {
	_, _ = io.WriteString(w, text+"\n")
}
