package portmodel

import (
	"bytes"
	"context"
	"flag"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/mcrepl/mcrepl/worker"
)

var (
	seed = flag.Uint64("seed", 1, "seed of the random operation sequences (any value reproduces the same sequences)")
	n    = flag.Int("sequences", 4000, "number of random operation sequences (go test keeps -n for itself)")
)

// batch is how many sequences share one isolate and one script: enough to
// amortize the isolate, few enough that a script stays quick to compile.
const batch = 500

// maxOps bounds a sequence's length: long enough for a listener to come and
// go several times around posts and awaits.
const maxOps = 40

// sequence returns sequence i of the run: each has its own generator, so
// that one can be regenerated alone.
func sequence(i int) []Op {
	return Generate(rand.New(rand.NewPCG(*seed, uint64(i))), maxOps)
}

// runIsolate runs src to quiescence in a fresh isolate and returns its
// standard output.
func runIsolate(t *testing.T, src string) string {
	t.Helper()
	var out, errb bytes.Buffer
	w, err := worker.New(worker.Config{Stdout: &out, Stderr: &errb})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := w.Run(ctx, "model.js", src); err != nil || errb.Len() > 0 {
		t.Fatalf("the script failed: %v\n%s", err, errb.String())
	}
	return out.String()
}

// TestMicrotasksAfterTimerKeepOrder: a microtask queued by a listener runs
// after the whole dispatch (spec 1.6) also when the message is dispatched
// in a microtask that follows a timer callback. goja drains its job queue
// after any Go-to-JS call made with an empty call stack, which once made
// each listener call drain the queue again, out of order.
func TestMicrotasksAfterTimerKeepOrder(t *testing.T) {
	out := runIsolate(t, `setTimeout(() => {
  const { port1, port2 } = new MessageChannel();
  port1.addEventListener('message', () => { console.log('A'); queueMicrotask(() => console.log('microtask')); });
  port1.addEventListener('message', () => console.log('B'));
  port2.postMessage(1);
}, 0);
`)
	if out != "A\nB\nmicrotask\n" {
		t.Fatalf("got %q, want A, B, microtask", out)
	}
}

// TestModel runs random operation sequences through the reference model
// and through the isolate, and requires the same log from both.
func TestModel(t *testing.T) {
	total := *n
	for first := 0; first < total; first += batch {
		seqs := make([][]Op, 0, batch)
		for i := first; i < min(first+batch, total); i++ {
			seqs = append(seqs, sequence(i))
		}
		got := map[int]string{}
		for line := range strings.Lines(runIsolate(t, Program(first, seqs))) {
			id, log, _ := strings.Cut(strings.TrimSuffix(line, "\n"), " ")
			i, err := strconv.Atoi(id)
			if err != nil {
				t.Fatalf("unexpected output line %q", line)
			}
			got[i] = log
		}
		for k, ops := range seqs {
			i := first + k
			want := strings.Join(Model(ops), " ")
			if log, ok := got[i]; !ok || log != want {
				ops = shrink(t, ops)
				t.Fatalf("sequence %d of -seed=%d differs from the model; shrunk to %d operations:\n%s\nmcrepl: %s\nmodel:  %s",
					i, *seed, len(ops), Program(0, [][]Op{ops}), isolateLog(t, ops), strings.Join(Model(ops), " "))
			}
		}
	}
	t.Logf("%d sequences (-seed=%d) agree with the model", total, *seed)
}

// isolateLog runs one sequence in the isolate and returns its log.
func isolateLog(t *testing.T, ops []Op) string {
	out := runIsolate(t, Program(0, [][]Op{ops}))
	return strings.TrimSuffix(strings.TrimPrefix(out, "0 "), "\n")
}

// shrink removes operations from a failing sequence, one at a time, as long
// as the isolate and the model still disagree, so that the program printed
// is short enough to read.
func shrink(t *testing.T, ops []Op) []Op {
	for i := 0; i < len(ops); {
		cand := append(ops[:i:i], ops[i+1:]...)
		if isolateLog(t, cand) != strings.Join(Model(cand), " ") {
			ops = cand
			continue
		}
		i++
	}
	return ops
}

// TestModelExamples pins the model itself to cases from the spec page and
// the recorded conformance corpus, so that model and isolate cannot agree on
// a mistake the generator happens to produce.
func TestModelExamples(t *testing.T) {
	cases := []struct {
		name string
		ops  []Op
		want string
	}{{
		// 201, 214: queued messages drain in one microtask, released when a
		// listener arrives; a microtask queued before that runs first.
		name: "batch after earlier microtask",
		ops: []Op{{Kind: Post, N: 1}, {Kind: Post, N: 2}, {Kind: Microtask, N: 1},
			{Kind: Add, Port: 1}, {Kind: Microtask, N: 2}},
		want: "q1 p1:L0:1 p1:L0:2 q2",
	}, {
		// 260: one microtask per message, queued at post time.
		name: "per-message microtasks",
		ops: []Op{{Kind: Add, Port: 1}, {Kind: Microtask, N: 1}, {Kind: Post, N: 1},
			{Kind: Microtask, N: 2}, {Kind: Post, N: 2}},
		want: "q1 p1:L0:1 q2 p1:L0:2",
	}, {
		// 202, 203: start() without a listener loses the batch unless a
		// listener is added before it runs.
		name: "start without listener",
		ops: []Op{{Kind: Post, N: 1}, {Kind: Start, Port: 1}, {Kind: Await, N: 1},
			{Kind: Post, N: 2}, {Kind: Start, Port: 1}, {Kind: Add, Port: 1}},
		want: "a1 p1:L0:2",
	}, {
		// 206, 207: a lone once listener; the second message, already
		// scheduled, is lost; a third one is queued.
		name: "once",
		ops: []Op{{Kind: Add, Port: 1, Once: true}, {Kind: Post, N: 1}, {Kind: Post, N: 2},
			{Kind: Await, N: 1}, {Kind: Post, N: 3}, {Kind: Add, Port: 1, Fn: 1}},
		want: "p1:L0:1 a1 p1:L1:3",
	}, {
		// 300, 309, 311: close is synchronous, peer first; queued messages
		// are dropped, scheduled ones still delivered.
		name: "close",
		ops: []Op{{Kind: Add, Port: 1}, {Kind: Post, N: 1}, {Kind: Post, Port: 1, N: 2},
			{Kind: Close, Port: 1}, {Kind: Post, N: 3}},
		want: "p0:close p1:close p1:L0:1",
	}, {
		// 250-252: the onmessage slot sits where it was first assigned, and
		// a handleEvent object takes it without being called (211).
		name: "onmessage slot",
		ops: []Op{{Kind: SetOnmessage, Port: 1, Fn: HandleEventObject}, {Kind: Add, Port: 1},
			{Kind: Post, N: 1}, {Kind: Await, N: 1}, {Kind: SetOnmessage, Port: 1, Fn: 1},
			{Kind: Post, N: 2}, {Kind: Await, N: 2}, {Kind: ClearOnmessage, Port: 1},
			{Kind: SetOnmessage, Port: 1}, {Kind: Post, N: 3}},
		want: "p1:L0:1 a1 p1:H1:2 p1:L0:2 a2 p1:L0:3 p1:H0:3",
	}, {
		// 261: a reply posted from a handler is one microtask hop later.
		name: "reply",
		ops: []Op{{Kind: Add, Port: 1, Fn: Reply}, {Kind: Add, Port: 0}, {Kind: Post, N: 1},
			{Kind: Microtask, N: 1}, {Kind: Tick, N: 2}},
		want: "p1:L3:1 q1 p0:L0:1r t2",
	}}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := strings.Join(Model(c.ops), " "); got != c.want {
				t.Errorf("model: %s\nwant:  %s", got, c.want)
			}
			out := runIsolate(t, Program(0, [][]Op{c.ops}))
			if got := strings.TrimSpace(strings.TrimPrefix(out, "0 ")); got != c.want {
				t.Errorf("mcrepl: %s\nwant:   %s", got, c.want)
			}
		})
	}
}
