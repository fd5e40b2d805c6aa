package crypto_test

import (
	"testing"

	"github.com/mcrepl/mcrepl/internal/leaktest"
)

// TestDigestStreamsCollected: a DigestStream the script no longer reaches
// is collected, even when a reaction to its own digest promise refers to
// it (the stream's state reaches that promise: it must be kept with the
// stream, not under a key that keeps it alive).
func TestDigestStreamsCollected(t *testing.T) {
	got := leaktest.Run(t, `globalThis.refs = [];
		globalThis.sums = 0;
		for (let i = 0; i < 200; i++) {
			const idle = new crypto.DigestStream('SHA-256');
			idle.digest.then(() => idle.bytesWritten); // never settles: the stream is dropped unclosed
			refs.push(new WeakRef(idle));
			const used = new crypto.DigestStream('SHA-1');
			used.digest.then((d) => { sums += d.byteLength + Number(used.bytesWritten); });
			const wr = used.getWriter(); wr.write(new Uint8Array([1, 2, 3])); wr.close();
			refs.push(new WeakRef(used));
		}`, `console.log(refs.filter((r) => r.deref() !== undefined).length + ' of ' + refs.length + ' alive, ' + sums)`)
	if got != "0 of 400 alive, 4600" {
		t.Errorf("%s after collections, want 0 of 400 alive, 4600 (200 digests of 20 bytes after 3 written)", got)
	}
}
