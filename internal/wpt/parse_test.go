package wpt

import (
	"strings"
	"testing"
)

func TestReadDifferences(t *testing.T) {
	for _, tc := range []struct {
		name, in, err string
		lines         int
	}{
		{"empty", "# nothing\n\n", "", 0},
		{"two sections", "[a]\nx.js\t\"n 1\"\tgoja has no X\n[b]\ny.js\t*\tnot built\n", "", 2},
		{"before a section", "x.js\t\"n\"\treason\n", "before the first [group]", 0},
		{"unquoted name", "[a]\nx.js\tn\treason\n", "JSON-quoted", 0},
		{"no reason", "[a]\nx.js\t\"n\"\t \n", "want PATH", 0},
		{"placeholder reason", "[a]\nx.js\t\"n\"\tREASON (workerd PASS, mcrepl FAIL)\n", "write the reason", 0},
		{"duplicate", "[a]\nx.js\t\"n\"\tr\n[a]\nx.js\t\"n\"\tr2\n", "already listed on line 2", 0},
		{"bad section", "[a\n", "malformed section", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := ReadDifferences(strings.NewReader(tc.in))
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("err = %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Lines) != tc.lines {
				t.Fatalf("%d lines, want %d", len(d.Lines), tc.lines)
			}
		})
	}
}

func details(t *testing.T, s string) Details {
	t.Helper()
	d, err := ReadDetails(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestCompareAndCheck(t *testing.T) {
	e := Entry{Group: "g", Path: "f.js"}
	ref := details(t, "PASS\t\"a\"\t\"\"\nFAIL\t\"b\"\t\"x\"\nPASS\t\"c\"\t\"\"\nMISSING\t\"d\"\nHARNESS\tOK\n")
	got := details(t, "PASS\t\"a\"\t\"\"\nPASS\t\"b\"\t\"\"\nPASS\t\"extra\"\t\"\"\nHARNESS\tERROR\n")
	if got.Harness != "ERROR" {
		t.Fatalf("harness %q", got.Harness)
	}
	c, diffs := Compare(e, ref, got)
	want := Count{Subtests: 4, WorkerdPass: 2, McreplPass: 2, Same: 2}
	if c != want {
		t.Fatalf("count %+v, want %+v", c, want)
	}
	if len(diffs) != 2 || diffs[0].Name != `"b"` || diffs[1].Name != `"c"` || diffs[1].Mcrepl.Status != "MISSING" {
		t.Fatalf("diffs %+v", diffs)
	}
	if l := diffs[1].Line(); l != "f.js\t\"c\"\tREASON (workerd PASS, mcrepl MISSING)" {
		t.Fatalf("line %q", l)
	}
	files := map[string]string{"f.js": "g", "h.js": "h"}
	ran := map[string]bool{"g": true}
	for _, tc := range []struct {
		name                      string
		list                      string
		unlisted, stale, misplace int
	}{
		{"none listed", "", 2, 0, 0},
		{"one listed", "[g]\nf.js\t\"b\"\tr\n", 1, 0, 0},
		{"wildcard", "[g]\nf.js\t*\tr\n", 0, 0, 0},
		{"stale", "[g]\nf.js\t\"a\"\tr\nf.js\t*\tr\n", 0, 1, 0},
		{"other group not run", "[h]\nh.js\t\"zz\"\tr\n", 2, 0, 0},
		{"wrong group", "[h]\nf.js\t\"b\"\tr\n", 2, 0, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := ReadDifferences(strings.NewReader(tc.list))
			if err != nil {
				t.Fatal(err)
			}
			u, s, m := d.Check(ran, files, diffs)
			if len(u) != tc.unlisted || len(s) != tc.stale || len(m) != tc.misplace {
				t.Fatalf("unlisted %d stale %d misplaced %d, want %d %d %d", len(u), len(s), len(m), tc.unlisted, tc.stale, tc.misplace)
			}
		})
	}
}

func TestReadManifest(t *testing.T) {
	m, err := ReadManifest(strings.NewReader("# group\tpath\n# ---- x ----\ng\ta.js\tnote\ng\tb.js\t\nh\tc.js\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(m) != 3 || m[2] != (Entry{"h", "c.js"}) {
		t.Fatalf("%+v", m)
	}
	if g := Groups(m); strings.Join(g, ",") != "g,h" {
		t.Fatalf("groups %v", g)
	}
	if _, err := ReadManifest(strings.NewReader("g\n")); err == nil {
		t.Fatal("a line without a path must fail")
	}
}
