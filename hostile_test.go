package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// updateHostile rewrites testdata/hostile/*.want from what mcrepl does now:
// review the diff.
var updateHostile = flag.Bool("update-hostile", false, "rewrite testdata/hostile/*.want")

// crashSigns are what no hostile input may ever print: a Go panic or crash
// dump, or mcrepl's report of one of its own bugs.
var crashSigns = regexp.MustCompile(`goroutine [0-9]+|panic:|fatal error|internal error|runtime\.`)

// TestHostileCorpus runs every input of testdata/hostile through the built
// mcrepl (testscript puts it on PATH) and compares its exit code and the
// first line of its standard error with the case's .want file. A case is a
// file (a script, or for .txt a transcript piped into the shell) and its
// .args: the command line, FILE standing for the case's file. Whatever the
// input, nothing may look like a crash.
func TestHostileCorpus(t *testing.T) {
	bin, err := exec.LookPath("mcrepl")
	if err != nil {
		t.Skip("mcrepl is not on PATH (testscript puts it there)")
	}
	dir, err := filepath.Abs("testdata/hostile")
	if err != nil {
		t.Fatal(err)
	}
	argsFiles, err := filepath.Glob(filepath.Join(dir, "*.args"))
	if err != nil || len(argsFiles) == 0 {
		t.Fatalf("no cases in %s: %v", dir, err)
	}
	for _, af := range argsFiles {
		file := strings.TrimSuffix(filepath.Base(af), ".args")
		t.Run(file, func(t *testing.T) {
			got := runHostile(t, bin, dir, file)
			wantFile := filepath.Join(dir, file+".want")
			if *updateHostile {
				if err := os.WriteFile(wantFile, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(wantFile)
			if err != nil {
				t.Fatalf("%v (go test -run TestHostileCorpus -update-hostile writes it)", err)
			}
			if got != string(want) {
				t.Errorf("got\n%s\nwant\n%s", got, want)
			}
		})
	}
}

// runHostile runs one case and returns its .want text: the command, the
// exit code and the first line of stderr.
func runHostile(t *testing.T, bin, dir, file string) string {
	raw, err := os.ReadFile(filepath.Join(dir, file+".args"))
	if err != nil {
		t.Fatal(err)
	}
	line := strings.TrimSpace(string(raw))
	args := strings.Fields(line)
	shell := strings.HasSuffix(file, ".txt")
	for i, a := range args {
		if a == "FILE" {
			args[i] = file
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "MCREPL_TEST_NOW=2026-11-23", "MCREPL_HISTORY=", "NO_COLOR=1")
	if shell {
		f, err := os.Open(filepath.Join(dir, file))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		cmd.Stdin = f
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	code := 0
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		code = ee.ExitCode()
	case err != nil:
		t.Fatal(err)
	}
	if ctx.Err() != nil {
		t.Fatalf("did not end within a minute")
	}
	for _, out := range []*bytes.Buffer{&stdout, &stderr} {
		if m := crashSigns.Find(out.Bytes()); m != nil {
			t.Errorf("printed %q:\n%s", m, excerptOf(out.String()))
		}
	}
	first, _, _ := strings.Cut(stderr.String(), "\n")
	first = strings.ReplaceAll(first, dir, "$DIR")
	first = strings.ReplaceAll(first, filepath.Dir(filepath.Dir(dir)), "$REPO")
	for _, v := range varying {
		first = v.re.ReplaceAllString(first, v.with)
	}
	return "args: " + line + "\nexit: " + strconv.Itoa(code) + "\nstderr: " + excerptOf(first) + "\n"
}

// varying are the parts of a message that change from run to run.
var varying = []struct {
	re   *regexp.Regexp
	with string
}{
	{regexp.MustCompile(`/proc/[0-9]+/`), "/proc/PID/"},
	{regexp.MustCompile(`\(heap [0-9]+ MiB\)`), "(heap N MiB)"},
}

// excerptOf keeps a line readable in a .want file: at most 200 bytes.
func excerptOf(s string) string {
	if len(s) > 200 {
		return s[:200] + "..."
	}
	return s
}
