package worker

import (
	"bytes"
	"context"
	"errors"
	"runtime"
	"runtime/metrics"
	"strings"
	"testing"
	"time"
)

// liveHeap is the heap after a collection, the baseline a limit is set from.
func liveHeap() uint64 {
	runtime.GC()
	s := []metrics.Sample{{Name: heapMetric}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

func TestLimitMemoryStopsTheScript(t *testing.T) {
	scripts := map[string]string{
		"loop":     `const keep = []; while (true) keep.push(new Array(10000).fill(1));`,
		"interval": `const keep = []; setInterval(() => { for (let i = 0; i < 50; i++) keep.push(new Array(10000).fill(1)); }, 1);`,
	}
	for name, src := range scripts {
		t.Run(name, func(t *testing.T) {
			var errb bytes.Buffer
			w, err := New(Config{Stderr: &errb})
			if err != nil {
				t.Fatal(err)
			}
			defer w.Close()
			limit := liveHeap() + 64<<20
			stop := w.LimitMemory(limit)
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			_ = w.Run(ctx, "hog.js", src)
			if ctx.Err() != nil {
				t.Fatal("the limit did not stop the script")
			}
			err = stop()
			var merr *MemoryLimitError
			if !errors.Is(err, ErrMemoryLimit) || !errors.As(err, &merr) {
				t.Fatalf("stop() = %v, want a *MemoryLimitError", err)
			}
			if merr.Limit != limit || merr.Heap <= limit {
				t.Errorf("got limit %d, heap %d; want limit %d and a larger heap", merr.Limit, merr.Heap, limit)
			}
			if errb.Len() > 0 {
				t.Errorf("the interrupt was reported as an error: %q", errb.String())
			}
		})
	}
}

func TestLimitMemoryUnderTheLimit(t *testing.T) {
	var out bytes.Buffer
	w, err := New(Config{Stdout: &out})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	stop := w.LimitMemory(liveHeap() + 1<<30)
	err = w.Run(context.Background(), "small.js", `setTimeout(() => console.log(new Array(1000).fill(1).length), 30);`)
	if err != nil || out.String() != "1000\n" {
		t.Fatalf("got %q, %v", out.String(), err)
	}
	if err := stop(); err != nil {
		t.Fatalf("stop() = %v", err)
	}
	if err := stop(); err != nil {
		t.Fatalf("second stop() = %v", err)
	}
}

func TestMemoryLimitErrorMessage(t *testing.T) {
	err := &MemoryLimitError{Limit: 512 << 20, Heap: 530<<20 + 1234}
	if got, want := err.Error(), "memory limit 512 MiB exceeded (heap 530 MiB)"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	for n, want := range map[uint64]string{12: "12 B", 300 << 10: "300 KiB", 2 << 30: "2 GiB", 3 << 29: "1.5 GiB"} {
		if got := FormatSize(n); got != want {
			t.Errorf("FormatSize(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestRunawayRecursion: goja's stack overflow cannot be caught by JS; it
// ends the current macrotask with a RangeError report, and the isolate goes
// on with the next task.
func TestRunawayRecursion(t *testing.T) {
	out, stderr, err := run(t, `
		setTimeout(() => console.log('the next task runs'), 0);
		function f() { return f() + 1; }
		try { f(); } catch (e) { console.log('caught', e); }
	`)
	if !errors.Is(err, ErrUncaught) || out != "the next task runs\n" ||
		!strings.HasPrefix(stderr, "Uncaught RangeError: Maximum call stack size exceeded") {
		t.Fatalf("got stdout %q, stderr %q, %v", out, stderr, err)
	}
}

// TestMillionDeepValues: cloning or posting a value nested a million deep
// throws a catchable RangeError, as in workerd (spec 1.14), and never
// overflows the Go stack.
func TestMillionDeepValues(t *testing.T) {
	out, stderr, err := run(t, `
		const deep = {
			object: () => { let o = {}; for (let i = 0; i < 1e6; i++) o = { o }; return o; },
			array: () => { let a = []; for (let i = 0; i < 1e6; i++) a = [a]; return a; },
		};
		const { port1 } = new MessageChannel();
		for (const [kind, make] of Object.entries(deep)) {
			const v = make();
			for (const [how, f] of [['structuredClone', structuredClone], ['postMessage', x => port1.postMessage(x)]]) {
				try { f(v); console.log(kind, how, 'did not throw'); }
				catch (e) { console.log(kind, how, e instanceof RangeError, e.message); }
			}
		}
	`)
	var want string
	for _, kind := range []string{"object", "array"} {
		for _, how := range []string{"structuredClone", "postMessage"} {
			want += kind + " " + how + " true Maximum call stack size exceeded\n"
		}
	}
	if err != nil || out != want {
		t.Fatalf("got %q (stderr %q, %v), want %q", out, stderr, err, want)
	}
}

// TestHalfGigabyteMessage: a 512 MiB ArrayBuffer goes through a port and
// structuredClone intact.
func TestHalfGigabyteMessage(t *testing.T) {
	if testing.Short() {
		t.Skip("allocates about 2 GiB; skipped under -short")
	}
	if raceEnabled {
		t.Skip("the race detector makes copying 512 MiB slower than the run's deadline")
	}
	out, stderr, err := runWithin(t, `
		const buf = new ArrayBuffer(512 * 1024 * 1024);
		new Uint8Array(buf)[buf.byteLength - 1] = 7;
		const { port1, port2 } = new MessageChannel();
		port2.onmessage = e => console.log('posted', e.data.byteLength, new Uint8Array(e.data)[e.data.byteLength - 1]);
		port1.postMessage(buf);
		console.log('cloned', structuredClone(buf).byteLength);
	`, 3*time.Minute)
	if err != nil || out != "cloned 536870912\nposted 536870912 7\n" {
		t.Fatalf("got %q (stderr %q, %v)", out, stderr, err)
	}
}
