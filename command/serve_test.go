package command

import (
	"bytes"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// lockedBuffer is a bytes.Buffer for a server's goroutines and the test.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// TestServeReport: serve's report of what did not happen is its own switch
// (--no-report), on whatever --trace says, and JSON lines in the event
// log's stream with --trace-format json, as run's.
func TestServeReport(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "w.mjs")
	src := `export default { fetch() { new MessageChannel().port2.postMessage('nobody'); return new Response('ok'); } };`
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		name       string
		args       []string
		stdoutHas  string
		stderrHas  string
		stderrNone string
	}{
		{"trace off", []string{"--trace", "off"}, "", "[#1 GET /lost] [report] what did not happen:\n  ch1.port1: 1 message still queued (posted on ch1.port2): 'nobody'", ""},
		{"no report", []string{"--no-report"}, "", "", "[report]"},
		{"json", []string{"--trace-format", "json"}, `{"request":"#1 GET /lost","kind":"report","port":"ch1.port1","from":"ch1.port2","what":"still queued","count":1,"data":["'nobody'"]`, "", "[report]"},
	} {
		t.Run(c.name, func(t *testing.T) {
			base, stdout, stderr, stop := startServe(t, file, c.args...)
			resp, err := http.Get(base + "/lost")
			if err != nil {
				t.Fatal(err)
			}
			_, _ = io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			want := c.stderrHas
			out := func() string { return stderr.String() }
			if c.stdoutHas != "" {
				want, out = c.stdoutHas, stdout.String
			}
			for deadline := time.Now().Add(10 * time.Second); want != "" && !strings.Contains(out(), want) && time.Now().Before(deadline); {
				time.Sleep(5 * time.Millisecond)
			}
			time.Sleep(50 * time.Millisecond) // a report that should not come has had its time
			stop()
			if want != "" && !strings.Contains(out(), want) {
				t.Errorf("no %q in:\nstdout: %s\nstderr: %s", want, stdout.String(), stderr.String())
			}
			if c.stderrNone != "" && strings.Contains(stderr.String(), c.stderrNone) {
				t.Errorf("stderr has %q:\n%s", c.stderrNone, stderr.String())
			}
		})
	}
}

// startServe runs `mcrepl serve --no-reload --port 0 args... file` until
// stop, which checks that it exits 0 on SIGINT.
func startServe(t *testing.T, file string, args ...string) (base string, stdout, stderr *lockedBuffer, stop func()) {
	t.Helper()
	e, _, _ := testEnv("", nil)
	stdout, stderr = &lockedBuffer{}, &lockedBuffer{}
	e.stdout, e.stderr = stdout, stderr
	argv := append(append([]string{"mcrepl", "serve", "--no-reload", "--port", "0"}, args...), file)
	done := make(chan int, 1)
	go func() { done <- e.run(argv) }()
	addr := regexp.MustCompile(`on (http://127\.0\.0\.1:\d+)`)
	for deadline := time.Now().Add(20 * time.Second); base == "" && time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if m := addr.FindStringSubmatch(stderr.String()); m != nil {
			base = m[1]
		}
	}
	if base == "" {
		t.Fatalf("the server did not start: %s", stderr.String())
	}
	stop = func() {
		t.Helper()
		if err := syscall.Kill(os.Getpid(), syscall.SIGINT); err != nil {
			t.Fatal(err)
		}
		if code := <-done; code != ExitOK {
			t.Errorf("exit %d: %s", code, stderr.String())
		}
	}
	return base, stdout, stderr, stop
}

// TestServeConsoleTagged: a handler's console output carries its request's
// tag, through an await and a port delivery, on stdout and stderr alike;
// the module's top level, which no request runs, is not tagged.
func TestServeConsoleTagged(t *testing.T) {
	file := filepath.Join(t.TempDir(), "w.mjs")
	src := `console.log('loaded');
export default {
  async fetch(req) {
    const path = new URL(req.url).pathname;
    console.log('start', path);
    const { port1, port2 } = new MessageChannel();
    const got = new Promise((resolve) => { port2.onmessage = (e) => { console.warn('got', e.data); resolve(); }; });
    port1.postMessage(path);
    await got;
    await scheduler.wait(path === '/slow' ? 200 : 1);
    console.error('end', path);
    port1.close();
    return new Response('ok');
  },
};`
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	base, stdout, stderr, stop := startServe(t, file, "--trace", "off")
	slow := make(chan error, 1)
	go func() {
		resp, err := http.Get(base + "/slow")
		if err == nil {
			_, _ = io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
		}
		slow <- err
	}()
	time.Sleep(50 * time.Millisecond)
	resp, err := http.Get(base + "/fast")
	if err != nil {
		t.Fatal(err)
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	if err := <-slow; err != nil {
		t.Fatal(err)
	}
	stop()
	out, errs := stdout.String(), stderr.String()
	for _, want := range []string{"loaded\n", "[#1 GET /slow] start /slow\n", "[#2 GET /fast] start /fast\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("stdout has no %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "] loaded") {
		t.Errorf("the top level's output is tagged:\n%s", out)
	}
	for _, want := range []string{"[#1 GET /slow] got /slow\n", "[#2 GET /fast] got /fast\n",
		"[#1 GET /slow] end /slow\n", "[#2 GET /fast] end /fast\n"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr has no %q:\n%s", want, errs)
		}
	}
	if strings.Index(errs, "end /fast") > strings.Index(errs, "end /slow") {
		t.Errorf("/slow ended before /fast: the requests did not overlap:\n%s", errs)
	}
}

// TestServeErrorQuotesTheCode: a fetch handler's uncaught TypeError reads as
// V8's, quoting the handler's code, as run's does.
func TestServeErrorQuotesTheCode(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "w.mjs")
	src := "export default { fetch() {\n  const router = {};\n  return router.handle();\n} };\n"
	if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	base, stdout, stderr, stop := startServe(t, file, "--trace", "off")
	resp, err := http.Get(base + "/")
	if err != nil {
		t.Fatal(err)
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	want := "TypeError: router.handle is not a function"
	for deadline := time.Now().Add(10 * time.Second); !strings.Contains(stderr.String(), want) && time.Now().Before(deadline); {
		time.Sleep(5 * time.Millisecond)
	}
	stop()
	if resp.StatusCode != 500 || !strings.Contains(stderr.String(), want) {
		t.Errorf("status %d; no %q in:\nstdout: %s\nstderr: %s", resp.StatusCode, want, stdout.String(), stderr.String())
	}
}
