package worker

import (
	"os"
	"strings"
	"testing"
	"time"
)

// TestNoGoNamesInStacks calls every function and constructor reachable from
// the global object (two levels down, prototypes included) with arguments
// that make most of them throw, and requires that no error's stack, as the
// script reads it, names Go code (a host function made by rt.ToValue keeps
// its Go name in goja's frames until it is renamed).
func TestNoGoNamesInStacks(t *testing.T) {
	src, err := os.ReadFile("testdata/stack_sweep.js")
	if err != nil {
		t.Fatal(err)
	}
	out, _, _ := runWithin(t, string(src), 60*time.Second)
	last := strings.TrimSpace(out[strings.LastIndex(strings.TrimRight(out, "\n"), "\n")+1:])
	if last != "clean" {
		t.Errorf("stacks naming Go code:\n%s", out[strings.Index(out, "\n")+1:])
	}
}
