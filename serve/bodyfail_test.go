package serve

import (
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

// bodyFailWorker has streamed bodies that fail in each way workerd tells
// apart (recorded with workerd serve, 2026-11-23): after some bytes, before
// any but after the first read waited, at once (no response at all), and by
// hanging with nothing left to run.
const bodyFailWorker = `
const enc = new TextEncoder();
const tick = (ms) => new Promise((r) => setTimeout(r, ms));
export default {
  async fetch(request) {
    switch (new URL(request.url).pathname) {
      case '/mid': return new Response(new ReadableStream({
        async pull(c) { c.enqueue(enc.encode('hello')); await tick(10); c.error(new Error('mid boom')); } }));
      case '/later': return new Response(new ReadableStream({
        async start(c) { await tick(10); c.error(new Error('later boom')); } }));
      case '/sync': return new Response(new ReadableStream({ start(c) { c.error(new Error('sync boom')); } }));
      case '/micro': return new Response(new ReadableStream({ async start(c) { await null; c.error(new Error('micro boom')); } }));
      case '/number': return new Response(new ReadableStream({ start(c) { c.enqueue(42); } }));
      case '/hang': return new Response(new ReadableStream({ start(c) { c.enqueue(enc.encode('x')); } }));
      case '/fixed': {
        const { readable, writable } = new FixedLengthStream(10);
        const w = writable.getWriter();
        w.write(enc.encode('AB'));
        setTimeout(() => w.abort(new Error('fixed abort')), 10);
        return new Response(readable);
      }
      case '/empty': return new Response(new ReadableStream({ start(c) { c.close(); } }));
    }
    return new Response('ok');
  },
};
`

// TestBodyFailureAbortsConnection: a body that fails is never taken for a
// whole one. With some bytes sent, or the header sent because the first
// read waited, the connection is cut (no last chunk, short of the
// Content-Length); failing at once, there is no response at all; a body
// that hangs is declared hung, as its response would be.
func TestBodyFailureAbortsConnection(t *testing.T) {
	base, log, _, stop := start(t, bodyFailWorker, false)
	defer stop()
	client := &http.Client{Timeout: 20 * time.Second}
	cases := []struct {
		path     string
		header   bool   // a response header arrives
		body     string // what arrives before the cut
		length   string // Content-Length, "" for chunked
		logWants string
	}{
		{"/mid", true, "hello", "", "body cut: Error: mid boom"},
		{"/later", true, "", "", "body cut: Error: later boom"},
		{"/sync", false, "", "", "body cut: Error: sync boom"},
		{"/micro", false, "", "", "body cut: Error: micro boom"},
		{"/number", false, "", "", "body cut: TypeError: Draining read encountered a value that cannot be converted to bytes"},
		{"/hang", true, "x", "", "body cut: Error: The Workers runtime canceled this request because it detected that your Worker's code had hung"},
		{"/fixed", true, "AB", "10", "body cut: Error: fixed abort"},
	}
	for _, c := range cases {
		resp, err := client.Get(base + c.path)
		if !c.header {
			if err == nil {
				resp.Body.Close()
				t.Errorf("%s: got a %d response, want none (the connection closed)", c.path, resp.StatusCode)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v, want a 200 header", c.path, err)
			continue
		}
		b, rerr := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || string(b) != c.body || resp.Header.Get("Content-Length") != c.length {
			t.Errorf("%s: got %d %q (Content-Length %q), want 200 %q (%q)", c.path, resp.StatusCode, b, resp.Header.Get("Content-Length"), c.body, c.length)
		}
		if !errors.Is(rerr, io.ErrUnexpectedEOF) {
			t.Errorf("%s: reading the body gave %v, want io.ErrUnexpectedEOF (the connection cut)", c.path, rerr)
		}
	}
	for _, c := range cases {
		if got := waitFor(log, c.logWants); !strings.Contains(got, c.logWants) {
			t.Errorf("%s: the log lacks %q:\n%s", c.path, c.logWants, got)
		}
	}
	// An empty stream is an empty chunked body, whole.
	resp, err := client.Get(base + "/empty")
	if err != nil {
		t.Fatal(err)
	}
	b, rerr := io.ReadAll(resp.Body)
	resp.Body.Close()
	if rerr != nil || len(b) != 0 || len(resp.TransferEncoding) != 1 || resp.TransferEncoding[0] != "chunked" {
		t.Errorf("/empty: %q, %v, Transfer-Encoding %v; want a whole empty chunked body", b, rerr, resp.TransferEncoding)
	}
}

// TestClassBasedWorker: a default export that extends WorkerEntrypoint
// serves: each request gets an instance made with (ctx, env), whose env is
// the one cloudflare:workers exports at the top level (the vars in it
// already), and the module's waitUntil extends the request.
func TestClassBasedWorker(t *testing.T) {
	base, log, _, stop := start(t, `
import { env, WorkerEntrypoint, waitUntil } from 'cloudflare:workers';
const atLoad = env.A;
export default class extends WorkerEntrypoint {
  async fetch(request) {
    waitUntil(new Promise((r) => setTimeout(r, 5)).then(() => console.error('after response')));
    return new Response(atLoad + ' ' + this.env.A + ' ' + (this.env === env) + ' ' + typeof this.ctx.waitUntil + ' ' + new URL(request.url).pathname);
  }
}
`, false)
	defer stop()
	code, body := fetchText(t, "GET", base+"/x", nil)
	if code != 200 || body != "1 1 true function /x" {
		t.Errorf("got %d %q", code, body)
	}
	if got := waitFor(log, "after response"); !strings.Contains(got, "after response") {
		t.Errorf("waitUntil's work did not run:\n%s", got)
	}
}
