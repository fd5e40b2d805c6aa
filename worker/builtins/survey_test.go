package builtins_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/mcrepl/mcrepl/worker"
)

// engineLimits are the survey's rows where mcrepl differs from workerd, with
// what mcrepl prints: each needs a change of goja itself.
// docs/differences.md lists them with the same messages.
var engineLimits = map[string]string{
	"RegExp d flag":         "SyntaxError: Invalid flags supplied to RegExp constructor 'd'",
	"RegExp v flag":         "SyntaxError: Invalid flags supplied to RegExp constructor 'v'",
	"resizable ArrayBuffer": "undefined",
	"SharedArrayBuffer":     "ReferenceError: SharedArrayBuffer is not defined",
	"Atomics":               "ReferenceError: Atomics is not defined",
	"Float16Array":          "ReferenceError: Float16Array is not defined",
}

// TestSurvey runs the builtins survey (conformance case 1100: the 58
// builtins Workers code commonly uses, one probe each) and compares every
// row with workerd's recorded output: a row matches, or it is one of the
// engine limits above with exactly the output listed there.
func TestSurvey(t *testing.T) {
	body, err := os.ReadFile("../../testdata/conformance/cases/1100-builtins-survey.js")
	if err != nil {
		t.Fatal(err)
	}
	rec, err := os.ReadFile("../../testdata/conformance/expected/1100-builtins-survey.out")
	if err != nil {
		t.Fatal(err)
	}
	var out, errw strings.Builder
	w, err := worker.New(worker.Config{Stdout: &out, Stderr: &errw})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if err := w.Run(context.Background(), "survey.js", "(async () => {\n"+string(body)+"\n})()"); err != nil {
		t.Fatalf("%v\n%s", err, errw.String())
	}
	want := rows(string(rec))
	got := rows(out.String())
	if len(want) != 58 || len(got) != 58 {
		t.Fatalf("%d rows recorded, %d run; want 58 of each\n%s", len(want), len(got), out.String())
	}
	same := 0
	for name, w := range want {
		g := got[name]
		switch {
		case g == w:
			same++
			if _, listed := engineLimits[name]; listed {
				t.Errorf("%s matches workerd now (%q): remove it from engineLimits", name, g)
			}
		case engineLimits[name] == g:
		default:
			t.Errorf("%s: mcrepl %q, workerd %q", name, g, w)
		}
	}
	if same < 50 {
		t.Errorf("%d of 58 builtins match workerd; want at least 50", same)
	}
	t.Logf("%d of 58 builtins match workerd", same)
}

// rows reads "name | result" lines.
func rows(s string) map[string]string {
	m := map[string]string{}
	for _, l := range strings.Split(s, "\n") {
		if name, res, ok := strings.Cut(l, " | "); ok {
			m[name] = res
		}
	}
	return m
}
