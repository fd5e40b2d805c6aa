package repl

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"sync"

	"github.com/dop251/goja"
	"github.com/dop251/goja/ast"
	"github.com/dop251/goja/parser"

	"github.com/mcrepl/mcrepl/internal/jsfix"
	"github.com/mcrepl/mcrepl/worker"
)

// status is what the parser says about the text typed so far.
type status int

const (
	complete   status = iota // parses as a script, or as top-level-await code
	incomplete               // a prefix of a program: keep reading lines
	invalid                  // a syntax error that more input cannot fix
)

// classify decides whether src is ready to evaluate. goja's parser reports
// "Unexpected end of input" for every construct left open at the end
// (template, comment, bracket, call, operator); a string whose line ends in a
// backslash is the one case it reports as an illegal token instead.
func classify(src string) status {
	if worker.CheckNesting(src) != nil {
		return complete // too deep to parse: evaluating it reports V8's RangeError
	}
	if st, ok := classifyDeclarations(src); ok {
		return st
	}
	err := parseError(src)
	switch {
	case err == nil:
		return complete
	case atEnd(err):
		return incomplete
	case endsInStringContinuation(src, err):
		return incomplete
	}
	if !strings.Contains(src, "await") {
		return invalid
	}
	// Top-level await: the same text inside an async function.
	wrapped := asyncPrefix + src + asyncSuffix
	err = parseError(wrapped)
	switch {
	case err == nil:
		return complete
	case atEnd(err), endsInStringContinuation(src, err):
		return incomplete
	}
	// An error reported on the suffix line means the user's text ran into
	// the closing brace that the wrapper added: it is unfinished.
	var list parser.ErrorList
	if errors.As(err, &list) && len(list) > 0 && list[0].Position.Line == strings.Count(wrapped, "\n")+1 {
		return incomplete
	}
	return invalid
}

// classifyDeclarations classifies an entry that starts with import or
// export declarations or calls import(), which goja's parser rejects in a
// script whether or not they are finished: an unfinished declaration (an
// open named list, `import {` a, or attributes clause, `with {` type:
// 'json') waits for more lines, and an entry with whole import
// declarations or import() calls is classified as the shell will run it,
// rewritten. ok is false for any other entry.
func classifyDeclarations(src string) (st status, ok bool) {
	rest := src
	for {
		_, n, whole, unfinished := scanImportDeclaration(rest)
		if unfinished {
			return incomplete, true
		}
		if !whole {
			break
		}
		rest = rest[n:]
	}
	if exportUnfinished(rest) {
		return incomplete, true
	}
	// The rewritten text has no import declaration or import( left, so
	// classifying it ends here.
	if rewritten, changed := rewriteImports(src); changed {
		return classify(rewritten), true
	}
	return 0, false
}

// exportUnfinished reports whether src starts with an unfinished export
// declaration. The shell does not run export declarations (evaluating one
// reports a SyntaxError), but it reads the whole declaration first, as it
// does any other entry.
func exportUnfinished(src string) bool {
	t := &tokens{src: src}
	t.skip()
	if !t.word("export") {
		return false
	}
	t.skip()
	if t.pos >= len(src) {
		return true
	}
	if c := src[t.pos]; c == '{' || c == '*' { // export { a, b } [from 'm'], export * from 'm'
		if openBraces(src[t.pos:]) > 0 {
			return true
		}
		last := strings.TrimRight(src, " \t\r\n")
		for _, w := range []string{",", "*", "from", "as", "with"} {
			if strings.HasSuffix(last, w) && len(last) > len(w) && (len(w) == 1 || !isIdentByte(last[len(last)-len(w)-1])) {
				return true
			}
		}
		return false
	}
	declared := t.word("default")
	t.skip()
	if t.word("export") {
		return false // a SyntaxError however it goes on; classifying the rest would recurse once per export
	}
	if declared { // an expression, a function or a class
		return classify("void "+src[t.pos:]) == incomplete
	}
	return classify(src[t.pos:]) == incomplete
}

// openBraces counts the braces of src left open, outside strings and
// comments.
func openBraces(src string) int {
	t := &tokens{src: src}
	depth := 0
	for t.skip(); t.pos < len(src); t.skip() {
		switch c := src[t.pos]; c {
		case '{':
			depth++
		case '}':
			depth--
		case '\'', '"':
			if _, ok := t.str(); ok {
				continue
			}
		}
		t.pos++
	}
	return depth
}

func parseError(src string) error {
	_, err := parse(src)
	return err
}

// parse is goja's parser made safe: some malformed inputs make it panic
// (found by FuzzInput, e.g. "let {A,A:[A =1,...A(0"), and whatever the
// user types must never crash the shell. A panic counts as a syntax error.
func parse(src string) (prg *ast.Program, err error) {
	defer func() {
		if r := recover(); r != nil {
			prg, err = nil, &parserPanic{r}
		}
	}()
	if err := worker.CheckNesting(src); err != nil {
		return nil, err // goja's parser would overflow the Go stack
	}
	return parser.ParseFile(nil, "", src, 0)
}

// parserPanic is a panic of goja's parser, reported as a syntax error.
type parserPanic struct{ v any }

func (p *parserPanic) Error() string {
	return fmt.Sprintf("SyntaxError: goja's parser failed on this input (%v)", p.v)
}

// compile is goja.Compile made safe in the same way.
func compile(name, src string) (prg *goja.Program, err error) {
	defer func() {
		if r := recover(); r != nil {
			prg, err = nil, &parserPanic{r}
		}
	}()
	return jsfix.Compile(name, src, false)
}

// atEnd reports whether the first parse error is the parser running out of
// input.
func atEnd(err error) bool {
	var list parser.ErrorList
	if errors.As(err, &list) && len(list) > 0 {
		return list[0].Message == "Unexpected end of input"
	}
	return strings.Contains(err.Error(), "Unexpected end of input")
}

// endsInStringContinuation reports whether src's last line ends with a
// backslash that continues a string literal onto the next line.
func endsInStringContinuation(src string, err error) bool {
	return strings.HasSuffix(strings.TrimRight(src, "\n"), "\\") && strings.Contains(err.Error(), "ILLEGAL")
}

// leadingDot matches a line that continues a method chain:
// `.then(f)`, `  .map(x => x)`, `?.port1`.
var leadingDot = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^\s*(\?\.|\.)[A-Za-z_$]`) })

// continues reports whether line, typed after the complete entry entry, is a
// continuation of it (a leading-dot method chain) rather than a new entry.
// A line that is a dot command of the shell (`.help`, `.load f`) is a
// command, never a continuation; anything else that starts with `.name` and
// forms valid or unfinished code with entry continues it.
func continues(entry, line string) bool {
	if entry == "" || !leadingDot().MatchString(line) {
		return false
	}
	if _, ok := lookupCommand(line); ok {
		return false
	}
	return classify(entry+"\n"+line) != invalid
}
