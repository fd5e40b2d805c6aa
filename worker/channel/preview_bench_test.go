package channel_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/flags"
	"github.com/mcrepl/mcrepl/trace"
	"github.com/mcrepl/mcrepl/worker"
)

// previewKinds build a message of about n bytes in JS (n is in scope).
var previewKinds = []struct{ name, src string }{
	{"Uint8Array", `new Uint8Array(n)`},
	{"ArrayBuffer", `new ArrayBuffer(n)`},
	{"string", `'x'.repeat(n)`},
	{"numbers", `Array.from({ length: Math.max(1, n >> 3) }, (_, i) => i)`},
	// 1000 nested objects, each with a string of n/1000 characters.
	{"deep", `(() => { let o = { end: true }; const s = 'y'.repeat(Math.max(1, (n / 1000) | 0)); for (let i = 0; i < 1000; i++) o = { s, o }; return o; })()`},
}

var previewSizes = []struct {
	name string
	n    int
}{{"1KiB", 1 << 10}, {"1MiB", 1 << 20}, {"64MiB", 64 << 20}}

// previewWorker runs setup with the message v built from kind and size,
// with the event log on (to io.Discard) as `mcrepl run` has it.
func previewWorker(b *testing.B, kind string, n int, setup string) *worker.Worker {
	b.Helper()
	w, err := worker.New(worker.Config{Flags: flags.Resolve("2025-08-15", nil), Stdout: io.Discard, Stderr: io.Discard,
		EventLog: trace.Events, EventLogFormat: trace.Text, EventLogWriter: io.Discard})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(w.Close)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	src := fmt.Sprintf("const n = %d; globalThis.v = %s;\n%s", n, kind, setup)
	if err := w.Run(ctx, "bench.js", src); err != nil {
		b.Fatal(err)
	}
	return w
}

// BenchmarkReportPreview is the cost of the report of one undelivered
// message (a message still queued on a port that never started): its
// preview is cut to trace.DataWidth, so it must cost what it shows.
//
//	go test -run '^$' -bench Preview -benchtime 20x ./worker/channel/
func BenchmarkReportPreview(b *testing.B) {
	for _, k := range previewKinds {
		for _, s := range previewSizes {
			b.Run(k.name+"/"+s.name, func(b *testing.B) {
				w := previewWorker(b, k.src, s.n, `const { port1 } = new MessageChannel(); port1.postMessage(v);`)
				var out bytes.Buffer
				b.ResetTimer()
				for b.Loop() {
					out.Reset()
					if err := w.Report(&out); err != nil {
						b.Fatal(err)
					}
				}
				b.StopTimer()
				if !strings.Contains(out.String(), "1 message still queued") {
					b.Fatalf("report:\n%s", out.String())
				}
			})
		}
	}
}

// BenchmarkEventRecordPreview is the cost of one event-log record of a
// message event (a dispatched MessageEvent whose data is the message), the
// dispatch to one empty listener included.
func BenchmarkEventRecordPreview(b *testing.B) {
	for _, k := range previewKinds {
		for _, s := range previewSizes {
			b.Run(k.name+"/"+s.name, func(b *testing.B) {
				w := previewWorker(b, k.src, s.n, `const { port2 } = new MessageChannel();
					port2.addEventListener('message', () => {});
					const ev = new MessageEvent('message', { data: v });
					globalThis.fire = () => port2.dispatchEvent(ev);`)
				var fire goja.Callable
				w.Do(func(rt *goja.Runtime) { fire, _ = goja.AssertFunction(rt.Get("fire")) })
				b.ResetTimer()
				for b.Loop() {
					w.Do(func(*goja.Runtime) {
						if _, err := fire(goja.Undefined()); err != nil {
							b.Error(err)
						}
					})
				}
			})
		}
	}
}
