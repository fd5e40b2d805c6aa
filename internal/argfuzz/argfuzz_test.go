package argfuzz_test

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/mcrepl/mcrepl/internal/argfuzz"
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
	out, errb := argfuzz.Run(t, "testdata/mutate.mjs", 120*time.Second)
	if !regexp.MustCompile(`(?m)^calls [0-9]{4,}$`).MatchString(out) {
		t.Errorf("the calls did not all run:\nstdout (end): %s\nstderr (end): %s", argfuzz.Tail(out), argfuzz.Tail(errb))
	}
	all := out + errb
	for _, m := range crashSigns.FindAllStringIndex(all, 20) {
		end := strings.IndexByte(all[m[0]:], '\n')
		if end < 0 {
			end = len(all) - m[0]
		}
		t.Errorf("a crash sign: %s", all[max(0, m[0]-200):m[0]+end])
	}
}
