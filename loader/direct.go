package loader

import (
	"errors"
	"path"
	"path/filepath"
	"strings"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/parser"

	"github.com/mcrepl/mcrepl/internal/jsfix"
)

// A JavaScript module that imports nothing and whose only export is
// `export default <expression>` runs without esbuild, from its own text: the
// shape of every conformance case and of most single-file workers. esbuild
// reprints the code it bundles, and what a function's toString() returns, in
// a DataCloneError message for one, must be what the user wrote, as in
// workerd. The text is changed in one place only: `export default` becomes an
// assignment of the same length, so every position but those on line 1 stays
// where it was, and a small source map puts line 1 back (the function head
// sits before it).
const (
	directDefault = "$mcrepl_dflt"
	directHead    = `(async function (` + exportsCallback + `) {"use strict"; var ` + directDefault + `;`
	directTail    = "\n;" + exportsCallback + "({ default: " + directDefault + " });\n})"
	// directTailNone ends a module with no export at all: its namespace is
	// empty (no default key that would be undefined).
	directTailNone = "\n;" + exportsCallback + "({});\n})"
)

// directAssign replaces "export default" and has the same length.
var directAssign = directDefault + " ="

// directModule compiles src as an ES module without esbuild, when it can: it
// returns nil for anything else (imports, named exports, default function or
// class declarations, syntax errors), which bundle then handles. Unless
// isModule (the extension says so), the file must have an export default.
func directModule(name, src string, isModule bool) *Program {
	if strings.HasSuffix(strings.ToLower(filepath.Ext(name)), "ts") {
		return nil
	}
	body := src
	rewritten := false
	for {
		prg, err := parseScript(name, directHead+body+directTail)
		if err == nil {
			if rewritten && topLevelDefaults(prg) != 1 || !rewritten && !isModule {
				return nil
			}
			break
		}
		if rewritten || errors.As(err, new(*parserPanic)) {
			return nil
		}
		off, ok := errorOffset(directHead+body+directTail, err)
		if !ok || off < len(directHead) {
			return nil
		}
		off -= len(directHead)
		if off > len(body) || !isDefaultExpression(body[off:]) {
			return nil
		}
		body = body[:off] + directAssign + body[off+len("export default"):]
		rewritten = true
	}
	line1, _, _ := strings.Cut(body, "\n")
	tail := directTail
	if !rewritten {
		tail = directTailNone
	}
	code := directHead + body + tail + "\n" + inlineSourceMap(lineOneMap(name, len(directHead), len(line1))) + "\n"
	prg, err := jsfix.Compile(name, code, false)
	if err != nil {
		return nil
	}
	return &Program{name: name, kind: Module, prg: prg}
}

// errorOffset is the byte offset of the first error of a parse of text.
func errorOffset(text string, err error) (int, bool) {
	var list parser.ErrorList
	if !errors.As(err, &list) || len(list) == 0 {
		return 0, false
	}
	pos := list[0].Position
	off := 0
	for range pos.Line - 1 {
		i := strings.IndexByte(text[off:], '\n')
		if i < 0 {
			return 0, false
		}
		off += i + 1
	}
	off += pos.Column - 1
	return off, off >= 0 && off <= len(text)
}

// isDefaultExpression reports whether s starts with `export default` and an
// expression: not a function or class declaration, whose name would belong
// to the module scope.
func isDefaultExpression(s string) bool {
	rest, ok := strings.CutPrefix(s, "export")
	if !ok {
		return false
	}
	trimmed := strings.TrimLeft(rest, " ")
	if len(rest)-len(trimmed) != 1 {
		return false // keep the replacement the same length: one space
	}
	rest, ok = strings.CutPrefix(trimmed, "default")
	if !ok || rest == "" || isIdentRune(rune(rest[0])) {
		return false
	}
	rest = strings.TrimLeft(rest, " \t\r\n")
	for _, kw := range []string{"function", "class", "async"} {
		if startsWithWord(rest, kw) {
			return false
		}
	}
	return true
}

// topLevelDefaults counts the statements of the module body that assign the
// default export: one when `export default` was at the top level.
func topLevelDefaults(prg *ast.Program) int {
	if len(prg.Body) != 1 {
		return 0
	}
	stmt, ok := prg.Body[0].(*ast.ExpressionStatement)
	if !ok {
		return 0
	}
	fn, ok := stmt.Expression.(*ast.FunctionLiteral)
	if !ok || fn.Body == nil {
		return 0
	}
	n := 0
	for _, s := range fn.Body.List {
		es, ok := s.(*ast.ExpressionStatement)
		if !ok {
			continue
		}
		if as, ok := es.Expression.(*ast.AssignExpression); ok {
			if id, ok := as.Left.(*ast.Identifier); ok && id.Name == directDefault {
				n++
			}
		}
	}
	return n
}

func startsWithWord(s, word string) bool {
	rest, ok := strings.CutPrefix(s, word)
	return ok && (rest == "" || !isIdentRune(rune(rest[0])))
}

func isIdentRune(r rune) bool {
	return r == '_' || r == '$' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0x80
}

// lineOneMap is a source map for a program whose line 1 starts with head
// bytes of wrapper before the file's own line 1 (n bytes long): one segment
// per column of that line, and none for the others, which goja then reports
// as they are. Columns are shifted by one, as fixSourceMap does.
func lineOneMap(name string, head, n int) []byte {
	var b strings.Builder
	b.WriteString(encodeVLQ([]int{head + 1, 0, 0, 1}))
	for range n {
		b.WriteString(",")
		b.WriteString(encodeVLQ([]int{1, 0, 0, 1}))
	}
	source := path.Base(filepath.ToSlash(name))
	return []byte(`{"version":3,"sources":[` + jsonString(source) + `],"names":[],"mappings":"` + b.String() + `"}`)
}
