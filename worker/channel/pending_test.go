package channel_test

import (
	"bytes"
	"runtime"
	"strings"
	"testing"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/trace"
)

// Objects posted to a pending port arrive, once it starts, as clones of what
// was posted then: later changes to the posted values do not reach them, each
// is its own object, and a message too large to wait serialized (over 16 KiB)
// arrives the same way. Reports show the queued values, whether the port is
// still pending, closed with its queue or losing a batch. Quiet and verbose
// event logs, which keep the queue differently, give the same result.
func TestPendingQueueOfObjects(t *testing.T) {
	const src = `
		const ch = new MessageChannel();
		const shared = { s: 1 };
		const posted = [
			{ id: 1, tags: ['a', 'b'], when: new Date(5), m: new Map([[1, 'one']]), e: new RangeError('bad') },
			[shared, shared],
			{ big: 'x'.repeat(20000) },
			new Uint8Array([1, 2, 3]).buffer,
		];
		for (const v of posted) ch.port1.postMessage(v);
		posted[0].id = 99; posted[1][0].s = 99; new Uint8Array(posted[3])[0] = 99;
		const got = [];
		setTimeout(() => {
			ch.port2.onmessage = (e) => { got.push(e.data); };
			setTimeout(() => {
				const [a, b, c, d] = got;
				console.log(got.length, a.id, a.tags.join(), a.when.getTime(), a.m.get(1), a.e instanceof RangeError, a.e.message,
					b[0] === b[1], b[0].s, c.big.length, new Uint8Array(d).join(), a !== posted[0]);
				const gone = new MessageChannel();
				gone.port1.postMessage({ n: 1 }); gone.port1.postMessage([2]);
				gone.port2.close();
				const left = new MessageChannel();
				left.port1.postMessage({ left: 1 }); left.port1.postMessage('two');
				const batch = new MessageChannel();
				batch.port1.postMessage({ k: 1 }); batch.port1.postMessage({ k: 2 }); batch.port1.postMessage({ k: 3 });
				addEventListener('unhandledrejection', (e) => e.preventDefault());
				batch.port2.onmessage = (e) => { if (e.data.k === 1 || e.data === 'x') throw 'x'; };
			}, 0);
		}, 0);`
	const want = "4 1 a,b 5 one true bad true 1 20000 1,2,3 true\n"
	for _, mode := range []trace.Mode{trace.Off, trace.All} {
		var out bytes.Buffer
		w := newWorker(t, mode, trace.JSON, &out)
		run(t, w, src)
		var printed []string
		for _, l := range strings.SplitAfter(out.String(), "\n") {
			if !strings.HasPrefix(l, "{") {
				printed = append(printed, l)
			}
		}
		if got := strings.Join(printed, ""); got != want {
			t.Errorf("%v: got %q, want %q", mode, got, want)
		}
		var got []string
		for _, p := range w.Problems() {
			got = append(got, p.Port+" "+p.What+" "+strings.Join(p.Data, " | "))
		}
		wantProblems := []string{
			"ch3.port2 still queued { left: 1 } | 'two'",
			"ch2.port2 dropped { n: 1 } | [ 2 ]",
			"ch4.port2 lost { k: 2 } | { k: 3 }",
		}
		if strings.Join(got, "\n") != strings.Join(wantProblems, "\n") {
			t.Errorf("%v: problems\n%s\nwant\n%s", mode, strings.Join(got, "\n"), strings.Join(wantProblems, "\n"))
		}
	}
}

// A pending port's queue of posted objects waits as serialized messages, not
// as JavaScript objects: 5,000 queued records of about 1 KB as JSON hold a
// few MiB of the heap (they held ~13 KB each as objects).
func TestPendingQueueIsCompact(t *testing.T) {
	var out bytes.Buffer
	w := newWorker(t, trace.Off, trace.Text, &out)
	heap := func() uint64 {
		runtime.GC()
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return ms.HeapAlloc
	}
	var before, after uint64
	w.Do(func(rt *goja.Runtime) {
		if _, err := rt.RunString(`
			globalThis.record = (i) => ({ id: i, kind: 'order', customer: { name: 'Customer ' + i, email: 'c' + i + '@example.com',
				address: { street: '1 Long Street', city: 'Lisbon', zip: '1000-001', country: 'PT' }, tags: ['gold', 'eu'] },
				lines: [1, 2, 3, 4].map((n) => ({ sku: 'SKU-000' + n, title: 'Widget ' + n, qty: n, price: n * 1.5 })),
				history: [{ at: i, state: 'created', by: 'web' }, { at: i + 1, state: 'paid', by: 'card' }],
				flags: { gift: false, express: true }, comment: 'Please leave the parcel with the neighbour.' });
			globalThis.ch = new MessageChannel();`); err != nil {
			t.Fatal(err)
		}
		before = heap()
		if _, err := rt.RunString(`for (let i = 0; i < 5000; i++) ch.port1.postMessage(record(i));`); err != nil {
			t.Fatal(err)
		}
		after = heap()
	})
	grown := int64(after) - int64(before)
	t.Logf("5,000 queued records: the heap grew by %.1f MiB", float64(grown)/(1<<20))
	if grown > 20<<20 {
		t.Errorf("5,000 queued records grew the heap by %.1f MiB: the queue keeps them as JavaScript objects", float64(grown)/(1<<20))
	}
}
