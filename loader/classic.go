package loader

import (
	"regexp"
	"sync"
)

// moduleSyntaxRE finds what can only be ES module syntax, or top-level
// await, anywhere in a file: an import or export at the start of a line,
// import.meta, an await. It errs towards yes (a comment that starts a line
// with "import" counts), which keeps esbuild's error.
// Compiled on first use, by a sync.Once (see supported).
func moduleSyntaxRE() *regexp.Regexp {
	moduleSyntaxOnce.Do(func() {
		moduleSyntaxRegexp = regexp.MustCompile(`(?m)^\s*(import|export)\b|\bimport\s*\.\s*meta\b|\bawait\b`)
	})
	return moduleSyntaxRegexp
}

var (
	moduleSyntaxOnce   sync.Once
	moduleSyntaxRegexp *regexp.Regexp
)

// moduleSyntax reports whether src may hold ES module syntax, so that a
// syntax error esbuild found by a module's rules is the one to report.
func moduleSyntax(src string) bool { return moduleSyntaxRE().MatchString(src) }
