package loader

import (
	"strings"
	"testing"
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
	r := load(t, "dir/a.mjs", "")
	if r.err != nil {
		t.Fatalf("run: %v\n%s", r.err, r.stderr)
	}
	want := strings.Join([]string{
		"function object [object Module] null",
		"function object [object Module]",
		`Error: No such module "dir/nope.mjs".`,
		`Error: No such module "up.mjs".`,
		`Error: No such module "lodash".`,
		`Error: No such module "cloudflare:email". Of the modules built into workerd, mcrepl has cloudflare:workers, cloudflare:sockets, cloudflare:workflows, cloudflare:pipelines, cloudflare:vectorize and cloudflare:node only.`,
		`Error: No such module "5".`,
		"TypeError: Cannot convert a Symbol value to a string",
		"true",
	}, "\n") + "\n"
	if r.stdout != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", r.stdout, want)
	}
}
