package node_test

import (
	"bytes"
	"context"
	"os"
	"testing"
	"time"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/flags"
	"github.com/mcrepl/mcrepl/worker"
	"github.com/mcrepl/mcrepl/worker/node"
)

// TestCloudflareNodeServer: Requests handed to a node:http Server through
// cloudflare:node's httpServerHandler and handleAsNodeRequest, as workerd
// answers them (testdata/http/server.out was printed by workerd
// 2026-11-17 for the same body, cloudflare:node imported as cfnode).
func TestCloudflareNodeServer(t *testing.T) {
	src, err := os.ReadFile("testdata/http/server.js")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("testdata/http/server.out")
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
	if err := w.Run(ctx, "server.js", body); err != nil {
		t.Fatal(err)
	}
	if got := out.String(); got != string(want) {
		t.Errorf("stdout differs from workerd's:\n--- workerd\n%s--- mcrepl\n%s(stderr %q)", want, got, errb.String())
	}
}
