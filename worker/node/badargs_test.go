package node_test

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
// report of its own bug, or a Go name in a message.
var crashSigns = regexp.MustCompile(`goroutine [0-9]+|panic:|fatal error|internal error|runtime\.|github\.com/|GoError`)

// TestBadArgumentsNeverCrash calls every exported function of every node:
// and cloudflare: module, plain and with new, with each of a dozen bad values
// (testdata/badargs.mjs, about 11,000 calls), and every global function and
// prototype method (testdata/badglobals.mjs, about 2,700): errors, thrown or
// uncaught, are the point; a Go panic, a hang or a Go name in a message is a
// bug.
func TestBadArgumentsNeverCrash(t *testing.T) {
	for _, file := range []string{"badargs.mjs", "badglobals.mjs"} {
		t.Run(file, func(t *testing.T) { badArguments(t, "testdata/"+file) })
	}
}

func badArguments(t *testing.T, file string) {
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
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	// Uncaught errors, and a test() failed by what a call gave waitUntil(),
	// are what bad arguments do.
	var failure *loader.Failure
	if err := p.Run(ctx, w); err != nil && !errors.Is(err, worker.ErrUncaught) && !errors.As(err, &failure) {
		t.Fatalf("run: %v\nstderr (end): %s", err, tail(errb.String()))
	}
	if !regexp.MustCompile(`(?m)^calls [0-9]+$`).MatchString(out.String()) {
		t.Errorf("the calls did not all run:\nstdout (end): %s\nstderr (end): %s", tail(out.String()), tail(errb.String()))
	}
	if m := crashSigns.FindString(out.String() + errb.String()); m != "" {
		i := strings.Index(errb.String(), m)
		t.Errorf("a crash sign %q:\n%s", m, errb.String()[max(0, i-400):min(len(errb.String()), i+400)])
	}
}

func tail(s string) string { return s[max(0, len(s)-2000):] }
