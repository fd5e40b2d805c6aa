// Package leaktest checks that what a script stops reaching is collected:
// it runs the script's setup on a fresh worker, lets the Go collector and
// a few turns of the loop pass (a WeakRef's target is kept until the end of
// the turn it was last dereferenced in), and returns what the report code
// logs, typically how many WeakRefs still deref.
package leaktest

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

// AliveCount is report code that logs "N of M alive" for globalThis.refs,
// an array of WeakRefs the setup filled.
const AliveCount = `console.log(refs.filter((r) => r.deref() !== undefined).length + ' of ' + refs.length + ' alive')`

// Run runs setup, then three collections each followed by a turn, then
// report, on a worker at the newest compatibility date, and returns what
// report wrote on stdout, trimmed. A script error fails t.
func Run(t testing.TB, setup, report string) string {
	t.Helper()
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
	run(setup)
	for range 3 {
		runtime.GC()
		run(`void 0`)
	}
	out.Reset()
	run(report)
	return strings.TrimSpace(out.String())
}
