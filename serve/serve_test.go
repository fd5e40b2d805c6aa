package serve

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mcrepl/mcrepl/flags"
	"github.com/mcrepl/mcrepl/trace"
	"github.com/mcrepl/mcrepl/worker"
	"github.com/mcrepl/mcrepl/worker/host"
)

// syncBuffer is a log the server writes from many goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

const badWorker = `
export default {
  async fetch(request, env, ctx) {
    const { pathname } = new URL(request.url);
    switch (pathname) {
      case '/throw': throw new Error('boom');
      case '/passthrough': ctx.passThroughOnException(); throw new Error('passed');
      case '/never': return new Promise(() => {});
      case '/twice': await request.text(); await request.text(); return new Response('no');
      case '/count': {
        let n = 0;
        for await (const chunk of request.body) n += chunk.byteLength;
        return new Response(String(n));
      }
      case '/stream': {
        let i = 0;
        return new Response(new ReadableStream({
          pull(c) { if (i++ < 3) c.enqueue(new TextEncoder().encode('chunk' + i + ';')); else c.close(); },
        }));
      }
      case '/textchunk': return new Response(new ReadableStream({ start(c) { c.enqueue('text \ud800'); c.enqueue(new Uint16Array([0x4241])); c.close(); } }));
      case '/env': return Response.json(env);
    }
    return new Response('ok ' + pathname);
  },
};
`

// start serves src from a temporary folder on a free port.
func start(t *testing.T, src string, reload bool) (base string, log *syncBuffer, dir string, stop func()) {
	t.Helper()
	return startWith(t, src, reload, nil)
}

// startWith is start with the Config changed by mod (given the log) first.
func startWith(t *testing.T, src string, reload bool, mod func(cfg *Config, log io.Writer)) (base string, log *syncBuffer, dir string, stop func()) {
	t.Helper()
	dir = t.TempDir()
	entry := filepath.Join(dir, "worker.mjs")
	if err := os.WriteFile(entry, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	log = &syncBuffer{}
	cfg := Config{
		Path: entry,
		Worker: func(func() string) (*worker.Worker, error) {
			return worker.New(worker.Config{Flags: flags.Resolve("2025-08-15", nil), Stderr: log})
		},
		Vars:         []host.Var{{Name: "A", Value: "1"}},
		Log:          log,
		Reload:       reload,
		PollInterval: 20 * time.Millisecond,
	}
	if mod != nil {
		mod(&cfg, log)
	}
	srv, err := New(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx, l) }()
	return "http://" + l.Addr().String(), log, dir, func() {
		cancel()
		if err := <-done; err != nil {
			t.Error(err)
		}
		srv.Close()
	}
}

func fetchText(t *testing.T, method, u string, body io.Reader) (int, string) {
	t.Helper()
	req, err := http.NewRequest(method, u, body)
	if err != nil {
		t.Fatal(err)
	}
	resp, err := (&http.Client{Timeout: 60 * time.Second}).Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, u, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// TestBadInput sends what a server meets in the wild, and checks each gets
// a clear answer while the server keeps serving.
func TestBadInput(t *testing.T) {
	base, log, _, stop := start(t, badWorker, false)
	defer stop()
	alive := func() {
		t.Helper()
		if code, body := fetchText(t, "GET", base+"/ping", nil); code != 200 || body != "ok /ping" {
			t.Fatalf("after that, /ping got %d %q", code, body)
		}
	}
	cases := []struct {
		path, method, body string
		code               int
		want, log          string
	}{
		{"/throw", "GET", "", 500, "Internal Server Error", "Uncaught (in promise) Error: boom"},
		// workerd, with no origin it can reach: 500 with an empty body.
		{"/passthrough", "GET", "", 500, "", "passThroughOnException: no origin to pass the request to"},
		{"/never", "GET", "", 500, "Internal Server Error", "would never generate a response"},
		{"/twice", "POST", "x", 500, "Internal Server Error", "Body has already been used"},
		{"/textchunk", "GET", "", 200, "text \uFFFDAB", "GET /textchunk → 200 OK"},
		{"/stream", "GET", "", 200, "chunk1;chunk2;chunk3;", "GET /stream → 200 OK"},
		{"/env", "GET", "", 200, `{"A":"1"}`, "GET /env → 200 OK"},
	}
	for _, c := range cases {
		var body io.Reader
		if c.body != "" {
			body = strings.NewReader(c.body)
		}
		code, got := fetchText(t, c.method, base+c.path, body)
		if code != c.code || got != c.want {
			t.Errorf("%s: got %d %q, want %d %q", c.path, code, got, c.code, c.want)
		}
		if !strings.Contains(log.String(), c.log) {
			t.Errorf("%s: the log has no %q:\n%s", c.path, c.log, log.String())
		}
		alive()
	}

	raw := func(req string) string {
		t.Helper()
		conn, err := net.Dial("tcp", strings.TrimPrefix(base, "http://"))
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		_ = conn.SetDeadline(time.Now().Add(10 * time.Second))
		if _, err := io.WriteString(conn, req); err != nil {
			t.Fatal(err)
		}
		line, _ := bufio.NewReader(conn).ReadString('\n')
		return strings.TrimSpace(line)
	}
	if got := raw("NOT HTTP AT ALL\r\n\r\n"); !strings.HasPrefix(got, "HTTP/1.1 400") {
		t.Errorf("malformed request: %q", got)
	}
	alive()
	huge := "GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + strings.Repeat("a", 2<<20) + "\r\n\r\n"
	if got := raw(huge); !strings.HasPrefix(got, "HTTP/1.1 431") {
		t.Errorf("huge headers: %q", got)
	}
	alive()

	// A slow client trickling its headers does not hold anyone else up.
	slow, err := net.Dial("tcp", strings.TrimPrefix(base, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer slow.Close()
	_, _ = io.WriteString(slow, "GET /slow HTTP/1.1\r\nHo")
	alive()

	// A large body streamed through the handler, never held whole.
	size := int64(64 << 20)
	if !testing.Short() {
		size = 1 << 30
	}
	code, got := fetchText(t, "POST", base+"/count", io.LimitReader(zeros{}, size))
	if code != 200 || got != fmt.Sprint(size) {
		t.Errorf("/count of %d bytes: %d %q", size, code, got)
	}
	// A large body the handler never reads.
	code, _ = fetchText(t, "POST", base+"/ping", io.LimitReader(zeros{}, 256<<20))
	if code != 200 {
		t.Errorf("unread large body: %d", code)
	}
	alive()
}

type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

// TestReload changes the Worker under a running server.
func TestReload(t *testing.T) {
	base, log, dir, stop := start(t, `export default { fetch() { return new Response('v1'); } };`, true)
	defer stop()
	if _, body := fetchText(t, "GET", base+"/", nil); body != "v1" {
		t.Fatalf("got %q", body)
	}
	time.Sleep(30 * time.Millisecond) // a different modification time
	if err := os.WriteFile(filepath.Join(dir, "worker.mjs"), []byte(`export default { fetch() { return new Response('version 2'); } };`), 0o644); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		if _, body := fetchText(t, "GET", base+"/", nil); body == "version 2" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("not reloaded:\n%s", log.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	// A broken edit keeps the last good version serving.
	if err := os.WriteFile(filepath.Join(dir, "worker.mjs"), []byte(`export default { fetch( {`), 0o644); err != nil {
		t.Fatal(err)
	}
	for !strings.Contains(log.String(), "reload of") {
		if time.Now().After(deadline) {
			t.Fatalf("no reload failure logged:\n%s", log.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
	if _, body := fetchText(t, "GET", base+"/", nil); body != "version 2" {
		t.Errorf("after a broken edit: %q", body)
	}
}

// TestAbortIsolateRenews: a request that calls cloudflare:workers'
// abortIsolate() fails with its message, and the next one gets a fresh
// isolate (its module state starts again), as workerd starts a new isolate.
func TestAbortIsolateRenews(t *testing.T) {
	base, log, _, stop := start(t, `import { abortIsolate } from 'cloudflare:workers';
let n = 0;
export default { fetch(req) { n++; if (new URL(req.url).pathname === '/abort') abortIsolate('asked'); return new Response('n=' + n); } };`, false)
	defer stop()
	if _, body := fetchText(t, "GET", base+"/", nil); body != "n=1" {
		t.Fatalf("got %q", body)
	}
	if status, _ := fetchText(t, "GET", base+"/abort", nil); status != 500 {
		t.Fatalf("abort: status %d", status)
	}
	for _, want := range []string{"n=1", "n=2"} {
		if _, body := fetchText(t, "GET", base+"/", nil); body != want {
			t.Fatalf("after the abort: %q, want %q\n%s", body, want, log.String())
		}
	}
	if l := log.String(); !strings.Contains(l, "abortIsolate() called, terminating process; reason = asked") ||
		!strings.Contains(l, "a fresh one serves the next requests") || strings.Contains(l, "cloudflare:workers:") {
		t.Errorf("log:\n%s", l)
	}
}

// TestSlowRequestAfterQuietMoment: a request that becomes slow after the
// watcher saw the isolate quiet (the watcher descheduled in between, as on
// a loaded machine) is not declared hung on that stale moment; it gets its
// response. The verdict waits for a quiet moment after it became slow.
func TestSlowRequestAfterQuietMoment(t *testing.T) {
	base, log, _, stop := start(t, `
export default {
  async fetch(request) {
    await new Promise(r => setTimeout(r, 60));
    return new Response('late ' + new URL(request.url).pathname);
  },
};
`, false)
	defer stop()
	second := make(chan struct{})
	var once sync.Once
	pause := func(g *generation) {
		once.Do(func() {
			close(second) // the first request has its answer: send the next
			// Hold the stale verdict until the next request is slow.
			deadline := time.Now().Add(10 * time.Second)
			for time.Now().Before(deadline) {
				g.watchM.Lock()
				waiting := false // a slow request without its answer: /b
				for _, pending := range g.slow {
					waiting = waiting || pending()
				}
				g.watchM.Unlock()
				if waiting {
					return
				}
				time.Sleep(time.Millisecond)
			}
		})
	}
	watchPause.Store(&pause)
	defer watchPause.Store(nil)
	got := fetchLater(base + "/a")
	<-second
	_, body := fetchText(t, "GET", base+"/b", nil)
	if body != "late /b" {
		t.Errorf("/b got %q, want %q; log:\n%s", body, "late /b", log.String())
	}
	if a := <-got; a != "late /a" {
		t.Errorf("/a got %q", a)
	}
	if strings.Contains(log.String(), "would never generate") {
		t.Errorf("a request was declared hung:\n%s", log.String())
	}
}

// reportingWorker has requests that leave something undone (/lost), that
// are still running when another's report is written (/slow), and whose
// code resumes from a timer while another request has run since (/timer).
const reportingWorker = `
export default {
  async fetch(request) {
    const { pathname } = new URL(request.url);
    switch (pathname) {
      case '/lost': {
        const { port1, port2 } = new MessageChannel();
        port2.postMessage('nobody');
        return new Response('lost');
      }
      case '/slow': {
        const rs = new ReadableStream({
          pull(c) { return new Promise(r => setTimeout(() => { c.enqueue('x'); c.close(); r(); }, 300)); },
        });
        await rs.getReader().read();
        return new Response('slow');
      }
      case '/stuck':
        await new ReadableStream().getReader().read(); // no chunk will ever come
        return new Response('never');
      case '/timer': {
        await new Promise(r => setTimeout(r, 200));
        const { port1, port2 } = new MessageChannel();
        const got = new Promise(r => { port2.onmessage = (e) => { port2.close(); r(); }; });
        port1.postMessage('late');
        await got;
        return new Response('timer');
      }
    }
    return new Response('ok');
  },
};
`

// startReporting serves reportingWorker with the event log (tagged, as the
// command wires it) and the report in the log.
func startReporting(t *testing.T) (base string, log *syncBuffer, stop func()) {
	base, log, _, stop = startWith(t, reportingWorker, false, func(cfg *Config, log io.Writer) {
		cfg.Report = log
		cfg.Worker = func(tag func() string) (*worker.Worker, error) {
			return worker.New(worker.Config{Flags: flags.Resolve("2025-08-15", nil), Stderr: log,
				EventLog: trace.Events, EventLogWriter: trace.Tagged(log, trace.Text, tag)})
		}
	})
	return base, log, stop
}

// fetchLater GETs u in the background and sends its body (or the error) on
// the channel returned: t.Fatal belongs to the test's goroutine.
func fetchLater(u string) <-chan string {
	ch := make(chan string, 1)
	go func() {
		resp, err := (&http.Client{Timeout: 60 * time.Second}).Get(u)
		if err != nil {
			ch <- err.Error()
			return
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		ch <- string(b)
	}()
	return ch
}

// waitFor returns the log once it has want, or after 10 s: the reports are
// written once a request's ctx.waitUntil promises settle.
func waitFor(log *syncBuffer, want string) string {
	for deadline := time.Now().Add(10 * time.Second); !strings.Contains(log.String(), want) && time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
	}
	return log.String()
}

// TestReportIsTheRequests: a request's report lists what its own code left
// undone, not what a request still running is waiting for.
func TestReportIsTheRequests(t *testing.T) {
	base, log, stop := startReporting(t)
	defer stop()
	slow := fetchLater(base + "/slow")
	time.Sleep(50 * time.Millisecond) // /slow waits for its chunk
	if _, body := fetchText(t, "GET", base+"/lost", nil); body != "lost" {
		t.Fatalf("/lost: %q", body)
	}
	if body := <-slow; body != "slow" {
		t.Fatalf("/slow: %q", body)
	}
	out := waitFor(log, "still queued")
	if !strings.Contains(out, "[#2 GET /lost] [report] what did not happen:\n  ch1.port1: 1 message still queued (posted on ch1.port2): 'nobody'") {
		t.Errorf("no report of /lost's queued message:\n%s", out)
	}
	if strings.Contains(out, "ReadableStream") {
		t.Errorf("/slow's read, pending while /lost was reported, is in a report:\n%s", out)
	}
}

// TestHungRequestReported: a request declared hung gets its report too: what
// it waits for.
func TestHungRequestReported(t *testing.T) {
	base, log, stop := startReporting(t)
	defer stop()
	if code, _ := fetchText(t, "GET", base+"/stuck", nil); code != 500 {
		t.Fatalf("/stuck: %d", code)
	}
	const want = "[#1 GET /stuck] [report] what did not happen:\n  ReadableStream #1: 1 read pending"
	if !strings.Contains(waitFor(log, want), want) {
		t.Errorf("no %q in:\n%s", want, log.String())
	}
}

// TestEventLogTagsFollowTheCode: a record of code resumed from a timer is
// tagged with its own request, though another request ran since.
func TestEventLogTagsFollowTheCode(t *testing.T) {
	base, log, stop := startReporting(t)
	defer stop()
	timer := fetchLater(base + "/timer")
	time.Sleep(50 * time.Millisecond)
	if _, body := fetchText(t, "GET", base+"/other", nil); body != "ok" {
		t.Fatalf("/other: %q", body)
	}
	if body := <-timer; body != "timer" {
		t.Fatalf("/timer: %q", body)
	}
	out := log.String()
	if !strings.Contains(out, "[#1 GET /timer] [event] message ch1.port2 ← 'late' (1 listener)") {
		t.Errorf("the message of /timer's code is not tagged with /timer:\n%s", out)
	}
	if strings.Contains(out, "[#2 GET /other] [event]") {
		t.Errorf("a record is tagged with /other, whose code made none:\n%s", out)
	}
}

// TestLeftoversReleasedWithoutReport: what a request left undone is let go
// at its end even when nothing is reported (--no-report): the isolate keeps
// no stuck pipe of a finished request.
func TestLeftoversReleasedWithoutReport(t *testing.T) {
	const src = `export default { fetch() { new ReadableStream().pipeTo(new WritableStream()); return new Response('ok'); } };`
	var w *worker.Worker // the isolate the server builds (no reload: one)
	base, _, _, stop := startWith(t, src, false, func(cfg *Config, log io.Writer) {
		cfg.Worker = func(func() string) (*worker.Worker, error) {
			var err error
			w, err = worker.New(worker.Config{Flags: flags.Resolve("2025-08-15", nil), Stderr: log})
			return w, err
		}
	})
	defer stop()
	for range 3 {
		if _, body := fetchText(t, "GET", base+"/", nil); body != "ok" {
			t.Fatalf("got %q", body)
		}
	}
	unfinished := func() int {
		n := 0
		for _, p := range w.Problems() {
			if p.What == "unfinished" {
				n++
			}
		}
		return n
	}
	// The release runs after each response: poll.
	for deadline := time.Now().Add(10 * time.Second); unfinished() > 0 && time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
	}
	if n := unfinished(); n > 0 {
		t.Errorf("%d stuck pipes of finished requests are still kept", n)
	}
}

// TestWholeBodyThenClientGoes: a client that has the whole body its
// Content-Length promised may close the connection before the stream says
// it is done: the log says the response went out, not that its body was
// cut.
func TestWholeBodyThenClientGoes(t *testing.T) {
	src := `export default {
  fetch() {
    const enc = new TextEncoder();
    const body = new ReadableStream({
      async pull(c) { c.enqueue(enc.encode('0123456789')); await scheduler.wait(300); c.close(); },
    });
    return new Response(body, { headers: { 'content-length': '10' } });
  },
};`
	base, log, _, stop := startWith(t, src, false, nil)
	defer stop()
	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}, Timeout: 30 * time.Second}
	resp, err := client.Get(base + "/len")
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil || string(b) != "0123456789" {
		t.Fatalf("body %q, %v", b, err)
	}
	out := waitFor(log, "#1 GET /len → 200 OK")
	if strings.Contains(out, "body cut") || !strings.Contains(out, "#1 GET /len → 200 OK (") {
		t.Errorf("the whole body went out, but the log says:\n%s", out)
	}
}
