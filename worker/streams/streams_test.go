package streams_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker"
	"github.com/mcrepl/mcrepl/worker/streams"
)

func newWorker(t testing.TB) (*worker.Worker, *bytes.Buffer, *bytes.Buffer) {
	t.Helper()
	var out, errb bytes.Buffer
	w, err := worker.New(worker.Config{Stdout: &out, Stderr: &errb})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(w.Close)
	return w, &out, &errb
}

func run(t testing.TB, src string) (string, string) {
	t.Helper()
	w, out, errb := newWorker(t)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := w.Run(ctx, "test.js", src); err != nil && err != worker.ErrUncaught {
		t.Fatalf("run: %v\n%s", err, errb)
	}
	return out.String(), errb.String()
}

// TestScripts runs testdata/*.js, each printing what it checks, against
// testdata/*.out, the output of workerd for the same script. The scripts cover the standard's exceptions and
// workerd's messages for bad input: wrong chunk types, locked streams,
// released readers and writers, throwing strategies and sources.
func TestScripts(t *testing.T) { testScripts(t) }

// TestScriptsStateInProperty: the scripts give the same output with the
// objects' state kept in a property, the fallback for a goja whose layout
// gojaprops does not know.
func TestScriptsStateInProperty(t *testing.T) {
	streams.SetStateInProperty(true)
	defer streams.SetStateInProperty(false)
	testScripts(t)
}

// TestObjectsOwnState: a stream, its reader, writer and controllers, and a
// subclass's instance have no own key for their state (workerd shows none,
// conformance case 2305) and are refused by the clone as workerd refuses
// them (2306), either way the state is kept.
func TestObjectsOwnState(t *testing.T) {
	const src = `
		let ctl;
		const objs = [new ReadableStream({ start(c) { ctl = c; } }), new WritableStream(), new TransformStream(),
			new ReadableStream().getReader(), new WritableStream().getWriter(), new CountQueuingStrategy({ highWaterMark: 1 }),
			new (class S extends ReadableStream {})(), new ReadableStream()[Symbol.asyncIterator]()];
		objs.push(ctl);
		console.log(objs.map((o) => Reflect.ownKeys(o).length).join(' '));
		console.log(objs.map((o) => { try { structuredClone(o); return 'cloned'; } catch (e) { return e.name; } }).join(' '));`
	for _, inProperty := range []bool{false, true} {
		streams.SetStateInProperty(inProperty)
		got, stderr := run(t, src)
		streams.SetStateInProperty(false)
		keys := "0 0 0 0 0 0 0 0 0"
		if inProperty {
			keys = "1 1 1 1 1 1 1 1 1" // the fallback's one property
		}
		if want := keys + "\n" + strings.Repeat("DataCloneError ", 8) + "DataCloneError\n"; got != want {
			t.Errorf("in property %v: got %q, want %q (stderr %s)", inProperty, got, want, stderr)
		}
	}
}

func testScripts(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.js")
	if len(files) == 0 {
		t.Fatal("no testdata scripts")
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(f, ".js") + ".out")
			if err != nil {
				t.Fatal(err)
			}
			// A script is the body of an async function, as in workerd's test()
			// handler where its .out was recorded.
			got, stderr := run(t, "(async () => {\n"+string(src)+"\n})().catch((e) => console.log('uncaught', e));")
			if got != string(want) {
				_ = os.WriteFile(strings.TrimSuffix(f, ".js")+".got", []byte(got), 0o644)
				t.Errorf("output differs from %s.out (written to .got)\ngot:\n%s\nstderr:\n%s", strings.TrimSuffix(f, ".js"), got, stderr)
			}
		})
	}
}

// TestGoSourceToGoSink pipes a Go source through a Go transform into a Go
// sink: the chunks stay Go bytes all the way.
func TestGoSourceToGoSink(t *testing.T) {
	w, _, _ := newWorker(t)
	var got bytes.Buffer
	var sawValue bool
	var finished bool
	var pipeErr goja.Value
	w.Do(func(rt *goja.Runtime) {
		env := w.Host()
		parts := [][]byte{[]byte("hello "), []byte("streams "), []byte("world")}
		rs, _ := streams.NewReadable(env, streams.Source{Pull: func(c *streams.Controller, done func()) {
			if len(parts) == 0 {
				c.Close()
			} else {
				_ = c.Enqueue(parts[0])
				parts = parts[1:]
			}
			done()
		}})
		tr := streams.NewTransform(env, streams.Transformer{Transform: func(c *streams.TransformController, ch streams.Chunk) goja.Value {
			if !ch.IsBytes() {
				sawValue = true
			}
			_ = c.Enqueue(bytes.ToUpper(ch.Bytes))
			return nil
		}})
		sink := streams.NewWritable(env, streams.Sink{
			Write: func(ch streams.Chunk, done func(goja.Value)) {
				if !ch.IsBytes() {
					sawValue = true
				}
				got.Write(ch.Bytes)
				done(nil)
			},
			Close: func(done func(goja.Value)) { finished = true; done(nil) },
		})
		if err := rs.PipeTo(tr.Writable, false, false, false, func(e goja.Value) { pipeErr = e }); err != nil {
			t.Fatal(err)
		}
		if err := tr.Readable.PipeTo(sink, false, false, false, nil); err != nil {
			t.Fatal(err)
		}
	})
	if err := w.Wait(context.Background()); err != nil {
		t.Fatal(err)
	}
	if got.String() != "HELLO STREAMS WORLD" || !finished || pipeErr != nil || sawValue {
		t.Fatalf("got %q finished=%v err=%v sawValue=%v", got.String(), finished, pipeErr, sawValue)
	}
}

// TestReadAllOfScriptStream reads a stream made by script from Go.
func TestReadAllOfScriptStream(t *testing.T) {
	w, _, _ := newWorker(t)
	var data []byte
	var rerr goja.Value
	var locked, isRS bool
	w.Do(func(rt *goja.Runtime) {
		v, err := rt.RunString(`new ReadableStream({ start(c) { c.enqueue(new Uint8Array([104, 105])); c.enqueue(new TextEncoder().encode('!')); c.close(); } })`)
		if err != nil {
			t.Fatal(err)
		}
		env := w.Host()
		isRS = streams.IsReadableStream(env, v)
		rs := streams.ReadableOf(env, v)
		rd, gerr := rs.GetReader()
		if gerr != nil {
			t.Fatal(gerr)
		}
		locked = rs.Locked()
		rd.ReadAll(func(b []byte, e goja.Value) { data, rerr = append([]byte(nil), b...), e })
	})
	if err := w.Wait(context.Background()); err != nil {
		t.Fatal(err)
	}
	if string(data) != "hi!" || rerr != nil || !locked || !isRS {
		t.Fatalf("data %q err %v locked %v isRS %v", data, rerr, locked, isRS)
	}
}

// TestGoReadableSeenByScript: Go bytes arrive in script as Uint8Arrays, and
// a byte stream from Go serves a BYOB reader.
func TestGoReadableSeenByScript(t *testing.T) {
	w, out, errb := newWorker(t)
	w.Do(func(rt *goja.Runtime) {
		env := w.Host()
		rs, ctl := streams.NewReadable(env, streams.Source{Bytes: true})
		_ = ctl.Enqueue([]byte{1, 2, 3, 4, 5})
		ctl.Close()
		_ = rt.Set("goStream", rs.Value())
	})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	err := w.Run(ctx, "t.js", `(async () => {
		const r = goStream.getReader({ mode: 'byob' });
		const a = await r.read(new Uint8Array(3));
		const b = await r.read(new Uint8Array(3));
		const c = await r.read(new Uint8Array(3));
		console.log(a.value.join(), a.done, b.value.join(), b.done, c.value.length, c.done);
	})()`)
	if err != nil || out.String() != "1,2,3 false 4,5 false 0 true\n" {
		t.Fatalf("got %q, %v, %s", out, err, errb)
	}
}

// TestGoCloseEndsPendingBYOBRead: a Go source that closes while a BYOB
// read waits (a socket's end) ends that read with done, as a JavaScript
// source's byobRequest.respond(0) after close() does.
func TestGoCloseEndsPendingBYOBRead(t *testing.T) {
	w, out, errb := newWorker(t)
	var ctl *streams.Controller
	w.Do(func(rt *goja.Runtime) {
		rs, c := streams.NewReadable(w.Host(), streams.Source{Bytes: true})
		ctl = c
		_ = rt.Set("goStream", rs.Value())
		_ = rt.Set("goClose", func() { ctl.Close() })
	})
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	err := w.Run(ctx, "t.js", `(async () => {
		const r = goStream.getReader({ mode: 'byob' });
		const pending = r.read(new Uint8Array(8));
		setTimeout(goClose, 1);
		const x = await pending;
		console.log(x.done, x.value.constructor.name, x.value.byteLength, x.value.buffer.byteLength);
	})()`)
	if err != nil || out.String() != "true Uint8Array 0 8\n" {
		t.Fatalf("got %q, %v, %s", out, err, errb)
	}
}

// TestReportStuckRead: a read that no chunk will answer is in the report.
func TestReportStuckRead(t *testing.T) {
	w, _, _ := newWorker(t)
	if err := w.Run(context.Background(), "t.js", `const r = new ReadableStream().getReader(); r.read(); r.read();`); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := w.Report(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "ReadableStream #1: 2 reads pending") {
		t.Fatalf("report:\n%s", b.String())
	}
}

func BenchmarkReaderSmallChunks(b *testing.B) {
	w, _, errb := newWorker(b)
	src := `(async () => {
		const chunk = new Uint8Array(16);
		let i = 0;
		const reader = new ReadableStream({ pull(c) { if (i++ < 10000) c.enqueue(chunk); else c.close(); } }).getReader();
		let n = 0;
		for (;;) { const { done, value } = await reader.read(); if (done) break; n += value.byteLength; }
		if (n !== 160000) throw new Error('read ' + n);
	})()`
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := w.Run(context.Background(), "b.js", src); err != nil {
			b.Fatal(err, errb.String())
		}
	}
}

// TestReportStuckPipe: a pipe whose source never ends is in the report, and
// a finished one is not.
func TestReportStuckPipe(t *testing.T) {
	w, _, _ := newWorker(t)
	src := `new ReadableStream().pipeTo(new WritableStream());
		new ReadableStream({ start(c) { c.close(); } }).pipeTo(new WritableStream());`
	if err := w.Run(context.Background(), "t.js", src); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := w.Report(&b); err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(b.String(), "1 pipe unfinished"); got != 1 || !strings.Contains(b.String(), "pipe from ReadableStream #1 to WritableStream #2") {
		t.Fatalf("report:\n%s", b.String())
	}
}

// TestReportAbortedStuckPipe: a pipe whose signal was aborted while its read waited is still
// unfinished in workerd (conformance case 2304), and the report says why and what settles it.
func TestReportAbortedStuckPipe(t *testing.T) {
	w, _, _ := newWorker(t)
	src := `const ac = new AbortController();
		new ReadableStream().pipeTo(new WritableStream(), { signal: ac.signal });
		ac.abort();
		new ReadableStream().pipeTo(new WritableStream(), { signal: new AbortController().signal });`
	if err := w.Run(context.Background(), "t.js", src); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := w.Report(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if strings.Count(out, "1 pipe unfinished") != 2 || strings.Count(out, "workerd looks at the signal only between chunks") != 1 ||
		strings.Count(out, "or pass a signal and abort the pipe") != 1 {
		t.Fatalf("report:\n%s", out)
	}
}
