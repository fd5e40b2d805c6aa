package docs

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/diff"
)

// update rewrites the outputs in the docs' example blocks with what mcrepl
// prints now, as gofmt's -update does for its golden files: review the diff.
var update = flag.Bool("update", false, "rewrite the example outputs in docs/*.md")

// testNow is the day the examples are run on, as in main_test.go's TestScript
// (the day the workerd outputs in testdata/conformance were recorded), so that
// the default compatibility date does not depend on the clock.
const testNow = "2026-11-23"

// exitSuffix ends a command whose exit code is shown as the last output line.
const exitSuffix = "; echo $?"

var (
	repoRoot string // the module's root: commands run there
	binary   string // mcrepl, built once by TestMain
)

func TestMain(m *testing.M) {
	flag.Parse()
	os.Exit(run(m))
}

func run(m *testing.M) int {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	repoRoot = root
	dir, err := os.MkdirTemp("", "mcrepl-docs-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	binary = filepath.Join(dir, "mcrepl")
	build := exec.Command("go", "build", "-o", binary, ".")
	build.Dir = repoRoot
	if out, err := build.CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "go build: %v\n%s", err, out)
		return 1
	}
	return m.Run()
}

// A block is a checkable example in a Markdown file: a fenced code block with
// the info string "console" whose first line is "$ mcrepl ...". It holds one
// or more commands, each followed by its output.
type block struct {
	start, end int // the lines between the fences: lines[start:end]
	cmds       []command
}

type command struct {
	line   int // index of the "$ " line
	text   string
	output []string
}

// fence returns the length of the run of backticks that opens a fenced code
// block on line (at least three, at the start of the line), and its info
// string.
func fence(line string) (n int, info string) {
	n = len(line) - len(strings.TrimLeft(line, "`"))
	if n < 3 {
		return 0, ""
	}
	return n, strings.TrimSpace(line[n:])
}

// parseBlocks finds the checkable blocks of a file split into lines. Other
// fenced blocks are skipped whole, so a block shown inside a longer fence (as
// docs/README.md does) is not taken for one.
func parseBlocks(lines []string) ([]block, error) {
	var blocks []block
	for i := 0; i < len(lines); i++ {
		n, info := fence(lines[i])
		if n == 0 {
			continue
		}
		start := i + 1
		end := start
		for end < len(lines) && !closes(lines[end], n) {
			end++
		}
		if end == len(lines) {
			return nil, fmt.Errorf("line %d: fenced block is not closed", i+1)
		}
		i = end
		if info != "console" || start == end || !strings.HasPrefix(lines[start], "$ mcrepl ") {
			continue // not an mcrepl example: not checked
		}
		b := block{start: start, end: end}
		for j := start; j < end; j++ {
			if text, ok := strings.CutPrefix(lines[j], "$ "); ok {
				b.cmds = append(b.cmds, command{line: j, text: text})
				continue
			}
			c := &b.cmds[len(b.cmds)-1]
			c.output = append(c.output, lines[j])
		}
		blocks = append(blocks, b)
	}
	return blocks, nil
}

// closes reports whether line closes a fence opened by n backticks: a line of
// at least n backticks and nothing else.
func closes(line string, n int) bool {
	line = strings.TrimRight(line, " ")
	return len(line) >= n && strings.Trim(line, "`") == ""
}

// An invocation is a command line taken apart.
type invocation struct {
	args     []string // mcrepl's arguments
	stdin    string   // a file to read standard input from ("< FILE"), or ""
	showExit bool     // the line ends with "; echo $?"
}

// parseCommand takes a command line apart. Commands run without a shell, so
// a line that would need one (quotes, pipes, variables, globs) is refused
// rather than run differently from what a reader would type. Two pieces of
// shell syntax are understood: "< FILE" at the end reads standard input from
// FILE, and a final "; echo $?" shows the exit code.
func parseCommand(text string) (invocation, error) {
	var inv invocation
	text, inv.showExit = strings.CutSuffix(text, exitSuffix)
	if before, after, ok := strings.Cut(text, " < "); ok {
		text, inv.stdin = before, strings.TrimSpace(after)
		if inv.stdin == "" || strings.ContainsAny(inv.stdin, " \t") {
			return inv, fmt.Errorf("%q: \"<\" takes one FILE, at the end", text)
		}
	}
	if strings.ContainsAny(text+inv.stdin, `'"\|&;<>$*?(){}`+"`") {
		return inv, fmt.Errorf("%q needs a shell; only plain arguments, \"< FILE\" and a final %q can be checked", text, exitSuffix)
	}
	fields := strings.Fields(text)
	if len(fields) == 0 || fields[0] != "mcrepl" {
		return inv, fmt.Errorf("%q is not an mcrepl command", text)
	}
	inv.args = fields[1:]
	return inv, nil
}

// environ is the test's environment without mcrepl's own variables, with
// the fixed day and no history file.
func environ() []string {
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "MCREPL_") && !strings.HasPrefix(kv, "NO_COLOR=") {
			env = append(env, kv)
		}
	}
	return append(env, "MCREPL_TEST_NOW="+testNow, "MCREPL_HISTORY=")
}

// runCommand runs one example from the repository's root and returns what a
// terminal would show: standard output and standard error interleaved as
// written, then the exit code if the command asks for it.
func runCommand(text string) ([]string, error) {
	inv, err := parseCommand(text)
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(binary, inv.args...)
	cmd.Dir = repoRoot
	cmd.Env = environ()
	if inv.stdin != "" {
		f, err := os.Open(filepath.Join(repoRoot, inv.stdin))
		if err != nil {
			return nil, err
		}
		defer f.Close()
		cmd.Stdin = f
	}
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &out // the same writer: one pipe, so the order is kept
	code := 0
	if err := cmd.Run(); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			return nil, err
		}
		code = ee.ExitCode()
	}
	if code != 0 && !inv.showExit {
		return nil, fmt.Errorf("%q exited %d: end the command with %q to show the exit code\n%s", text, code, exitSuffix, out.String())
	}
	var lines []string
	if s := strings.TrimSuffix(out.String(), "\n"); out.Len() > 0 {
		lines = strings.Split(s, "\n")
	}
	if inv.showExit {
		lines = append(lines, strconv.Itoa(code))
	}
	return lines, nil
}

// TestExamples runs every checkable example of docs/*.md and compares its
// output with the page.
func TestExamples(t *testing.T) {
	watchSources(t)
	pages, err := filepath.Glob(filepath.Join(repoRoot, "docs", "*.md"))
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, page := range pages {
		checked += checkPage(t, page)
	}
	if checked == 0 {
		t.Fatal("no ```console block starting with \"$ mcrepl \" in docs/*.md: nothing was checked")
	}
	t.Logf("%d commands checked", checked)
}

// checkPage checks the examples of one page, or rewrites them with -update,
// and returns how many commands it ran.
func checkPage(t *testing.T, page string) int {
	data, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	name := filepath.Base(page)
	lines := strings.Split(string(data), "\n")
	blocks, err := parseBlocks(lines)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	n := 0
	var rewritten []string
	last := 0
	for _, b := range blocks {
		var got []string
		for _, c := range b.cmds {
			n++
			where := fmt.Sprintf("%s:%d", name, c.line+1)
			out, err := runCommand(c.text)
			if err != nil {
				t.Errorf("%s: %v", where, err)
				out = c.output
			}
			got = append(got, "$ "+c.text)
			got = append(got, out...)
			want := strings.Join(c.output, "\n") + "\n"
			have := strings.Join(out, "\n") + "\n"
			if want != have && !*update {
				t.Errorf("%s: $ %s: the output differs from the page (go test ./internal/docs -update rewrites it):\n%s",
					where, c.text, diff.Diff("page", []byte(want), "mcrepl", []byte(have)))
			}
		}
		rewritten = append(rewritten, lines[last:b.start]...)
		rewritten = append(rewritten, got...)
		last = b.end
	}
	rewritten = append(rewritten, lines[last:]...)
	if *update && !t.Failed() {
		if out := strings.Join(rewritten, "\n"); out != string(data) {
			if err := os.WriteFile(page, []byte(out), 0o644); err != nil {
				t.Fatal(err)
			}
			t.Logf("%s: rewritten", name)
		}
	}
	return n
}

// watchSources makes go test's cache see the files that TestMain's build and
// the examples read through other processes (Go files, scripts): reading
// their metadata here records them, so a change to any of them re-runs the
// test instead of reusing a cached pass.
func watchSources(t *testing.T) {
	err := filepath.WalkDir(repoRoot, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch d.Name() {
			case ".git", "testdata", "bench":
				return filepath.SkipDir
			}
			return nil
		}
		_, err = os.Stat(path)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestParseBlocks(t *testing.T) {
	page := strings.Split("intro\n"+
		"```console\n$ mcrepl run scripts/a.js\nout a\n\n$ mcrepl run scripts/b.js; echo $?\n1\n```\n"+
		"```console\n$ ls\nnot checked\n```\n"+
		"```\n$ mcrepl run scripts/c.js\nnot a console block\n```\n"+
		"````\n```console\n$ mcrepl run scripts/d.js\nshown, not checked\n```\n````\n", "\n")
	blocks, err := parseBlocks(page)
	if err != nil {
		t.Fatal(err)
	}
	if len(blocks) != 1 {
		t.Fatalf("got %d blocks, want 1", len(blocks))
	}
	b := blocks[0]
	if b.start != 2 || b.end != 7 || len(b.cmds) != 2 {
		t.Fatalf("block = lines %d-%d with %d commands, want 2-7 with 2", b.start, b.end, len(b.cmds))
	}
	if got := strings.Join(b.cmds[0].output, "|"); got != "out a|" {
		t.Errorf("first output = %q, want %q", got, "out a|")
	}
	if b.cmds[1].text != "mcrepl run scripts/b.js; echo $?" {
		t.Errorf("second command = %q", b.cmds[1].text)
	}
	if _, err := parseBlocks([]string{"```console", "$ mcrepl run x.js"}); err == nil {
		t.Error("an unclosed block was accepted")
	}
}

func TestParseCommand(t *testing.T) {
	for _, tc := range []struct {
		text     string
		args     string
		stdin    string
		showExit bool
		bad      bool
	}{
		{text: "mcrepl run scripts/a.js", args: "run scripts/a.js"},
		{text: "mcrepl --compat-date 2025-08-14 run  scripts/a.js", args: "--compat-date 2025-08-14 run scripts/a.js"},
		{text: "mcrepl run scripts/a.js; echo $?", args: "run scripts/a.js", showExit: true},
		{text: "mcrepl < scripts/tour.txt", stdin: "scripts/tour.txt"},
		{text: "mcrepl --no-color < scripts/tour.txt; echo $?", args: "--no-color", stdin: "scripts/tour.txt", showExit: true},
		{text: "mcrepl < a b", bad: true},
		{text: "mcrepl < $HOME/a", bad: true},
		{text: "mcrepl run scripts/a.js | head", bad: true},
		{text: "mcrepl run 'my file.js'", bad: true},
		{text: "mcrepl run scripts/a.js > out", bad: true},
		{text: "node scripts/a.js", bad: true},
	} {
		inv, err := parseCommand(tc.text)
		if tc.bad {
			if err == nil {
				t.Errorf("parseCommand(%q) accepted a command it cannot run as written", tc.text)
			}
			continue
		}
		if err != nil || strings.Join(inv.args, " ") != tc.args || inv.stdin != tc.stdin || inv.showExit != tc.showExit {
			t.Errorf("parseCommand(%q) = %+v, %v; want args %q, stdin %q, showExit %v", tc.text, inv, err, tc.args, tc.stdin, tc.showExit)
		}
	}
}

// TestScriptsAreTested checks that every example in scripts/ says in its
// header how to run it, and that testdata/script checks each of those
// commands: an "exits CODE mcrepl ARGS" line with the same arguments, or for
// "mcrepl < FILE" a "stdin FILE" line.
func TestScriptsAreTested(t *testing.T) {
	entries, err := os.ReadDir(filepath.Join(repoRoot, "scripts"))
	if err != nil {
		t.Fatal(err)
	}
	txtars, err := filepath.Glob(filepath.Join(repoRoot, "testdata", "script", "*.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	var tested strings.Builder
	for _, f := range txtars {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		tested.Write(data)
	}
	lines := strings.Split(tested.String(), "\n")
	has := func(prefix, suffix string) bool {
		for _, l := range lines {
			if strings.HasPrefix(l, prefix) && strings.HasSuffix(l, suffix) {
				return true
			}
		}
		return false
	}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || strings.HasSuffix(name, ".sh") {
			continue
		}
		path := "scripts/" + name
		if !strings.Contains(tested.String(), "$REPO/"+path) {
			t.Errorf("%s: no testdata/script/*.txtar copies it from $REPO", path)
		}
		data, err := os.ReadFile(filepath.Join(repoRoot, path))
		if err != nil {
			t.Fatal(err)
		}
		var cmds []string
		for _, l := range strings.Split(string(data), "\n") {
			l = strings.TrimSpace(strings.TrimPrefix(l, "//"))
			if strings.HasPrefix(l, "mcrepl ") && strings.Contains(l, path) {
				cmds = append(cmds, l)
			}
		}
		if len(cmds) == 0 && !strings.Contains(string(data), "go run . run "+path) {
			t.Errorf("%s: its header does not say how to run it (a comment line \"mcrepl run %s\")", path, path)
		}
		for _, c := range cmds {
			if in, ok := strings.CutPrefix(c, "mcrepl < "); ok {
				if !has("stdin "+in, "") {
					t.Errorf("%s: %q is not tested: no \"stdin %s\" in testdata/script", path, c, in)
				}
				continue
			}
			if !has("exits ", " "+c) {
				t.Errorf("%s: %q is not tested: no \"exits CODE %s\" in testdata/script", path, c, c)
			}
		}
	}
}
