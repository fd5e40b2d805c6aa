package repl

import "testing"

func TestRewriteImports(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`import x from 'pkg'`, `var { default: x } = await __mcrepl_import("pkg");`},
		{`import x, { a, b as c } from "./m.js"; a(x)`, `var { default: x, "a": a, "b": c } = await __mcrepl_import("./m.js"); a(x)`},
		{"import * as ns from 'm'\nns.f()", "var ns = await __mcrepl_import(\"m\");\nns.f()"},
		{"import d, * as ns from 'm'", `var ns = await __mcrepl_import("m"); var d = ns.default;`},
		{"import 'side'\nimport {\n  q,\n} from 'q'\nq", "await __mcrepl_import(\"side\");\nvar { \"q\": q } = await __mcrepl_import(\"q\");\n\n\nq"},
		{`import data from './d.json' with { type: 'json' }`, `var { default: data } = await __mcrepl_import("./d.json", { with: { type: 'json' } });`},
		{`const m = await import('./mine.js'); 'import(' + m`, `const m = await __mcrepl_import('./mine.js'); 'import(' + m`},
		{`// import x from 'y'` + "\nimport('z')", "// import x from 'y'\n__mcrepl_import('z')"},
		{`x.import('z')`, ``},
		{`important(1)`, ``},
	} {
		got, ok := rewriteImports(tc.in)
		if tc.want == "" {
			if ok {
				t.Errorf("%q was rewritten: %q", tc.in, got)
			}
			continue
		}
		if !ok || got != tc.want {
			t.Errorf("%q:\ngot  %q (%v)\nwant %q", tc.in, got, ok, tc.want)
		}
	}
}

// TestShellImportsNodeModules: the shell's import of a node: module (static
// or import()) gets its exports: the bundle it loads is given the node:
// require, as a module run's bundle is.
func TestShellImportsNodeModules(t *testing.T) {
	code, out, errs := runPiped(t, "import * as p from 'node:path'\np.join('a', 'b')\n(await import('node:buffer')).Buffer.from('hi').length\nconst n = 'no' + 'pe'\nawait import(n).catch(e => e.message.includes('nope'))\n")
	if code != 0 || out != "undefined\n'a/b'\n2\nundefined\ntrue\n" {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
}
