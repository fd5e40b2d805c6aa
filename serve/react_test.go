package serve

import (
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mcrepl/mcrepl/flags"
	"github.com/mcrepl/mcrepl/worker"
)

// reactModules finds a node_modules folder with react and react-dom:
// $MCREPL_REACT_NODE_MODULES, the reference machine's /work/tools, or one
// above the repository.
func reactModules(t *testing.T) string {
	t.Helper()
	cands := []string{os.Getenv("MCREPL_REACT_NODE_MODULES"), "/work/tools/node_modules"}
	if wd, err := os.Getwd(); err == nil {
		for d := wd; ; d = filepath.Dir(d) {
			cands = append(cands, filepath.Join(d, "node_modules"))
			if filepath.Dir(d) == d {
				break
			}
		}
	}
	for _, c := range cands {
		if c == "" {
			continue
		}
		if _, err := os.Stat(filepath.Join(c, "react-dom", "server.edge.js")); err == nil {
			return c
		}
	}
	t.Skip("no node_modules with react-dom found (set MCREPL_REACT_NODE_MODULES); the workerd output in testdata/react stays recorded")
	return ""
}

// TestReact serves the React server-rendering Worker and compares the page
// and its headers with what workerd serve answered.
func TestReact(t *testing.T) {
	mods := reactModules(t)
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
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var logs bytes.Buffer
	srv, err := New(ctx, Config{
		Path: entry,
		Worker: func(func() string) (*worker.Worker, error) {
			return worker.New(worker.Config{Flags: flags.Resolve("2025-08-15", nil)})
		},
		Log: &logs,
	})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx, l) }()

	c := &http.Client{Timeout: 20 * time.Second}
	resp, err := c.Get("http://" + l.Addr().String() + "/page")
	if err != nil {
		t.Fatal(err)
	}
	got, err := io.ReadAll(resp.Body)
	_ = resp.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("page differs from workerd's:\n got %s\nwant %s", got, want)
	}
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "text/html; charset=utf-8" ||
		len(resp.TransferEncoding) != 1 || resp.TransferEncoding[0] != "chunked" {
		t.Errorf("status %d, headers %v, transfer encoding %v; workerd: 200, Content-Type text/html; charset=utf-8, chunked",
			resp.StatusCode, resp.Header, resp.TransferEncoding)
	}
	if _, ok := resp.Header["Date"]; ok {
		t.Errorf("a Date header, which workerd does not send")
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(logs.String(), "GET /page → 200 OK") {
		t.Errorf("log: %q", logs.String())
	}
}
