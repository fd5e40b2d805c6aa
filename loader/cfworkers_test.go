package loader

import (
	"strings"
	"testing"
)

// TestCloudflareWorkersModule: cloudflare:workers gives env (the object the
// handlers get, importable at the top level), waitUntil (extends the test),
// and the entrypoint classes; a class-based default export runs test() on
// an instance made with (ctx, env). The expected output is workerd's
// (2026-11-23, workerd test, no bindings).
func TestCloudflareWorkersModule(t *testing.T) {
	writeFiles(t, map[string]string{
		"w.mjs": `
import { env, WorkerEntrypoint, DurableObject, RpcTarget, waitUntil, WorkflowEntrypoint } from 'cloudflare:workers';
console.log('top env', typeof env, JSON.stringify(env));
export default class Main extends WorkerEntrypoint {
  async test(ctrl, env2, ctx) {
    console.log('this.env', this.env === env, 'this.ctx', typeof this.ctx, typeof this.ctx.waitUntil, env2 === undefined, ctx === undefined, arguments.length);
    console.log(typeof WorkerEntrypoint, WorkerEntrypoint.name, String(WorkerEntrypoint));
    try { WorkerEntrypoint(); } catch (e) { console.log(e.constructor.name, e.message); }
    const w = new WorkerEntrypoint({}, {});
    console.log('constructed', typeof w, Object.keys(w), w.env, w.ctx);
    class R extends RpcTarget { hi() { return 1; } }
    console.log(new R().hi(), typeof DurableObject, typeof WorkflowEntrypoint, typeof waitUntil);
    waitUntil(new Promise((r) => setTimeout(r, 5)).then(() => console.log('waited')));
  }
}
`,
	})
	r := load(t, "w.mjs", "")
	if r.err != nil {
		t.Fatalf("run: %v\n%s", r.err, r.stderr)
	}
	want := strings.Join([]string{
		"top env object {}",
		"this.env true this.ctx object function true true 3",
		"function WorkerEntrypoint function WorkerEntrypoint() { [native code] }",
		"TypeError Failed to construct 'WorkerEntrypoint': Please use the 'new' operator, this object constructor cannot be called as a function.",
		"constructed object [ 'ctx', 'env' ] {} {}",
		"1 function function function",
		"waited",
	}, "\n") + "\n"
	if r.stdout != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", r.stdout, want)
	}
}
