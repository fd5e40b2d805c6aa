// Package jsfix compiles user JavaScript for goja with corrections for two
// goja bugs that give wrong results silently: extra arguments in captured
// vars (below), and Unicode property escapes in regular expression
// literals, which Fix expands with UnicodeProps (unicodeprops.go).
//
// When a function's parameters live in its closure scope (a parameter is
// captured by a nested function, or the function uses arguments or eval),
// goja's function entry copies every argument the call passed into that
// scope's slots, not only as many as there are parameters. The slots after
// the parameters belong to the function's captured var declarations, which
// goja leaves unset (read as undefined) until assigned, so an extra argument
// becomes the var's value:
//
//	function f(a) { var e; return () => a + e }
//	f(1, 2)()            // 3 in goja, NaN in V8
//
// Bundled code (esbuild's lazy initialisers, `var x; x ??= ...`) and
// libraries called with more arguments than they declare hit it. Compile
// parses the source, adds `name = void 0` at the start of each function that
// has a nested function, eval or with, for each of its var names that is not
// a parameter, a top-level function declaration or arguments, and compiles
// the result: the vars hold undefined before any code of the body runs, as
// the language says. A captured let or const read before its declaration
// (a ReferenceError in V8) can still see an extra argument: that slot cannot
// be assigned before its declaration without changing the program.
package jsfix

import (
	"reflect"
	"strings"
	"sync"

	"github.com/dop251/goja"
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/token"
	"github.com/dop251/goja/unistring"
)

// Compile is goja.Compile with Fix applied to the parsed program. Its errors
// are goja.Compile's.
func Compile(name, src string, strict bool) (*goja.Program, error) {
	prg, err := goja.Parse(name, src)
	if err != nil {
		return nil, err
	}
	if strings.Contains(src, "var") || strings.Contains(src, `\p{`) || strings.Contains(src, `\P{`) {
		Fix(prg)
	}
	return goja.CompileAST(prg, strict)
}

// Fix rewrites prg in place as Compile describes.
func Fix(prg *ast.Program) {
	if prg == nil {
		return
	}
	walk(reflect.ValueOf(prg))
}

// Flags a subtree reports to the function around it: what makes that
// function's vars live in its closure scope.
const (
	hasClosure = 1 << iota // a function, arrow, class or method
	hasDynamic             // eval or with
)

var (
	typeFunction = reflect.TypeOf((*ast.FunctionLiteral)(nil))
	typeArrow    = reflect.TypeOf((*ast.ArrowFunctionLiteral)(nil))
	typeClass    = reflect.TypeOf((*ast.ClassLiteral)(nil))
	typeIdent    = reflect.TypeOf((*ast.Identifier)(nil))
	typeWith     = reflect.TypeOf((*ast.WithStatement)(nil))
	typeRegExp   = reflect.TypeOf((*ast.RegExpLiteral)(nil))
	astPkg       = typeFunction.Elem().PkgPath()
)

// fieldCache maps an AST struct type to the indexes of its fields that can
// hold nodes (read only by walk, on the goroutine that compiles, so guarded).
var fieldCache sync.Map // reflect.Type -> []int

// nodeFields returns the indexes of t's fields that can hold nodes: exported
// pointers, interfaces, slices and AST structs, but not a DeclarationList,
// which repeats bindings the body holds (walked twice, a function in an
// initializer would be fixed twice), and nothing of a struct outside the AST
// package (file.File holds no nodes).
func nodeFields(t reflect.Type) []int {
	if f, ok := fieldCache.Load(t); ok {
		return f.([]int)
	}
	var idx []int
	if t.PkgPath() == astPkg {
		for i := 0; i < t.NumField(); i++ {
			fld := t.Field(i)
			if !fld.IsExported() || fld.Name == "DeclarationList" {
				continue
			}
			switch fld.Type.Kind() {
			case reflect.Pointer, reflect.Interface, reflect.Slice:
				idx = append(idx, i)
			case reflect.Struct:
				if fld.Type.PkgPath() == astPkg {
					idx = append(idx, i)
				}
			}
		}
	}
	fieldCache.Store(t, idx)
	return idx
}

// walk visits the AST under v, fixing every function it finds, and returns
// the flags of the subtree.
func walk(v reflect.Value) int {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return 0
		}
		switch v.Type() {
		case typeIdent:
			if v.Interface().(*ast.Identifier).Name == "eval" {
				return hasDynamic
			}
			return 0
		case typeFunction:
			f := v.Interface().(*ast.FunctionLiteral)
			inner := walk(reflect.ValueOf(f.ParameterList)) | walk(reflect.ValueOf(f.Body))
			if f.Body != nil && inner != 0 {
				fixBody(f.Body, f.ParameterList, f.DeclarationList)
			}
			return hasClosure | inner&hasDynamic
		case typeArrow:
			f := v.Interface().(*ast.ArrowFunctionLiteral)
			inner := walk(reflect.ValueOf(f.ParameterList)) | walk(reflect.ValueOf(f.Body))
			if b, ok := f.Body.(*ast.BlockStatement); ok && inner != 0 {
				fixBody(b, f.ParameterList, f.DeclarationList)
			}
			return hasClosure | inner&hasDynamic
		case typeClass:
			return hasClosure | walk(v.Elem())
		case typeWith:
			return hasDynamic | walk(v.Elem())
		case typeRegExp:
			re := v.Interface().(*ast.RegExpLiteral)
			if p, ok := UnicodeProps(re.Pattern, re.Flags); ok {
				re.Pattern = p
			}
			return 0
		}
		return walk(v.Elem())
	case reflect.Interface:
		if v.IsNil() {
			return 0
		}
		return walk(v.Elem())
	case reflect.Struct:
		flags := 0
		for _, i := range nodeFields(v.Type()) {
			flags |= walk(v.Field(i))
		}
		return flags
	case reflect.Slice:
		if v.Type().Elem().Kind() == reflect.Uint8 {
			return 0
		}
		flags := 0
		for i := 0; i < v.Len(); i++ {
			flags |= walk(v.Index(i))
		}
		return flags
	}
	return 0
}

// fixBody inserts `name = void 0;` after body's directive prologue for each
// var of decls that is not a parameter, a top-level function declaration or
// arguments.
func fixBody(body *ast.BlockStatement, params *ast.ParameterList, decls []*ast.VariableDeclaration) {
	if len(decls) == 0 {
		return
	}
	skip := map[unistring.String]bool{"arguments": true}
	if params != nil {
		for _, b := range params.List {
			bindingNames(b.Target, func(n unistring.String) { skip[n] = true })
		}
		bindingNames(params.Rest, func(n unistring.String) { skip[n] = true })
	}
	for _, s := range body.List {
		if fd, ok := s.(*ast.FunctionDeclaration); ok && fd.Function != nil && fd.Function.Name != nil {
			skip[fd.Function.Name.Name] = true
		}
	}
	idx := body.LeftBrace
	var inits []ast.Statement
	for _, d := range decls {
		for _, b := range d.List {
			bindingNames(b.Target, func(n unistring.String) {
				if skip[n] {
					return
				}
				skip[n] = true
				inits = append(inits, &ast.ExpressionStatement{Expression: &ast.AssignExpression{
					Operator: token.ASSIGN,
					Left:     &ast.Identifier{Name: n, Idx: idx},
					Right: &ast.UnaryExpression{Operator: token.VOID, Idx: idx,
						Operand: &ast.NumberLiteral{Idx: idx, Literal: "0", Value: int64(0)}},
				}})
			})
		}
	}
	if len(inits) == 0 {
		return
	}
	n := 0 // the directive prologue ('use strict') stays first
	for n < len(body.List) {
		es, ok := body.List[n].(*ast.ExpressionStatement)
		if !ok {
			break
		}
		if _, ok := es.Expression.(*ast.StringLiteral); !ok {
			break
		}
		n++
	}
	list := make([]ast.Statement, 0, len(body.List)+len(inits))
	list = append(list, body.List[:n]...)
	list = append(list, inits...)
	body.List = append(list, body.List[n:]...)
}

// bindingNames calls f with each name a binding target declares.
func bindingNames(t ast.Node, f func(unistring.String)) {
	switch t := t.(type) {
	case *ast.Identifier:
		if t != nil {
			f(t.Name)
		}
	case *ast.ArrayPattern:
		if t == nil {
			return
		}
		for _, e := range t.Elements {
			bindingNames(e, f)
		}
		bindingNames(t.Rest, f)
	case *ast.ObjectPattern:
		if t == nil {
			return
		}
		for _, p := range t.Properties {
			switch p := p.(type) {
			case *ast.PropertyShort:
				f(p.Name.Name)
			case *ast.PropertyKeyed:
				bindingNames(p.Value, f)
			case *ast.SpreadElement:
				bindingNames(p.Expression, f)
			}
		}
		bindingNames(t.Rest, f)
	case *ast.AssignExpression:
		if t != nil {
			bindingNames(t.Left, f)
		}
	}
}
