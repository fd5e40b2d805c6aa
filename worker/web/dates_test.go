package web_test

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/mcrepl/mcrepl/flags"
	"github.com/mcrepl/mcrepl/worker"
)

// TestGatesByDate: what workerd 2026-11-17 prints at older dates (before
// enable_global_performance_classes, and before enable_navigator_language
// at 2025-05-19).
func TestGatesByDate(t *testing.T) {
	const src = `console.log(JSON.stringify([typeof Performance, Reflect.ownKeys(Object.getPrototypeOf(performance)).map(String), performance instanceof EventTarget, Object.keys(navigator), typeof PerformanceMark]));`
	cases := []struct{ date, want string }{
		{"2025-08-15", `["undefined",["timeOrigin","now","constructor","Symbol(Symbol.toStringTag)","Symbol(cloudflare:internal-class)","Symbol(kResourceTypeInspect)"],false,["languages","language","platform","hardwareConcurrency","userAgent"],"undefined"]` + "\n"},
		{"2025-05-01", `["undefined",["timeOrigin","now","constructor","Symbol(Symbol.toStringTag)","Symbol(cloudflare:internal-class)","Symbol(kResourceTypeInspect)"],false,["platform","hardwareConcurrency","userAgent"],"undefined"]` + "\n"},
	}
	for _, c := range cases {
		var out, errb bytes.Buffer
		w, err := worker.New(worker.Config{Flags: flags.Resolve(c.date, nil), Stdout: &out, Stderr: &errb})
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		err = w.Run(ctx, "test.js", src)
		cancel()
		w.Close()
		if err != nil || out.String() != c.want {
			t.Errorf("%s: got %q (%v %s), want %q", c.date, out.String(), err, errb.String(), c.want)
		}
	}
}

// TestSchedulerWait: wait resolves after its delay, refuses a missing
// delay by rejecting, and an aborted signal rejects with AbortError.
func TestSchedulerWait(t *testing.T) {
	got := run(t, `
		const t0 = Date.now();
		scheduler.wait(30).then(() => console.log('waited', Date.now() - t0 >= 25));
		scheduler.wait().catch((e) => console.log(e.constructor.name, e.message));
		scheduler.wait(1, { signal: AbortSignal.abort() }).catch((e) => console.log(e.name, e.message));
		const c = new AbortController();
		scheduler.wait(1000, { signal: c.signal }).catch((e) => console.log('later', e.name));
		setTimeout(() => c.abort(), 5);
	`)
	want := "TypeError Failed to execute 'wait' on 'Scheduler': parameter 1 is not of type 'number'.\nAbortError The operation was aborted\nlater AbortError\nwaited true\n"
	if got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}
