package node_test

import (
	"strings"
	"testing"

	"github.com/mcrepl/mcrepl/trace"
)

// TestZlibScripts: node:zlib's streams on a real isolate, where the
// conformance cases cannot look: a chunk's bytes are read at its write (a
// Buffer reused after its write callback is a new chunk), and a stream
// abandoned mid-way leaves the isolate able to finish.
func TestZlibScripts(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"a reused buffer", `
			const z = process.getBuiltinModule('node:zlib');
			const a = z.deflateSync('first chunk!'), b = z.deflateSync('other chunk?');
			const buf = Buffer.from(a);
			(async () => {
				const out = [];
				for (const src of [a, b]) {
					const inf = z.createInflate();
					inf.on('data', (c) => out.push(String(c)));
					buf.set(src);
					await new Promise((r) => inf.write(buf, r));
					inf.end();
					await new Promise((r) => inf.on('end', r));
				}
				console.log(a.length === b.length, out.join(' | '));
			})();`,
			"true first chunk! | other chunk?"},
		{"an abandoned stream", `
			const z = process.getBuiltinModule('node:zlib');
			const inf = z.createGunzip();
			inf.write(z.gzipSync('x'.repeat(100000)).subarray(0, 50));
			setTimeout(() => console.log('done', inf.readableLength >= 0), 1);`,
			"done true"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out, errs := run(t, "2026-11-17", "", tc.src, trace.Off)
			if strings.TrimSpace(out) != tc.want || errs != "" {
				t.Errorf("got %q (stderr %q), want %q", out, errs, tc.want)
			}
		})
	}
}
