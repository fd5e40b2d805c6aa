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
			let text = 'a stream in two halves of one length, through one Buffer', c = z.deflateSync(text);
			while (c.length % 2) { text += '.'; c = z.deflateSync(text); }
			const half = c.length / 2, buf = Buffer.alloc(half);
			const inf = z.createInflate();
			let out = '';
			inf.on('data', (d) => { out += d; });
			inf.on('end', () => console.log(out === text));
			(async () => {
				for (const part of [c.subarray(0, half), c.subarray(half)]) {
					buf.set(part);
					await new Promise((r) => inf.write(buf, r));
				}
				inf.end();
			})();`,
			"true"},
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
