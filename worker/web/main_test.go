package web_test

import (
	"bytes"
	"context"
	"testing"
	"time"

	"github.com/mcrepl/mcrepl/worker"
)

// run runs src as a classic script in a fresh isolate and returns what it
// printed.
func run(t *testing.T, src string) string {
	t.Helper()
	var out, errb bytes.Buffer
	w, err := worker.New(worker.Config{Stdout: &out, Stderr: &errb})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := w.Run(ctx, "test.js", src); err != nil {
		t.Fatalf("%v\n%s", err, errb.String())
	}
	return out.String()
}

const attempt = `function attempt(f) { try { return JSON.stringify(f()); } catch (e) { return e.constructor.name + ' ' + e.name + ' ' + e.code + ': ' + e.message; } }
`
