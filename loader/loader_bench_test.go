package loader

import "testing"

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
