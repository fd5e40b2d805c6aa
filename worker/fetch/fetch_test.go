package fetch_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/mcrepl/mcrepl/flags"
	"github.com/mcrepl/mcrepl/worker"
	"github.com/mcrepl/mcrepl/worker/host"
)

// run runs src (a classic script; top-level promises are awaited by the
// loop) and returns what it printed.
func run(t *testing.T, src string, perms host.Permissions) string {
	t.Helper()
	var out, errs strings.Builder
	w, err := worker.New(worker.Config{Flags: flags.Resolve("2025-08-15", nil), Stdout: &out, Stderr: &errs, Permissions: perms})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := w.Run(ctx, "test.js", src); err != nil {
		t.Fatalf("%v\n%s%s", err, out.String(), errs.String())
	}
	return out.String() + errs.String()
}

const show = `const show = async (label, f) => {
	try { console.log(label, String(await f())); }
	catch (e) { console.log(label, e.constructor.name + ': ' + e.message); }
};
`

func TestClasses(t *testing.T) {
	for _, c := range []struct{ name, src, want string }{
		{"headers combine and sort", `show('h', () => [...new Headers([['b','1'],['a','2'],['B','3'],['set-cookie','x'],['set-cookie','y']])].join(';'))`,
			"h a,2;b,1, 3;set-cookie,x;set-cookie,y"},
		{"invalid header name", `show('h', () => new Headers({'a b': 'c'}))`, "h TypeError: Invalid header name."},
		{"invalid header value", `show('h', () => new Headers({a: 'x\ny'}))`, "h TypeError: Invalid header value."},
		{"immutable headers", `show('h', () => Response.redirect('http://a/', 301).headers.set('a', 'b'))`, "h TypeError: Can't modify immutable headers."},
		{"getAll only set-cookie", `show('h', () => new Headers().getAll('a'))`, `h TypeError: getAll() can only be used with the header name "Set-Cookie".`},
		{"method normalised", `show('m', () => new Request('http://a/', {method: 'patch'}).method)`, "m PATCH"},
		{"method refused", `show('m', () => new Request('http://a/', {method: 'CONNECT'}))`, "m TypeError: Invalid HTTP method string: CONNECT"},
		{"GET with body", `show('m', () => new Request('http://a/', {body: 'x'}))`, "m TypeError: Request with a GET or HEAD method cannot have a body."},
		{"relative URL", `show('u', () => new Request('/x'))`, "u TypeError: Invalid URL: /x"},
		{"status range", `show('s', () => new Response('', {status: 600}))`, "s RangeError: Responses may only be constructed with status codes in the range 200 to 599, inclusive."},
		{"null body status", `show('s', () => new Response('x', {status: 204}))`, "s TypeError: Response with null body status (101, 204, 205, or 304) cannot have a body."},
		{"redirect status", `show('s', () => Response.redirect('http://a/', 200))`, "s RangeError: 200 is not a redirect status code. It must be one of: 301, 302, 303, 307, or 308."},
		{"json", `show('j', async () => { const r = Response.json({a: 1}); return r.headers.get('content-type') + ' ' + await r.text(); })`, `j application/json {"a":1}`},
		{"text twice", `show('t', async () => { const r = new Response('x'); await r.text(); return r.text(); })`,
			"t TypeError: Body has already been used. It can only be used once. Use tee() first if you need to read it twice."},
		{"clone", `show('c', async () => { const r = new Response('abc'); const c = r.clone(); return await r.text() + await c.text(); })`, "c abcabc"},
		{"clone of a stream", `show('c', async () => { const r = new Response(new Response('abc').body); const c = r.clone(); return await r.text() + await c.text(); })`, "c abcabc"},
		{"body stream", `show('b', async () => { const r = new Response('hey'); const rd = r.body.getReader(); const {value} = await rd.read(); return value.length + ' ' + r.bodyUsed; })`, "b 3 true"},
		{"form data round trip", `show('f', async () => { const fd = new FormData(); fd.append('a', '1'); fd.append('f', new Blob(['zz'], {type: 'text/x'}), 'n.txt'); const back = await new Response(fd).formData(); return [...back.keys()].join() + ' ' + back.get('f').name + ' ' + await back.get('f').text(); })`, "f a,f n.txt zz"},
		{"urlencoded", `show('f', async () => JSON.stringify([...(await new Response('a=1&b=%20', {headers: {'content-type': 'application/x-www-form-urlencoded'}}).formData())]))`, `f [["a","1"],["b"," "]]`},
		{"blob", `show('b', async () => { const b = await new Response('xyz', {headers: {'content-type': 'Text/Plain'}}).blob(); return b.size + ' ' + b.type; })`, "b 3 text/plain"},
		{"shapes", `show('p', () => Object.getOwnPropertyNames(Object.getPrototypeOf(Request.prototype)).join())`, "p body,bodyUsed,arrayBuffer,bytes,text,json,formData,blob,constructor"},
		{"non-ASCII header value", `new Headers({a: 'z\u00e9'})`, `A header value for "a" contains non-ASCII characters: "zé" (raw bytes: "\x7a\xc3\xa9"). As a quirk to support Unicode, we are encoding values as UTF-8 in the header, but in a browser this would likely result in a TypeError exception. Consider encoding this string in ASCII for compatibility with browser implementations of the Fetch specification.`},
		{"webSocket absent", `show('w', () => new Response('x').webSocket)`, "w null"},
	} {
		got := run(t, show+c.src, host.Permissions{})
		if strings.TrimSpace(got) != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.name, strings.TrimSpace(got), c.want)
		}
	}
}

func TestFetch(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/hello", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Seen", r.Method+" "+r.Header.Get("X-A"))
		b, _ := io.ReadAll(r.Body)
		_, _ = io.WriteString(w, "hello "+string(b))
	})
	mux.HandleFunc("/redirect", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/hello", http.StatusSeeOther)
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop", http.StatusFound)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(200)
		w.(http.Flusher).Flush()
		for i := 0; i < 3; i++ {
			_, _ = io.WriteString(w, "tick;")
			w.(http.Flusher).Flush()
			time.Sleep(10 * time.Millisecond)
		}
	})
	mux.HandleFunc("/hang", func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() })
	srv := httptest.NewServer(mux)
	defer srv.Close()
	host := strings.TrimPrefix(srv.URL, "http://")
	allow := hostPerms(host)

	for _, c := range []struct {
		name  string
		src   string
		perms []string
		want  string
	}{
		{"refused by default", `show('r', () => fetch(URLBASE + '/hello'))`, nil,
			"r TypeError: fetch() of " + host + " is not allowed: mcrepl reaches no network unless you allow it. Run with --allow-net to allow every host, or --allow-net=" + host + " for this one."},
		{"refused for another host", `show('r', () => fetch('http://127.0.0.2:1/'))`, allow,
			"r TypeError: fetch() of 127.0.0.2:1 is not allowed: --allow-net lists only " + host + ". Add it with --allow-net=127.0.0.2:1."},
		{"a POST", `show('r', async () => { const r = await fetch(URLBASE + '/hello', {method: 'POST', body: 'there', headers: {'x-a': 'A'}}); return r.status + ' ' + r.headers.get('x-seen') + ' ' + await r.text(); })`, allow,
			"r 200 POST A hello there"},
		{"a redirect followed", `show('r', async () => { const r = await fetch(URLBASE + '/redirect'); return r.status + ' ' + r.redirected + ' ' + r.url.endsWith('/hello'); })`, allow,
			"r 200 true true"},
		{"manual redirect", `show('r', async () => { const r = await fetch(URLBASE + '/redirect', {redirect: 'manual'}); return r.status + ' ' + r.headers.get('location'); })`, allow,
			"r 303 /hello"},
		{"too many redirects", `show('r', () => fetch(URLBASE + '/loop'))`, allow, "r TypeError: Too many redirects."},
		{"streamed body", `show('r', async () => { const r = await fetch(URLBASE + '/slow'); const rd = r.body.getReader(); let s = ''; for (;;) { const {done, value} = await rd.read(); if (done) return s; s += new TextDecoder().decode(value); } })`, allow,
			"r tick;tick;tick;"},
		{"aborted", `show('r', () => { const c = new AbortController(); setTimeout(() => c.abort(), 20); return fetch(URLBASE + '/hang', {signal: c.signal}); })`, allow,
			"r DOMException: The operation was aborted"},
		{"aborted while reading", `show('r', async () => { const c = new AbortController(); const r = await fetch(URLBASE + '/slow', {signal: c.signal}); c.abort(); return r.text(); })`, allow,
			"r DOMException: The operation was aborted"},
		{"every host", `show('r', async () => (await fetch(URLBASE + '/hello')).status)`, []string{"*"}, "r 200"},
		{"unknown scheme", `show('r', () => fetch('ftp://x/'))`, []string{"*"}, "r TypeError: Fetch API cannot load: ftp://x/"},
	} {
		src := "const URLBASE = " + quote(srv.URL) + ";\n" + show + c.src
		got := run(t, src, permsOf(c.perms))
		if strings.TrimSpace(got) != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.name, strings.TrimSpace(got), c.want)
		}
	}
}

func hostPerms(h string) []string { return []string{h} }

func permsOf(net []string) host.Permissions { return host.Permissions{Net: net} }

func quote(s string) string { return "'" + strings.ReplaceAll(s, "'", `\'`) + "'" }
