// Package argfuzz runs the argument fuzzes of the Worker's APIs: scripts
// that call every API with bad values and print `calls N` at the end, where
// any error is the point and a Go panic, a hang or a message that looks like
// Go is a bug. Run is their harness; testdata/mutate.mjs, run by
// TestMutatedArgumentsNeverCrash, is this package's own fuzz: valid calls of
// Web Crypto, encoding, URL, Blob, fetch, streams, events, the channel,
// timers, HTMLRewriter, the builtins and the node: modules, each with one
// argument or one member of an argument (to depth 3) replaced at a time by
// a bad value (holes, sparse arrays, throwing proxies, huge numbers,
// null-prototype objects, callbacks that throw). worker/node's
// TestBadArgumentsNeverCrash passes bad values as whole arguments; this one
// reaches the members of option dictionaries and the elements of
// sequences, where a nil goja.Value used to become a Go panic.
package argfuzz

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/mcrepl/mcrepl/flags"
	"github.com/mcrepl/mcrepl/loader"
	"github.com/mcrepl/mcrepl/worker"
)

// Run runs the fuzz module file in a fresh isolate at compatibility date
// 2026-11-23, for at most timeout, and returns what it printed. Uncaught
// errors, and a test() failed by what a call gave waitUntil(), are what bad
// arguments do; any other failure of the run fails t.
func Run(t *testing.T, file string, timeout time.Duration) (stdout, stderr string) {
	t.Helper()
	p, err := loader.Load(file, strings.NewReader(""))
	if err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	w, err := worker.New(worker.Config{Stdout: &out, Stderr: &errb, Flags: flags.Resolve("2026-11-23", nil)})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	var failure *loader.Failure
	if err := p.Run(ctx, w); err != nil && !errors.Is(err, worker.ErrUncaught) && !errors.As(err, &failure) {
		t.Fatalf("run: %v\nstderr (end): %s", err, Tail(errb.String()))
	}
	return out.String(), errb.String()
}

// Tail is the end of s, enough to show in a failure.
func Tail(s string) string { return s[max(0, len(s)-2000):] }
