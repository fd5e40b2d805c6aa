package loader

import (
	"errors"
	"fmt"
	"path/filepath"
	"sync"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker"
)

// ImportProgram compiles what the shell's `import ... from spec` and
// `await import(spec)` load: spec and everything it imports, resolved as
// from a module in dir (node_modules, TypeScript, JSX and the read
// boundary as for `mcrepl run`), bundled by esbuild. with is the source
// text of an import attributes clause (` with { type: "json" }`) or "".
//
// The program's completion value is an async function; called with a
// callback and then ImportArgs, it evaluates the module graph and passes
// the callback an object whose ns property is spec's module namespace, and
// its promise settles when the evaluation (top-level await included) is
// done.
//
// An error names spec and says why it cannot be imported, in one line.
//
// sources finds the text of the files the import read, for the messages
// that quote them (worker.AddSourceLookup).
func ImportProgram(dir, spec, with string) (prg *goja.Program, sources func(string) (string, bool), err error) {
	abs := spec
	if !filepath.IsAbs(abs) {
		abs = filepath.Join(dir, spec)
	}
	if namedEntry(abs) {
		return importProgram(dir, spec, with, abs)
	}
	return importProgram(dir, spec, with)
}

var (
	entriesMu sync.Mutex
	entries   map[string]bool // made by the first NameEntry
)

// NameEntry records that the user named the file at path on the command
// line (`mcrepl shell FILE`): importing it reads within its project, as
// `mcrepl run FILE` would, where other imports of the shell read within the
// working directory's project (boundary.go). Any goroutine.
func NameEntry(path string) {
	if abs, err := filepath.Abs(path); err == nil {
		entriesMu.Lock()
		if entries == nil {
			entries = map[string]bool{}
		}
		entries[abs] = true
		entriesMu.Unlock()
	}
}

func namedEntry(abs string) bool {
	entriesMu.Lock()
	defer entriesMu.Unlock()
	return entries[abs]
}

func importProgram(dir, spec, with string, named ...string) (*goja.Program, func(string) (string, bool), error) {
	src := "export * as ns from " + jsonString(spec) + with + ";\n"
	p, err := bundle(filepath.Join(dir, "[shell].mjs"), src, named...)
	if err != nil {
		var ie *ImportError
		if errors.As(err, &ie) {
			if ie.Specifier == spec {
				return nil, nil, fmt.Errorf("cannot import %q: %s", spec, ie.Reason)
			}
			return nil, nil, fmt.Errorf("cannot import %q: %s imports %q: %s", spec, ie.File, ie.Specifier, ie.Reason)
		}
		return nil, nil, fmt.Errorf("cannot import %q: %w", spec, err)
	}
	return p.prg, p.sourceOf, nil
}

// ImportArgs are the arguments an ImportProgram's function takes after its
// callback: what the bundle calls for a node: module and for import() of a
// computed specifier (name is the importing file, for the messages). Loop
// goroutine only.
func ImportArgs(w *worker.Worker, name string) []goja.Value {
	return []goja.Value{nodeRequireFunc(w), dynamicImportFunc(w, name), importMeta(w, name, false)}
}
