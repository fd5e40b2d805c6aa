package repl

import (
	"sort"
	"strings"

	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/parser"
)

// The wrapper that top-level await code is parsed and run in. The prefix
// ends with a newline so that columns in the user's first line are kept.
const (
	asyncPrefix = "(async () => {\n"
	asyncSuffix = "\n})()"
)

// rewriteAwait turns an entry that uses top-level await into a script whose
// completion value is a promise of the entry's value, the way Node's REPL
// does: the entry becomes the body of an async arrow function, its
// top-level declarations are hoisted out of it so that later entries see
// them (`const x = await p` becomes `let x;` outside and `void (x = await p)`
// inside), and its last expression statement becomes the return value.
// const declarations become let, as in Node; declarations nested in blocks
// stay local to the entry. It reports false when src does not parse as an
// async function body.
func rewriteAwait(src string) (string, bool) {
	wrapped := asyncPrefix + src + asyncSuffix
	prg, err := parser.ParseFile(nil, "", wrapped, 0)
	if err != nil {
		return "", false
	}
	body := asyncBody(prg)
	if body == nil {
		return "", false
	}
	// goja's file.Idx is a 1-based byte offset into wrapped.
	pos := func(idx int) int { return idx - 1 - len(asyncPrefix) }
	text := func(n ast.Node) string { return src[pos(int(n.Idx0())):pos(int(n.Idx1()))] }
	type edit struct {
		from, to int
		text     string
	}
	var (
		lets, vars []string
		edits      []edit
	)
	for i, st := range body.List {
		from, to := pos(int(st.Idx0())), pos(int(st.Idx1()))
		switch st := st.(type) {
		case *ast.VariableStatement:
			vars = append(vars, bindingNames(st.List)...)
			edits = append(edits, edit{from, to, assignments(st.List, text)})
		case *ast.LexicalDeclaration:
			lets = append(lets, bindingNames(st.List)...)
			edits = append(edits, edit{from, to, assignments(st.List, text)})
		case *ast.FunctionDeclaration:
			name := st.Function.Name.Name.String()
			vars = append(vars, name)
			edits = append(edits, edit{from, to, name + " = " + src[from:to] + ";"})
		case *ast.ClassDeclaration:
			name := st.Class.Name.Name.String()
			lets = append(lets, name)
			edits = append(edits, edit{from, to, name + " = " + src[from:to] + ";"})
		case *ast.ExpressionStatement:
			if i == len(body.List)-1 {
				edits = append(edits, edit{from, to, "return (" + text(st.Expression) + ");"})
			}
		}
	}
	sort.Slice(edits, func(i, j int) bool { return edits[i].from > edits[j].from })
	// Positions come from goja's parser; should they ever fall outside the
	// text or overlap, the entry is reported as a syntax error instead.
	end := len(src)
	for _, e := range edits {
		if e.from < 0 || e.from > e.to || e.to > end {
			return "", false
		}
		end = e.from
	}
	out := src
	for _, e := range edits {
		out = out[:e.from] + e.text + out[e.to:]
	}
	var b strings.Builder
	if len(lets) > 0 {
		b.WriteString("let " + strings.Join(lets, ", ") + ";")
	}
	if len(vars) > 0 {
		b.WriteString("var " + strings.Join(vars, ", ") + ";")
	}
	b.WriteString(asyncPrefix + out + asyncSuffix)
	return b.String(), true
}

// asyncBody finds the body of the wrapper's arrow function.
func asyncBody(prg *ast.Program) *ast.BlockStatement {
	if len(prg.Body) != 1 {
		return nil
	}
	es, ok := prg.Body[0].(*ast.ExpressionStatement)
	if !ok {
		return nil
	}
	call, ok := es.Expression.(*ast.CallExpression)
	if !ok {
		return nil
	}
	fn, ok := call.Callee.(*ast.ArrowFunctionLiteral)
	if !ok {
		return nil
	}
	body, _ := fn.Body.(*ast.BlockStatement)
	return body
}

// assignments renders declarations as one expression statement that
// assigns their initial values: `a = 1, {b} = await p`.
func assignments(list []*ast.Binding, text func(ast.Node) string) string {
	var parts []string
	for _, b := range list {
		if b.Initializer != nil {
			parts = append(parts, text(b.Target)+" = "+text(b.Initializer))
		}
	}
	if len(parts) == 0 {
		return ";"
	}
	return "void (" + strings.Join(parts, ", ") + ");"
}

// bindingNames lists the names that declarations bind, through
// destructuring patterns.
func bindingNames(list []*ast.Binding) []string {
	var names []string
	for _, b := range list {
		names = appendTargetNames(names, b.Target)
	}
	return names
}

func appendTargetNames(names []string, n ast.Node) []string {
	switch n := n.(type) {
	case *ast.Identifier:
		names = append(names, n.Name.String())
	case *ast.ObjectPattern:
		for _, p := range n.Properties {
			switch p := p.(type) {
			case *ast.PropertyShort:
				names = append(names, p.Name.Name.String())
			case *ast.PropertyKeyed:
				names = appendTargetNames(names, p.Value)
			}
		}
		if n.Rest != nil {
			names = appendTargetNames(names, n.Rest)
		}
	case *ast.ArrayPattern:
		for _, e := range n.Elements {
			names = appendTargetNames(names, e)
		}
		if n.Rest != nil {
			names = appendTargetNames(names, n.Rest)
		}
	case *ast.AssignExpression:
		names = appendTargetNames(names, n.Left)
	}
	return names
}

// lexicalNames lists the top-level let, const and class names that src
// declares: they are global bindings that are not properties of globalThis,
// so completion learns them here.
func lexicalNames(src string) []string {
	prg, err := parser.ParseFile(nil, "", src, 0)
	if err != nil {
		if prg, err = parser.ParseFile(nil, "", asyncPrefix+src+asyncSuffix, 0); err != nil {
			return nil
		}
		body := asyncBody(prg)
		if body == nil {
			return nil
		}
		return declared(body.List)
	}
	return declared(prg.Body)
}

func declared(list []ast.Statement) []string {
	var names []string
	for _, st := range list {
		switch st := st.(type) {
		case *ast.LexicalDeclaration:
			names = append(names, bindingNames(st.List)...)
		case *ast.ClassDeclaration:
			names = append(names, st.Class.Name.Name.String())
		}
	}
	return names
}
