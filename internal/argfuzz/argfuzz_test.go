package argfuzz_test

import (
	"bytes"
	"context"
	"errors"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/mcrepl/mcrepl/flags"
	"github.com/mcrepl/mcrepl/loader"
	"github.com/mcrepl/mcrepl/worker"
)

// crashSigns are what no call may print: a Go panic or stack, mcrepl's
// report of its own bug, or a Go name in a message. mutate.mjs prints each
// error message that looks like Go as a CRASH line.
var crashSigns = regexp.MustCompile(`(?m)^CRASH |goroutine [0-9]+|panic:|fatal error|internal error|runtime error|github\.com/|GoError`)

// TestMutatedArgumentsNeverCrash runs testdata/mutate.mjs (about 10,000
// calls): thrown errors, rejections and uncaught errors are the point; a Go
// panic, a hang, or a message that looks like Go is a bug.
func TestMutatedArgumentsNeverCrash(t *testing.T) {
	if testing.Short() {
		t.Skip("about 10,000 calls: not in -short")
	}
	p, err := loader.Load("testdata/mutate.mjs", strings.NewReader(""))
	if err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	w, err := worker.New(worker.Config{Stdout: &out, Stderr: &errb, Flags: flags.Resolve("2026-11-23", nil)})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 120*time.Second)
	defer cancel()
	var failure *loader.Failure
	if err := p.Run(ctx, w); err != nil && !errors.Is(err, worker.ErrUncaught) && !errors.As(err, &failure) {
		t.Fatalf("run: %v\nstderr (end): %s", err, tail(errb.String()))
	}
	if !regexp.MustCompile(`(?m)^calls [0-9]{4,}$`).MatchString(out.String()) {
		t.Errorf("the calls did not all run:\nstdout (end): %s\nstderr (end): %s", tail(out.String()), tail(errb.String()))
	}
	all := out.String() + errb.String()
	for _, m := range crashSigns.FindAllStringIndex(all, 20) {
		end := strings.IndexByte(all[m[0]:], '\n')
		if end < 0 {
			end = len(all) - m[0]
		}
		t.Errorf("a crash sign: %s", all[max(0, m[0]-200):m[0]+end])
	}
}

func tail(s string) string { return s[max(0, len(s)-2000):] }
