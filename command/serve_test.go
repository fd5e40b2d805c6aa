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
	addr := regexp.MustCompile(`on (http://127\.0\.0\.1:\d+)`)
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
			e, _, _ := testEnv("", nil)
			stdout, stderr := &lockedBuffer{}, &lockedBuffer{}
			e.stdout, e.stderr = stdout, stderr
			args := append([]string{"mcrepl", "serve", "--no-reload", "--port", "0"}, c.args...)
			done := make(chan int, 1)
			go func() { done <- e.run(append(args, file)) }()
			var base string
			for deadline := time.Now().Add(20 * time.Second); base == "" && time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
				if m := addr.FindStringSubmatch(stderr.String()); m != nil {
					base = m[1]
				}
			}
			if base == "" {
				t.Fatalf("the server did not start: %s", stderr.String())
			}
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
			if err := syscall.Kill(os.Getpid(), syscall.SIGINT); err != nil {
				t.Fatal(err)
			}
			if code := <-done; code != ExitOK {
				t.Errorf("exit %d: %s", code, stderr.String())
			}
			if want != "" && !strings.Contains(out(), want) {
				t.Errorf("no %q in:\nstdout: %s\nstderr: %s", want, stdout.String(), stderr.String())
			}
			if c.stderrNone != "" && strings.Contains(stderr.String(), c.stderrNone) {
				t.Errorf("stderr has %q:\n%s", c.stderrNone, stderr.String())
			}
		})
	}
}
