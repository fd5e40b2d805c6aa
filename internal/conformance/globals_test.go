package conformance_test

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// globalsCases print every name reachable as a global, one a line; their
// outputs differ from workerd's by design, so KNOWN-DIFFERENCES lists them
// and TestGlobals compares them as sets against GLOBALS-DIFFERENCES.
var globalsCases = []string{"013-globals-list", "014-globals-list-newest-date"}

func TestGlobals(t *testing.T) {
	tmpl, err := os.ReadFile(filepath.Join(corpus, "wrapper.js.tmpl"))
	if err != nil {
		t.Fatal(err)
	}
	missing, extra := readGlobalsDifferences(t)
	used := map[string]bool{}
	for _, name := range globalsCases {
		body, err := os.ReadFile(filepath.Join(corpus, "cases", name+".js"))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join(corpus, "expected", name+".out"))
		if err != nil {
			t.Fatal(err)
		}
		got := runCase(t, name, string(tmpl), string(body))
		if got.exit != 0 || len(got.report) > 0 {
			t.Fatalf("%s: exit %d, reports %q", name, got.exit, got.report)
		}
		wd, mc := nameSet(string(want)), nameSet(got.stdout)
		for n := range wd {
			if !mc[n] {
				used["-"+n] = true
				if _, ok := missing[n]; !ok {
					t.Errorf("%s: workerd has the global %s and mcrepl does not: add -%s to GLOBALS-DIFFERENCES with the reason, or implement it", name, n, n)
				}
			}
		}
		for n := range mc {
			if !wd[n] {
				used["+"+n] = true
				if _, ok := extra[n]; !ok {
					t.Errorf("%s: mcrepl has the global %s and workerd does not: remove it, or add +%s to GLOBALS-DIFFERENCES with the reason", name, n, n)
				}
			}
		}
	}
	var stale []string
	for n := range missing {
		if !used["-"+n] {
			stale = append(stale, "-"+n)
		}
	}
	for n := range extra {
		if !used["+"+n] {
			stale = append(stale, "+"+n)
		}
	}
	sort.Strings(stale)
	for _, s := range stale {
		t.Errorf("GLOBALS-DIFFERENCES lists %s, which no longer differs: remove the line", s)
	}
}

// nameSet reads a globals case's output: the names between its --- lines.
func nameSet(out string) map[string]bool {
	set := map[string]bool{}
	for _, line := range strings.Split(out, "\n") {
		if line != "" && !strings.HasPrefix(line, "---") {
			set[line] = true
		}
	}
	return set
}

// readGlobalsDifferences reads GLOBALS-DIFFERENCES: "-NAME  reason" and
// "+NAME  reason" lines; # starts a comment.
func readGlobalsDifferences(t *testing.T) (missing, extra map[string]string) {
	data, err := os.ReadFile(filepath.Join(corpus, "GLOBALS-DIFFERENCES"))
	if err != nil {
		t.Fatal(err)
	}
	missing, extra = map[string]string{}, map[string]string{}
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		name, reason, _ := strings.Cut(line[1:], " ")
		reason = strings.TrimSpace(reason)
		if name == "" || reason == "" {
			t.Fatalf("GLOBALS-DIFFERENCES:%d: want \"-NAME  reason\" or \"+NAME  reason\", got %q", i+1, line)
		}
		switch line[0] {
		case '-':
			missing[name] = reason
		case '+':
			extra[name] = reason
		default:
			t.Fatalf("GLOBALS-DIFFERENCES:%d: a line starts with - or +, got %q", i+1, line)
		}
	}
	return missing, extra
}
