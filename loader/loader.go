// Package loader turns a file, or standard input, into a program that a
// worker.Worker runs: what `mcrepl run` executes.
//
// A classic script is compiled by goja as it is, without touching esbuild,
// so the common case costs nothing beyond the compile that running it needs
// anyway. An ES module or a TypeScript file is bundled first with esbuild's Go
// API (every local import and node_modules package inlined, TypeScript
// stripped, the syntax goja lacks lowered), into one async function with an
// inline source map, so that stack traces point into the original files.
// esbuild reprints what it bundles, so a JavaScript module that imports
// nothing and only has an `export default` expression (every conformance
// case, most single-file workers) skips it and runs from its own text: its
// functions' toString() is what the user wrote, as in workerd.
//
// Which is which:
//   - .ts, .mts, .cts and .mjs files are modules;
//   - anything else, standard input included, is a classic script unless goja
//     cannot parse it as one and esbuild finds ES module syntax in it
//     (import, export, import.meta, top-level await): Node's syntax
//     detection.
//
// Running a module evaluates it (top-level await included) and then, as
// `workerd test` does, calls the default export's test(controller, env, ctx)
// method if it has one, waiting for its promise, the promises passed to
// ctx.waitUntil and the isolate to settle.
//
// Use Load, then (*Program).Run on a worker. Errors that end the command carry
// their exit status through an ExitCode() int method: SyntaxError (1),
// ImportError (2), Failure (1).
package loader

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker"
	"github.com/mcrepl/mcrepl/worker/host"
	"github.com/mcrepl/mcrepl/worker/node"
)

// StdinName is the name standard input goes by in messages and stack traces,
// as in Node.
const StdinName = "[stdin]"

// Kind says how a program was loaded.
type Kind int

const (
	// Classic is a script run as it is, in the global scope.
	Classic Kind = iota
	// Module is an ES module or a TypeScript file, bundled by esbuild.
	Module
)

func (k Kind) String() string {
	if k == Module {
		return "module"
	}
	return "classic script"
}

// Program is a loaded, compiled program, ready to run on any number of
// workers, one run at a time per worker.
type Program struct {
	name string
	kind Kind
	prg  *goja.Program
	src  string // a classic script's text, for messages that quote it
	// entry is a module's entry file as read: node:fs's /bundle shows it.
	entry string
	// inputs are the files a bundle read (absolute paths), and cwd the
	// directory its relative names start from: an error report that quotes
	// the text of one of them reads it again (worker.AddSourceLookup).
	inputs map[string]bool
	cwd    string
}

// sourceOf is the text of a file the bundle read, by the name a stack frame
// gives it.
func (p *Program) sourceOf(file string) (string, bool) {
	abs := file
	if !filepath.IsAbs(abs) {
		abs = filepath.Join(p.cwd, file)
	}
	if !p.inputs[abs] {
		return "", false
	}
	f, err := os.Open(abs)
	if err != nil {
		return "", false
	}
	defer f.Close()
	b, err := readCapped(abs, f)
	if err != nil {
		return "", false
	}
	return string(b), true
}

// Name is the program's name in messages: the path as given, or StdinName.
func (p *Program) Name() string { return p.name }

// Kind says whether p is a classic script or a module.
func (p *Program) Kind() Kind { return p.kind }

// Load reads the file at path, or stdin when path is "-" (named StdinName),
// and compiles it with Compile. It returns the errors of Compile, or the
// error of reading.
func Load(path string, stdin io.Reader) (*Program, error) {
	name, src, err := read(path, stdin)
	if err != nil {
		return nil, err
	}
	return Compile(name, src)
}

// Compile compiles src, the contents of the file at path name. Imports
// resolve from that file's folder; a name that is no file, such as
// StdinName, resolves them from the working directory. It returns a
// *SyntaxError when a file (the entry or one it imports) does not parse, or
// an *ImportError when an import cannot be resolved locally.
func Compile(name, src string) (p *Program, err error) {
	// goja's parser panics on a few malformed inputs instead of returning
	// an error; such a file is a syntax error for the user, not a crash.
	defer func() {
		if x := recover(); x != nil {
			p, err = nil, &SyntaxError{File: name, Message: (&parserPanic{x}).message()}
		}
	}()
	defer func() {
		if p != nil && p.kind != Classic {
			p.entry = src
		}
	}()
	if err := checkNesting(name, src); err != nil {
		return nil, err
	}
	if err := BinarySourceError(name, src); err != nil {
		return nil, err
	}
	if isModulePath(name) {
		if p := directModule(name, src, true); p != nil {
			return p, nil
		}
		return bundle(name, src)
	}
	prg, serr := compileClassic(name, src)
	if serr == nil {
		return &Program{name: name, kind: Classic, prg: prg, src: src}, nil
	}
	if p := directModule(name, src, false); p != nil {
		return p, nil
	}
	// goja cannot parse it as a script: a module, or a script with a
	// syntax error. esbuild tells them apart and reports a module's
	// errors (in the entry or in what it imports) with their positions.
	mod, err := bundle(name, src)
	if err == errNotModule {
		return nil, serr
	}
	var se *SyntaxError
	if errors.As(err, &se) && se.File == name && serr.parser && se.Line != serr.Line && !moduleSyntax(src) {
		// esbuild read the file by a module's rules and stopped on another
		// line (sloppy-mode code that a module may not have): the file is a
		// classic script, and goja's error is its.
		return nil, serr
	}
	return mod, err
}

func read(path string, stdin io.Reader) (name, src string, err error) {
	if path == "-" {
		if stdin == nil {
			return "", "", fmt.Errorf("read %s: no standard input", StdinName)
		}
		b, err := readCapped(StdinName, stdin)
		var big *ErrTooBig
		if errors.As(err, &big) {
			return "", "", err
		}
		if err != nil {
			return "", "", fmt.Errorf("read %s: %w", StdinName, err)
		}
		return StdinName, string(b), nil
	}
	// Opened once, so that a FIFO's writer is read, and read up to
	// MaxSource, so that /dev/zero ends.
	f, err := os.Open(path)
	if err != nil {
		return "", "", err
	}
	defer f.Close()
	b, err := readCapped(path, f)
	if err != nil {
		return "", "", err
	}
	return path, string(b), nil
}

// isModulePath reports whether the extension alone makes path a module.
func isModulePath(path string) bool {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".mjs", ".ts", ".mts", ".cts", ".tsx", ".jsx":
		return true
	}
	return false
}

// Run executes p on w and waits until it is done: for a classic script,
// until the isolate is quiescent; for a module, until its evaluation, its
// test() handler and the isolate have all settled.
//
// It returns nil; worker.ErrUncaught when an uncaught exception or unhandled
// rejection was reported (already written to w's Stderr); a *Failure when a
// module's top-level await or its test() failed or never settled; or ctx's
// error when ctx ended first (the running JS is interrupted). Call it from
// any goroutine but w's loop.
func (p *Program) Run(ctx context.Context, w *worker.Worker) error {
	return p.RunWith(ctx, w, nil)
}

// RunWith is Run with the env bindings (wrangler's vars, --var; any JSON
// values): a module's test() gets them as env (and cloudflare:workers
// exports them), a classic script sees them as globals, as in workerd.
func (p *Program) RunWith(ctx context.Context, w *worker.Worker, vars []host.Var) error {
	if p.kind == Classic {
		w.Post(func(rt *goja.Runtime) {
			setGlobalBindings(w, vars)
			w.AddSource(p.name, p.src)
			node.SetBundle(w.Host(), filepath.Base(p.name), p.src)
			if _, err := rt.RunProgram(p.prg); err != nil {
				w.ReportException(err)
			}
			node.EndScope(w.Host())
		})
		if err := w.Wait(ctx); err != nil {
			return err
		}
		if w.Failed() {
			return worker.ErrUncaught
		}
		return nil
	}
	r := &moduleRun{p: p, w: w}
	if len(vars) > 0 {
		w.Post(func(*goja.Runtime) { setNodeEnv(w, vars); workerEnv(w, vars) })
	}
	w.Post(r.start)
	if err := w.Wait(ctx); err != nil {
		return err
	}
	if Aborted(w) {
		return &Failure{Msg: p.name + ": abortIsolate() ended the isolate"}
	}
	var out error
	if !w.Do(func(*goja.Runtime) { out = r.result() }) {
		return fmt.Errorf("%s: the isolate was closed", p.name)
	}
	return out
}
