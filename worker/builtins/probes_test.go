package builtins_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/mcrepl/mcrepl/worker"
)

// probeDifferences are the lines of testdata/probes.js where mcrepl's output
// differs from workerd's on purpose, by line number (1-based), with
// mcrepl's line and the reason.
var probeDifferences = map[int]struct{ mcrepl, why string }{}

// TestProbes runs testdata/probes.js, about 150 calls of the builtins with
// good and bad arguments (names, lengths, property attributes, messages),
// and compares its output line by line with workerd's
// (testdata/probes.workerd.out, recorded with the real binary).
func TestProbes(t *testing.T) {
	compareWithWorkerd(t, "testdata/probes.js", "testdata/probes.workerd.out", probeDifferences)
}

// TestErrorShapes compares the replaced error constructors with workerd's:
// their keys, attributes, prototypes and what they construct.
func TestErrorShapes(t *testing.T) {
	compareWithWorkerd(t, "testdata/errors.js", "testdata/errors.workerd.out", map[int]struct{ mcrepl, why string }{
		6: {"true Error,AggregateError,TypeError,ReferenceError,SyntaxError,RangeError,EvalError,URIError,SuppressedError", "the order of the globals is goja's"},
	})
}

// TestIteratorZip compares Iterator.zip, zipKeyed and Iterator.prototype.join
// and includes with workerd: names, lengths, attributes, modes, padding,
// the closing of the iterators and the errors.
func TestIteratorZip(t *testing.T) {
	compareWithWorkerd(t, "testdata/iterator_zip.js", "testdata/iterator_zip.workerd.out", nil)
}

// compareWithWorkerd runs the script js through an isolate and compares its
// output line by line with workerd's recording, except the lines listed in
// diffs, whose mcrepl output must be exactly as listed.
func compareWithWorkerd(t *testing.T, js, recorded string, diffs map[int]struct{ mcrepl, why string }) {
	t.Helper()
	src, err := os.ReadFile(js)
	if err != nil {
		t.Fatal(err)
	}
	rec, err := os.ReadFile(recorded)
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	w, err := worker.New(worker.Config{Stdout: &out})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	// Some probes leave a promise rejected without a handler, which
	// workerd's test runner does not report and mcrepl does.
	_ = w.Run(context.Background(), js, string(src))
	want := strings.Split(strings.TrimRight(string(rec), "\n"), "\n")
	got := strings.Split(strings.TrimRight(out.String(), "\n"), "\n")
	if len(got) != len(want) {
		t.Fatalf("%d lines, workerd %d:\n%s", len(got), len(want), out.String())
	}
	for i := range want {
		d, listed := diffs[i+1]
		switch {
		case got[i] == want[i] && listed:
			t.Errorf("line %d matches workerd now: remove it from the differences", i+1)
		case got[i] != want[i] && !(listed && got[i] == d.mcrepl):
			t.Errorf("line %d:\n mcrepl  %s\n workerd %s", i+1, got[i], want[i])
		}
	}
}
