package repl

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// runPiped runs a piped session over input and returns its exit code and
// its stdout and stderr.
func runPiped(t *testing.T, input string, flagNames ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Run(context.Background(), Config{
		Stdin: strings.NewReader(input), Stdout: &out, Stderr: &errb,
		Flags: flagNames,
	})
	return code, out.String(), errb.String()
}

// transcript is a piped session: its input and the exact stdout and stderr.
type transcript struct {
	name, in, out, err string
	code               int
}

func TestPipedTranscripts(t *testing.T) {
	dir := t.TempDir()
	load := filepath.Join(dir, "load.js")
	if err := os.WriteFile(load, []byte("const loaded = [1, 2]\n  .map(x => x + 1)\nloaded\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	saved := filepath.Join(dir, "saved.js")
	// An executable's worth of bytes after a first line of its own: .load
	// refuses it whole instead of feeding thousands of entries to the shell.
	binary := filepath.Join(dir, "tool")
	junk := []byte("\x7fELF\n")
	for i := 0; len(junk) < 64<<10; i++ {
		junk = append(junk, byte(i*131), 0, '\n')
	}
	if err := os.WriteFile(binary, junk, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []transcript{
		{name: "values", in: "1 + 1\n'hi'\n[1, , 3]\nnew Map([['k', 1]])\nundefined\n",
			out: "2\n'hi'\n[ 1, <1 empty item>, 3 ]\nMap(1) { 'k' => 1 }\nundefined\n"},
		{name: "object literal", in: "{a:1}\n{a:1};\n{ let b = 2; b }\n",
			out: "{ a: 1 }\n1\n2\n"},
		{name: "multi-line", in: "function f(a,\n  b) {\n  return a + b\n}\nf(1,\n2)\n`x\ny`\n'ab\\\ncd'\n/* a\ncomment */ [1, 2,\n3]\n",
			out: "undefined\n3\n'x\\ny'\n'abcd'\n[ 1, 2, 3 ]\n"},
		{name: "leading-dot chain", in: "[3, 1, 2]\n  .sort()\n  .map(x => x * 2)\n.help\n",
			out: "[ 2, 4, 6 ]\n" + helpText()},
		{name: "chain on the last result", in: "[3, 1, 2]\n\n  .sort()\n.map(x => x * 10)\n\n.length\n'abc'\n\n.toUpperCase()\n",
			out: "[ 3, 1, 2 ]\n[ 1, 2, 3 ]\n[ 10, 20, 30 ]\n3\n'abc'\n'ABC'\n"},
		{name: "chain after _ was assigned", in: "_ = 0\n'abc'\n\n.length\n",
			out: "Expression assignment to _ now disabled.\n0\n'abc'\n3\n"},
		{name: "optional chain", in: "const o = {a: {b: 1}}\no\n?.a\n",
			out: "undefined\n{ b: 1 }\n"},
		{name: "underscore", in: "40 + 2\n_ + 1\nthrow new Error('boom')\n_error.message\n_ = 'mine'\n7\n_\n",
			out: "42\n43\n'boom'\nExpression assignment to _ now disabled.\n'mine'\n7\n'mine'\n",
			err: "Uncaught Error: boom\n    at REPL3:1:7\n"},
		{name: "underscore error assignment", in: "_error = 1\nundefined.x\n_error\n",
			out: "Expression assignment to _error now disabled.\n1\n1\n",
			err: "Uncaught TypeError: Cannot read properties of undefined (reading 'x')\n    at REPL2:1:11\n"},
		{name: "thrown value", in: "throw 'str'\n_error\n", out: "'str'\n", err: "Uncaught 'str'\n"},
		{name: "V8's wording, quoting the entry", in: "const o = {}\no.on('x')\n_error.constructor.name\nawait null; o.on('y')\nclass B {}\nB()\nnew o.X()\n",
			out: "undefined\n'TypeError'\nundefined\n",
			err: "Uncaught TypeError: o.on is not a function\n    at REPL2:1:5\n" +
				"Uncaught TypeError: o.on is not a function\n    at REPL4:2:24\n" +
				"Uncaught TypeError: Class constructor B cannot be invoked without 'new'\n    at REPL6:1:2\n" +
				"Uncaught TypeError: o.X is not a constructor\n    at REPL7:1:1\n"},
		{name: "syntax error", in: "let = ;\n1\n", out: "1\n", err: "Uncaught SyntaxError: REPL1: Line 1:7 Unexpected token ;\n"},
		{name: "top-level await", in: "const x = await Promise.resolve(42)\nx\nlet {a, b: [c]} = await {a: 1, b: [2]}\na + c\nawait null; function g() { return x }\ng()\nawait 1; class K {}\nnew K()\n",
			out: "undefined\n42\nundefined\n3\nundefined\n42\nundefined\nK {}\n"},
		{name: "await value and error", in: "await new Promise(r => setTimeout(() => r('late'), 5))\n_\nawait Promise.reject(new RangeError('no'))\n_error.name\n",
			out: "'late'\n'late'\n'RangeError'\n",
			// Positions in an awaited entry are those of the rewritten code.
			err: "Uncaught RangeError: no\n    at REPL3:2:29\n    at REPL3:3:3\n"},
		{name: "async output after the input", in: "setTimeout(() => console.log('later'), 10); 'now'\n",
			out: "'now'\nlater\n"},
		{name: "break", in: "[1,\n.break\n2\n", out: "2\n"},
		{name: "clear", in: "globalThis.y = 1\n.clear\ntypeof y\n", out: "1\nClearing context...\n'undefined'\n"},
		{name: "editor", in: ".editor\nconst e = 1\ne + 1\n",
			out: "// Entering editor mode (Ctrl+D to finish, Ctrl+C to cancel)\n2\n"},
		{name: "load", in: ".load " + load + "\nloaded.length\n",
			out: "> const loaded = [1, 2]\n...   .map(x => x + 1)\nundefined\n> loaded\n[ 2, 3 ]\n2\n"},
		{name: "await call", in: "await (async () => 1)()\nconst r = await (Promise.resolve(7))\nr\n",
			out: "1\nundefined\n7\n"},
		{name: "lowered", in: "async function* g() { yield 1; yield 2 }\nconst xs = []; for await (const x of g()) xs.push(x)\nxs\n" +
			"await (async () => { const r = []; for await (const x of g()) r.push(x * 10); return r })()\n" +
			"const React = { createElement: (t, p, ...c) => t + ':' + c.join('') }\n<i>{1 + 1}</i>\n",
			out: "undefined\nundefined\n[ 1, 2 ]\n[ 10, 20 ]\nundefined\n'i:2'\n"},
		{name: "save after reset", in: "1\n.reset --compatibility-date 2025-08-14\ntypeof MessageChannel\n.save " + saved + "\n.load " + saved + "\n",
			out: "1\nFresh isolate: compatibility date 2025-08-14\n'undefined'\nSession saved to: " + saved + "\n> 1\n1\n> .reset --compatibility-date 2025-08-14\nFresh isolate: compatibility date 2025-08-14\n> typeof MessageChannel\n'undefined'\n"},
		{name: "load binary", in: ".load " + binary + "\n1 + 1\n", out: "2\n",
			err: "Failed to load: " + binary + ":1:1: SyntaxError: Unexpected \"\\x7f\"\n    \ufffdELF\n    ^\n"},
		{name: "load missing", in: ".load " + filepath.Join(dir, "nope.js") + "\n",
			err: "Failed to load: " + filepath.Join(dir, "nope.js") + "\n"},
		{name: "save", in: "let s = 1\ns +\n1\n.save " + saved + "\n", out: "undefined\n2\nSession saved to: " + saved + "\n"},
		{name: "exit", in: "1\n.exit\n2\n", out: "1\n"},
		{name: "reset", in: ".reset --compatibility-date 2025-08-14\ntypeof MessageChannel\n.flags\n",
			out: "Fresh isolate: compatibility date 2025-08-14\n'undefined'\ncompatibility date 2025-08-14\n"},
		{name: "reset invalid", in: "let kept = 1\n.reset --flag nope --compatibility-date 2025-13-01\nkept\n.reset --bogus\n",
			out: "undefined\n1\n",
			err: ".reset: Invalid compatibility date: 2025-13-01\n.reset: No such compatibility flag: nope\n.reset: the isolate was not reset\n" +
				".reset: unknown option --bogus; usage: .reset [--compatibility-date D] [--flag F ...]\n"},
		{name: "unfinished", in: "1\nfunction f() {\n", out: "1\n",
			err: "mcrepl: input ended inside an unfinished entry: function f() {\n", code: 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := runPiped(t, tc.in)
			if tc.name == "reset" {
				out = out[:strings.LastIndex(out, "compatibility date 2025-08-14\n")+len("compatibility date 2025-08-14\n")]
			}
			if code != tc.code || out != tc.out || errs != tc.err {
				t.Errorf("input:\n%s\ngot code %d\nstdout:\n%s\nstderr:\n%s\nwant code %d\nstdout:\n%s\nstderr:\n%s",
					tc.in, code, out, errs, tc.code, tc.out, tc.err)
			}
		})
	}
	data, err := os.ReadFile(saved)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(data), "let s = 1\ns +\n1\n"; got != want {
		t.Errorf(".save wrote %q, want %q", got, want)
	}
}

func helpText() string {
	var b bytes.Buffer
	(&session{out: &b}).help(nil, nil)
	return b.String()
}

func TestFlagsCommand(t *testing.T) {
	_, out, _ := runPiped(t, ".flags\n", "no_expose_global_message_channel")
	for _, want := range []string{
		"flags no_expose_global_message_channel",
		"not globals: MessageChannel, MessagePort",
	} {
		if !strings.Contains(out, want) {
			t.Errorf(".flags output lacks %q:\n%s", want, out)
		}
	}
	if !regexp.MustCompile(`expose_global_message_channel +off  by flag no_expose_global_message_channel`).MatchString(out) {
		t.Errorf(".flags output lacks the gated flag's row:\n%s", out)
	}
}

func TestClassify(t *testing.T) {
	for src, want := range map[string]status{
		"1 + 1":                      complete,
		"{a:1}":                      complete,
		"`abc":                       incomplete,
		"'abc\\":                     incomplete,
		"/* c":                       incomplete,
		"foo(":                       incomplete,
		"[1,2,":                      incomplete,
		"function f() {":             incomplete,
		"if (x)":                     incomplete,
		"`a ${":                      incomplete,
		"const x = await p":          complete,
		"const x = await f(":         incomplete,
		"await new Promise(r => {":   incomplete,
		"let = ;":                    invalid,
		"'abc":                       invalid,
		"foo bar":                    invalid,
		"x = await":                  complete, // an identifier in a script
		"a.":                         incomplete,
		"async function f() { aw":    incomplete,
		"function f() { await 1 }":   invalid,
		"for (const x of await y) {": incomplete,
		// Import and export declarations (issue 14): unfinished ones wait.
		"import data from './x.json' with {":                   incomplete,
		"import data from './x.json' with {\n  type: 'json'":   incomplete,
		"import data from './x.json' with {\n  type: 'json' }": complete,
		"import {":                     incomplete,
		"import {\n a,":                incomplete,
		"import {\n a,\n b } from 'x'": complete,
		"import { a as":                incomplete,
		"import x from":                incomplete,
		"import * as ns from 'm'":      complete,
		"import a from 'x'\nimport {":  incomplete,
		"import a from 'x'\nfoo(":      incomplete,
		"import a from 'x'\nfoo bar":   invalid,
		"import { a b } from 'x'":      invalid,
		"import x from 'y":             invalid,
		"import('./m.js').then(f =>":   incomplete,
		"import.meta":                  invalid,
		"export {":                     incomplete,
		"export {\n a,\n b }":          invalid,
		"export { a } from":            incomplete,
		"export const x = {":           incomplete,
		"export default function () {": incomplete,
		"export const x = 1":           invalid,
	} {
		if got := classify(src); got != want {
			t.Errorf("classify(%q) = %v, want %v", src, got, want)
		}
	}
}

func TestContinues(t *testing.T) {
	for _, tc := range []struct {
		entry, line string
		want        bool
	}{
		{"[1]", ".map(f)", true},
		{"p", "  .then(x => x)", true},
		{"o", "?.a", true},
		{"x", ".help", false},
		{"x", ".load f.js", false},
		{"x", ".5", false},
		{"x", ".b c", false},
		{"", ".map(f)", false},
	} {
		if got := continues(tc.entry, tc.line); got != tc.want {
			t.Errorf("continues(%q, %q) = %v, want %v", tc.entry, tc.line, got, tc.want)
		}
	}
}

func TestRewriteAwait(t *testing.T) {
	for src, want := range map[string]string{
		"await 1":                           "(async () => {\nreturn await 1\n})()",
		"const x = await p":                 "let x;(async () => {\nvoid 0, x = await p\n})()",
		"var a = 1, [b, ...c] = await p; a": "var a, b, c;(async () => {\nvoid 0, a = 1, [b, ...c] = await p; return a\n})()",
		"let {k, m: {n = 2}} = await p":     "let k, n;(async () => {\nvoid 0, {k, m: {n = 2}} = await p\n})()",
		"let u; await p":                    "let u;(async () => {\nvoid 0, u; return await p\n})()",
		"async function f() {} await f()":   "var f;(async () => {\nf = async function f() {}; return await f()\n})()",
		"class A {}; await A":               "let A;(async () => {\nA = class A {};; return await A\n})()",
		"for (const v of await p) { v }":    "(async () => {\nfor (const v of await p) { v }\n})()",
		"const 变量 = await p; 变量":            "let 变量;(async () => {\nvoid 0, 变量 = await p; return 变量\n})()",
		"function g() {}\n( (await p))":     "var g;(async () => {\ng = function g() {};\nreturn ( (await p))\n})()",
	} {
		got, ok := rewriteAwait(src)
		if !ok || got != want {
			t.Errorf("rewriteAwait(%q) = %q, %v\nwant %q", src, got, ok, want)
		}
	}
}

func TestHistoryEscaping(t *testing.T) {
	for _, e := range []string{"a", "f(\n1)", `'\n' + "\\"`, "x\r\ny\\"} {
		if got := unescapeEntry(escapeEntry(e)); got != e {
			t.Errorf("round trip of %q gave %q", e, got)
		}
		if strings.ContainsAny(escapeEntry(e), "\r\n") {
			t.Errorf("escaped %q has a line break", e)
		}
	}
}

func TestColor(t *testing.T) {
	var out bytes.Buffer
	Run(context.Background(), Config{Stdin: strings.NewReader("'s'\n"), Stdout: &out, Color: true})
	if got, want := out.String(), "\x1b[32m's'\x1b[39m\n"; got != want {
		t.Errorf("coloured result %q, want %q", got, want)
	}
}
