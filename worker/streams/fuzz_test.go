package streams_test

import (
	"strings"
	"sync"
	"testing"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker"
)

var fuzzWorker struct {
	once sync.Once
	w    *worker.Worker
}

// FuzzReadableModel is TestModelGoAPI with the fuzzer choosing the
// sequence: each byte is one operation (enqueue, read, close, error,
// cancel, release, by the byte's value) run on a ReadableStream through the
// Go API, and the log must match the reference model of the standard's
// state machine.
func FuzzReadableModel(f *testing.F) {
	for _, seed := range []string{"\x00\x03\x06", "\x03\x03\x00\x06\x03", "\x00\x07\x03\x08\x03", "\x09\x03\x00"} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 32 {
			data = data[:32]
		}
		ops := make([]op, len(data))
		for i, b := range data {
			ops[i] = op{Kind: opKinds[int(b)%len(opKinds)], V: int(b) / len(opKinds)}
		}
		fuzzWorker.once.Do(func() {
			w, err := worker.New(worker.Config{})
			if err != nil {
				t.Fatal(err)
			}
			fuzzWorker.w = w
		})
		var got []string
		fuzzWorker.w.Do(func(rt *goja.Runtime) { got = goAPIRun(rt, fuzzWorker.w.Host(), ops) })
		if want := modelRun(ops); strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Fatalf("%v:\ngot:\n%s\nwant:\n%s", ops, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	})
}
