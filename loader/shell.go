package loader

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/dop251/goja"
)

// ImportProgram compiles what the shell's `import ... from spec` and
// `await import(spec)` load: spec and everything it imports, resolved as
// from a module in dir (node_modules, TypeScript, JSX and the read
// boundary as for `mcrepl run`), bundled by esbuild. with is the source
// text of an import attributes clause (` with { type: "json" }`) or "".
//
// The program's completion value is an async function; called with a
// callback, it evaluates the module graph and passes the callback an
// object whose ns property is spec's module namespace, and its promise
// settles when the evaluation (top-level await included) is done.
//
// An error names spec and says why it cannot be imported, in one line.
func ImportProgram(dir, spec, with string) (*goja.Program, error) {
	src := "export * as ns from " + jsonString(spec) + with + ";\n"
	var named []string
	if filepath.IsAbs(spec) || strings.HasPrefix(spec, "./") || strings.HasPrefix(spec, "../") {
		// A file the user typed (or gave to `mcrepl shell FILE`) is
		// theirs to read, with its project (boundary.go).
		named = append(named, filepath.Join(dir, spec))
		if filepath.IsAbs(spec) {
			named[0] = spec
		}
	}
	p, err := bundle(filepath.Join(dir, "[shell].mjs"), src, named...)
	if err != nil {
		var ie *ImportError
		if errors.As(err, &ie) {
			if ie.Specifier == spec {
				return nil, fmt.Errorf("cannot import %q: %s", spec, ie.Reason)
			}
			return nil, fmt.Errorf("cannot import %q: %s imports %q: %s", spec, ie.File, ie.Specifier, ie.Reason)
		}
		return nil, fmt.Errorf("cannot import %q: %w", spec, err)
	}
	return p.prg, nil
}
