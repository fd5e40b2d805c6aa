// Package wpt compares mcrepl's verdicts on the web-platform-tests subset in
// ../shared/wpt (next to the repository) with the verdicts recorded from the
// real workerd, subtest by subtest.
//
// The test in this package (wpt_test.go) builds mcrepl, runs every selected
// test file of the subset through the subset's own runner (run.sh, one file
// per invocation, several files at once), reads the per-subtest details it
// writes, and compares each subtest's verdict (PASS, or anything else) with
// workerd's in results/workerd/details, exactly as the subset's agree.py
// counts: only the subtests workerd's details list are scored, and one that
// mcrepl never reports counts as failed. It fails on a difference that
// testdata/wpt/DIFFERENCES does not list, and on a listed line that no longer
// differs (a stale line). `go test -v ./internal/wpt` prints the agreement per
// group and a summary line.
//
// Environment:
//
//	MCREPL_WPT_DIR     the subset (default: ../shared/wpt beside the repository's root)
//	MCREPL_WPT_GROUPS  comma-separated groups to run, or "all" (default: all)
//	MCREPL_WPT_JOBS    files run at once (default: 2 × the number of CPUs)
//	MCREPL_WPT_TIMEOUT_MS, MCREPL_WPT_KILL_S
//	                   run.sh's WPT_TIMEOUT_MS and WPT_KILL_S (default 20000 and 60, twice
//	                   run.sh's, so that a loaded machine does not make a slow file time out)
//
// The whole subset takes about 40 s on an idle 2-core machine and 135 s on one shared with
// other work (4 files at once); CI runs it all.
//
// This file holds what the test reads: the manifest, the details files, and
// the differences file, whose format is:
//
//	# a comment
//	[group]
//	PATH<TAB>"subtest name"<TAB>reason
//	PATH<TAB>*<TAB>reason
//
// A section names one manifest group; its lines name files of that group
// (paths as in MANIFEST.tsv) and a subtest, JSON-quoted exactly as in the
// details files, or * for every subtest of the file that differs. The reason
// is free text and must not be empty. Only the sections of the groups that
// ran are checked, so a partial run does not call other groups' lines stale.
package wpt

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
)

// Entry is one test file of the manifest.
type Entry struct {
	Group string
	Path  string // relative to the subset's tests/ folder
}

// ReadManifest reads tests/MANIFEST.tsv: "group<TAB>path<TAB>notes" lines,
// # comments.
func ReadManifest(r io.Reader) ([]Entry, error) {
	var out []Entry
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 || f[0] == "" || f[1] == "" {
			return nil, fmt.Errorf("manifest: malformed line %q", line)
		}
		out = append(out, Entry{Group: f[0], Path: f[1]})
	}
	return out, sc.Err()
}

// Groups returns the groups of the manifest in their first order.
func Groups(entries []Entry) []string {
	seen := map[string]bool{}
	var out []string
	for _, e := range entries {
		if !seen[e.Group] {
			seen[e.Group] = true
			out = append(out, e.Group)
		}
	}
	return out
}

// Result is one subtest of a details file.
type Result struct {
	Name    string // JSON-quoted, as in the file
	Status  string
	Message string // JSON-quoted
}

// Pass says whether the subtest counts as passed.
func (r Result) Pass() bool { return r.Status == "PASS" }

// Details is a details file: the subtests in file order and the harness
// status (the last line, "HARNESS<TAB>status").
type Details struct {
	Results []Result
	Harness string
}

// ReadDetails reads one details file: "STATUS<TAB>"name"<TAB>"message""
// lines and a "HARNESS<TAB>status" line. A name that appears twice keeps its
// last verdict, as agree.py does.
func ReadDetails(r io.Reader) (Details, error) {
	var d Details
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 2 {
			continue
		}
		if f[0] == "HARNESS" {
			d.Harness = f[1]
			continue
		}
		res := Result{Status: f[0], Name: f[1]}
		if len(f) > 2 {
			res.Message = f[2]
		}
		d.Results = append(d.Results, res)
	}
	return d, sc.Err()
}

// Verdicts maps each subtest name to whether it passed.
func (d Details) Verdicts() map[string]Result {
	m := make(map[string]Result, len(d.Results))
	for _, r := range d.Results {
		m[r.Name] = r
	}
	return m
}

// Diff is one subtest whose verdict differs from workerd's.
type Diff struct {
	Group, Path, Name string
	Workerd, Mcrepl   Result // Mcrepl.Status is MISSING when mcrepl never reported it
}

// Line is the differences-file line for d, with a reason to be written.
func (d Diff) Line() string {
	msg := ""
	if !d.Mcrepl.Pass() && d.Mcrepl.Message != "" && d.Mcrepl.Message != `""` {
		msg = ": " + d.Mcrepl.Message
	}
	return fmt.Sprintf("%s\t%s\tREASON (workerd %s, mcrepl %s%s)", d.Path, d.Name, d.Workerd.Status, d.Mcrepl.Status, msg)
}

// Count is the agreement of one group or of the whole run.
type Count struct {
	Subtests, WorkerdPass, McreplPass, Same int
}

// Add adds c2 to c.
func (c *Count) Add(c2 Count) {
	c.Subtests += c2.Subtests
	c.WorkerdPass += c2.WorkerdPass
	c.McreplPass += c2.McreplPass
	c.Same += c2.Same
}

// Percent is the share of subtests with the same verdict.
func (c Count) Percent() float64 {
	if c.Subtests == 0 {
		return 100
	}
	return 100 * float64(c.Same) / float64(c.Subtests)
}

// Compare scores one file: every subtest of workerd's details, against
// mcrepl's verdict (failed when absent). It returns the count and the
// differing subtests in workerd's order.
func Compare(e Entry, workerd, mcrepl Details) (Count, []Diff) {
	var c Count
	var diffs []Diff
	got := mcrepl.Verdicts()
	ref := workerd.Verdicts()
	done := map[string]bool{}
	for _, r := range workerd.Results {
		if done[r.Name] {
			continue
		}
		done[r.Name] = true
		r = ref[r.Name]
		m, ok := got[r.Name]
		if !ok {
			m = Result{Name: r.Name, Status: "MISSING"}
		}
		c.Subtests++
		if r.Pass() {
			c.WorkerdPass++
		}
		if m.Pass() {
			c.McreplPass++
		}
		if r.Pass() == m.Pass() {
			c.Same++
		} else {
			diffs = append(diffs, Diff{Group: e.Group, Path: e.Path, Name: r.Name, Workerd: r, Mcrepl: m})
		}
	}
	return c, diffs
}

// Listed is one line of the differences file.
type Listed struct {
	Group, Path, Name, Reason string // Name is JSON-quoted, or *
	Line                      int
}

// Differences is the parsed differences file.
type Differences struct {
	Lines []Listed
}

// ReadDifferences parses the differences file (format in the package doc).
func ReadDifferences(r io.Reader) (Differences, error) {
	var d Differences
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 16<<20)
	group := ""
	seen := map[[2]string]int{}
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), " \r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") {
			if !strings.HasSuffix(line, "]") || len(line) < 3 {
				return d, fmt.Errorf("line %d: malformed section %q", n, line)
			}
			group = line[1 : len(line)-1]
			continue
		}
		if group == "" {
			return d, fmt.Errorf("line %d: a difference before the first [group] section", n)
		}
		f := strings.SplitN(line, "\t", 3)
		if len(f) != 3 || f[0] == "" || strings.TrimSpace(f[2]) == "" {
			return d, fmt.Errorf("line %d: want PATH<TAB>\"name\"<TAB>reason, got %q", n, line)
		}
		if f[1] != "*" {
			var s string
			if err := json.Unmarshal([]byte(f[1]), &s); err != nil {
				return d, fmt.Errorf("line %d: the subtest name must be JSON-quoted as in the details files, or *: %q", n, f[1])
			}
		}
		if strings.HasPrefix(strings.TrimSpace(f[2]), "REASON") {
			return d, fmt.Errorf("line %d: write the reason (the line still says REASON)", n)
		}
		key := [2]string{f[0], f[1]}
		if prev, dup := seen[key]; dup {
			return d, fmt.Errorf("line %d: %s %s is already listed on line %d", n, f[0], f[1], prev)
		}
		seen[key] = n
		d.Lines = append(d.Lines, Listed{Group: group, Path: f[0], Name: f[1], Reason: strings.TrimSpace(f[2]), Line: n})
	}
	return d, sc.Err()
}

// Check matches the differences found in the groups that ran against the
// listed ones. It returns the differences no line lists, and the lines of
// those groups that list nothing that still differs (stale), and the lines
// whose path is not a file of their section's group.
func (d Differences) Check(ran map[string]bool, files map[string]string, diffs []Diff) (unlisted []Diff, stale, misplaced []Listed) {
	used := make([]bool, len(d.Lines))
	index := map[[2]string]int{}
	for i, l := range d.Lines {
		if g, ok := files[l.Path]; !ok || g != l.Group {
			misplaced = append(misplaced, l)
			used[i] = true
			continue
		}
		index[[2]string{l.Path, l.Name}] = i
	}
	for _, df := range diffs {
		if i, ok := index[[2]string{df.Path, df.Name}]; ok {
			used[i] = true
			continue
		}
		if i, ok := index[[2]string{df.Path, "*"}]; ok {
			used[i] = true
			continue
		}
		unlisted = append(unlisted, df)
	}
	for i, l := range d.Lines {
		if !used[i] && ran[l.Group] {
			stale = append(stale, l)
		}
	}
	return unlisted, stale, misplaced
}

// ReadFile is a helper that opens path and hands it to read.
func ReadFile[T any](path string, read func(io.Reader) (T, error)) (T, error) {
	f, err := os.Open(path)
	if err != nil {
		var zero T
		return zero, err
	}
	defer f.Close()
	v, err := read(f)
	if err != nil {
		return v, fmt.Errorf("%s: %w", path, err)
	}
	return v, nil
}
