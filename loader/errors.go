package loader

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/dop251/goja"
	"github.com/dop251/goja/parser"

	"github.com/mcrepl/mcrepl/internal/jsfix"
	"github.com/mcrepl/mcrepl/worker"
)

// Exit statuses carried by the errors of this package.
const (
	exitFailure = 1 // the program is wrong or failed: syntax error, failed test
	exitImport  = 2 // the program asks for something mcrepl cannot provide
)

// SyntaxError is a file that does not parse, in the entry or in a file it
// imports. Error() is several lines: the position and the message, then the
// offending line with a caret under the column.
type SyntaxError struct {
	File     string // as given on the command line, or relative to the working directory
	Line     int    // 1-based
	Column   int    // 1-based, in characters
	Message  string // without the "SyntaxError: " prefix
	LineText string // the offending line, when known

	parser bool // found by goja's parser, whose positions are exact
}

func (e *SyntaxError) Error() string {
	var b strings.Builder
	if e.Line > 0 {
		fmt.Fprintf(&b, "%s:%d:%d: SyntaxError: %s", e.File, e.Line, e.Column, e.Message)
	} else {
		fmt.Fprintf(&b, "%s: SyntaxError: %s", e.File, e.Message)
	}
	if e.LineText != "" {
		text, col := excerpt(e.LineText, e.Column)
		b.WriteString("\n    ")
		b.WriteString(text)
		b.WriteString("\n    ")
		b.WriteString(caretIndent(text, col))
		b.WriteString("^")
	}
	return b.String()
}

// excerptWidth is how much of a long line an error shows around its column:
// enough context to recognise the code, short enough for one terminal line
// even for minified files with megabyte-long lines.
const excerptWidth = 100

// excerpt returns the part of line that an error message shows, with the
// 1-based column moved to match: a window of excerptWidth characters around
// col marked with … where cut, and control characters and invalid UTF-8
// (a binary file) replaced by U+FFFD so that nothing reaches the terminal raw.
func excerpt(line string, col int) (string, int) {
	runes := []rune(line)
	start, end := 0, len(runes)
	if end > excerptWidth {
		start = max(0, min(col-1-excerptWidth/2, end-excerptWidth))
		end = start + excerptWidth
	}
	var b strings.Builder
	if start > 0 {
		b.WriteString("…")
		col = col - start + 1
	}
	for _, r := range runes[start:end] {
		if r == utf8.RuneError || (r < 0x20 && r != '\t') || r == 0x7f {
			r = utf8.RuneError
		}
		b.WriteRune(r)
	}
	if end < len(runes) {
		b.WriteString("…")
	}
	return b.String(), col
}

// ExitCode is 1: the program is wrong.
func (e *SyntaxError) ExitCode() int { return exitFailure }

// caretIndent is the whitespace that puts a caret under the 1-based column
// col of line: tabs are kept so that the caret lines up in any terminal.
func caretIndent(line string, col int) string {
	var b strings.Builder
	n := 0
	for _, r := range line {
		if n >= col-1 {
			break
		}
		n++
		if r == '\t' {
			b.WriteByte('\t')
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// ImportError is an import that cannot be resolved locally: a workerd
// built-in (cloudflare:sockets), a Node built-in, a package missing from
// node_modules, or a missing file. Error() is one line.
type ImportError struct {
	Specifier    string // what the import statement asks for
	File         string // the importing file
	Line, Column int    // 1-based position of the specifier
	Reason       string // why mcrepl cannot provide it, and what to do
}

func (e *ImportError) Error() string {
	return fmt.Sprintf("%s:%d:%d: cannot import %q: %s", e.File, e.Line, e.Column, e.Specifier, e.Reason)
}

// ExitCode is 2: mcrepl cannot run this program as it is.
func (e *ImportError) ExitCode() int { return exitImport }

// Failure is a module run that did not succeed for a reason that is not an
// uncaught exception: test() threw or rejected (the reason was already
// written to the worker's Stderr), or a promise never settled.
type Failure struct{ Msg string }

func (e *Failure) Error() string { return e.Msg }

// ExitCode is 1.
func (e *Failure) ExitCode() int { return exitFailure }

// compileClassic compiles src as a classic script; on failure it returns a
// *SyntaxError with the position goja found.
func compileClassic(name, src string) (*goja.Program, *SyntaxError) {
	ast, err := parseScript(name, src)
	if err != nil {
		if prg, ok := lowerClassic(name, src); ok {
			return prg, nil
		}
		var gaveUp *parserPanic
		if errors.As(err, &gaveUp) {
			return nil, &SyntaxError{File: name, Message: gaveUp.message()}
		}
		var list parser.ErrorList
		if errors.As(err, &list) && len(list) > 0 {
			pos := list[0].Position
			se := syntaxErrorAt(name, src, pos.Line, pos.Column, list[0].Message)
			se.parser = true
			return nil, se
		}
		return nil, &SyntaxError{File: name, Message: err.Error()}
	}
	jsfix.Fix(ast)
	prg, err := goja.CompileAST(ast, false)
	if err != nil {
		// The compiler's own checks (async generators, misplaced
		// new.target) come with an offset into the file.
		if prg, ok := lowerClassic(name, src); ok {
			return prg, nil
		}
		var cse *goja.CompilerSyntaxError
		if errors.As(err, &cse) && cse.File != nil {
			pos := cse.File.Position(cse.Offset)
			return nil, syntaxErrorAt(name, src, pos.Line, pos.Column, cse.Message)
		}
		return nil, &SyntaxError{File: name, Message: err.Error()}
	}
	return prg, nil
}

// syntaxErrorAt builds a SyntaxError for the 1-based line and column of src.
func syntaxErrorAt(name, src string, line, col int, msg string) *SyntaxError {
	if col < 1 {
		col = 1
	}
	lines := strings.Split(src, "\n")
	var text string
	if line >= 1 && line <= len(lines) {
		text = strings.TrimRight(lines[line-1], "\r")
	}
	return &SyntaxError{File: name, Line: line, Column: col, Message: msg, LineText: text}
}

// NestingError is a file whose code nests deeper than the parsers follow
// (worker.MaxSourceNesting), refused before any parser sees it: V8's
// RangeError, with the position where the nesting passes the limit.
type NestingError struct {
	File         string
	Line, Column int // 1-based
}

func (e *NestingError) Error() string {
	return fmt.Sprintf("%s:%d:%d: RangeError: Maximum call stack size exceeded (the code nests more than %d deep)", e.File, e.Line, e.Column, worker.MaxSourceNesting)
}

// ExitCode is 1: the program is wrong.
func (e *NestingError) ExitCode() int { return exitFailure }

// checkNesting returns a *NestingError for src, the contents of the file
// name, when it nests too deep for the parsers.
func checkNesting(name, src string) error {
	var deep *worker.TooDeepError
	if err := worker.CheckNesting(src); !errors.As(err, &deep) {
		return nil
	}
	line := 1 + strings.Count(src[:deep.Offset], "\n")
	col := utf8.RuneCountInString(src[strings.LastIndexByte(src[:deep.Offset], '\n')+1:deep.Offset]) + 1
	return &NestingError{File: name, Line: line, Column: col}
}
