package loader

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/dop251/goja/parser"
	"github.com/evanw/esbuild/pkg/api"
	"github.com/go-sourcemap/sourcemap"

	"github.com/mcrepl/mcrepl/internal/jsfix"
)

// errNotModule says that esbuild parsed a file that goja could not, and found
// no ES module syntax in it: the file is a classic script that goja rejects,
// and goja's error is the one to report.
var errNotModule = errors.New("not an ES module")

// The bundle is one expression, an async function that evaluates the module
// (so top-level await works) and hands its namespace object to the function
// it is called with. esbuild adds these around its output and keeps the
// source map right.
const (
	bundleHead = `(async function (__mcrepl_exports, __mcrepl_node, $mcimp, ` + metaParam + `) {"use strict";`
	bundleTail = `})`
	// exportsCallback is the parameter above: the glue entry calls it. esbuild
	// never gives one of its own names to an identifier the code leaves free.
	exportsCallback = "__mcrepl_exports"
)

// glueEntry is the bundle's entry point: a module that imports the user's
// entry and passes its namespace out, so that the entry's exports need no
// export statement in the output (which could not live inside a function).
const glueEntry = "mcrepl:entry"

// goja supports ES2022 except async generators and for await, and the
// RegExp flags d and v. esbuild lowers the first two; regular expressions
// with the others become `new RegExp(...)`, so they fail when they run, as a
// catchable SyntaxError, instead of failing the whole bundle. Top-level await
// is not lowered: the bundle is an async function. Made on first use, not
// at every start (a sync.Once, not a package-level sync.OnceValue, whose
// call would be init code: the loader then has no init function at all).
func supported() map[string]bool {
	supportedOnce.Do(func() {
		supportedMap = map[string]bool{
			"async-generator":      false,
			"for-await":            false,
			"regexp-match-indices": false,
			"regexp-set-notation":  false,
			"top-level-await":      true,
		}
	})
	return supportedMap
}

var (
	supportedOnce sync.Once
	supportedMap  map[string]bool
)

// workerdConditions are the package.json export conditions wrangler uses
// when it bundles a Worker.
var workerdConditions = []string{"workerd", "worker", "browser"}

// bundle turns the module src, the contents of the file at path name, and
// everything it imports into one goja program; named are files the user
// named besides the entry, which the read boundary lets in with their
// projects. When the entry turns out to hold no ES module syntax and its
// extension does not make it a module, it returns errNotModule.
func bundle(name, src string, named ...string) (*Program, error) {
	p, err := bundleWith(name, src, supported(), named...)
	var syntax *bundleCompileError
	if errors.As(err, &syntax) {
		// goja's parser lacks a few forms that esbuild leaves alone at
		// ES2022, such as a class field named get, set, static or async
		// (class A { get = 1 }, in hono). Lowered class fields are
		// defineProperty calls in the constructor, which goja parses.
		if p2, err2 := bundleWith(name, src, withLoweredClassFields(supported()), named...); err2 == nil {
			return p2, nil
		}
		return nil, syntax.err
	}
	return p, err
}

// withLoweredClassFields is sup with esbuild lowering class fields too.
func withLoweredClassFields(sup map[string]bool) map[string]bool {
	out := map[string]bool{"class-field": false, "class-static-field": false}
	for k, v := range sup {
		out[k] = v
	}
	return out
}

// bundleCompileError is bundleWith's error when goja cannot compile what
// esbuild wrote; err is the error for the user.
type bundleCompileError struct{ err error }

func (e *bundleCompileError) Error() string { return e.err.Error() }

// bundleWith is bundle with esbuild's supported features.
func bundleWith(name, src string, supported map[string]bool, named ...string) (*Program, error) {
	cwd, err := os.Getwd()
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", name, err)
	}
	entry := name
	if !filepath.IsAbs(entry) {
		entry = filepath.Join(cwd, name)
	}
	entryRel, err := filepath.Rel(cwd, entry)
	if err != nil {
		entryRel = entry
	}
	entryRel = filepath.ToSlash(entryRel)

	res := api.Build(api.BuildOptions{
		EntryPoints: []string{glueEntry},
		Bundle:      true,
		Format:      api.FormatESModule,
		Target:      api.ES2022,
		Supported:   supported,
		Platform:    api.PlatformBrowser,
		Conditions:  workerdConditions,
		// goja has no import.meta: it is the bundle function's parameter
		// (meta.go).
		Define:         map[string]string{"import.meta": metaParam},
		JSX:            jsxMode(cwd),
		Charset:        api.CharsetUTF8,
		Sourcemap:      api.SourceMapExternal,
		SourcesContent: api.SourcesContentExclude,
		// Not written: it only places the source map's paths relative to
		// the entry's folder, where goja resolves them from name. The map
		// is inlined after fixSourceMap.
		Outfile:       filepath.Join(filepath.Dir(entry), "mcrepl-bundle.js"),
		AbsWorkingDir: cwd,
		Write:         false,
		Metafile:      true,
		LogLevel:      api.LogLevelSilent,
		Banner:        map[string]string{"js": bundleHead},
		Footer:        map[string]string{"js": bundleTail},
		Plugins:       []api.Plugin{entryPlugin(cwd, entry, src), nodePlugin(), newBoundary(filepath.Dir(entry), named...).plugin()},
	})
	if len(res.Errors) > 0 {
		return nil, buildError(name, entryRel, res.Errors[0])
	}
	if !isModulePath(name) && !isESM(res.Metafile, entryRel) {
		return nil, errNotModule
	}
	var code, sourceMap []byte
	for _, f := range res.OutputFiles {
		if strings.HasSuffix(f.Path, ".map") {
			sourceMap = f.Contents
		} else {
			code = f.Contents
		}
	}
	sourceMap, err = fixSourceMap(sourceMap)
	if err != nil {
		return nil, fmt.Errorf("load %s: source map: %w", name, err)
	}
	prg, err := jsfix.Compile(name, string(code)+inlineSourceMap(sourceMap)+"\n", false)
	if err != nil {
		// import() of a computed specifier, left by esbuild, which goja
		// cannot parse: it becomes a call that rejects when it runs.
		if patched, ok := patchDynamicImports(name, code); ok {
			if p2, err2 := jsfix.Compile(name, string(patched)+inlineSourceMap(sourceMap)+"\n", false); err2 == nil {
				return &Program{name: name, kind: Module, prg: p2, inputs: bundleInputs(res.Metafile, cwd), cwd: cwd}, nil
			}
		}
	}
	if err != nil {
		// esbuild accepted and lowered the code, so this is syntax that
		// goja lacks and esbuild does not lower, such as import() of a
		// computed specifier, which esbuild leaves as it is.
		return nil, &bundleCompileError{bundleSyntaxError(name, entry, src, cwd, code, sourceMap, err)}
	}
	return &Program{name: name, kind: Module, prg: prg, inputs: bundleInputs(res.Metafile, cwd), cwd: cwd}, nil
}

// bundleInputs are the files of esbuild's metafile, as absolute paths (its
// names are relative to cwd; the glue entry and the node: modules are not
// files).
func bundleInputs(metafile, cwd string) map[string]bool {
	var meta struct {
		Inputs map[string]json.RawMessage `json:"inputs"`
	}
	if err := json.Unmarshal([]byte(metafile), &meta); err != nil {
		return nil
	}
	files := map[string]bool{}
	for name := range meta.Inputs {
		if strings.Contains(name, ":") && !filepath.IsAbs(name) {
			continue // a namespace's module (node:buffer, the glue entry)
		}
		abs := name
		if !filepath.IsAbs(abs) {
			abs = filepath.Join(cwd, filepath.FromSlash(name))
		}
		files[abs] = true
	}
	return files
}

// entryLoader is the esbuild loader for a file by its name: TypeScript,
// TSX, JSX, else JavaScript.
func entryLoader(name string) api.Loader {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".ts", ".mts", ".cts":
		return api.LoaderTS
	case ".tsx":
		return api.LoaderTSX
	case ".jsx":
		return api.LoaderJSX
	}
	return api.LoaderJS
}

// entryPlugin serves the glue entry, and the user's entry from src (read
// once, already; standard input has no file at all).
func entryPlugin(cwd, entry, src string) api.Plugin {
	entryFilter := "^" + regexp.QuoteMeta(entry) + "$"
	glue := "import * as ns from " + jsonString(entry) + ";\n" + exportsCallback + "(ns);\n"
	loader := entryLoader(entry)
	return api.Plugin{
		Name: "mcrepl",
		Setup: func(b api.PluginBuild) {
			b.OnResolve(api.OnResolveOptions{Filter: "^" + glueEntry + "$"},
				func(args api.OnResolveArgs) (api.OnResolveResult, error) {
					if args.Kind != api.ResolveEntryPoint {
						return api.OnResolveResult{}, nil
					}
					return api.OnResolveResult{Path: glueEntry, Namespace: "mcrepl"}, nil
				})
			b.OnLoad(api.OnLoadOptions{Filter: ".*", Namespace: "mcrepl"},
				func(api.OnLoadArgs) (api.OnLoadResult, error) {
					return api.OnLoadResult{Contents: &glue, ResolveDir: cwd, Loader: api.LoaderJS}, nil
				})
			b.OnResolve(api.OnResolveOptions{Filter: entryFilter},
				func(args api.OnResolveArgs) (api.OnResolveResult, error) {
					return api.OnResolveResult{Path: entry, Namespace: "file"}, nil
				})
			b.OnLoad(api.OnLoadOptions{Filter: entryFilter, Namespace: "file"},
				func(api.OnLoadArgs) (api.OnLoadResult, error) {
					return api.OnLoadResult{Contents: &src, ResolveDir: filepath.Dir(entry), Loader: loader}, nil
				})
		},
	}
}

// jsonString quotes s as JSON, which is also a JS string literal (Go's
// encoder escapes U+2028 and U+2029, which JSON allows raw and old JS did
// not).
func jsonString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// isESM reports whether esbuild found ES module syntax in the entry.
func isESM(metafile, entryRel string) bool {
	var meta struct {
		Inputs map[string]struct {
			Format string `json:"format"`
		} `json:"inputs"`
	}
	if err := json.Unmarshal([]byte(metafile), &meta); err != nil {
		return false
	}
	return meta.Inputs[entryRel].Format == "esm"
}

// buildError turns esbuild's first error into an ImportError, a SyntaxError
// or, without a position, a plain error. The entry is named as the user
// named it; other files relative to the working directory.
func buildError(name, entryRel string, m api.Message) error {
	loc := m.Location
	if loc == nil {
		return fmt.Errorf("load %s: %s", name, m.Text)
	}
	file := loc.File
	if file == entryRel {
		file = name
	}
	col := utf8.RuneCountInString(loc.LineText[:min(loc.Column, len(loc.LineText))]) + 1
	if why, ok := strings.CutPrefix(m.Text, refusedPrefix); ok {
		return &ImportError{Specifier: specifierAt(loc), File: file, Line: loc.Line, Column: col, Reason: why}
	}
	if spec, ok := unresolved(m.Text); ok {
		return &ImportError{Specifier: spec, File: file, Line: loc.Line, Column: col, Reason: importReason(spec, m.Notes)}
	}
	return &SyntaxError{File: file, Line: loc.Line, Column: col, Message: noMatchingExport(m.Text, loc.LineText), LineText: loc.LineText}
}

// noMatchingExport words esbuild's `No matching export in "F" for import
// "N"` as V8 does when workerd links the module: `The requested module 'S'
// does not provide an export named 'N'`, S the specifier as the import
// wrote it (else F, without the stand-in modules' namespace). Other
// messages are returned as they are.
func noMatchingExport(text, line string) string {
	var file, name string
	if _, err := fmt.Sscanf(text, "No matching export in %q for import %q", &file, &name); err != nil {
		return text
	}
	spec := strings.TrimPrefix(file, nodeNamespace+":")
	if m := fromClause().FindStringSubmatch(line); m != nil {
		spec = m[2]
	}
	return "The requested module '" + spec + "' does not provide an export named '" + name + "'"
}

// fromClause finds an import's specifier on its line (compiled on first
// use: nothing at start-up).
var fromClause = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\bfrom\s*(['"])([^'"]+)['"]`)
})

// unresolved extracts the specifier from esbuild's `Could not resolve "x"`.
func unresolved(text string) (string, bool) {
	rest, ok := strings.CutPrefix(text, "Could not resolve ")
	if !ok {
		return "", false
	}
	spec, err := strconv.Unquote(rest)
	if err != nil {
		return strings.Trim(rest, `"`), true
	}
	return spec, true
}

// importReason says why spec cannot be provided, and what to do instead.
func importReason(spec string, notes []api.Note) string {
	switch {
	case strings.HasPrefix(spec, "cloudflare:"), strings.HasPrefix(spec, "workerd:"):
		return "of the modules built into workerd, mcrepl has " + cfModuleList() + " only (docs/modules.md)"
	case strings.HasPrefix(spec, "node:") || mentionsNodeBuiltin(notes):
		return nodeReason()
	case strings.HasPrefix(spec, ".") || strings.HasPrefix(spec, "/"):
		return "no such file"
	}
	return "no such package in node_modules (mcrepl bundles local files and installed packages only)"
}

// mentionsNodeBuiltin reports whether esbuild noted that a bare specifier
// (fs, path) is a Node.js built-in.
func mentionsNodeBuiltin(notes []api.Note) bool {
	for _, n := range notes {
		if strings.Contains(n.Text, "built into node") {
			return true
		}
	}
	return false
}

// bundleSyntaxError is the error of a bundle that goja cannot compile, at
// the position in the user's file that the source map gives for goja's
// first error (the bundle's own positions mean nothing to the user), or
// without a position when there is none.
func bundleSyntaxError(name, entry, src, cwd string, code, sourceMap []byte, err error) error {
	e := &SyntaxError{File: name, Message: "goja cannot compile this module: " + err.Error()}
	_, perr := parser.ParseFile(nil, name, string(code), 0)
	list, ok := perr.(parser.ErrorList)
	if !ok || len(list) == 0 {
		return e
	}
	first := list[0]
	smap, serr := sourcemap.Parse(entry, sourceMap)
	if serr != nil {
		return e
	}
	source, _, line, col, found := smap.Source(first.Position.Line, first.Position.Column)
	if !found || line < 1 {
		return e
	}
	e.Message = "goja cannot compile this module: " + first.Message
	if at := bundleOffset(code, first.Position.Line, first.Position.Column); at >= 0 && dynamicImportAt(code[at:]) {
		e.Message = "import() of a computed specifier: mcrepl bundles what a module imports before it runs, so import() needs a string literal"
	}
	file := source
	if !filepath.IsAbs(file) {
		file = filepath.Join(filepath.Dir(entry), filepath.FromSlash(source))
	}
	e.Line, e.Column = line, col
	if file == entry {
		e.File = name
		if lines := strings.Split(src, "\n"); line <= len(lines) {
			e.LineText = strings.TrimSuffix(lines[line-1], "\r")
		}
	} else if rel, rerr := filepath.Rel(cwd, file); rerr == nil {
		e.File = filepath.ToSlash(rel)
	} else {
		e.File = file
	}
	return e
}

// bundleOffset is the byte offset of goja's 1-based line and column in
// code, or -1.
func bundleOffset(code []byte, line, col int) int {
	at := 0
	for l := 1; l < line; l++ {
		i := bytes.IndexByte(code[at:], '\n')
		if i < 0 {
			return -1
		}
		at += i + 1
	}
	if at+col-1 > len(code) {
		return -1
	}
	return at + col - 1
}

// dynamicImportAt reports whether code starts with a call of import.
func dynamicImportAt(code []byte) bool {
	rest, ok := bytes.CutPrefix(code, []byte("import"))
	return ok && len(bytes.TrimLeft(rest, " \t")) > 0 && bytes.TrimLeft(rest, " \t")[0] == '('
}
