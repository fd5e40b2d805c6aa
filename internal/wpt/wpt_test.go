package wpt

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

const differencesFile = "../../testdata/wpt/DIFFERENCES"

// subsetDir is the WPT subset: $MCREPL_WPT_DIR, else ../shared/wpt beside
// the repository's root (CI lays shared/ beside its clone).
func subsetDir() string {
	if d := os.Getenv("MCREPL_WPT_DIR"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "..", "shared", "wpt")
}

// selection returns the groups to run: MCREPL_WPT_GROUPS, comma-separated,
// or every group of the manifest when it is unset or "all".
func selection(t *testing.T, all []string) []string {
	v := strings.TrimSpace(os.Getenv("MCREPL_WPT_GROUPS"))
	if v == "" || v == "all" {
		return all
	}
	known := map[string]bool{}
	for _, g := range all {
		known[g] = true
	}
	var out []string
	for _, g := range strings.Split(v, ",") {
		g = strings.TrimSpace(g)
		if !known[g] {
			t.Fatalf("MCREPL_WPT_GROUPS: no group %q in the manifest (groups: %s)", g, strings.Join(all, ", "))
		}
		out = append(out, g)
	}
	return out
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

func jobs() int {
	if n, err := strconv.Atoi(os.Getenv("MCREPL_WPT_JOBS")); err == nil && n > 0 {
		return n
	}
	return 2 * runtime.NumCPU()
}

type fileRun struct {
	entry   Entry
	details Details
	took    time.Duration
	err     error
}

// TestWPT runs the selected groups of the subset and compares every
// subtest's verdict with workerd's (package doc).
func TestWPT(t *testing.T) {
	dir := subsetDir()
	runSh := filepath.Join(dir, "run.sh")
	if _, err := os.Stat(runSh); err != nil {
		t.Skipf("the WPT subset is absent (%v): set MCREPL_WPT_DIR or lay shared/wpt beside the repository", err)
	}
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("run.sh needs bash, which is not on PATH")
	}
	if testing.Short() {
		t.Skip("-short: the WPT subset takes minutes")
	}
	entries, err := ReadFile(filepath.Join(dir, "tests", "MANIFEST.tsv"), ReadManifest)
	if err != nil {
		t.Fatal(err)
	}
	diffsListed, err := ReadFile(differencesFile, ReadDifferences)
	if err != nil {
		t.Fatal(err)
	}
	groups := selection(t, Groups(entries))
	ran := map[string]bool{}
	for _, g := range groups {
		ran[g] = true
	}
	files := map[string]string{}
	var todo []Entry
	for _, e := range entries {
		files[e.Path] = e.Group
		if ran[e.Group] {
			todo = append(todo, e)
		}
	}

	tmp := t.TempDir()
	bin := filepath.Join(tmp, "mcrepl")
	build := exec.Command("go", "build", "-o", bin, "github.com/mcrepl/mcrepl")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}

	start := time.Now()
	runs := make([]fileRun, len(todo))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < jobs(); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				runs[i] = runFile(runSh, dir, bin, filepath.Join(tmp, strconv.Itoa(i)), todo[i])
			}
		}()
	}
	for i := range todo {
		next <- i
	}
	close(next)
	wg.Wait()
	wall := time.Since(start)

	counts := map[string]*Count{}
	var total Count
	var diffs []Diff
	for _, r := range runs {
		if r.err != nil {
			t.Errorf("%s: %v", r.entry.Path, r.err)
			continue
		}
		ref, err := ReadFile(filepath.Join(dir, "results", "workerd", "details", r.entry.Path+".txt"), ReadDetails)
		if err != nil {
			t.Errorf("workerd's details: %v", err)
			continue
		}
		c, d := Compare(r.entry, ref, r.details)
		if counts[r.entry.Group] == nil {
			counts[r.entry.Group] = &Count{}
		}
		counts[r.entry.Group].Add(c)
		total.Add(c)
		diffs = append(diffs, d...)
	}
	unlisted, stale, misplaced := diffsListed.Check(ran, files, diffs)
	for _, l := range misplaced {
		t.Errorf("%s:%d: %s is not a file of group [%s] in MANIFEST.tsv", differencesFile, l.Line, l.Path, l.Group)
	}
	byGroup := map[string][]Diff{}
	for _, d := range unlisted {
		byGroup[d.Group] = append(byGroup[d.Group], d)
	}
	staleByGroup := map[string][]Listed{}
	for _, l := range stale {
		staleByGroup[l.Group] = append(staleByGroup[l.Group], l)
	}
	for _, g := range groups {
		c := counts[g]
		if c == nil {
			c = &Count{}
		}
		t.Run(g, func(t *testing.T) {
			t.Logf("group %-16s %5d subtests: same verdict as workerd %5d (%.1f%%); passes mcrepl %5d, workerd %5d",
				g, c.Subtests, c.Same, c.Percent(), c.McreplPass, c.WorkerdPass)
			if u := byGroup[g]; len(u) > 0 {
				var b strings.Builder
				for _, d := range u {
					b.WriteString(d.Line())
					b.WriteByte('\n')
				}
				t.Errorf("%d subtests differ from workerd and are not in %s; fix them, or add these lines under [%s] with their reasons:\n%s",
					len(u), differencesFile, g, b.String())
			}
			for _, l := range staleByGroup[g] {
				t.Errorf("%s:%d: %s %s no longer differs from workerd: remove the line", differencesFile, l.Line, l.Path, l.Name)
			}
		})
	}
	sort.Slice(runs, func(i, j int) bool { return runs[i].took > runs[j].took })
	var slow []string
	for _, r := range runs[:min(5, len(runs))] {
		slow = append(slow, fmt.Sprintf("%s %.1fs", r.entry.Path, r.took.Seconds()))
	}
	t.Logf("slowest files: %s", strings.Join(slow, ", "))
	t.Logf("wpt: %d groups, %d files, %d subtests: same verdict as workerd %d (%.1f%%); passes mcrepl %d, workerd %d; %d listed differences; %.0fs with %d jobs",
		len(groups), len(todo), total.Subtests, total.Same, total.Percent(), total.McreplPass, total.WorkerdPass,
		len(diffs)-len(unlisted), wall.Seconds(), jobs())
}

// runFile runs one manifest entry through run.sh into out and reads the
// details it wrote.
func runFile(runSh, dir, bin, out string, e Entry) fileRun {
	start := time.Now()
	// At a lower priority: under `go test ./...` other packages' tests share the CPUs, and
	// some of them have deadlines.
	cmd := exec.Command("bash", runSh, "mcrepl", e.Path)
	if nice, err := exec.LookPath("nice"); err == nil {
		cmd = exec.Command(nice, "-n", "10", "bash", runSh, "mcrepl", e.Path)
	}
	cmd.Env = append(os.Environ(),
		"MCREPL_BIN="+bin, "WPT_OUT_DIR="+out, "TMPDIR="+filepath.Dir(out),
		"NO_COLOR=1", "MCREPL_FLAGS=", "MCREPL_HISTORY=",
		// Twice run.sh's defaults: on a loaded machine (CI shares its two cores with other
		// packages' tests) a slow file must not turn into a TIMEOUT that workerd never had.
		"WPT_TIMEOUT_MS="+envOr("MCREPL_WPT_TIMEOUT_MS", "20000"), "WPT_KILL_S="+envOr("MCREPL_WPT_KILL_S", "60"))
	output, err := cmd.CombinedOutput()
	r := fileRun{entry: e, took: time.Since(start)}
	if err != nil {
		r.err = fmt.Errorf("run.sh: %v\n%s", err, output)
		return r
	}
	r.details, r.err = ReadFile(filepath.Join(out, "details", e.Path+".txt"), ReadDetails)
	if r.err == nil && r.details.Harness == "" {
		r.err = fmt.Errorf("run.sh wrote no HARNESS line for %s:\n%s", e.Path, output)
	}
	return r
}
