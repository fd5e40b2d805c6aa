package worker

import "strings"

// MaxSourceNesting bounds how deeply a script's brackets and prefix
// operators may nest. goja's parser and esbuild's recurse on the Go stack,
// goja's with about 5 KiB per level: 300,000 nested parentheses overflow the
// Go stack (a fatal error), 100,000 take half a gigabyte of it. V8 gives up
// far earlier, with the same RangeError; scripts nested even a thousand deep
// are generated ones.
const MaxSourceNesting = 50_000

// TooDeepError is a source nested deeper than MaxSourceNesting, refused
// before any parser sees it. Its message is V8's.
type TooDeepError struct {
	Offset int // the byte offset in the source where the nesting passes the limit
}

func (e *TooDeepError) Error() string { return "RangeError: Maximum call stack size exceeded" }

// CheckNesting returns a *TooDeepError when src nests deeper than
// MaxSourceNesting, else nil.
func CheckNesting(src string) error {
	if len(src) < MaxSourceNesting {
		return nil
	}
	if off := deepOffset(src, MaxSourceNesting); off >= 0 {
		return &TooDeepError{Offset: off}
	}
	return nil
}

// deepOffset is the offset at which src nests deeper than limit, or -1. It
// counts brackets, and runs of prefix operators (!!!x, - - -x), outside
// strings, templates' text and comments; it over-counts only in odd places
// (brackets in a regular expression literal), which no real script fills
// with tens of thousands of them.
func deepOffset(src string, limit int) int {
	depth, ops := 0, 0
	var templates []int // the depth inside each open ${ of a template
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch c {
		case '(', '[', '{':
			depth++
			if depth+ops > limit {
				return i
			}
			ops = 0
		case ')', ']':
			depth--
			ops = 0
		case '}':
			ops = 0
			if n := len(templates); n > 0 && templates[n-1] == depth {
				// The end of a substitution: back in the template's text.
				templates = templates[:n-1]
				depth--
				var opened bool
				if i, opened = skipTemplate(src, i+1); opened {
					depth++
					if depth > limit {
						return i
					}
					templates = append(templates, depth)
				}
				continue
			}
			depth--
		case '!', '~', '+', '-':
			ops++
			if depth+ops > limit {
				return i
			}
		case ' ', '\t', '\n', '\r':
		case '"', '\'':
			i = skipString(src, i)
			ops = 0
		case '`':
			ops = 0
			var opened bool
			if i, opened = skipTemplate(src, i+1); opened {
				depth++
				if depth > limit {
					return i
				}
				templates = append(templates, depth)
			}
		case '/':
			if i+1 < len(src) && src[i+1] == '/' {
				for i < len(src) && src[i] != '\n' {
					i++
				}
			} else if i+1 < len(src) && src[i+1] == '*' {
				end := strings.Index(src[i+2:], "*/")
				if end < 0 {
					return -1
				}
				i += 2 + end + 1
			} else {
				ops = 0
			}
		default:
			ops = 0
		}
	}
	return -1
}

// skipString returns the offset of the quote that ends the string opened at
// i (or the end of the line or source).
func skipString(src string, i int) int {
	q := src[i]
	for i++; i < len(src); i++ {
		switch src[i] {
		case '\\':
			i++
		case q, '\n':
			return i
		}
	}
	return len(src)
}

// skipTemplate skips a template's text from i: it returns the offset of
// the closing backquote, or that of the { of a ${ and true.
func skipTemplate(src string, i int) (int, bool) {
	for ; i < len(src); i++ {
		switch src[i] {
		case '\\':
			i++
		case '`':
			return i, false
		case '$':
			if i+1 < len(src) && src[i+1] == '{' {
				return i + 1, true
			}
		}
	}
	return len(src), false
}
