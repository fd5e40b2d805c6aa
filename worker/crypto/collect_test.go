package crypto_test

import (
	"bytes"
	"context"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/mcrepl/mcrepl/flags"
	"github.com/mcrepl/mcrepl/worker"
)

// TestDigestStreamsCollected: a DigestStream the script no longer reaches
// is collected, even when a reaction to its own digest promise refers to
// it (the stream's state reaches that promise: it must be kept with the
// stream, not under a key that keeps it alive).
func TestDigestStreamsCollected(t *testing.T) {
	var out, errb bytes.Buffer
	w, err := worker.New(worker.Config{Flags: flags.Resolve(flags.NewestDate, nil), Stdout: &out, Stderr: &errb})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	run := func(src string) {
		t.Helper()
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		if err := w.Run(ctx, "test.js", src); err != nil {
			t.Fatalf("%v\n%s", err, errb.String())
		}
	}
	run(`globalThis.refs = [];
		globalThis.sums = 0;
		for (let i = 0; i < 200; i++) {
			const idle = new crypto.DigestStream('SHA-256');
			idle.digest.then(() => idle.bytesWritten); // never settles: the stream is dropped unclosed
			refs.push(new WeakRef(idle));
			const used = new crypto.DigestStream('SHA-1');
			used.digest.then((d) => { sums += d.byteLength + Number(used.bytesWritten); });
			const wr = used.getWriter(); wr.write(new Uint8Array([1, 2, 3])); wr.close();
			refs.push(new WeakRef(used));
		}`)
	for range 3 {
		runtime.GC()
		run(`void 0`) // a turn: WeakRef targets are kept until the end of the turn
	}
	out.Reset()
	run(`console.log(refs.filter((r) => r.deref() !== undefined).length + ' of ' + refs.length + ' alive, ' + sums)`)
	if got := strings.TrimSpace(out.String()); got != "0 of 400 alive, 4600" {
		t.Errorf("%s after collections, want 0 of 400 alive, 4600 (200 digests of 20 bytes after 3 written)", got)
	}
}
