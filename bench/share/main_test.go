package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func run(t *testing.T, name string) (float64, error) {
	return runWith(t, alone, name)
}

func runWith(t *testing.T, f func(path, src string) (float64, error), name string) (float64, error) {
	t.Helper()
	path := filepath.Join("testdata", name)
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return f(path, string(src))
}

func TestAloneRunsTheScript(t *testing.T) {
	ms, err := run(t, "posts.js")
	if err != nil {
		t.Fatalf("posts.js: %v", err)
	}
	if ms <= 0 {
		t.Fatalf("posts.js took %v ms, want a positive time", ms)
	}
}

// By reference, the messages are delivered: the listener counts them all and
// prints the RESULT line whose time byReference returns.
func TestByReferenceDelivers(t *testing.T) {
	ms, err := runWith(t, byReference, "posts.js")
	if err != nil {
		t.Fatalf("posts.js by reference: %v", err)
	}
	if ms < 0 {
		t.Fatalf("posts.js by reference took %v ms", ms)
	}
	if _, err := runWith(t, byReference, "nodone.js"); err == nil {
		t.Fatal("nodone.js by reference: no error")
	}
}

func TestRefusesWhatIsNotAWorkload(t *testing.T) {
	for name, want := range map[string]string{
		"nodone.js":  "no top-level done promise",
		"rejects.js": "the workload failed: Error: deliberate",
	} {
		if _, err := run(t, name); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: error %v, want one containing %q", name, err, want)
		}
	}
}

func TestResultMs(t *testing.T) {
	ms, err := resultMs("noise\nRESULT name=small ms=1234.5 n=1000000\n")
	if err != nil || ms != 1234.5 {
		t.Fatalf("resultMs = %v, %v; want 1234.5", ms, err)
	}
	if _, err := resultMs("no result here"); err == nil {
		t.Fatal("resultMs of output without a RESULT line: no error")
	}
}

func TestMedian(t *testing.T) {
	if m := median([]float64{5, 1, 3}); m != 3 {
		t.Errorf("median of 5 1 3 = %v", m)
	}
	if m := median([]float64{4, 1, 3, 2}); m != 2.5 {
		t.Errorf("median of 4 1 3 2 = %v", m)
	}
}
