package repl

import (
	"encoding/json"
	"os"
	"strings"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/loader"
)

// importFunc is the shell's loader of modules: entries that import
// (`import x from 'pkg'`, `await import('./mine.js')`) are rewritten to call
// it. It lives on the global scope's prototype, non-enumerable, and Tab
// does not offer it.
const importFunc = "__mcrepl_import"

// installImport defines importFunc: (specifier, attributes) returns a
// promise of the module namespace of specifier, resolved from the current
// folder and bundled as `mcrepl run` bundles a module. Loop goroutine.
func (s *session) installImport(rt *goja.Runtime) {
	fn := rt.ToValue(func(call goja.FunctionCall) goja.Value {
		p, resolve, reject := rt.NewPromise()
		if _, isSymbol := call.Argument(0).(*goja.Symbol); isSymbol {
			_ = reject(rt.NewTypeError("Cannot convert a Symbol value to a string"))
			return rt.ToValue(p)
		}
		// Converting the specifier and reading the options run the
		// script's code (toString, getters): what it throws rejects the
		// promise, as in V8.
		var spec, with, msg string
		if ex := rt.Try(func() {
			spec = call.Argument(0).String()
			with, msg = importAttributes(call.Argument(1))
		}); ex != nil {
			_ = reject(ex.Value())
			return rt.ToValue(p)
		}
		if msg != "" {
			_ = reject(rt.NewTypeError("%s", msg))
			return rt.ToValue(p)
		}
		settle := func(err error) {
			if ex, ok := err.(*goja.Exception); ok {
				_ = reject(ex.Value())
			} else if err != nil {
				// The error is the loader's, not the entry's: a stack
				// would only show the shell's plumbing.
				e := rt.NewTypeError(err.Error())
				_ = e.Set("stack", "TypeError: "+err.Error())
				_ = reject(e)
			}
		}
		dir, err := os.Getwd()
		if err != nil {
			settle(err)
			return rt.ToValue(p)
		}
		prg, sources, err := loader.ImportProgram(dir, spec, with)
		if err != nil {
			settle(err)
			return rt.ToValue(p)
		}
		s.w.AddSourceLookup(sources) // "o.f is not a function" in what it imports
		fv, err := rt.RunProgram(prg)
		if err != nil {
			settle(err)
			return rt.ToValue(p)
		}
		evaluate, _ := goja.AssertFunction(fv)
		var ns goja.Value = goja.Undefined()
		args := append([]goja.Value{rt.ToValue(func(c goja.FunctionCall) goja.Value {
			if o, ok := c.Argument(0).(*goja.Object); ok {
				ns = o.Get("ns")
			}
			return goja.Undefined()
		})}, loader.ImportArgs(s.w, "[shell]")...)
		done, err := evaluate(goja.Undefined(), args...)
		if err != nil {
			settle(err)
			return rt.ToValue(p)
		}
		onDone := rt.ToValue(func(goja.FunctionCall) goja.Value { _ = resolve(ns); return goja.Undefined() })
		onFail := rt.ToValue(func(c goja.FunctionCall) goja.Value { _ = reject(c.Argument(0)); return goja.Undefined() })
		if _, err := s.intro.then(done, onDone, onFail); err != nil {
			settle(err)
		}
		return rt.ToValue(p)
	})
	proto := rt.GlobalObject().Prototype()
	if proto == nil {
		proto = rt.GlobalObject()
	}
	_ = proto.DefineDataProperty(importFunc, fn, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
}

// importAttributes turns import()'s second argument, { with: { type: 'json' } }
// (which the declarations' rewrite passes too), into the clause of an
// export declaration, or says in V8's words why it cannot.
func importAttributes(opts goja.Value) (clause, msg string) {
	if goja.IsUndefined(opts) {
		return "", ""
	}
	o, ok := opts.(*goja.Object)
	if !ok {
		return "", "The second argument to import() must be an object"
	}
	with := o.Get("with")
	if with == nil || goja.IsUndefined(with) {
		return "", ""
	}
	w, ok := with.(*goja.Object)
	if !ok {
		return "", "The 'with' option must be an object"
	}
	var parts []string
	for _, k := range w.Keys() {
		v, ok := w.Get(k).(goja.String)
		if !ok {
			return "", "Import attribute value must be a string"
		}
		parts = append(parts, quote(k)+": "+quote(v.String()))
	}
	if len(parts) == 0 {
		return "", ""
	}
	return " with { " + strings.Join(parts, ", ") + " }", ""
}

// rewriteImports turns the import declarations that start an entry into
// awaits of importFunc that bind the same names as global vars, and every
// `import(` call into a call of importFunc, keeping the entry's line count
// so that positions in the rest stay right. ok is false when the entry has
// neither.
//
//	import x, { a, b as c } from 'm'  ->  var { default: x, "a": a, "b": c } = await __mcrepl_import("m");
//	import * as ns from 'm'           ->  var ns = await __mcrepl_import("m");
//	import 'm'                        ->  await __mcrepl_import("m");
func rewriteImports(entry string) (string, bool) {
	var b strings.Builder
	rest := entry
	changed := false
	for {
		decl, n, ok := parseImportDeclaration(rest)
		if !ok {
			break
		}
		b.WriteString(rest[:decl.start])
		b.WriteString(decl.code())
		b.WriteString(strings.Repeat("\n", strings.Count(rest[decl.start:n], "\n")))
		rest = rest[n:]
		changed = true
	}
	out, dyn := rewriteDynamicImports(rest)
	if !changed && !dyn {
		return "", false
	}
	b.WriteString(out)
	return b.String(), true
}

// importDecl is one parsed import declaration.
type importDecl struct {
	start     int    // offset of `import` in the text it was parsed from
	spec      string // the module specifier
	with      string // the attributes' braces, as written on one line, or ""
	def, ns   string // default and namespace bindings, or ""
	names     [][2]string
	hasClause bool
}

func (d importDecl) code() string {
	call := "await " + importFunc + "(" + quote(d.spec)
	if d.with != "" {
		call += ", { with: " + d.with + " }"
	}
	call += ")"
	switch {
	case !d.hasClause:
		return call + ";"
	case d.ns != "":
		out := "var " + d.ns + " = " + call + ";"
		if d.def != "" {
			out += " var " + d.def + " = " + d.ns + ".default;"
		}
		return out
	}
	var parts []string
	if d.def != "" {
		parts = append(parts, "default: "+d.def)
	}
	for _, n := range d.names {
		parts = append(parts, quote(n[0])+": "+n[1])
	}
	return "var { " + strings.Join(parts, ", ") + " } = " + call + ";"
}

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// parseImportDeclaration parses an import declaration at the start of src
// (after blanks and comments) and returns it with the offset just past it.
func parseImportDeclaration(src string) (d importDecl, end int, ok bool) {
	d, end, ok, _ = scanImportDeclaration(src)
	return d, end, ok
}

// scanImportDeclaration is parseImportDeclaration that also says, when src
// does not start with a whole declaration, whether it starts with an
// unfinished one: `import` (not `import(` or `import.meta`) and then the
// tokens of a declaration up to the end of src, such as an open named
// list (`import {` a, b) or attributes clause (`with {` type: 'json').
func scanImportDeclaration(src string) (d importDecl, end int, ok, unfinished bool) {
	t := &tokens{src: src}
	d, end, ok = t.importDeclaration()
	if ok {
		return d, end, true, false
	}
	if t.pos == 0 { // not an import declaration at all
		return d, 0, false, false
	}
	t.skip()
	return d, 0, false, t.pos >= len(src) || t.unclosed
}

// importDeclaration parses an import declaration at the start of t.src.
// When it fails, the cursor is where it stopped, or 0 if t.src does not
// start with an import declaration.
func (t *tokens) importDeclaration() (d importDecl, end int, ok bool) {
	src := t.src
	t.skip()
	d.start = t.pos
	if !t.word("import") {
		t.pos = 0
		return d, 0, false
	}
	t.skip()
	if t.pos < len(src) && (src[t.pos] == '(' || src[t.pos] == '.') {
		t.pos = 0 // import() or import.meta: an expression
		return d, 0, false
	}
	if s, ok := t.str(); ok { // import 'm'
		d.spec = s
	} else {
		d.hasClause = true
		if id := t.ident(); id != "" && id != "from" {
			d.def = id
			t.skip()
			if !t.punct(",") {
				goto from
			}
			t.skip()
		} else if id == "from" {
			return d, 0, false
		}
		switch {
		case t.punct("*"):
			t.skip()
			if !t.word("as") {
				return d, 0, false
			}
			t.skip()
			if d.ns = t.ident(); d.ns == "" {
				return d, 0, false
			}
		case t.punct("{"):
			for {
				t.skip()
				if t.punct("}") {
					break
				}
				name, ok := t.str()
				if !ok {
					name = t.ident()
				}
				if name == "" {
					return d, 0, false
				}
				local := name
				t.skip()
				if t.word("as") {
					t.skip()
					if local = t.ident(); local == "" {
						return d, 0, false
					}
					t.skip()
				}
				d.names = append(d.names, [2]string{name, local})
				if t.punct(",") {
					continue
				}
				t.skip()
				if !t.punct("}") {
					return d, 0, false
				}
				break
			}
		default:
			if d.def == "" {
				return d, 0, false
			}
		}
	from:
		t.skip()
		if !t.word("from") {
			return d, 0, false
		}
		t.skip()
		s, ok := t.str()
		if !ok {
			return d, 0, false
		}
		d.spec = s
	}
	// Attributes: with { ... } (or the older assert { ... }), kept as text.
	save := t.pos
	t.skipSameStatement()
	if t.word("with") || t.word("assert") {
		t.skip()
		open := t.pos
		if !t.punct("{") {
			return d, 0, false
		}
		closeAt := strings.IndexByte(src[t.pos:], '}')
		if closeAt < 0 {
			t.unclosed = true
			return d, 0, false
		}
		t.pos += closeAt + 1
		d.with = strings.NewReplacer("\n", " ", "\r", " ").Replace(src[open:t.pos])
	} else {
		t.pos = save
	}
	save = t.pos
	t.skipSameStatement()
	if !t.punct(";") {
		t.pos = save
	}
	return d, t.pos, true
}

// tokens is a cursor over an entry's text, for the few tokens of an import
// declaration.
type tokens struct {
	src      string
	pos      int
	unclosed bool // an attributes clause's brace is never closed
}

// skip passes blanks, line breaks and comments.
func (t *tokens) skip() {
	for t.pos < len(t.src) {
		switch {
		case strings.HasPrefix(t.src[t.pos:], "//"):
			if i := strings.IndexByte(t.src[t.pos:], '\n'); i >= 0 {
				t.pos += i
			} else {
				t.pos = len(t.src)
			}
		case strings.HasPrefix(t.src[t.pos:], "/*"):
			if i := strings.Index(t.src[t.pos+2:], "*/"); i >= 0 {
				t.pos += i + 4
			} else {
				t.pos = len(t.src)
			}
		case strings.ContainsRune(" \t\r\n", rune(t.src[t.pos])):
			t.pos++
		default:
			return
		}
	}
}

// skipSameStatement passes blanks and comments without a line break, where
// a line break could end the statement.
func (t *tokens) skipSameStatement() {
	for t.pos < len(t.src) && (t.src[t.pos] == ' ' || t.src[t.pos] == '\t') {
		t.pos++
	}
}

func isIdentByte(c byte) bool {
	return c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// word consumes the keyword w if it stands alone at the cursor.
func (t *tokens) word(w string) bool {
	if !strings.HasPrefix(t.src[t.pos:], w) {
		return false
	}
	if end := t.pos + len(w); end < len(t.src) && isIdentByte(t.src[end]) {
		return false
	}
	t.pos += len(w)
	return true
}

func (t *tokens) punct(p string) bool {
	if strings.HasPrefix(t.src[t.pos:], p) {
		t.pos += len(p)
		return true
	}
	return false
}

// ident consumes an identifier (ASCII or not).
func (t *tokens) ident() string {
	start := t.pos
	for t.pos < len(t.src) && isIdentByte(t.src[t.pos]) {
		t.pos++
	}
	if t.pos == start || t.src[start] >= '0' && t.src[start] <= '9' {
		t.pos = start
		return ""
	}
	return t.src[start:t.pos]
}

// str consumes a string literal and returns its value.
func (t *tokens) str() (string, bool) {
	if t.pos >= len(t.src) || (t.src[t.pos] != '\'' && t.src[t.pos] != '"') {
		return "", false
	}
	q := t.src[t.pos]
	var b strings.Builder
	for i := t.pos + 1; i < len(t.src); i++ {
		switch c := t.src[i]; c {
		case q:
			t.pos = i + 1
			return b.String(), true
		case '\\':
			if i+1 < len(t.src) {
				i++
				b.WriteByte(t.src[i])
			}
		case '\n':
			return "", false
		default:
			b.WriteByte(c)
		}
	}
	return "", false
}

// rewriteDynamicImports replaces each `import(` outside strings, template
// literal text and comments with a call of importFunc.
func rewriteDynamicImports(src string) (string, bool) {
	var b strings.Builder
	changed := false
	for i := 0; i < len(src); {
		c := src[i]
		switch {
		case c == '\'' || c == '"':
			j := i + 1
			for j < len(src) && src[j] != c && src[j] != '\n' {
				if src[j] == '\\' {
					j++
				}
				j++
			}
			j = min(j+1, len(src))
			b.WriteString(src[i:j])
			i = j
		case c == '`':
			j := i + 1
			for j < len(src) && src[j] != '`' {
				if src[j] == '\\' {
					j++
				}
				j++
			}
			j = min(j+1, len(src))
			b.WriteString(src[i:j])
			i = j
		case strings.HasPrefix(src[i:], "//"):
			j := strings.IndexByte(src[i:], '\n')
			if j < 0 {
				j = len(src) - i
			}
			b.WriteString(src[i : i+j])
			i += j
		case strings.HasPrefix(src[i:], "/*"):
			j := strings.Index(src[i+2:], "*/")
			if j < 0 {
				j = len(src) - i - 4
			}
			b.WriteString(src[i : i+j+4])
			i += j + 4
		case strings.HasPrefix(src[i:], "import") && (i == 0 || !isIdentByte(src[i-1]) && src[i-1] != '.'):
			j := i + len("import")
			for j < len(src) && (src[j] == ' ' || src[j] == '\t') {
				j++
			}
			if j < len(src) && src[j] == '(' {
				b.WriteString(importFunc + "(")
				i = j + 1
				changed = true
				continue
			}
			b.WriteString("import")
			i += len("import")
		default:
			b.WriteByte(c)
			i++
		}
	}
	return b.String(), changed
}
