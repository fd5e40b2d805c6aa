// Package conformance_test runs the conformance corpus recorded from the
// real workerd (testdata/conformance) through `mcrepl run`, as a real
// process built from this module, and compares stdout byte for byte, the
// exit status, and the report lines of stderr (README.md of the corpus says
// how workerd's stderr maps to mcrepl's).
//
// Deliberate differences are listed in testdata/conformance/KNOWN-DIFFERENCES
// (case name, then the reason); the test fails when a listed case passes or
// an unlisted case fails. On a mismatch the actual output is written beside
// the golden file as NAME.out.got (and NAME.err.got) for an easy diff;
// -update-known rewrites KNOWN-DIFFERENCES' case list from the current
// results, keeping the reasons already written.
package conformance_test

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

var updateKnown = flag.Bool("update-known", false, "rewrite KNOWN-DIFFERENCES from the current results")

const corpus = "../../testdata/conformance"

// defaultDate is the date of a case without a header (README.md).
const defaultDate = "2025-08-15"

type result struct {
	stdout string
	report []string // stderr lines that report something (not stack frames)
	exit   int
}

func TestConformance(t *testing.T) {
	cases, err := filepath.Glob(filepath.Join(corpus, "cases", "*.js"))
	if err != nil || len(cases) == 0 {
		t.Fatalf("no cases in %s: %v", corpus, err)
	}
	tmpl, err := os.ReadFile(filepath.Join(corpus, "wrapper.js.tmpl"))
	if err != nil {
		t.Fatal(err)
	}
	known := readKnown(t)
	var mu sync.Mutex
	failed := map[string]bool{}
	t.Run("case", func(t *testing.T) {
		for _, path := range cases {
			name := strings.TrimSuffix(filepath.Base(path), ".js")
			t.Run(name, func(t *testing.T) {
				t.Parallel()
				body, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				got := runCase(t, name, string(tmpl), string(body))
				diff := compare(t, name, got)
				mu.Lock()
				defer mu.Unlock()
				if diff != "" {
					failed[name] = true
				}
				switch {
				case diff != "" && known[name] == "":
					t.Errorf("differs from workerd (not in KNOWN-DIFFERENCES):\n%s", diff)
				case diff == "" && known[name] != "":
					t.Errorf("listed in KNOWN-DIFFERENCES (%s) but now matches workerd: remove it", known[name])
				}
			})
		}
	})
	pass := len(cases) - len(failed)
	t.Logf("conformance: %d/%d cases match workerd", pass, len(cases))
	for name := range known {
		if _, err := os.Stat(filepath.Join(corpus, "cases", name+".js")); err != nil {
			t.Errorf("KNOWN-DIFFERENCES lists %s, which is not a case", name)
		}
	}
	if *updateKnown {
		writeKnown(t, failed, known)
	}
}

// header reads "// config: date=... flags=a,b" from the first line.
func header(body string) (date string, names []string) {
	date = defaultDate
	first, _, _ := strings.Cut(body, "\n")
	rest, ok := strings.CutPrefix(first, "// config:")
	if !ok {
		return date, nil
	}
	for _, kv := range strings.Fields(rest) {
		k, v, _ := strings.Cut(kv, "=")
		switch k {
		case "date":
			date = v
		case "flags":
			if v != "" {
				names = strings.Split(v, ",")
			}
		}
	}
	return date, names
}

// module builds worker.js as record.sh does: {{NAME}} substituted, the
// {{BODY}} line replaced by the body.
func module(tmpl, name, body string) string {
	var b strings.Builder
	for _, line := range strings.SplitAfter(tmpl, "\n") {
		if strings.Contains(line, "{{BODY}}") {
			b.WriteString(body)
			if !strings.HasSuffix(body, "\n") {
				b.WriteString("\n")
			}
			continue
		}
		b.WriteString(strings.ReplaceAll(line, "{{NAME}}", name))
	}
	return b.String()
}

// mcrepl is the binary under test, built by TestMain.
var mcrepl string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "mcrepl-conformance")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	mcrepl = filepath.Join(dir, "mcrepl")
	build := exec.Command("go", "build", "-o", mcrepl, "github.com/mcrepl/mcrepl")
	build.Stderr = os.Stderr
	code := 1
	if err := build.Run(); err == nil {
		code = m.Run()
	}
	os.RemoveAll(dir)
	os.Exit(code)
}

// runCase runs the case as `mcrepl run --trace off --no-report --compat-date DATE
// [--flag F]... worker` in a fresh directory. The module file is called
// worker, as the module is named in record.sh's config, so that locations
// read worker:LINE:COL as in workerd.
func runCase(t *testing.T, name, tmpl, body string) result {
	date, names := header(body)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "worker"), []byte(module(tmpl, name, body)), 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"run", "--trace", "off", "--no-report", "--compat-date", date}
	for _, n := range names {
		args = append(args, "--flag", n)
	}
	args = append(args, "worker")
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, mcrepl, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "MCREPL_TEST_NOW=2026-11-23", "NO_COLOR=1", "MCREPL_HISTORY=", "TZ=UTC")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var res result
	var exitErr *exec.ExitError
	switch {
	case errors.As(err, &exitErr):
		res.exit = exitErr.ExitCode()
	case err != nil:
		t.Fatalf("mcrepl %s: %v", strings.Join(args, " "), err)
	}
	res.stdout = stdout.String()
	sc := bufio.NewScanner(&stderr)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == ' ' || line[0] == '\t' || mcreplOwn.MatchString(line) {
			continue
		}
		if strings.HasPrefix(line, "mcrepl: ") && strings.Contains(line, "SyntaxError") {
			line = "SyntaxError"
		}
		res.report = append(res.report, line)
	}
	return res
}

// mcreplOwn matches what mcrepl adds after workerd's messages: hints for
// unknown flags, and the line saying that test() failed (workerd's own
// "[ FAIL ]" framing is not compared either).
var mcreplOwn = regexp.MustCompile(`^mcrepl: (.*: did you mean .*\?|'mcrepl flags' lists .*|.*: test\(\) failed)$`)

// expectedReport maps workerd's exit status and normalized stderr to what
// mcrepl prints: a configuration error exits 2 (usage) instead of 1;
// "service main: " becomes "mcrepl: " for errors and "mcrepl: warning: " for
// warnings; workerd's info lines become mcrepl's uncaught-error reports and
// warnings; a syntax error is only checked to be one.
func expectedReport(meta string) (exit int, lines []string) {
	config := false
	for _, line := range strings.Split(meta, "\n") {
		switch {
		case strings.HasPrefix(line, "exit: "):
			fmt.Sscanf(line, "exit: %d", &exit)
		case strings.HasPrefix(line, "service main: Uncaught SyntaxError"):
			lines = append(lines, "SyntaxError")
		case strings.HasPrefix(line, "service main: The compatibility flag "):
			lines = append(lines, "mcrepl: warning: "+strings.TrimPrefix(line, "service main: "))
		case strings.HasPrefix(line, "service main: "):
			config = true
			lines = append(lines, "mcrepl: "+strings.TrimPrefix(line, "service main: "))
		case strings.HasPrefix(line, "Ignoring attempt to Cache.put() a 304"),
			strings.HasPrefix(line, "To use the new TransformStream() constructor with a custom transformer"):
			// A warning workerd logs as it is (IoContext::logWarning).
			lines = append(lines, line)
		case strings.HasPrefix(line, "info: console warning; message = "):
			lines = append(lines, strings.TrimPrefix(line, "info: console warning; message = "))
		case strings.HasPrefix(line, "info: uncaught exception; desc = "):
			lines = append(lines, "Uncaught "+strings.TrimPrefix(line, "info: uncaught exception; desc = "))
		case strings.HasPrefix(line, "info: uncaught exception; source = Uncaught; stack = "):
			// A task's exception (a timer's, an immediate's).
			lines = append(lines, "Uncaught "+strings.TrimPrefix(line, "info: uncaught exception; source = Uncaught; stack = "))
		case strings.HasPrefix(line, "info: uncaught exception; source = Uncaught (in promise); stack = "):
			lines = append(lines, "Uncaught (in promise) "+strings.TrimPrefix(line, "info: uncaught exception; source = Uncaught (in promise); stack = "))
		}
	}
	if config && exit == 1 {
		exit = 2
	}
	return exit, lines
}

func compare(t *testing.T, name string, got result) string {
	out, err := os.ReadFile(filepath.Join(corpus, "expected", name+".out"))
	if err != nil {
		t.Fatal(err)
	}
	meta, err := os.ReadFile(filepath.Join(corpus, "expected", name+".meta"))
	if err != nil {
		t.Fatal(err)
	}
	exit, report := expectedReport(string(meta))
	var diff strings.Builder
	gotFile := filepath.Join(corpus, "expected", name+".out.got")
	if got.stdout != string(out) {
		fmt.Fprintf(&diff, "stdout:\n--- workerd\n%s--- mcrepl\n%s", out, got.stdout)
		_ = os.WriteFile(gotFile, []byte(got.stdout), 0o644)
	} else {
		_ = os.Remove(gotFile)
	}
	if got.exit != exit {
		fmt.Fprintf(&diff, "exit status: workerd %d, mcrepl %d\n", exit, got.exit)
	}
	if strings.Join(got.report, "\n") != strings.Join(report, "\n") {
		fmt.Fprintf(&diff, "stderr reports:\n--- workerd\n%s\n--- mcrepl\n%s\n", strings.Join(report, "\n"), strings.Join(got.report, "\n"))
	}
	return diff.String()
}

// readKnown reads KNOWN-DIFFERENCES: "NAME  reason" lines; # starts a
// comment.
func readKnown(t *testing.T) map[string]string {
	data, err := os.ReadFile(filepath.Join(corpus, "KNOWN-DIFFERENCES"))
	if errors.Is(err, os.ErrNotExist) {
		return map[string]string{}
	}
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]string{}
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		name, reason, _ := strings.Cut(line, " ")
		known[name] = strings.TrimSpace(reason)
	}
	return known
}

func writeKnown(t *testing.T, failed map[string]bool, known map[string]string) {
	var names []string
	for n := range failed {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString(knownHeader)
	for _, n := range names {
		reason := known[n]
		if reason == "" {
			reason = "(reason to be written)"
		}
		fmt.Fprintf(&b, "%s  %s\n", n, reason)
	}
	if err := os.WriteFile(filepath.Join(corpus, "KNOWN-DIFFERENCES"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

const knownHeader = `# Conformance cases where mcrepl deliberately differs from workerd.
# One line per case: the case name, then why (docs/differences.md has more).
# internal/conformance's test fails when a listed case matches workerd or an
# unlisted case does not.
`
