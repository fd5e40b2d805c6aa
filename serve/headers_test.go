package serve

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"net"
	"net/http"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/andybalholm/brotli"

	"github.com/mcrepl/mcrepl/flags"
	"github.com/mcrepl/mcrepl/worker"
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

// spellingWorker sets header names in spellings other than workerd's own.
const spellingWorker = `
export default {
  async fetch(request) {
    switch (new URL(request.url).pathname) {
      case '/lower': {
        const h = new Headers();
        for (const n of ['access-control-allow-origin', 'access-control-allow-methods', 'cache-control', 'vary', 'www-authenticate',
          'accept', 'accept-ranges', 'age', 'allow', 'authorization', 'content-disposition', 'range', 'cf-ray', 'origin', 'etag',
          'cf-cache-status', 'pragma', 'sec-websocket-protocol', 'last-modified', 'cf-connecting-ip', 'x-forwarded-for']) h.set(n, 'v');
        return new Response('x', { headers: h });
      }
      case '/upper': return new Response('x', { headers: { 'CONTENT-DISPOSITION': 'v', 'X-FRAME-OPTIONS': 'v' } });
      case '/set': {
        const h = new Headers({ 'X-Upper-Thing': '2' });
        h.set('x-upper-thing', '3'); h.append('X-UPPER-THING', '4');
        h.append('x-lower', '1'); h.append('X-Lower', '2'); h.set('X-LOWER', '3');
        h.append('x-mixed', '1'); h.append('X-Mixed', '2');
        h.append('cache-control', 'a'); h.append('Cache-control', 'b');
        h.append('set-cookie', 'a=1'); h.append('SET-COOKIE', 'b=2');
        return new Response('x', { headers: h });
      }
    }
    return new Response('?');
  },
};
`

// rawHeaders GETs path and returns the response's header lines as sent.
func rawHeaders(t *testing.T, base, path string) []string {
	t.Helper()
	conn, err := net.Dial("tcp", strings.TrimPrefix(base, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	_ = conn.SetDeadline(time.Now().Add(60 * time.Second))
	fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: x\r\n\r\n", path)
	br := bufio.NewReader(conn)
	if _, err := br.ReadString('\n'); err != nil {
		t.Fatal(err)
	}
	var lines []string
	for {
		l, err := br.ReadString('\n')
		if err != nil {
			t.Fatal(err)
		}
		l = strings.TrimRight(l, "\r\n")
		if l == "" {
			break
		}
		lines = append(lines, l)
	}
	sort.Strings(lines)
	return lines
}

// TestHeaderSpelling checks the header lines against what workerd
// 2026-11-17's serve sent for the same Worker (curl -si; Go's server orders
// the lines by name where workerd puts its table's names first, so the
// lines are compared sorted).
func TestHeaderSpelling(t *testing.T) {
	base, _, _, stop := start(t, spellingWorker, false)
	defer stop()
	cases := map[string][]string{
		"/lower": {"Content-Length: 1", "Content-Type: text/plain;charset=UTF-8",
			"Access-Control-Allow-Origin: v", "access-control-allow-methods: v", "Cache-Control: v", "Vary: v",
			"WWW-Authenticate: v", "Accept: v", "Accept-Ranges: v", "Age: v", "Allow: v", "Authorization: v",
			"Content-Disposition: v", "Range: v", "CF-Ray: v", "Origin: v", "ETag: v", "CF-Cache-Status: v",
			"Pragma: v", "Sec-WebSocket-Protocol: v", "Last-Modified: v", "cf-connecting-ip: v", "x-forwarded-for: v"},
		"/upper": {"Content-Length: 1", "Content-Type: text/plain;charset=UTF-8", "Content-Disposition: v", "X-FRAME-OPTIONS: v"},
		"/set": {"Content-Length: 1", "Content-Type: text/plain;charset=UTF-8", "X-Upper-Thing: 3", "X-Upper-Thing: 4",
			"x-lower: 3", "x-mixed: 1", "x-mixed: 2", "Cache-Control: a, b", "Set-Cookie: a=1", "set-cookie: b=2"},
	}
	for path, want := range cases {
		sort.Strings(want)
		got := rawHeaders(t, base, path)
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("GET %s: header lines\n%s\nwant (workerd's)\n%s", path, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}

const gzipWorker = `
export default {
  async fetch(request) {
    switch (new URL(request.url).pathname) {
      case '/gz': return new Response('hello hello hello', { headers: { 'content-encoding': 'gzip' } });
      case '/manual': return new Response('hello', { headers: { 'content-encoding': 'gzip' }, encodeBody: 'manual' });
      case '/length': return new Response('hello', { headers: { 'content-encoding': 'gzip', 'content-length': '5' } });
      case '/upper': return new Response('hello', { headers: { 'Content-Encoding': 'GZIP' } });
      case '/list': return new Response('abc', { headers: [['content-encoding', 'gzip'], ['content-encoding', 'br']] });
      case '/null': return new Response(null, { headers: { 'content-encoding': 'gzip' } });
      case '/empty': return new Response('', { headers: { 'content-encoding': 'gzip' } });
      case '/stream': return new Response(new Response('abc').body.pipeThrough(new TransformStream()), { headers: { 'content-encoding': 'gzip' } });
      case '/clone': return new Response('hello', { headers: { 'content-encoding': 'gzip' }, encodeBody: 'manual' }).clone();
      case '/br': return new Response('hello', { headers: { 'content-encoding': 'br' } });
    }
    return new Response('?');
  },
};
`

// TestAutoGzip checks workerd's own compression of a body whose
// Content-Encoding is gzip, against what workerd 2026-11-17's serve sent
// (curl -si): chunked, no Content-Length, unless encodeBody is "manual".
func TestAutoGzip(t *testing.T) {
	base, _, _, stop := start(t, gzipWorker, false)
	defer stop()
	cases := []struct {
		method, path string
		gzip         bool   // body is compressed (gzip, or brotli for br), sent chunked
		length       string // Content-Length, "" for none
		encoding     string // Content-Encoding, "" for none
		body         string // after decompression when gzip
	}{
		{"GET", "/gz", true, "", "gzip", "hello hello hello"},
		{"HEAD", "/gz", false, "", "gzip", ""},
		{"GET", "/manual", false, "5", "gzip", "hello"},
		{"GET", "/clone", true, "", "gzip", "hello"}, // clone() drops encodeBody
		{"GET", "/length", true, "", "gzip", "hello"},
		{"GET", "/upper", false, "5", "GZIP", "hello"},
		{"GET", "/list", false, "3", "gzip, br", "abc"},
		{"GET", "/null", false, "0", "gzip", ""},
		{"GET", "/stream", true, "", "gzip", "abc"},
		// br from brotli_content_encoding (2024-04-29; TestBrotliBeforeFlag).
		{"GET", "/br", true, "", "br", "hello"},
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
		raw, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil {
			t.Fatalf("%s %s: %v", c.method, c.path, err)
		}
		if got := resp.Header.Get("Content-Length"); got != c.length {
			t.Errorf("%s %s: Content-Length %q, want %q", c.method, c.path, got, c.length)
		}
		if got := resp.Header.Get("Content-Encoding"); got != c.encoding {
			t.Errorf("%s %s: Content-Encoding %q, want %q", c.method, c.path, got, c.encoding)
		}
		chunked := len(resp.TransferEncoding) == 1 && resp.TransferEncoding[0] == "chunked"
		if chunked != c.gzip {
			t.Errorf("%s %s: chunked %v, want %v", c.method, c.path, chunked, c.gzip)
		}
		body := string(raw)
		if c.gzip {
			var zr io.Reader = brotli.NewReader(bytes.NewReader(raw))
			if c.encoding != "br" {
				gz, err := gzip.NewReader(bytes.NewReader(raw))
				if err != nil {
					t.Errorf("%s %s: body %q is not gzip: %v", c.method, c.path, raw, err)
					continue
				}
				zr = gz
			}
			b, err := io.ReadAll(zr)
			if err != nil {
				t.Errorf("%s %s: %v", c.method, c.path, err)
			}
			body = string(b)
		}
		if body != c.body {
			t.Errorf("%s %s: body %q, want %q", c.method, c.path, body, c.body)
		}
	}
	// workerd sends an empty body as no bytes, not an empty gzip stream.
	resp, err := client.Get(base + "/empty")
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if len(raw) != 0 || len(resp.TransferEncoding) != 1 || resp.Header.Get("Content-Length") != "" {
		t.Errorf("GET /empty: body %q, Transfer-Encoding %q, Content-Length %q; want no bytes, chunked (workerd's)",
			raw, resp.TransferEncoding, resp.Header.Get("Content-Length"))
	}
}

// TestBrotliBeforeFlag: before brotli_content_encoding (2024-04-29), a
// body labelled br is sent as it is, with its Content-Length, as workerd
// sends it.
func TestBrotliBeforeFlag(t *testing.T) {
	base, _, _, stop := startWith(t, gzipWorker, false, func(cfg *Config, log io.Writer) {
		cfg.Worker = func(func() string) (*worker.Worker, error) {
			return worker.New(worker.Config{Flags: flags.Resolve("2024-01-01", nil), Stderr: log})
		}
	})
	defer stop()
	tr := &http.Transport{DisableCompression: true}
	defer tr.CloseIdleConnections()
	resp, err := (&http.Client{Timeout: 60 * time.Second, Transport: tr}).Get(base + "/br")
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if string(raw) != "hello" || resp.Header.Get("Content-Encoding") != "br" || resp.Header.Get("Content-Length") != "5" {
		t.Errorf("got %q, Content-Encoding %q, Content-Length %q; want hello, br, 5", raw, resp.Header.Get("Content-Encoding"), resp.Header.Get("Content-Length"))
	}
}
