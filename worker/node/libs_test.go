package node_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/mcrepl/mcrepl/flags"
	"github.com/mcrepl/mcrepl/loader"
	"github.com/mcrepl/mcrepl/worker"
)

// TestLibraries runs testdata/libs/*.mjs, which use the real React scheduler,
// setimmediate, core-js and bluebird packages, and the libraries Workers
// ship (itty-router, jose, nanoid and uuid, zod and valibot, superjson,
// comlink, preact with preact-render-to-string, date-fns, hono's router and
// middleware, follow-redirects over node:http, debug's Node build, which
// requires node:tty, node-gzip and pngjs over node:zlib, jsonwebtoken over
// node:crypto), at 2026-11-17, and compares their output with what workerd
// 2026-12-01 printed for the same modules (as workerd 2026-11-17 did; at the
// date 2026-12-01 too), bundled by esbuild with the workerd, worker and browser
// conditions: the want string, or testdata/libs/NAME.out. The packages are
// not vendored: the test looks for a node_modules folder in
// $MCREPL_NODE_MODULES, then in /work/tools, and skips a library that is
// not installed there. Conformance cases 1621-1628 reproduce the libraries'
// detection logic without them.
func TestLibraries(t *testing.T) {
	var dirs []string
	if d := os.Getenv("MCREPL_NODE_MODULES"); d != "" {
		dirs = append(dirs, d)
	}
	dirs = append(dirs, "/work/tools/node_modules")
	for _, tc := range []struct{ file, pkg, want string }{
		{"react-scheduler.mjs", "scheduler", "port 1 | micro | task B | task A | timeout 0\n"},
		{"setimmediate.mjs", "setimmediate", "port 1 | micro | imm 1 | timeout 0 | imm 2 function\n"},
		{"core-js.mjs", "core-js", "port 1 | micro | imm 1 | timeout 0 | imm 2\n"},
		{"bluebird.mjs", "bluebird", "port 1 | native micro | bluebird 1 | timeout 0\n"},
		{"itty.mjs", "itty-router", ""},
		{"jose.mjs", "jose", ""},
		{"ids.mjs", "nanoid uuid", ""},
		{"schema.mjs", "zod valibot", ""},
		{"superjson.mjs", "superjson", ""},
		{"comlink.mjs", "comlink", ""},
		{"preact.mjs", "preact preact-render-to-string", ""},
		{"datefns.mjs", "date-fns", ""},
		{"hono.mjs", "hono", ""},
		{"hono-middleware.mjs", "hono", ""},
		{"follow-redirects.mjs", "follow-redirects", ""},
		{"debug.mjs", "debug", ""},
		{"node-gzip.mjs", "node-gzip", ""},
		{"pngjs.mjs", "pngjs", ""},
		{"jsonwebtoken.mjs", "jsonwebtoken", ""},
		{"fs-extra.mjs", "fs-extra", ""},
	} {
		pkgs := strings.Fields(tc.pkg)
		t.Run(pkgs[0], func(t *testing.T) {
			var modules string
			for _, d := range dirs {
				all := true
				for _, pkg := range pkgs {
					if _, err := os.Stat(filepath.Join(d, pkg, "package.json")); err != nil {
						all = false
					}
				}
				if all {
					modules = d
					break
				}
			}
			if modules == "" {
				t.Skipf("%s not installed (npm install %s, then MCREPL_NODE_MODULES=/path/to/node_modules)", tc.pkg, tc.pkg)
			}
			want := tc.want
			if want == "" {
				b, err := os.ReadFile(filepath.Join("testdata", "libs", strings.TrimSuffix(tc.file, ".mjs")+".out"))
				if err != nil {
					t.Fatal(err)
				}
				want = string(b)
			}
			dir := t.TempDir()
			if err := os.Symlink(modules, filepath.Join(dir, "node_modules")); err != nil {
				t.Fatal(err)
			}
			src, err := os.ReadFile(filepath.Join("testdata", "libs", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			file := filepath.Join(dir, tc.file)
			if err := os.WriteFile(file, src, 0o644); err != nil {
				t.Fatal(err)
			}
			p, err := loader.Load(file, nil)
			if err != nil {
				t.Fatal(err)
			}
			var out, errb bytes.Buffer
			w, err := worker.New(worker.Config{Flags: flags.Resolve("2026-11-17", nil), Stdout: &out, Stderr: &errb})
			if err != nil {
				t.Fatal(err)
			}
			defer w.Close()
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			if err := p.Run(ctx, w); err != nil {
				t.Fatalf("%v: %s", err, errb.String())
			}
			if out.String() != want {
				t.Errorf("got %q, want workerd's %q", out.String(), want)
			}
		})
	}
}
