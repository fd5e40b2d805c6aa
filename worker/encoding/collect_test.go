package encoding_test

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

// TestCodingStreamsCollected: a TextEncoderStream or TextDecoderStream the
// script no longer reaches is collected (its state, kept by the object,
// once pointed back at it and kept it for the life of the isolate).
func TestCodingStreamsCollected(t *testing.T) {
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
		for (let i = 0; i < 200; i++) {
			refs.push(new WeakRef(new TextDecoderStream()), new WeakRef(new TextEncoderStream()));
			const d = new TextDecoderStream(); // used, then dropped
			const w = d.writable.getWriter(); w.write(new Uint8Array([104, 105])); w.close();
			refs.push(new WeakRef(d));
		}`)
	for range 3 {
		runtime.GC()
		run(`void 0`) // a turn: WeakRef targets are kept until the end of the turn
	}
	out.Reset()
	run(`console.log(refs.filter((r) => r.deref() !== undefined).length + ' of ' + refs.length + ' alive')`)
	if got := strings.TrimSpace(out.String()); !strings.HasPrefix(got, "0 of 600") {
		t.Errorf("%s after collections: the streams are kept", got)
	}
}
