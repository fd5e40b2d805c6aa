package worker

import (
	"bytes"
	"context"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"
)

func run(t *testing.T, src string) (stdout, stderr string, err error) {
	t.Helper()
	return runWithin(t, src, 20*time.Second)
}

// runWithin is run with a deadline of d: a guard against a hang, never a
// measure of speed (a test that copies hundreds of MiB gets more on a
// loaded machine).
func runWithin(t *testing.T, src string, d time.Duration) (stdout, stderr string, err error) {
	t.Helper()
	var out, errb bytes.Buffer
	w, err := New(Config{Stdout: &out, Stderr: &errb})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	err = w.Run(ctx, "test.js", src)
	return out.String(), errb.String(), err
}

func TestTimersFireInRegistrationOrder(t *testing.T) {
	out, _, err := run(t, `
		const seen = [];
		for (let i = 0; i < 1000; i++) setTimeout(() => seen.push(i), 5);
		setTimeout(() => {
			const ok = seen.length === 1000 && seen.every((v, i) => v === i);
			console.log(ok ? 'in order' : 'out of order: ' + seen.slice(0, 20));
		}, 5);
	`)
	if err != nil || out != "in order\n" {
		t.Fatalf("got %q, %v", out, err)
	}
}

func TestOrderingMicrotasksBeforeTimers(t *testing.T) {
	out, _, err := run(t, `
		const log = [];
		setTimeout(() => log.push('T1'), 0);
		Promise.resolve().then(() => log.push('A'));
		queueMicrotask(() => log.push('B'));
		setTimeout(() => { log.push('T2'); queueMicrotask(() => log.push('C')); }, 0);
		setTimeout(() => console.log(log.join(' ')), 1);
		log.push('sync');
	`)
	if err != nil || out != "sync A B T1 T2 C\n" {
		t.Fatalf("got %q, %v", out, err)
	}
}

func TestIntervalClearedFromItsOwnCallback(t *testing.T) {
	out, _, err := run(t, `
		let n = 0;
		const id = setInterval((a, b) => {
			n++;
			if (n === 3) { clearInterval(id); console.log('stopped', n, a, b); }
		}, 1, 'x', 'y');
	`)
	if err != nil || out != "stopped 3 x y\n" {
		t.Fatalf("got %q, %v", out, err)
	}
}

func TestUncaughtAndRejection(t *testing.T) {
	cases := []struct{ src, want string }{
		{`throw new Error('boom')`, "Uncaught Error: boom\n    at test.js:1:7"},
		{`Promise.reject(new TypeError('nope'))`, "Uncaught (in promise) TypeError: nope"},
		{`setTimeout(() => { throw 'late' }, 1)`, "Uncaught 'late'"},
		{`function f() { f() } f()`, "Uncaught RangeError: Maximum call stack size exceeded"},
	}
	for _, c := range cases {
		_, stderr, err := run(t, c.src)
		if !errors.Is(err, ErrUncaught) || !strings.HasPrefix(stderr, c.want) {
			t.Errorf("%s: got %q, %v; want prefix %q", c.src, stderr, err, c.want)
		}
	}
}

func TestHandledLateRejectionIsNotReported(t *testing.T) {
	_, stderr, err := run(t, `const p = Promise.reject(1); Promise.resolve().then(() => p.catch(() => {}));`)
	if err != nil || stderr != "" {
		t.Fatalf("got %q, %v", stderr, err)
	}
}

func TestTimeoutInterruptsAndIsolateSurvives(t *testing.T) {
	var out bytes.Buffer
	w, err := New(Config{Stdout: &out})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	err = w.Run(ctx, "spin.js", `globalThis.kept = 42; while (true) {}`)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("got %v", err)
	}
	w.Do(func(rt *goja.Runtime) {
		v, err := rt.RunString("kept + 1")
		if err != nil || v.ToInteger() != 43 {
			t.Errorf("isolate not usable after interrupt: %v %v", v, err)
		}
	})
}

func TestGoPanicInHostFunctionIsReportedAndIsolateSurvives(t *testing.T) {
	var errb bytes.Buffer
	w, err := New(Config{Stderr: &errb})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	w.Do(func(rt *goja.Runtime) {
		_ = rt.Set("buggy", func(goja.FunctionCall) goja.Value {
			var s []int
			return rt.ToValue(s[len(s)]) // a Go bug, not a JS exception
		})
	})
	ctx := context.Background()
	if err := w.Run(ctx, "bug.js", `globalThis.before = 1; buggy()`); !errors.Is(err, ErrUncaught) {
		t.Fatalf("Run = %v, want ErrUncaught", err)
	}
	if !strings.HasPrefix(errb.String(), "mcrepl: internal error: runtime error: index out of range [0] with length 0\n") {
		t.Fatalf("stderr = %q", errb.String())
	}
	var got int64
	w.Do(func(rt *goja.Runtime) {
		v, err := rt.RunString("before + 1")
		if err != nil {
			t.Fatal(err)
		}
		got = v.ToInteger()
	})
	if got != 2 {
		t.Fatalf("isolate unusable after the panic: got %d", got)
	}
}

func TestMicrotasksDroppedByAnInterruptDoNotShiftLaterOnes(t *testing.T) {
	forBothJobPaths(t, testMicrotasksDroppedByAnInterruptDoNotShiftLaterOnes)
}

func testMicrotasksDroppedByAnInterruptDoNotShiftLaterOnes(t *testing.T) {
	var out bytes.Buffer
	w, err := New(Config{Stdout: &out})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	// Queue Go microtasks, then spin so the interrupt throws the queue away.
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	w.Do(func(rt *goja.Runtime) {
		_ = rt.Set("goTask", func(c goja.FunctionCall) goja.Value {
			label := c.Argument(0).String()
			w.QueueMicrotask(func() { _, _ = io.WriteString(w.Stdout(), label+"\n") })
			return goja.Undefined()
		})
	})
	_ = w.Run(ctx, "spin.js", `goTask('lost1'); goTask('lost2'); while (true) {}`)
	out.Reset()
	if err := w.Run(context.Background(), "after.js", `goTask('a'); goTask('b')`); err != nil {
		t.Fatal(err)
	}
	if out.String() != "a\nb\n" {
		t.Fatalf("got %q, want a then b", out.String())
	}
}

func TestGoMicrotasksKeepFIFOWithPromisesAndFailIndependently(t *testing.T) {
	forBothJobPaths(t, testGoMicrotasksKeepFIFOWithPromisesAndFailIndependently)
}

func testGoMicrotasksKeepFIFOWithPromisesAndFailIndependently(t *testing.T) {
	var out, errb bytes.Buffer
	w, err := New(Config{Stdout: &out, Stderr: &errb})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	w.Do(func(rt *goja.Runtime) {
		// goTask(label, throws) queues a Go microtask, as postMessage does.
		_ = rt.Set("goTask", func(c goja.FunctionCall) goja.Value {
			label, throws := c.Argument(0).String(), c.Argument(1).ToBoolean()
			w.QueueMicrotask(func() {
				_, _ = io.WriteString(w.Stdout(), label+"\n")
				if throws {
					panic(rt.NewTypeError("failed " + label))
				}
			})
			return goja.Undefined()
		})
	})
	err = w.Run(context.Background(), "fifo.js", `
		goTask('g1'); goTask('g2', true); goTask('g3');   // one batch
		Promise.resolve().then(() => console.log('p1'));
		goTask('g4');                                      // after p1
		queueMicrotask(() => { console.log('q1'); goTask('g5'); Promise.resolve().then(() => console.log('p2')); });
	`)
	if !errors.Is(err, ErrUncaught) {
		t.Fatalf("Run = %v, want ErrUncaught for the failed task", err)
	}
	if want := "g1\ng2\ng3\np1\ng4\nq1\ng5\np2\n"; out.String() != want {
		t.Fatalf("order = %q, want %q", out.String(), want)
	}
	if !strings.HasPrefix(errb.String(), "Uncaught (in promise) TypeError: failed g2") {
		t.Fatalf("stderr = %q", errb.String())
	}
}

// forBothJobPaths runs test with Go microtasks appended to goja's job queue,
// and again as reactions of promises (the path taken if goja's job queue
// cannot be found).
func forBothJobPaths(t *testing.T, test func(t *testing.T)) {
	t.Run("job queue", test)
	t.Run("promise reactions", func(t *testing.T) {
		directJobs = false
		defer func() { directJobs = true }()
		test(t)
	})
}

// TestJobQueueFound fails if a goja upgrade moved its job queue: microtasks
// still work then, as promise reactions, but each costs a promise.
func TestJobQueueFound(t *testing.T) {
	if jobQueueField == nil {
		t.Fatal("goja.Runtime has no jobQueue []func() field any more: QueueMicrotask takes its slow path")
	}
}

// TestZeroIntervalDoesNotStarve: a chain of 0 ms timers and a
// setInterval(f, 0) keep firing while a later timer comes due and fires
// (the loop's clock falls at most maxLag behind the real one). Before the
// bound, the clock stood at the chain's instant and the run never ended.
func TestZeroIntervalDoesNotStarve(t *testing.T) {
	out, stderr, err := run(t, `
		let n = 0, m = 0, done = false;
		const id = setInterval(() => { n++; }, 0);
		setTimeout(function chain() { m++; if (!done) setTimeout(chain, 0); }, 0);
		setTimeout(() => {
			done = true;
			clearInterval(id);
			console.log('interval fired', n > 1, 'chain fired', m > 1);
		}, 30);
	`)
	if err != nil {
		t.Fatalf("run: %v (stderr %q)", err, stderr)
	}
	if want := "interval fired true chain fired true\n"; out != want {
		t.Fatalf("got %q, want %q (stderr %q)", out, want, stderr)
	}
}
