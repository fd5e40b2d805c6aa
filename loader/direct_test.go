package loader

import (
	"errors"
	"strings"
	"testing"

	"github.com/mcrepl/mcrepl/worker"
)

// A module without imports whose only export is a default expression runs
// from its own text: functions print as written, and positions on line 1
// (behind the wrapper's head) and after it are the file's.
func TestDirectModuleKeepsSourceText(t *testing.T) {
	src := `export default { test() { const f = function  spaced ( a ,b ) { return a }; console.log(String(f)); g(); } };
function g() {
  throw new Error("from g");
}
`
	writeFiles(t, map[string]string{"t.js": src, "t.mjs": src})
	for _, name := range []string{"t.js", "t.mjs"} {
		r := load(t, name, "")
		want := "Uncaught Error: from g\n    at g (" + name + ":3:9)\n    at test (" + name + ":1:102)\n"
		if r.stdout != "function  spaced ( a ,b ) { return a }\n" || r.stderr != want || r.err == nil {
			t.Errorf("%s: got %v\nstdout %q\nstderr %q\nwant %q", name, r.err, r.stdout, r.stderr, want)
		}
	}
}

func TestDirectModuleFallsBackToBundling(t *testing.T) {
	cases := []struct {
		name, src, stdout string
		errPrefix         string
	}{
		{"default function declaration", "export default function test() {}\nconsole.log(typeof test);\n", "function\n", ""},
		{"named export", "export const a = { v: 1 };\nexport default { test() { console.log(a.v); } };\n", "1\n", ""},
		{"import", "import { b } from './b.js';\nexport default { test() { console.log(b); } };\n", "2\n", ""},
		{"nested export default", "{\nexport default 1;\n}\n", "", "t.js:2:1: SyntaxError: Unexpected \"export\""},
		{"two default exports", "export default 1;\nexport default 2;\n", "", "t.js:2:8: SyntaxError: Multiple exports with the same name \"default\""},
		{"top-level await, no export", "console.log(await Promise.resolve(3));\n", "3\n", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			writeFiles(t, map[string]string{"t.js": c.src, "b.js": "export const b = 2;\n"})
			r := load(t, "t.js", "")
			if c.errPrefix != "" {
				if r.err == nil || !strings.HasPrefix(r.err.Error(), c.errPrefix) {
					t.Errorf("got %v, want prefix %q", r.err, c.errPrefix)
				}
				return
			}
			if r.err != nil || r.stdout != c.stdout || r.prog.Kind() != Module {
				t.Errorf("got %v %q %q", r.err, r.stdout, r.stderr)
			}
		})
	}
}

func TestDirectModuleSemantics(t *testing.T) {
	writeFiles(t, map[string]string{"t.mjs": `var notGlobal = 1;
const v = await Promise.resolve("awaited");
export default {
  test() { console.log(v, typeof globalThis.notGlobal, this === undefined, (function () { return this; })()); },
};
`})
	r := load(t, "t.mjs", "")
	if r.err != nil || r.stdout != "awaited undefined false undefined\n" {
		t.Fatalf("got %v %q %q", r.err, r.stdout, r.stderr)
	}
	writeFiles(t, map[string]string{"t.mjs": "export default 1;\nthrow new TypeError('top');\n"})
	r = load(t, "t.mjs", "")
	if !errors.Is(r.err, worker.ErrUncaught) || r.stderr != "Uncaught TypeError: top\n    at t.mjs:2:7\n" {
		t.Fatalf("got %v %q", r.err, r.stderr)
	}
}

// directModule sees every file that goja cannot parse as a script: whatever
// it holds, it must give a program or nil, never panic.
func FuzzDirectModule(f *testing.F) {
	for _, s := range []string{
		"export default {",
		"export default 1;\nexport default 2;",
		"{ export default 1 }",
		"export default function f() {}",
		"const é = 1; export default { é };",
		"export default\n(1)",
		"export  default 1",
		"await 1; export default 2",
		"import x from 'y'; export default x",
		"export default `${",
	} {
		f.Add(s, true)
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, src string, isModule bool) {
		if p := directModule("f.js", src, isModule); p != nil && p.Kind() != Module {
			t.Fatalf("kind %v", p.Kind())
		}
	})
}
