package eventsource_test

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/mcrepl/mcrepl/flags"
	"github.com/mcrepl/mcrepl/trace"
	"github.com/mcrepl/mcrepl/worker"
	"github.com/mcrepl/mcrepl/worker/host"
)

// run runs src in a Worker at 2026-11-17 with the hosts in net allowed and
// returns its stdout and stderr.
func run(t *testing.T, net []string, mode trace.Mode, src string) (stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	fl, rep := flags.Validate("2026-11-17", nil, time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC))
	if fl == nil {
		t.Fatal(rep)
	}
	w, err := worker.New(worker.Config{Stdout: &out, Stderr: &errb, EventLog: mode, Flags: fl, Permissions: host.Permissions{Net: net}})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := w.Run(ctx, "es.js", src); err != nil && !strings.Contains(err.Error(), "uncaught") {
		t.Fatalf("run: %v (stderr %q)", err, errb.String())
	}
	return out.String(), errb.String()
}

// sseServer answers /sse with one event per connection (a retry of 1 s and
// an id), and records the Last-Event-ID of each request.
func sseServer(t *testing.T) (*httptest.Server, func() []string) {
	var mu sync.Mutex
	var seen []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		seen = append(seen, r.URL.Path+" accept="+r.Header.Get("Accept")+" last-event-id="+r.Header.Get("Last-Event-ID"))
		n := len(seen)
		mu.Unlock()
		switch r.URL.Path {
		case "/sse":
			w.Header().Set("Content-Type", "text/event-stream")
			fmt.Fprintf(w, "retry: 1000\nid: c%d\ndata: conn %d\n\n", n, n)
		case "/redirect":
			http.Redirect(w, r, "/sse", http.StatusFound)
		case "/plain":
			w.Header().Set("Content-Type", "text/plain")
		default:
			w.WriteHeader(http.StatusNotFound)
		}
	}))
	t.Cleanup(srv.Close)
	return srv, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), seen...)
	}
}

// With --allow-net, an EventSource reads the server's events, reconnects
// after the stream's retry with Last-Event-ID, and stops at close().
func TestNetworkReconnects(t *testing.T) {
	srv, seen := sseServer(t)
	out, _ := run(t, []string{"*"}, trace.Off, `
		const es = new EventSource('`+srv.URL+`/sse');
		console.log('state', es.readyState);
		es.onopen = () => console.log('open', es.readyState);
		es.onmessage = (e) => {
			console.log('message', e.data, e.lastEventId, e.origin === '`+srv.URL+`');
			if (e.data === 'conn 2') es.close();
		};
		es.onerror = (e) => console.log('error', e.error.message, es.readyState);
	`)
	want := "state 0\nopen 1\nmessage conn 1 c1 true\nerror The server disconnected. 0\nopen 1\nmessage conn 2 c2 true\n"
	if out != want {
		t.Errorf("output:\n%s\nwant:\n%s", out, want)
	}
	got := strings.Join(seen(), "\n")
	if got != "/sse accept=text/event-stream last-event-id=\n/sse accept=text/event-stream last-event-id=c1" {
		t.Errorf("requests:\n%s", got)
	}
}

// A redirect changes url; a response that is not an event stream fails
// the source without reconnecting.
func TestNetworkRedirectAndFailures(t *testing.T) {
	srv, _ := sseServer(t)
	out, _ := run(t, []string{"*"}, trace.Off, `
		const r = new EventSource('`+srv.URL+`/redirect');
		r.onmessage = (e) => { console.log('redirected', r.url.endsWith('/sse'), e.data); r.close(); };
		for (const p of ['/plain', '/missing']) {
			const es = new EventSource('`+srv.URL+`' + p);
			es.onerror = (e) => console.log(p, e.error.name, e.error.message.replace(/'.*'/, 'X'), es.readyState);
		}
	`)
	for _, want := range []string{"redirected true conn ", "/plain AbortError The content type X is invalid. 2\n", "/missing AbortError The response status code was 404. 2\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

// Without --allow-net nothing is fetched: the error event carries fetch()'s
// TypeError, and stderr says once how to allow it.
func TestNetworkDenied(t *testing.T) {
	srv, seen := sseServer(t)
	out, errs := run(t, nil, trace.Off, `
		const es = new EventSource('`+srv.URL+`/sse');
		es.onerror = (e) => console.log(e.error.name, es.readyState, e.error.message.includes('--allow-net'));
	`)
	if out != "TypeError 2 true\n" {
		t.Errorf("output %q", out)
	}
	if !strings.Contains(errs, "new EventSource('"+srv.URL+"/sse'): fetch() of ") || strings.Count(errs, "\n") != 1 {
		t.Errorf("stderr %q", errs)
	}
	if len(seen()) != 0 {
		t.Errorf("requests made: %q", seen())
	}
}

// The event log shows each event with the source's label.
func TestEventLog(t *testing.T) {
	out, _ := run(t, nil, trace.Events, `
		const es = EventSource.from(new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('data: hi\n\n')); c.close(); } }));
		es.onmessage = () => {};
	`)
	for _, want := range []string{"[event] message es#1 ← 'hi' (1 listener)\n", "[event] error es#1 ← "} {
		if !strings.Contains(out, want) {
			t.Errorf("event log lacks %q:\n%s", want, out)
		}
	}
}

// What a listener throws is reported, and the source closes; what a getter
// of the stream's error throws is an unhandled rejection, as in workerd
// (its promise reaction throws), and no error event fires.
func TestListenerThrows(t *testing.T) {
	out, errs := run(t, nil, trace.Off, `
		const es = EventSource.from(new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('data: 1\n\ndata: 2\n\n')); } }));
		es.onmessage = (e) => { console.log('message', e.data); throw new Error('boom'); };
		es.onerror = (e) => console.log('error', e.error.message, es.readyState);
		let ctl;
		const es2 = EventSource.from(new ReadableStream({ start(c) { ctl = c; } }));
		const bad = new Error('x');
		Object.defineProperty(bad, 'retryable', { get() { throw new Error('getter'); } });
		es2.onerror = (e) => console.log('es2 error', e.error === bad || e.error.message);
		ctl.error(bad);
	`)
	if !strings.Contains(out, "message 1\nerror boom 2\n") || strings.Contains(out, "message 2") {
		t.Errorf("output:\n%s", out)
	}
	if !strings.Contains(errs, "Uncaught Error: boom") || !strings.Contains(errs, "Uncaught (in promise) Error: getter") {
		t.Errorf("stderr %q", errs)
	}
	if strings.Contains(out, "es2 error") {
		t.Errorf("es2: output:\n%s", out)
	}
}
