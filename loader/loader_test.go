package loader

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mcrepl/mcrepl/flags"
	"github.com/mcrepl/mcrepl/worker"
)

// writeFiles creates files (path -> contents) in a new directory and makes it
// the working directory for the rest of the test.
func writeFiles(t *testing.T, files map[string]string) {
	t.Helper()
	t.Chdir(t.TempDir())
	createFiles(t, files)
}

// createFiles creates files (path -> contents) in the working directory.
func createFiles(tb testing.TB, files map[string]string) {
	tb.Helper()
	for name, src := range files {
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(src), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
}

type result struct {
	prog           *Program
	stdout, stderr string
	err            error // from Load, else from Run
}

// load loads path (stdin is used for "-") and runs it on a fresh worker.
func load(t *testing.T, path, stdin string) result {
	t.Helper()
	return loadAt(t, path, stdin, nil)
}

// loadAt is load with the flags fl (nil: the newest date's).
func loadAt(t *testing.T, path, stdin string, fl *flags.Set) result {
	t.Helper()
	p, err := Load(path, strings.NewReader(stdin))
	if err != nil {
		return result{err: err}
	}
	var out, errb bytes.Buffer
	w, err := worker.New(worker.Config{Stdout: &out, Stderr: &errb, Flags: fl})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	err = p.Run(ctx, w)
	return result{prog: p, stdout: out.String(), stderr: errb.String(), err: err}
}

type exitCoder interface{ ExitCode() int }

func exitCode(err error) int {
	var ec exitCoder
	if errors.As(err, &ec) {
		return ec.ExitCode()
	}
	return -1
}

func TestClassicScript(t *testing.T) {
	writeFiles(t, map[string]string{"a.js": `var g = 1; setTimeout(() => console.log('later', globalThis.g), 1); console.log('now');`})
	r := load(t, "a.js", "")
	if r.err != nil || r.prog.Kind() != Classic || r.stdout != "now\nlater 1\n" {
		t.Fatalf("got %v %q %q", r.err, r.stdout, r.stderr)
	}
}

func TestClassicUncaught(t *testing.T) {
	writeFiles(t, map[string]string{"a.js": "\nthrow new Error('boom');\n"})
	r := load(t, "a.js", "")
	if !errors.Is(r.err, worker.ErrUncaught) || r.stderr != "Uncaught Error: boom\n    at a.js:2:7\n" {
		t.Fatalf("got %v %q", r.err, r.stderr)
	}
}

func TestSyntaxErrors(t *testing.T) {
	cases := []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"classic", map[string]string{"a.js": "let a = 1;\n\tlet x = ;\n"},
			"a.js:2:10: SyntaxError: Unexpected \";\"\n    \tlet x = ;\n    \t        ^"},
		{"goja compiler check", map[string]string{"a.js": "function f() {}\nnew.target;\n"},
			"a.js:2:1: SyntaxError: Cannot use \"new.target\" here:\n    new.target;\n    ^"},
		{"module entry", map[string]string{"a.mjs": "export const a = 1;\nconst x = ;\n"},
			"a.mjs:2:11: SyntaxError: Unexpected \";\"\n    const x = ;\n              ^"},
		{"js module with import", map[string]string{"a.js": "import { b } from './b.js';\nconst x = ;\n", "b.js": "export const b = 1;\n"},
			"a.js:2:11: SyntaxError: Unexpected \";\"\n    const x = ;\n              ^"},
		{"imported file", map[string]string{"main.ts": "import { f } from './lib/f.ts';\nf();\n", "lib/f.ts": "export function f(): void {\n  const é = 'x' +;\n}\n"},
			"lib/f.ts:2:18: SyntaxError: Unexpected \";\"\n      const é = 'x' +;\n                     ^"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			writeFiles(t, c.files)
			var entry string
			for _, e := range []string{"a.js", "a.mjs", "main.ts"} {
				if _, ok := c.files[e]; ok {
					entry = e
				}
			}
			r := load(t, entry, "")
			var se *SyntaxError
			if !errors.As(r.err, &se) || exitCode(r.err) != 1 {
				t.Fatalf("got %T %v", r.err, r.err)
			}
			if se.Error() != c.want {
				t.Errorf("got\n%s\nwant\n%s", se.Error(), c.want)
			}
		})
	}
}

func TestModuleDetection(t *testing.T) {
	cases := []struct {
		file, src string
		want      Kind
	}{
		{"a.js", "console.log('import x from \"y\"'); // export default 1\n", Classic},
		{"a.js", "const re = /import x from 'y'/;\nconst s = `\nexport ${re}`;\n", Classic},
		{"a.js", "export {};\nconsole.log(1);\n", Module},
		{"a.js", "const v = await Promise.resolve(1);\n", Module},
		{"a.js", "console.log(typeof import.meta);\n", Module},
		{"a.mjs", "console.log(1);\n", Module},
		{"a.ts", "const n: number = 1;\n", Module},
		{"a.cjs", "console.log(1);\n", Classic},
	}
	for _, c := range cases {
		writeFiles(t, map[string]string{c.file: c.src})
		p, err := Load(c.file, nil)
		if err != nil || p.Kind() != c.want {
			t.Errorf("%s %q: got %v, %v; want %v", c.file, c.src, p, err, c.want)
		}
	}
}

func TestTypeScriptWorkerWithImports(t *testing.T) {
	writeFiles(t, map[string]string{
		"worker.ts": `import { greet } from "./lib/greet.ts";
import { twice } from "./lib/twice.js";

interface Env { readonly name?: string }

export default {
  async test(ctrl: unknown, env: Env, ctx: ExecutionContext): Promise<void> {
    const copy = structuredClone({ n: twice(21), s: new Set([1]) });
    await new Promise<void>((r) => setTimeout(r, 1));
    console.log(greet("ts"), copy.n, copy.s.has(1), Object.keys(env).length);
    async function* gen() { yield 1; yield 2; }
    for await (const x of gen()) console.log("gen", x);
    const { a, ...rest } = { a: 1, b: 2, c: 3 };
    console.log(a, { ...rest });
  },
};
`,
		"lib/greet.ts": "export const greet = (who: string): string => `hello ${who}`;\n",
		"lib/twice.js": "export function twice(n) { return n * 2; }\n",
	})
	r := load(t, "worker.ts", "")
	want := "hello ts 42 true 0\ngen 1\ngen 2\n1 { b: 2, c: 3 }\n"
	if r.err != nil || r.stdout != want || r.stderr != "" {
		t.Fatalf("got %v\nstdout %q\nstderr %q", r.err, r.stdout, r.stderr)
	}
}

func TestTopLevelAwait(t *testing.T) {
	writeFiles(t, map[string]string{
		"main.mjs": `import { value } from "./dep.mjs";
console.log("main sees", value);
export default { test() { console.log("test sees", value); } };
`,
		"dep.mjs": `console.log("dep starts");
export const value = await new Promise((r) => queueMicrotask(() => r(42)));
console.log("dep done");
`,
	})
	r := load(t, "main.mjs", "")
	want := "dep starts\ndep done\nmain sees 42\ntest sees 42\n"
	if r.err != nil || r.stdout != want {
		t.Fatalf("got %v %q %q", r.err, r.stdout, r.stderr)
	}
}

func TestTopLevelAwaitNeverSettles(t *testing.T) {
	writeFiles(t, map[string]string{"a.mjs": "await new Promise(() => {});\nconsole.log('unreached');\n"})
	r := load(t, "a.mjs", "")
	var f *Failure
	if !errors.As(r.err, &f) || r.stdout != "" ||
		f.Error() != "a.mjs: the module's top-level await never settled, and nothing is left to run" {
		t.Fatalf("got %v %q", r.err, r.stdout)
	}
}

func TestUnresolvedImports(t *testing.T) {
	cases := []struct{ src, want string }{
		{`import { EmailMessage } from "cloudflare:email";` + "\nnew EmailMessage();\n",
			`w.ts:1:30: cannot import "cloudflare:email": of the modules built into workerd, mcrepl has cloudflare:workers, cloudflare:sockets, cloudflare:workflows, cloudflare:pipelines, cloudflare:vectorize and cloudflare:node only (docs/modules.md)`},
		{`import wrap from "node:_stream_wrap"; new wrap();`,
			`w.ts:1:18: cannot import "node:_stream_wrap": mcrepl does not have this Node.js built-in module (docs/nodejs.md lists the node: modules it has)`},
		{`import wrap from "_stream_wrap"; new wrap();`,
			`w.ts:1:18: cannot import "_stream_wrap": mcrepl does not have this Node.js built-in module (docs/nodejs.md lists the node: modules it has)`},
		{`import _ from "lodash"; _.x();`,
			`w.ts:1:15: cannot import "lodash": no such package in node_modules (mcrepl bundles local files and installed packages only)`},
		{`export * from "./missing.js";`,
			`w.ts:1:15: cannot import "./missing.js": no such file`},
	}
	for _, c := range cases {
		writeFiles(t, map[string]string{"w.ts": c.src})
		r := load(t, "w.ts", "")
		var ie *ImportError
		if !errors.As(r.err, &ie) || exitCode(r.err) != 2 || r.err.Error() != c.want {
			t.Errorf("got %T %v\nwant %s", r.err, r.err, c.want)
		}
	}
}

func TestUnresolvedImportInDependency(t *testing.T) {
	writeFiles(t, map[string]string{
		"main.js":     "import './sub/mail.js';\n",
		"sub/mail.js": "// sockets\nimport { EmailMessage } from 'cloudflare:email';\n",
		"unused.json": "{}",
	})
	r := load(t, "main.js", "")
	want := `sub/mail.js:2:30: cannot import "cloudflare:email": of the modules built into workerd, mcrepl has cloudflare:workers, cloudflare:sockets, cloudflare:workflows, cloudflare:pipelines, cloudflare:vectorize and cloudflare:node only (docs/modules.md)`
	if r.err == nil || r.err.Error() != want {
		t.Fatalf("got %v", r.err)
	}
}

func TestStackTracesPointIntoTypeScript(t *testing.T) {
	writeFiles(t, map[string]string{
		"app/main.ts": "import { check } from './check.ts';\n\ncheck(-1);\n",
		"app/check.ts": `type N = number;
export function check(n: N): void {
  if (n < 0) {
    throw new RangeError("negative: " + n);
  }
}
`,
	})
	r := load(t, "app/main.ts", "")
	want := "Uncaught RangeError: negative: -1\n    at check (app/check.ts:4:11)\n    at app/main.ts:3:1\n"
	if !errors.Is(r.err, worker.ErrUncaught) || !strings.HasPrefix(r.stderr, want) {
		t.Fatalf("got %v\n%s\nwant prefix\n%s", r.err, r.stderr, want)
	}
}

func TestTestHandler(t *testing.T) {
	cases := []struct {
		name, src      string
		stdout, stderr string
		err            string // "" for success
	}{
		{"arguments and this", `const h = { async test(ctrl, env, ctx) {
  console.log(this === h, String(ctrl), JSON.stringify(env), typeof ctx.waitUntil, typeof ctx.passThroughOnException, ctx.passThroughOnException());
} };
export default h;`, "true [object TestController] {} function function undefined\n", "", ""},
		{"rejects", `export default { async test() { await null; throw new TypeError("bad"); } };`,
			"", "Uncaught (in promise) TypeError: bad\n    at test (t.js:1:51)\n", "t.js: test() failed"},
		{"throws synchronously", `export default { test() { throw new Error("sync"); } };`,
			"", "Uncaught Error: sync\n    at test (t.js:1:33)\n", "t.js: test() failed"},
		{"never settles", `export default { test() { return new Promise(() => {}); } };`,
			"", "", "t.js: test() never settled: its promise is pending and nothing is left to run"},
		{"waitUntil is awaited", `export default { test(c, e, ctx) {
  ctx.waitUntil(new Promise((r) => setTimeout(() => { console.log("waited"); r(); }, 5)));
  console.log("returned");
} };`, "returned\nwaited\n", "", ""},
		{"waitUntil rejection fails", `export default { test(c, e, ctx) { ctx.waitUntil(Promise.reject("no")); } };`,
			"", "Uncaught (in promise) 'no'\n", "t.js: test() failed"},
		{"waitUntil never settles", `export default { test(c, e, ctx) { ctx.waitUntil(new Promise(() => {})); } };`,
			"", "", "t.js: a promise passed to ctx.waitUntil() never settled, and nothing is left to run"},
		{"named export test is not a handler", `export function test() { console.log("no"); }`, "", "", ""},
		{"module throws", `throw new Error("top");`, "", "Uncaught Error: top\n    at t.js:1:7\n", worker.ErrUncaught.Error()},
		{"other handlers", `export default { fetch() {}, scheduled() {}, other() {} };`, "",
			"note: t.js: the default export has fetch(), scheduled() but no test(); `mcrepl run` runs a module's top-level code and its test() handler only\n", ""},
		// workerd ends the test once test() settled with no waitUntil pending: the timer
		// never fires (conformance case 1707).
		{"timer left when test settles", `export default { test() { setTimeout(() => { throw "late"; }, 1); } };`,
			"", "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			writeFiles(t, map[string]string{"t.js": c.src})
			r := load(t, "t.js", "")
			got := ""
			if r.err != nil {
				got = r.err.Error()
			}
			if got != c.err || r.stdout != c.stdout || r.stderr != c.stderr {
				t.Errorf("got err %q\nstdout %q\nstderr %q\nwant err %q\nstdout %q\nstderr %q", got, r.stdout, r.stderr, c.err, c.stdout, c.stderr)
			}
			if c.err != "" && exitCode(r.err) != 1 && !errors.Is(r.err, worker.ErrUncaught) {
				t.Errorf("exit code %d", exitCode(r.err))
			}
		})
	}
}

func TestStdin(t *testing.T) {
	writeFiles(t, map[string]string{"lib.ts": "export const who: string = 'lib';\n"})
	r := load(t, "-", "console.log('classic', typeof require);\n")
	if r.err != nil || r.prog.Kind() != Classic || r.prog.Name() != StdinName || r.stdout != "classic undefined\n" {
		t.Fatalf("classic: %v %q %q", r.err, r.stdout, r.stderr)
	}
	r = load(t, "-", "import { who } from './lib.ts';\nconsole.log('module', who);\nthrow new Error('x');\n")
	if !errors.Is(r.err, worker.ErrUncaught) || r.prog.Kind() != Module || r.stdout != "module lib\n" ||
		r.stderr != "Uncaught Error: x\n    at [stdin]:3:7\n" {
		t.Fatalf("module: %v %q %q", r.err, r.stdout, r.stderr)
	}
	r = load(t, "-", "import './nope.js';\n")
	if r.err == nil || r.err.Error() != `[stdin]:1:8: cannot import "./nope.js": no such file` {
		t.Fatalf("unresolved: %v", r.err)
	}
}

func TestProgramRunsOnSeveralWorkers(t *testing.T) {
	writeFiles(t, map[string]string{"a.mjs": "let n = 0; export default { test() { console.log(++n); } };\n"})
	p, err := Load("a.mjs", nil)
	if err != nil {
		t.Fatal(err)
	}
	for range 2 {
		var out bytes.Buffer
		w, err := worker.New(worker.Config{Stdout: &out})
		if err != nil {
			t.Fatal(err)
		}
		if err := p.Run(context.Background(), w); err != nil || out.String() != "1\n" {
			t.Errorf("got %v %q", err, out.String())
		}
		w.Close()
	}
}

func TestRunInterruptedByContext(t *testing.T) {
	writeFiles(t, map[string]string{"a.mjs": "export default { test() { for (;;) {} } };\n"})
	p, err := Load("a.mjs", nil)
	if err != nil {
		t.Fatal(err)
	}
	var errb bytes.Buffer
	w, err := worker.New(worker.Config{Stderr: &errb})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if err := p.Run(ctx, w); !errors.Is(err, context.DeadlineExceeded) || errb.String() != "" {
		t.Fatalf("got %v %q", err, errb.String())
	}
}

func TestPackagesAndJSON(t *testing.T) {
	writeFiles(t, map[string]string{
		"main.mjs": `import { where } from "pkg";
import data from "./data.json";
console.log(where, data.n);
`,
		"data.json":                     `{"n": 7}`,
		"node_modules/pkg/package.json": `{"name": "pkg", "exports": {"workerd": "./workerd.js", "node": "./node.js", "default": "./default.js"}}`,
		"node_modules/pkg/workerd.js":   `export const where = "workerd build";`,
		"node_modules/pkg/node.js":      `export const where = "node build";`,
		"node_modules/pkg/default.js":   `export const where = "default build";`,
	})
	r := load(t, "main.mjs", "")
	if r.err != nil || r.stdout != "workerd build 7\n" {
		t.Fatalf("got %v %q %q", r.err, r.stdout, r.stderr)
	}
}

func TestModuleOnIsolateWithBrokenPromiseThen(t *testing.T) {
	writeFiles(t, map[string]string{"a.mjs": "export default { test() {} };\n"})
	p, err := Load("a.mjs", nil)
	if err != nil {
		t.Fatal(err)
	}
	var errb bytes.Buffer
	w, err := worker.New(worker.Config{Stderr: &errb})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if err := w.Run(context.Background(), "break.js", "Promise.prototype.then = 1;"); err != nil {
		t.Fatal(err)
	}
	if err := p.Run(context.Background(), w); !errors.Is(err, worker.ErrUncaught) || errb.String() != "Uncaught TypeError: Promise.prototype.then is not a function\n" {
		t.Fatalf("got %v %q", err, errb.String())
	}
}

// Compile never panics, and fails only with the errors it documents.
func FuzzCompile(f *testing.F) {
	for _, s := range []string{
		"console.log(1)", "export default {", "import x from 'cloudflare:sockets'; x()",
		"const x = ;", "await 1", "import.meta", "export * from './nope.js'", "\xff\xfe",
		"export default 1;\n//# sourceMappingURL=data:application/json;base64,e30=",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		_, err := Compile("fuzz.js", src)
		var se *SyntaxError
		var ie *ImportError
		if err != nil && !errors.As(err, &se) && !errors.As(err, &ie) {
			t.Fatalf("%T %v", err, err)
		}
	})
}

func TestParserPanicIsASyntaxError(t *testing.T) {
	_, err := Compile("bad.js", "let {A,A:[A =1,...A(0")
	var se *SyntaxError
	if !errors.As(err, &se) {
		t.Fatalf("Compile = %v, want a *SyntaxError", err)
	}
}

// An import of a name the module does not export fails before anything
// runs, in V8's words as workerd links the module (recorded from workerd
// 2026-12-01): for a local file, and for cloudflare:workers, which has no
// default export.
func TestMissingExport(t *testing.T) {
	cases := []struct {
		files map[string]string
		want  string
	}{
		{map[string]string{"w.mjs": "import { nope } from './x.mjs';\nconsole.log(nope);\n", "x.mjs": "export const a = 1;\n"},
			"w.mjs:1:10: SyntaxError: The requested module './x.mjs' does not provide an export named 'nope'"},
		{map[string]string{"w.mjs": "import { foo } from 'cloudflare:workers';\nconsole.log(foo);\n"},
			"w.mjs:1:10: SyntaxError: The requested module 'cloudflare:workers' does not provide an export named 'foo'"},
		{map[string]string{"w.mjs": "import cf from \"cloudflare:workers\";\nconsole.log(cf);\n"},
			"w.mjs:1:8: SyntaxError: The requested module 'cloudflare:workers' does not provide an export named 'default'"},
	}
	for _, c := range cases {
		writeFiles(t, c.files)
		r := load(t, "w.mjs", "")
		if r.err == nil || !strings.HasPrefix(r.err.Error(), c.want) || r.stdout != "" {
			t.Errorf("got %v (stdout %q)\nwant %s", r.err, r.stdout, c.want)
		}
	}
}

// An uncaught error in a module, in its entry or in a file it imports, is
// reported in V8's words that quote the code ("o.foo is not a function"),
// as for a classic script: the report reads the imported file's text again.
func TestModuleErrorsQuoteTheCode(t *testing.T) {
	writeFiles(t, map[string]string{
		"direct.mjs": "export default { test() {\n  const o = {};\n  o.foo();\n} };\n",
		"main.mjs":   "import { f } from './lib/f.js';\nexport default { test() {\n  f();\n} };\n",
		"lib/f.js":   "export function f() {\n  const handlers = {};\n  handlers.onEvent(1);\n}\n",
		"entry.ts":   "import { f } from './lib/f.js';\nexport default { test(): void {\n  const q: any = {};\n  new q.Widget();\n} };\n",
	})
	for file, want := range map[string]string{
		"direct.mjs": "Uncaught TypeError: o.foo is not a function\n    at test (direct.mjs:3:8)\n",
		"main.mjs":   "Uncaught TypeError: handlers.onEvent is not a function\n    at f (lib/f.js:3:12)\n    at test (main.mjs:3:3)\n",
		"entry.ts":   "Uncaught TypeError: q.Widget is not a constructor\n    at test (entry.ts:4:3)\n",
	} {
		r := load(t, file, "")
		if !strings.HasPrefix(r.stderr, want) {
			t.Errorf("%s: stderr\n%s\nwant it to start with\n%s", file, r.stderr, want)
		}
	}
}
