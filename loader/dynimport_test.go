package loader

import (
	"strings"
	"testing"

	"github.com/mcrepl/mcrepl/flags"
)

// TestComputedDynamicImport: import() of a computed specifier loads (it
// used to be refused before the module ran), resolves the node: modules
// the flags give, as module namespaces, and rejects at run time with
// workerd's "No such module" for what the bundle does not hold, so a
// guarded import (hono's logger) runs as in workerd.
func TestComputedDynamicImport(t *testing.T) {
	writeFiles(t, map[string]string{
		"dir/a.mjs": `
const n = (s) => s;
export default { async test() {
  const m = await import(n('node:path'));
  console.log(typeof m.join, typeof m.default, Object.prototype.toString.call(m), Object.getPrototypeOf(m));
  const cf = await import(n('cloudflare:workers'));
  console.log(typeof cf.WorkerEntrypoint, typeof cf.env, Object.prototype.toString.call(cf));
  for (const spec of ['./nope.mjs', '../up.mjs', 'lodash', 'cloudflare:email', 5]) {
    try { await import(n(spec)); console.log('loaded', spec); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
  }
  try { await import(n(Symbol())); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
  const p = import(n('x')); console.log(p instanceof Promise); p.catch(() => {});
} };
`,
	})
	// Before 2026-11-17, the legacy module registry's messages; from then
	// on, the new registry's URLs (recorded from workerd 2026-12-01).
	hint := " Of the modules built into workerd, mcrepl has cloudflare:workers, cloudflare:sockets, cloudflare:workflows, cloudflare:pipelines, cloudflare:vectorize and cloudflare:node only."
	for _, c := range []struct {
		date   string
		errors []string
	}{
		{"2026-11-16", []string{`Error: No such module "dir/nope.mjs".`, `Error: No such module "up.mjs".`, `Error: No such module "lodash".`,
			`Error: No such module "cloudflare:email".` + hint, `Error: No such module "5".`}},
		{"2026-11-17", []string{`Error: Module not found: file:///bundle/dir/nope.mjs`, `Error: Module not found: file:///bundle/up.mjs`,
			`Error: Module not found: file:///bundle/dir/lodash`, `Error: Module not found: cloudflare:email.` + hint, `Error: Module not found: file:///bundle/dir/5`}},
	} {
		r := loadAt(t, "dir/a.mjs", "", flags.Resolve(c.date, nil))
		if r.err != nil {
			t.Fatalf("run: %v\n%s", r.err, r.stderr)
		}
		want := strings.Join(append(append([]string{
			"function object [object Module] null",
			"function object [object Module]",
		}, c.errors...), "TypeError: Cannot convert a Symbol value to a string", "true"), "\n") + "\n"
		if r.stdout != want {
			t.Errorf("%s: stdout:\n%s\nwant:\n%s", c.date, r.stdout, want)
		}
	}
}

// TestImportMeta: under the new module registry (from 2026-11-17) a
// bundle's import.meta, in every file it holds, is workerd's for the main
// module; before, an empty object (recorded from workerd 2026-12-01, whose
// module was named w.mjs).
func TestImportMeta(t *testing.T) {
	writeFiles(t, map[string]string{
		"w.mjs": `import { where } from './lib/util.js';
export default { async test() {
  const m = import.meta;
  console.log(JSON.stringify(m), Object.getPrototypeOf(m), typeof m.resolve, m.resolve.length, JSON.stringify(m.resolve.name));
  for (const s of ['./a.js', '../b.js', 'lodash', 'node:fs', '/x/y.js', 'https://e.com/z', '', 'a b']) console.log(JSON.stringify(s), m.resolve(s));
  try { m.resolve(); } catch (e) { console.log(e.constructor.name, e.message); }
  console.log(where());
} };
`,
		"lib/util.js": "export const where = () => import.meta.url;\n",
	})
	r := loadAt(t, "w.mjs", "", flags.Resolve("2026-11-17", nil))
	want := strings.Join([]string{
		`{"main":true,"url":"file:///bundle/w.mjs","filename":"/bundle/w.mjs","dirname":"/bundle"} null function 0 ""`,
		`"./a.js" file:///bundle/a.js`,
		`"../b.js" file:///b.js`,
		`"lodash" file:///bundle/lodash`,
		`"node:fs" node:fs`,
		`"/x/y.js" file:///x/y.js`,
		`"https://e.com/z" https://e.com/z`,
		`"" file:///bundle/w.mjs`,
		`"a b" file:///bundle/a%20b`,
		"TypeError import.meta.resolve requires a specifier argument",
		"file:///bundle/w.mjs",
	}, "\n") + "\n"
	if r.err != nil || r.stdout != want {
		t.Errorf("got %v\n%s\nwant:\n%s", r.err, r.stdout, want)
	}
	writeFiles(t, map[string]string{"w.mjs": "export default { test() { console.log(JSON.stringify(import.meta), Object.getPrototypeOf(import.meta) === Object.prototype); } };\n"})
	if r := loadAt(t, "w.mjs", "", flags.Resolve("2026-11-16", nil)); r.stdout != "{} true\n" {
		t.Errorf("legacy: got %v %q", r.err, r.stdout)
	}
}

// TestLiteralDynamicImportNamespace: import() of a literal built-in
// specifier gets the module's namespace object, as a computed one does
// (recorded from workerd 2026-12-01): tagged Module, its keys sorted, one
// object per module (bare and node: names alike), no default for a
// cloudflare: module, and a rejection at run time for one whose flag is
// off.
func TestLiteralDynamicImportNamespace(t *testing.T) {
	writeFiles(t, map[string]string{"w.mjs": `export default { async test() {
  const p = await import('node:path');
  console.log(Object.prototype.toString.call(p), Object.keys(p).slice(0, 4).join(), typeof p.default, p === await import('node:path'), p === await import('path'));
  const c = await import('cloudflare:workers');
  console.log(Object.prototype.toString.call(c), 'default' in c, typeof c.WorkerEntrypoint);
  try { await import('node:child_process'); console.log('loaded'); } catch (e) { console.log(e.message.split(':')[0]); }
} };
`})
	r := loadAt(t, "w.mjs", "", flags.Resolve("2026-11-17", []string{"disable_nodejs_child_process_module"}))
	want := "[object Module] basename,default,delimiter,dirname object true true\n[object Module] false function\nModule not found\n"
	if r.err != nil || r.stdout != want {
		t.Errorf("got %v\n%s\nwant:\n%s", r.err, r.stdout, want)
	}
}
