package serve

import (
	"net/http"
	"testing"
	"time"
)

// headersWorker answers with bodies whose framing workerd decides itself:
// no Content-Type when the Worker sets none, no Content-Length for a null
// body to a HEAD request, a Content-Length for a stream whose length it
// knows (hono's middleware passes c.res.body on as a new Response).
const headersWorker = `
export default {
  async fetch(request) {
    switch (new URL(request.url).pathname) {
      case '/stream': return new Response(new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('<html>')); c.close(); } }));
      case '/null': return new Response(null);
      case '/typed': return new Response(new ReadableStream({ start(c) { c.enqueue(new Uint8Array([1])); c.close(); } }), { headers: { 'content-type': 'x/y' } });
      case '/wrap': return new Response(new Response('abc').body);
      case '/tee': return new Response(new Response('abcde').body.tee()[0]);
      case '/pipe': return new Response(new Response('abc').body.pipeThrough(new TransformStream()));
      case '/blob': return new Response(new Blob(['xy']).stream());
      case '/fixed': {
        const { readable, writable } = new FixedLengthStream(3);
        const w = writable.getWriter(); w.write(new Uint8Array([97, 98, 99])); w.close();
        return new Response(readable);
      }
      case '/hop': return new Response('c', { headers: { connection: 'close', 'keep-alive': 'timeout=5', 'transfer-encoding': 'chunked', upgrade: 'h2c', te: 'trailers', trailer: 'x-t', 'proxy-connection': 'keep-alive' } });
    }
    return new Response('text');
  },
};
`

// TestResponseHeaders checks the headers against what workerd 2026-11-17's
// serve sent for the same Worker (recorded with curl -si; Date left out).
func TestResponseHeaders(t *testing.T) {
	base, _, _, stop := start(t, headersWorker, false)
	defer stop()
	cases := []struct {
		method, path string
		want         map[string][]string // nil: absent
	}{
		// Go's server would sniff "text/html; charset=utf-8" here.
		{"GET", "/stream", map[string][]string{"Content-Type": nil, "Content-Length": nil}},
		{"HEAD", "/stream", map[string][]string{"Content-Type": nil, "Content-Length": nil}},
		{"GET", "/typed", map[string][]string{"Content-Type": {"x/y"}}},
		{"GET", "/null", map[string][]string{"Content-Type": nil, "Content-Length": {"0"}}},
		{"HEAD", "/null", map[string][]string{"Content-Type": nil, "Content-Length": nil}},
		{"HEAD", "/", map[string][]string{"Content-Type": {"text/plain;charset=UTF-8"}, "Content-Length": {"4"}}},
		{"GET", "/", map[string][]string{"Content-Type": {"text/plain;charset=UTF-8"}, "Content-Length": {"4"}}},
		{"GET", "/wrap", map[string][]string{"Content-Length": {"3"}, "Transfer-Encoding": nil}},
		{"HEAD", "/wrap", map[string][]string{"Content-Length": {"3"}}},
		{"GET", "/tee", map[string][]string{"Content-Length": {"5"}}},
		{"GET", "/blob", map[string][]string{"Content-Length": {"2"}}},
		{"GET", "/fixed", map[string][]string{"Content-Length": {"3"}}},
		{"GET", "/pipe", map[string][]string{"Content-Length": nil}},
		{"GET", "/hop", map[string][]string{"Content-Length": {"1"}, "Connection": nil, "Keep-Alive": nil, "Transfer-Encoding": nil,
			"Upgrade": nil, "Te": nil, "Trailer": nil, "Proxy-Connection": {"keep-alive"}}},
	}
	tr := &http.Transport{DisableCompression: true}
	defer tr.CloseIdleConnections()
	client := &http.Client{Timeout: 60 * time.Second, Transport: tr}
	for _, c := range cases {
		req, err := http.NewRequest(c.method, base+c.path, nil)
		if err != nil {
			t.Fatal(err)
		}
		resp, err := client.Do(req)
		if err != nil {
			t.Fatalf("%s %s: %v", c.method, c.path, err)
		}
		resp.Body.Close()
		for k, want := range c.want {
			got := resp.Header[k]
			if len(got) != len(want) || len(want) == 1 && got[0] != want[0] {
				t.Errorf("%s %s: %s is %q, want %q (workerd's)", c.method, c.path, k, got, want)
			}
		}
	}
}
