package node_test

import (
	"bytes"
	"context"
	"os"
	"testing"
	"time"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/flags"
	"github.com/mcrepl/mcrepl/trace"
	"github.com/mcrepl/mcrepl/worker"
	"github.com/mcrepl/mcrepl/worker/node"
)

// TestCloudflareNodeServer: Requests handed to a node:http Server through
// cloudflare:node's httpServerHandler and handleAsNodeRequest, as workerd
// answers them: testdata/http/NAME.out was printed by workerd 2026-11-17
// for NAME.js, with cloudflare:node imported as cfnode.
func TestCloudflareNodeServer(t *testing.T) {
	for _, name := range []string{"server", "server2"} {
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile("testdata/http/" + name + ".js")
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile("testdata/http/" + name + ".out")
			if err != nil {
				t.Fatal(err)
			}
			var out, errb bytes.Buffer
			w, err := worker.New(worker.Config{Flags: flags.Resolve("2026-11-23", nil), Stdout: &out, Stderr: &errb})
			if err != nil {
				t.Fatal(err)
			}
			defer w.Close()
			w.Do(func(rt *goja.Runtime) { _ = rt.Set("cfnode", node.CloudflareNode(w.Host())) })
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			body := "(async () => {\n" + string(src) + "\n})().catch((e) => console.log('uncaught', e));"
			if err := w.Run(ctx, name+".js", body); err != nil {
				t.Fatal(err)
			}
			if got := out.String(); got != string(want) {
				t.Errorf("stdout differs from workerd's:\n--- workerd\n%s--- mcrepl\n%s(stderr %q)", want, got, errb.String())
			}
		})
	}
}

// TestHTTPNeedsAllowNet: node:http goes through fetch(), so without
// --allow-net a request fails with fetch()'s refusal, as its 'error' event
// (then 'close'), and nothing is sent.
func TestHTTPNeedsAllowNet(t *testing.T) {
	out, errs := run(t, "2026-11-23", "", `
		const http = process.getBuiltinModule('node:http');
		const req = http.get('http://127.0.0.1:9/x', () => console.log('response?!'));
		req.on('error', (e) => console.log('error', e.name, e.message));
		req.on('close', () => console.log('close', req.destroyed));`, trace.Off)
	want := "error TypeError fetch() of 127.0.0.1:9 is not allowed: mcrepl reaches no network unless you allow it. Run with --allow-net to allow every host, or --allow-net=127.0.0.1:9 for this one.\nclose true\n"
	if out != want {
		t.Errorf("stdout %q (stderr %q), want %q", out, errs, want)
	}
}
