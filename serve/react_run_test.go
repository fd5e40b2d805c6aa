package serve_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mcrepl/mcrepl/command"
)

// TestReactRunFetch runs the React server-rendering Worker with
// `mcrepl run --fetch` and compares the page with workerd serve's.
func TestReactRunFetch(t *testing.T) {
	mods := os.Getenv("MCREPL_REACT_NODE_MODULES")
	if mods == "" {
		mods = "/work/tools/node_modules"
	}
	if _, err := os.Stat(filepath.Join(mods, "react-dom", "server.edge.js")); err != nil {
		t.Skip("no node_modules with react-dom (set MCREPL_REACT_NODE_MODULES); the workerd output in testdata/react stays recorded")
	}
	dir := t.TempDir()
	src, err := os.ReadFile("testdata/react/worker.js")
	if err != nil {
		t.Fatal(err)
	}
	entry := filepath.Join(dir, "worker.js")
	if err := os.WriteFile(entry, src, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(mods, filepath.Join(dir, "node_modules")); err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("testdata/react/workerd.html")
	if err != nil {
		t.Fatal(err)
	}
	var out, errs strings.Builder
	code := command.Main([]string{"mcrepl", "run", "--compat-date", "2025-08-15", entry, "--fetch", "/page"}, strings.NewReader(""), &out, &errs)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, errs.String())
	}
	wantOut := "200 OK\ncontent-type: text/html; charset=utf-8\n\n" + string(want) + "\n"
	if out.String() != wantOut {
		t.Errorf("run --fetch printed\n%s\nwant\n%s", out.String(), wantOut)
	}
}
