package repl

import (
	"strings"
	"testing"
)

// FuzzInput feeds arbitrary text to the functions that look at what the
// user typed before anything runs: none may panic. (A rewrite for top-level
// await may fail to compile where goja's parser accepted odd input, such as
// "#0": the user then gets a SyntaxError, which is what the input deserves.)
func FuzzInput(f *testing.F) {
	for _, seed := range []string{
		"1 + 1", "{a:1}", "`abc", "'abc\\", "/* c", "foo(", "[1,2,",
		"const x = await p", "let {a, b: [c = 1, ...d]} = await p; a",
		"async function f() {} await f()", "class A {}; await A",
		"mc.port1.po", "new MessageChannel().port1.po", "a?.b", ".help", "x\n.map(f)",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, src string) {
		st := classify(src)
		if code, ok := rewriteAwait(src); ok {
			_ = parseError(code)
		}
		_ = lexicalNames(src)
		_, _ = lookupCommand(src)
		if st == complete {
			_ = continues(src, ".x")
		}
		if i := strings.LastIndexByte(src, '\n'); i >= 0 {
			_, _, _ = splitChain(src[i+1:])
		} else {
			_, _, _ = splitChain(src)
		}
	})
}
