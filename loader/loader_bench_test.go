package loader

import (
	"context"
	"testing"

	"github.com/mcrepl/mcrepl/worker"
)

// The cost of Load alone, without running: classic scripts and import-free
// modules only pay goja's compile, other modules pay esbuild's bundle on top.
func BenchmarkLoad(b *testing.B) {
	dir := b.TempDir()
	b.Chdir(dir)
	files := map[string]string{
		"classic.js": "const { port1, port2 } = new MessageChannel();\nport2.onmessage = (e) => console.log(e.data);\nport1.postMessage('hi');\n",
		"module.ts":  "import { greet } from './greet.ts';\nexport default { async test(): Promise<void> { console.log(greet('ts')); } };\n",
		"greet.ts":   "export const greet = (who: string): string => `hello ${who}`;\n",
		"direct.mjs": "export default { async test() { console.log('hello'); } };\n",
	}
	createFiles(b, files)
	for _, name := range []string{"classic.js", "direct.mjs", "module.ts"} {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				if _, err := Load(name, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// The cost of running a class-based Worker's test() once the program is
// loaded: a fresh isolate, cloudflare:workers, the handler and its ctx
// (what `mcrepl run worker.mjs` pays after esbuild).
func BenchmarkRunClassWorker(b *testing.B) {
	dir := b.TempDir()
	b.Chdir(dir)
	createFiles(b, map[string]string{"w.mjs": "import { WorkerEntrypoint } from 'cloudflare:workers';\nexport default class extends WorkerEntrypoint { test() {} };\n"})
	p, err := Load("w.mjs", nil)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		w, err := worker.New(worker.Config{})
		if err != nil {
			b.Fatal(err)
		}
		if err := p.Run(context.Background(), w); err != nil {
			b.Fatal(err)
		}
		w.Close()
	}
}
