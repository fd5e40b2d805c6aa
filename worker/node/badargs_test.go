package node_test

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/mcrepl/mcrepl/internal/argfuzz"
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
	out, errb := argfuzz.Run(t, file, 60*time.Second)
	if !regexp.MustCompile(`(?m)^calls [0-9]+$`).MatchString(out) {
		t.Errorf("the calls did not all run:\nstdout (end): %s\nstderr (end): %s", argfuzz.Tail(out), argfuzz.Tail(errb))
	}
	if m := crashSigns.FindString(out + errb); m != "" {
		i := strings.Index(errb, m)
		t.Errorf("a crash sign %q:\n%s", m, errb[max(0, i-400):min(len(errb), i+400)])
	}
}
