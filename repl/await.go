package repl

import (
	"reflect"
	"sort"
	"strings"

	"github.com/dop251/goja/ast"
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
// them (`const x = await p` becomes `let x;` outside and `void 0, x = await p`
// inside), and its last expression statement becomes the return value.
// const declarations become let, as in Node; declarations nested in blocks
// stay local to the entry. It reports false when src does not parse as an
// async function body.
//
// The rewrite only inserts text at the start of statements and after the
// closing brace of functions and classes: goja's end positions are not
// reliable after a non-ASCII identifier, its start positions are.
func rewriteAwait(src string) (code string, ok bool) {
	defer func() {
		if recover() != nil {
			code, ok = "", false
		}
	}()
	wrapped := asyncPrefix + src + asyncSuffix
	prg, err := parse(wrapped)
	if err != nil {
		return "", false
	}
	body := asyncBody(prg)
	if body == nil {
		return "", false
	}
	// goja's file.Idx is a 1-based byte offset into wrapped.
	pos := func(idx int) int { return idx - 1 - len(asyncPrefix) }
	at := func(p int, prefix string) bool { return p >= 0 && p <= len(src) && strings.HasPrefix(src[p:], prefix) }
	type edit struct {
		at, cut int // insert at at, after removing cut bytes
		text    string
	}
	var (
		lets, vars []string
		edits      []edit
	)
	for i, st := range body.List {
		from := pos(int(st.Idx0()))
		switch st := st.(type) {
		case *ast.VariableStatement:
			if !at(from, "var") {
				return "", false
			}
			vars = append(vars, bindingNames(st.List)...)
			edits = append(edits, edit{from, len("var"), "void 0,"})
		case *ast.LexicalDeclaration:
			kw := st.Token.String()
			if !at(from, kw) {
				return "", false
			}
			lets = append(lets, bindingNames(st.List)...)
			edits = append(edits, edit{from, len(kw), "void 0,"})
		case *ast.FunctionDeclaration:
			end := pos(int(st.Idx1()))
			if !at(end-1, "}") {
				return "", false
			}
			name := st.Function.Name.Name.String()
			vars = append(vars, name)
			edits = append(edits, edit{from, 0, name + " = "}, edit{end, 0, ";"})
		case *ast.ClassDeclaration:
			end := pos(int(st.Idx1()))
			if !at(end-1, "}") {
				return "", false
			}
			name := st.Class.Name.Name.String()
			lets = append(lets, name)
			edits = append(edits, edit{from, 0, name + " = "}, edit{end, 0, ";"})
		case *ast.ExpressionStatement:
			if i == len(body.List)-1 {
				edits = append(edits, edit{statementStart(src, from), 0, "return "})
			}
		}
	}
	sort.SliceStable(edits, func(i, j int) bool { return edits[i].at > edits[j].at })
	out := src
	for _, e := range edits {
		if e.at < 0 || e.at+e.cut > len(out) {
			return "", false
		}
		out = out[:e.at] + e.text + out[e.at+e.cut:]
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

// statementStart finds where an expression statement starts: goja has no
// node for parentheses, so the expression of `(a) + b` starts at `a`; the
// statement starts at the opening parentheses before it.
func statementStart(src string, from int) int {
	for p := from - 1; p >= 0; p-- {
		switch src[p] {
		case ' ', '\t', '\n', '\r':
		case '(':
			from = p
		default:
			return from
		}
	}
	return from
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
	prg, err := parse(src)
	if err != nil {
		if prg, err = parse(asyncPrefix + src + asyncSuffix); err != nil {
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

// usesTopLevelAwait reports whether src, parsed as the body of an async
// function, has an await expression outside any nested function: then it
// is a top-level await entry even when it also parses as a script (where
// `await (x)` is a call of a function named await).
func usesTopLevelAwait(src string) (found bool) {
	defer func() {
		if recover() != nil {
			found = false
		}
	}()
	prg, err := parse(asyncPrefix + src + asyncSuffix)
	if err != nil {
		return false
	}
	body := asyncBody(prg)
	if body == nil {
		return false
	}
	return findAwait(reflect.ValueOf(body.List))
}

var (
	awaitType    = reflect.TypeOf(&ast.AwaitExpression{})
	funcLitType  = reflect.TypeOf(&ast.FunctionLiteral{})
	arrowLitType = reflect.TypeOf(&ast.ArrowFunctionLiteral{})
)

// findAwait walks goja's AST by reflection (it has no visitor), stopping at
// function boundaries, whose awaits belong to them.
func findAwait(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Interface:
		if v.IsNil() {
			return false
		}
		return findAwait(v.Elem())
	case reflect.Pointer:
		if v.IsNil() {
			return false
		}
		switch v.Type() {
		case awaitType:
			return true
		case funcLitType, arrowLitType:
			return false
		}
		return findAwait(v.Elem())
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() && findAwait(v.Field(i)) {
				return true
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			if findAwait(v.Index(i)) {
				return true
			}
		}
	}
	return false
}
