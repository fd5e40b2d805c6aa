package loader

import (
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/dop251/goja"
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/parser"
	"github.com/evanw/esbuild/pkg/api"

	"github.com/mcrepl/mcrepl/internal/jsfix"
)

// lowerSupported is what esbuild rewrites in a classic script that goja
// cannot compile: the syntax goja lacks (async generators, for await,
// using declarations, RegExp syntax it cannot parse). The rest of the
// script is left as it was. Made on first use, not at every start (as
// supported is).
func lowerSupported() map[string]bool {
	lowerSupportedOnce.Do(func() {
		lowerSupportedMap = map[string]bool{
			"async-generator":      false,
			"for-await":            false,
			"using":                false,
			"regexp-match-indices": false,
			"regexp-set-notation":  false,
		}
	})
	return lowerSupportedMap
}

var (
	lowerSupportedOnce sync.Once
	lowerSupportedMap  map[string]bool
)

// lowerClassic is compileClassic's second chance. When goja cannot parse or
// compile a classic script, esbuild lowers the syntax goja lacks, still as
// a script (top-level declarations stay global), and goja compiles the
// result with an inline source map, so that positions in errors and stacks
// point at the user's text. The same goes for a script on which goja's
// parser panics (parseScript): its lexer miscounts the escape \u{10FFFF}
// in a string or template, which esbuild writes as the character itself.
// It reports false when esbuild cannot help
// (a real syntax error, which goja's message describes better).
//
// esbuild's helpers (__asyncGenerator, __forAwait, __using, ...) and
// temporaries (a private field's WeakMap) are top-level vars of its output,
// which in a script would be enumerable globals that V8 never has
// (Object.keys(globalThis) would list __await): lexicalTemporaries makes
// them top-level lets, reachable by name from the script but no property of
// globalThis.
func lowerClassic(name, src string) (*goja.Program, bool) {
	return lowerScript(name, src, api.LoaderJS, true)
}

// LowerEntry is lowerClassic for an entry typed in the shell, which may
// also hold JSX: it becomes React.createElement calls (the shell is no
// bundle, so React's automatic runtime, an import, has no place there).
// Its helpers stay vars: a later entry declares them again, which a let
// of an earlier entry would refuse.
func LowerEntry(name, src string) (*goja.Program, bool) {
	return lowerScript(name, src, api.LoaderJSX, false)
}

// LowerText lowers what goja cannot parse in a shell entry that uses
// top-level await (for await, async generators, using, JSX), leaving the
// awaits in place, and returns the text, for the shell's await rewrite to
// take over. ok is false when esbuild finds a syntax error.
func LowerText(src string) (string, bool) {
	supported := map[string]bool{"top-level-await": true}
	for k, v := range lowerSupported() {
		supported[k] = v
	}
	res := api.Transform(src, api.TransformOptions{
		Loader:    api.LoaderJSX,
		Target:    api.ES2022,
		Supported: supported,
		Charset:   api.CharsetUTF8,
		LogLevel:  api.LogLevelSilent,
	})
	if len(res.Errors) > 0 {
		return "", false
	}
	return string(res.Code), true
}

func lowerScript(name, src string, loader api.Loader, lexical bool) (*goja.Program, bool) {
	prg, err := lowerWith(name, src, loader, lowerSupported(), lexical)
	var gaveUp *parserPanic
	if errors.As(err, &gaveUp) {
		// A tagged template's raw text still holds an escape goja's
		// lexer panics on: esbuild's template helper gives the raw text
		// as an ordinary string (and untagged templates become concat
		// calls, which convert as a template does).
		sup := map[string]bool{"template-literal": false}
		for k, v := range lowerSupported() {
			sup[k] = v
		}
		prg, err = lowerWith(name, src, loader, sup, lexical)
	}
	if err != nil && !errors.Is(err, errNoLowering) {
		// A class field named get, set, static or async (class A { get = 1 })
		// is valid JavaScript that goja's parser rejects: lowered, it is a
		// defineProperty call in the constructor.
		if p2, err2 := lowerWith(name, src, loader, withLoweredClassFields(lowerSupported()), lexical); err2 == nil {
			return p2, true
		}
	}
	return prg, err == nil
}

// errNoLowering is lowerWith's error when esbuild finds a syntax error.
var errNoLowering = errors.New("esbuild cannot lower the text")

// lowerWith is lowerScript with esbuild's supported features.
func lowerWith(name, src string, loader api.Loader, supported map[string]bool, lexical bool) (*goja.Program, error) {
	res := api.Transform(src, api.TransformOptions{
		Loader:         loader,
		Target:         api.ES2022,
		Supported:      supported,
		Sourcefile:     name,
		Sourcemap:      api.SourceMapExternal,
		SourcesContent: api.SourcesContentExclude,
		Charset:        api.CharsetUTF8,
		LogLevel:       api.LogLevelSilent,
	})
	if len(res.Errors) > 0 {
		return nil, errNoLowering
	}
	m, err := fixSourceMap(res.Map)
	if err != nil {
		return nil, err
	}
	code := string(res.Code)
	if lexical {
		code = lexicalTemporaries(src, code)
	}
	return compileSafe(name, code+inlineSourceMap(m)+"\n")
}

// lexicalTemporaries turns each top-level var statement of esbuild's output
// whose every name is esbuild's own (a name that is no word of the user's
// source) into a let, in place: "var" and "let" have the same length, so
// the source map's positions still hold. A declaration the user wrote is
// left a var, and the text is unchanged when goja cannot parse it (the
// compile reports that).
func lexicalTemporaries(src, code string) string {
	prg, err := parseScript("", code)
	if err != nil {
		return code
	}
	b := []byte(code)
	changed := false
	for _, st := range prg.Body {
		vs, ok := st.(*ast.VariableStatement)
		if !ok || len(vs.List) == 0 {
			continue
		}
		at := int(vs.Idx0()) - 1
		if at < 0 || at+4 > len(b) || string(b[at:at+4]) != "var " {
			continue
		}
		ours := true
		for _, d := range vs.List {
			id, ok := d.Target.(*ast.Identifier)
			if !ok || wordIn(src, string(id.Name)) {
				ours = false
				break
			}
		}
		if ours {
			copy(b[at:], "let")
			changed = true
		}
	}
	if !changed {
		return code
	}
	return string(b)
}

// wordIn reports whether name occurs in src as a whole identifier.
func wordIn(src, name string) bool {
	isIdent := func(c byte) bool {
		return c == '_' || c == '$' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
	}
	for i := 0; ; {
		j := strings.Index(src[i:], name)
		if j < 0 {
			return false
		}
		j += i
		end := j + len(name)
		if (j == 0 || !isIdent(src[j-1])) && (end == len(src) || !isIdent(src[end])) {
			return true
		}
		i = j + 1
	}
}

// parserPanic is a panic of goja's parser. It panics instead of reporting a
// syntax error on a few inputs, some of them valid JavaScript: its lexer
// counts the escape \u{10FFFF} (the largest code point) one character short
// and panics on the length it finds ("unexpected unicode length").
type parserPanic struct{ v any }

func (p *parserPanic) Error() string { return fmt.Sprint(p.v) }

// message is the SyntaxError's message for a file that no fallback saved.
func (p *parserPanic) message() string {
	return fmt.Sprintf("the JavaScript parser gave up on this file (%v); look for an unfinished destructuring pattern or expression", p.v)
}

// parseScript is parser.ParseFile with a panic returned as a *parserPanic.
func parseScript(name, src string) (prg *ast.Program, err error) {
	defer func() {
		if x := recover(); x != nil {
			prg, err = nil, &parserPanic{x}
		}
	}()
	return parser.ParseFile(nil, name, src, 0)
}

// compileSafe is goja.Compile with a panic returned as a *parserPanic: what
// esbuild writes can still hold an escape goja's lexer panics on (the raw
// text of a tagged template keeps \u{10FFFF}; lowerScript then lowers the
// templates too).
func compileSafe(name, src string) (prg *goja.Program, err error) {
	defer func() {
		if x := recover(); x != nil {
			prg, err = nil, &parserPanic{x}
		}
	}()
	return jsfix.Compile(name, src, false)
}
