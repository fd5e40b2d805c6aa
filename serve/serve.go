// Package serve is `mcrepl serve`: a local HTTP server (net/http) that
// calls a Worker's fetch handler once per request, in one isolate, and
// streams each Response back, as `wrangler dev` and `workerd serve` do.
//
// Every request gets a tag ("#3 GET /path"): the console output and the
// event log records of its code carry it (the isolate carries the request
// through awaits, timers, port deliveries and host completions:
// worker.TrackOrigins; trace.Tagged), and when it is done the report of
// what did not happen lists what its code left undone. A handler that throws, rejects,
// returns what is not a Response, or hangs (the isolate goes quiet with
// the response pending) gets workerd's 500 "Internal Server Error" with
// the error on the log. The server reloads the Worker when a source file
// under the entry's folder changes: requests in flight finish on the old
// isolate, new ones go to the new one.
//
// Use New, then Serve with a listener (or ListenAndServe); cancel the
// context to stop gracefully.
package serve

import (
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/loader"
	"github.com/mcrepl/mcrepl/trace"
	"github.com/mcrepl/mcrepl/worker"
	"github.com/mcrepl/mcrepl/worker/fetch"
	"github.com/mcrepl/mcrepl/worker/host"
)

// Config describes a server.
type Config struct {
	// Path is the Worker's entry file (watched for changes with its folder).
	Path string
	// Worker builds a fresh isolate; its EventLogWriter, Stdout and
	// Stderr should be wrapped by trace.Tagged with the tag function
	// passed in (the request whose code runs now, "" for none).
	Worker func(tag func() string) (*worker.Worker, error)
	// Vars are the env bindings.
	Vars []host.Var
	// Log receives one line per request and the errors (standard error).
	Log io.Writer
	// Report, when set, receives the per-request report of what did not
	// happen. nil: none.
	Report io.Writer
	// ReportJSON writes the report as JSON lines of kind "report", each
	// with a leading "request" member (--trace-format json).
	ReportJSON bool
	// Reload turns on reloading when a source file changes. Default off.
	Reload bool
	// PollInterval is how often sources are checked for changes. Default
	// 500ms.
	PollInterval time.Duration
}

// generation is one loaded Worker: its isolate, instance and in-flight
// requests.
type generation struct {
	inst     *loader.Instance
	w        *worker.Worker
	inflight sync.WaitGroup
	reported map[string]int
	mu       sync.Mutex // reported

	watchM   sync.Mutex
	slow     map[chan struct{}]func() bool // waits past the grace time: still pending?
	watching bool
}

// request is a request's origin in the isolate (worker.SetOrigin): the
// event log's records of its code are tagged with it, and what its code
// makes is in its report.
type request struct{ tag string }

// Server serves one Worker.
type Server struct {
	cfg    Config
	gen    atomic.Pointer[generation]
	seq    atomic.Int64
	logM   sync.Mutex
	renewM sync.Mutex // one replacement of an aborted isolate at a time
}

// New loads the Worker and evaluates it; the errors are loader's (a
// syntax or import error, a module without default export) or
// worker.ErrUncaught.
func New(ctx context.Context, cfg Config) (*Server, error) {
	if cfg.PollInterval <= 0 {
		cfg.PollInterval = 500 * time.Millisecond
	}
	s := &Server{cfg: cfg}
	g, err := s.load(ctx)
	if err != nil {
		return nil, err
	}
	s.gen.Store(g)
	return s, nil
}

func (s *Server) load(ctx context.Context) (*generation, error) {
	prog, err := loader.Load(s.cfg.Path, nil)
	if err != nil {
		return nil, err
	}
	g := &generation{reported: map[string]int{}, slow: map[chan struct{}]func() bool{}}
	// A record of the event log is tagged with the request whose code it
	// is: the origin the isolate carries through awaits, timers and port
	// deliveries (worker.TrackOrigins), whichever request runs now.
	w, err := s.cfg.Worker(func() string {
		if g.w == nil { // written while the isolate is made
			return ""
		}
		if r, ok := g.w.Origin().(*request); ok {
			return r.tag
		}
		return ""
	})
	if err != nil {
		return nil, err
	}
	g.w = w
	w.TrackOrigins()
	inst, err := prog.Start(ctx, w, s.cfg.Vars)
	if err != nil {
		w.Close()
		return nil, err
	}
	if !inst.Has("fetch") {
		w.Close()
		return nil, &loader.Failure{Msg: prog.Name() + ": the default export has no fetch() handler: `export default { async fetch(request, env, ctx) { return new Response('hi'); } }`"}
	}
	g.inst, g.w = inst, w
	return g, nil
}

// Close stops the current isolate, after the requests still in flight
// (Serve's shutdown gave them 5 s) or one more second. Call it after Serve
// returned.
func (s *Server) Close() {
	g := s.gen.Load()
	if g == nil {
		return
	}
	done := make(chan struct{})
	go func() { g.inflight.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(time.Second):
	}
	g.w.Close()
}

// Serve answers requests on l until ctx ends, then shuts down gracefully:
// it stops accepting, lets the requests in flight finish (up to 5 s) and
// returns nil.
func (s *Server) Serve(ctx context.Context, l net.Listener) error {
	hs := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 10 * time.Second, // a client that never finishes its headers
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    1 << 20, // larger headers get 431, as from workerd's 128 KiB limit
		ErrorLog:          nil,
	}
	hs.ErrorLog = newQuietLog()
	if s.cfg.Reload {
		go s.watch(ctx)
	}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(l) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = hs.Shutdown(sctx)
	return nil
}

func (s *Server) logf(format string, args ...any) {
	s.logM.Lock()
	defer s.logM.Unlock()
	fmt.Fprintf(s.cfg.Log, format+"\n", args...)
}

// result is what the loop hands the HTTP goroutine.
type result struct {
	out fetch.Outgoing
	err error
	inv *loader.Invocation
}

// renew replaces the generation g, whose isolate abortIsolate() ended, with
// a fresh one (workerd starts a new isolate for the next request), once.
func (s *Server) renew(g *generation) *generation {
	s.renewM.Lock()
	defer s.renewM.Unlock()
	if s.gen.Load() != g {
		return s.gen.Load()
	}
	ng, err := s.load(context.Background())
	if err != nil {
		s.logf("mcrepl: the isolate was aborted and %s no longer loads: %v", s.cfg.Path, err)
		return g
	}
	s.gen.Store(ng)
	s.logf("mcrepl: abortIsolate() ended the isolate: a fresh one serves the next requests")
	return ng
}

// hungMessage is workerd's error for a request whose response can never
// come.
const hungMessage = "The Workers runtime canceled this request because it detected that your Worker's code had hung and would never generate a response. Refer to: https://developers.cloudflare.com/workers/observability/errors/"

// ServeHTTP calls the fetch handler for one request.
func (s *Server) ServeHTTP(rw http.ResponseWriter, hr *http.Request) {
	g := s.gen.Load()
	if loader.Aborted(g.w) {
		g = s.renew(g)
	}
	g.inflight.Add(1)
	defer g.inflight.Done()
	start := time.Now()
	n := s.seq.Add(1)
	tag := fmt.Sprintf("#%d %s %s", n, hr.Method, hr.URL.RequestURI())
	req := &request{tag: tag}
	env := g.w.Host()

	u := "http://" + hr.Host + hr.URL.RequestURI()
	header := hr.Header.Clone()
	header["Host"] = []string{hr.Host} // net/http moves it out of Header
	in := fetch.Incoming{Method: hr.Method, URL: u, Header: header, Body: hr.Body,
		CF: map[string]any{"clientIp": hr.RemoteAddr}}
	if hr.ContentLength == 0 {
		in.Body = nil
	}
	resc := make(chan result, 1)
	var reqObj *goja.Object
	ok := g.inst.Call("fetch", func(*goja.Runtime) []goja.Value {
		g.w.SetOrigin(req)
		reqObj = fetch.NewRequest(env, in)
		return []goja.Value{reqObj}
	}, func(v goja.Value, inv *loader.Invocation, err error) {
		res := result{err: err, inv: inv}
		if err == nil {
			res.out, res.err = fetch.ResponseOf(env, v)
			if errors.Is(res.err, fetch.ErrNotResponse) {
				res.err = &loader.HandlerError{Msg: "Uncaught TypeError: Incorrect type for Promise: the Promise did not resolve to 'Response'."}
			} else if res.err != nil {
				res.err = &loader.HandlerError{Msg: "Uncaught TypeError: " + res.err.Error()}
			}
		}
		resc <- res
	})
	if !ok {
		s.fail(rw, tag, start, "the isolate is closed (reloading?)")
		return
	}
	var res result
	select {
	case res = <-resc:
	case <-hr.Context().Done():
		g.w.Post(func(*goja.Runtime) {
			g.w.SetOrigin(req)
			if reqObj != nil {
				fetch.Abort(env, reqObj)
			}
		})
		res = <-resc
		if res.err == nil && res.out.Body != nil {
			g.w.Post(func(*goja.Runtime) { g.w.SetOrigin(req); res.out.Body.Cancel() })
		}
		s.logf("%s: the client went away", tag)
		s.report(g, req, res.inv)
		return
	case <-s.hung(g, hr.Context(), func() bool { return len(resc) == 0 }):
		s.fail(rw, tag, start, "Uncaught Error: "+hungMessage)
		go func() { <-resc }()
		s.report(g, req, nil) // what it waits for
		return
	}
	if res.err != nil && res.inv != nil && res.inv.PassThrough {
		s.failOpen(rw, tag, start, res.err.Error())
		s.report(g, req, res.inv)
		return
	}
	if res.err != nil {
		s.fail(rw, tag, start, res.err.Error())
		s.report(g, req, res.inv)
		return
	}
	out := res.out
	if out.WebSocket != nil {
		s.upgrade(rw, hr, g, req, tag, start, out.WebSocket)
		return
	}
	h := rw.Header()
	for k, vs := range out.Header {
		h[k] = append(h[k], vs...)
	}
	h["Date"] = nil // workerd sends none
	// The connection's own headers are the server's to write: workerd
	// drops the Worker's (Go would close on its Connection: close, and
	// chunk a body with a Content-Length on its Transfer-Encoding).
	for _, k := range hopHeaders {
		delete(h, k)
	}
	if _, ok := h["Content-Type"]; !ok {
		h["Content-Type"] = nil // workerd sends none; Go's server would sniff one
	}
	var body []byte
	buffered := false
	if out.Body != nil {
		body, buffered = out.Body.Buffered()
	} else {
		buffered = true
	}
	enc := encoding(out, h)
	if enc == "br" && !g.w.Host().Flags.Enabled("brotli_content_encoding") {
		enc = "" // before the flag, workerd sends the body as it is, labelled br
	}
	switch {
	case enc != "":
		// workerd compresses the body itself, chunked: the length it will
		// have is not known.
		delete(h, "Content-Length")
	case buffered && !noBody(out.Status) && (out.Body != nil || hr.Method != "HEAD"):
		// workerd frames a null body to a HEAD request with no Content-Length.
		h["Content-Length"] = []string{fmt.Sprint(len(body))}
	case !buffered && !noBody(out.Status):
		if n, ok := out.Body.Length(); ok {
			// A stream whose length workerd knows: Content-Length, not chunked.
			h["Content-Length"] = []string{fmt.Sprint(n)}
		}
	}
	var werr error
	switch {
	case enc != "" && hr.Method == "HEAD" && buffered:
		rw.WriteHeader(out.Status)
	case enc != "":
		rw.WriteHeader(out.Status)
		werr = s.compressBody(hr.Context(), g, rw, out.Body, body, buffered, req, enc)
	case buffered:
		rw.WriteHeader(out.Status)
		if hr.Method != "HEAD" {
			_, werr = rw.Write(body)
		}
	default:
		want := int64(-1)
		if n, err := strconv.ParseInt(h.Get("Content-Length"), 10, 64); err == nil {
			want = n
		}
		// The header goes when the body's first read is not answered at
		// once, or with its first bytes, as workerd sends it: a body that
		// fails before either gets no response at all.
		header := func() {
			rw.WriteHeader(out.Status)
			if f, ok := rw.(http.Flusher); ok {
				f.Flush() // chunked, unless the length is known
			}
		}
		werr = s.stream(hr.Context(), g, rw, out.Body, req, want, header)
	}
	status := fmt.Sprintf("%d %s", out.Status, statusText(out))
	if werr != nil {
		s.logf("%s → %s, body cut: %v (%s)", tag, status, werr, since(start))
	} else {
		s.logf("%s → %s (%s)", tag, status, since(start))
	}
	s.report(g, req, res.inv)
	var be *bodyError
	if errors.As(werr, &be) {
		// workerd aborts the connection: no last chunk, or fewer bytes than
		// the Content-Length, so that no client takes the cut body for a
		// whole one. net/http closes it quietly on this panic.
		panic(http.ErrAbortHandler)
	}
}

// bodyError is a streamed body's own failure: it errored, gave a chunk that
// is no bytes, or hung. The connection is aborted after it.
type bodyError struct{ err error }

func (e *bodyError) Error() string { return e.err.Error() }
func (e *bodyError) Unwrap() error { return e.err }

// hung returns a channel closed when the isolate has gone quiet while what
// a request waits for (its response, the next chunk of its body) is still
// pending: nothing left to run can produce it. One watcher per isolate waits
// for quiescence while some request has been waiting for a while; pending
// says whether it still is. rctx ends the wait.
func (s *Server) hung(g *generation, rctx context.Context, pending func() bool) <-chan struct{} {
	ch := make(chan struct{})
	go func() {
		// A handler that answers at once needs no watching.
		t := time.NewTimer(20 * time.Millisecond)
		defer t.Stop()
		select {
		case <-t.C:
		case <-rctx.Done():
			return
		}
		g.watchM.Lock()
		g.slow[ch] = pending
		if !g.watching {
			g.watching = true
			go g.watch()
		}
		g.watchM.Unlock()
		<-rctx.Done()
		g.watchM.Lock()
		delete(g.slow, ch)
		g.watchM.Unlock()
	}()
	return ch
}

// watch waits for quiescence while requests are slow, and declares hung
// those still without a result. A quiet moment condemns only the requests
// that were slow before the wait for it began: one that became slow after
// (the watcher was descheduled past the moment on a loaded machine) may
// have been posted after it, and waits for the next quiet moment.
func (g *generation) watch() {
	for {
		g.watchM.Lock()
		before := make(map[chan struct{}]func() bool, len(g.slow))
		for ch, pending := range g.slow {
			before[ch] = pending
		}
		g.watchM.Unlock()
		// Background: a cancelled Wait would interrupt the running JS.
		_ = g.w.Wait(context.Background())
		time.Sleep(2 * time.Millisecond)
		if pause := watchPause.Load(); pause != nil {
			(*pause)(g)
		}
		g.watchM.Lock()
		for ch, pending := range before {
			if _, ok := g.slow[ch]; !ok {
				continue // the client went away
			}
			if pending() {
				close(ch)
			}
			delete(g.slow, ch)
		}
		if len(g.slow) == 0 {
			g.watching = false
			g.watchM.Unlock()
			return
		}
		g.watchM.Unlock()
	}
}

// watchPause, when set (by tests), runs between a quiet moment and the
// verdict on the slow requests: it stands for a watcher descheduled there.
var watchPause atomic.Pointer[func(g *generation)]

// stream sends a streamed body chunk by chunk, each read on the loop, and
// flushes every chunk (the client sees the page as React renders it).
// header writes the response header; stream calls it once, when the first
// read is not answered in the turn it was asked in (its microtasks
// included), or before the first bytes or the end, as workerd's pump does.
// What the body itself does wrong comes back as a *bodyError: it errored,
// gave a chunk that is no bytes, or left its reader waiting with nothing
// left to run in the isolate (workerd's hung request).
//
// want is the Content-Length sent (-1: none): a client that has all of it
// may close the connection before the stream says it is done, and its
// going is then no cut.
func (s *Server) stream(ctx context.Context, g *generation, rw http.ResponseWriter, b *fetch.Body, req *request, want int64, header func()) error {
	flusher, _ := rw.(http.Flusher)
	sent := false
	sendHeader := func() {
		if !sent {
			sent = true
			header()
		}
	}
	if r, ok := b.Reader(); ok {
		defer r.Close()
		sendHeader()
		buf := make([]byte, 32<<10)
		for {
			n, err := r.Read(buf)
			if n > 0 {
				if _, werr := rw.Write(buf[:n]); werr != nil {
					return werr
				}
				if flusher != nil {
					flusher.Flush()
				}
			}
			if err == io.EOF {
				return nil
			}
			if err != nil {
				return &bodyError{err}
			}
		}
	}
	type chunk struct {
		data []byte
		done bool
		err  error
	}
	next := make(chan chunk, 1)
	written := int64(0)
	cancel := func() { g.w.Post(func(*goja.Runtime) { g.w.SetOrigin(req); b.Cancel() }) }
	for {
		var answered atomic.Bool
		if !g.w.Post(func(*goja.Runtime) {
			g.w.SetOrigin(req)
			b.Next(func(data []byte, done bool, err error) {
				answered.Store(true)
				next <- chunk{data, done, err}
			})
		}) {
			return errors.New("the isolate was closed")
		}
		// A task after the read's runs after its microtasks: if the read
		// is still unanswered then, the header goes.
		var turn chan struct{}
		if !sent {
			turn = make(chan struct{}, 1)
			g.w.Post(func(*goja.Runtime) { turn <- struct{}{} })
		}
		wctx, stopWatch := context.WithCancel(ctx)
		hung := s.hung(g, wctx, func() bool { return !answered.Load() })
		var c chunk
	wait:
		for {
			select {
			case c = <-next:
				break wait
			case <-turn:
				turn = nil
				if len(next) == 0 {
					sendHeader()
				}
			case <-hung:
				stopWatch()
				cancel()
				sendHeader()
				return &bodyError{errors.New("Error: " + hungMessage)}
			case <-ctx.Done():
				stopWatch()
				select {
				case c = <-next: // it came with the client's going: it is the stream's last word, or more
					break wait
				default:
					// The client went away while the stream had nothing to give.
					cancel()
					if want >= 0 && written >= want {
						return nil // it had the whole body
					}
					return ctx.Err()
				}
			}
		}
		stopWatch()
		if c.err != nil {
			return &bodyError{c.err}
		}
		sendHeader()
		if len(c.data) > 0 {
			written += int64(len(c.data))
			if _, err := rw.Write(c.data); err != nil {
				cancel()
				return err
			}
			if flusher != nil {
				flusher.Flush()
			}
		}
		if c.done {
			return nil
		}
	}
}

// encoding is the compression workerd applies to out's body itself: gzip
// or br when its Content-Encoding is exactly that and it is not
// encodeBody: "manual" (workerd leaves "GZIP", "x-gzip" and "gzip, br"
// alone, and a null body).
func encoding(out fetch.Outgoing, h http.Header) string {
	ce := h["Content-Encoding"]
	if out.Manual || out.Body == nil || noBody(out.Status) || len(ce) != 1 {
		return ""
	}
	if ce[0] == "gzip" || ce[0] == "br" {
		return ce[0]
	}
	return ""
}

// compressBody sends the body compressed with enc (gzip or br) and chunked,
// as workerd does. Like
// workerd's, the gzip stream starts with the first byte of the body: an
// empty body is sent as no bytes at all.
func (s *Server) compressBody(ctx context.Context, g *generation, rw http.ResponseWriter, b *fetch.Body, body []byte, buffered bool, req *request, enc string) error {
	if f, ok := rw.(http.Flusher); ok {
		f.Flush() // the header now, without a Content-Length: chunked
	}
	zw := &compressWriter{rw: rw, br: enc == "br"}
	var err error
	if buffered {
		_, err = zw.Write(body)
	} else {
		err = s.stream(ctx, g, zw, b, req, -1, func() {})
	}
	if cerr := zw.close(); err == nil {
		err = cerr
	}
	return err
}

// compressWriter is a ResponseWriter whose body goes through gzip (or
// brotli, br), started on the first byte written; Flush flushes the
// compressor, then the connection, so a stream's chunks reach the client
// as they come.
type compressWriter struct {
	rw http.ResponseWriter
	br bool
	z  interface {
		io.WriteCloser
		Flush() error
	}
}

func (w *compressWriter) Header() http.Header { return w.rw.Header() }
func (w *compressWriter) WriteHeader(int)     {}

func (w *compressWriter) Write(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	if w.z == nil {
		if w.br {
			w.z = brotli.NewWriter(w.rw)
		} else {
			gz := gzip.NewWriter(w.rw)
			gz.OS = 3 // Unix, as zlib on Linux writes it
			w.z = gz
		}
	}
	return w.z.Write(p)
}

func (w *compressWriter) Flush() {
	if w.z != nil && w.z.Flush() != nil {
		return
	}
	if f, ok := w.rw.(http.Flusher); ok {
		f.Flush()
	}
}

func (w *compressWriter) close() error {
	if w.z == nil {
		return nil
	}
	return w.z.Close()
}

// fail answers 500 as workerd does and logs the error.
func (s *Server) fail(rw http.ResponseWriter, tag string, start time.Time, msg string) {
	h := rw.Header()
	h["Connection"] = []string{"close"}
	h["Content-Length"] = []string{"21"}
	h["Date"] = nil
	h["Content-Type"] = nil
	rw.WriteHeader(500)
	_, _ = io.WriteString(rw, "Internal Server Error")
	s.logf("%s → 500 Internal Server Error (%s)\n%s", tag, since(start), strings.TrimRight(msg, "\n"))
}

// failOpen answers a handler that threw after passThroughOnException():
// workerd forwards the request to its origin, and with none it can reach
// answers 500 with an empty body (no Connection: close). mcrepl has no
// origin, so it answers as workerd does when the origin fails.
func (s *Server) failOpen(rw http.ResponseWriter, tag string, start time.Time, msg string) {
	h := rw.Header()
	h["Content-Length"] = []string{"0"}
	h["Date"] = nil
	h["Content-Type"] = nil
	rw.WriteHeader(500)
	s.logf("%s → 500 Internal Server Error, passThroughOnException: no origin to pass the request to (%s)\n%s", tag, since(start), strings.TrimRight(msg, "\n"))
}

// report writes the port problems that appeared during the request, once
// its waitUntil promises have settled.
func (s *Server) report(g *generation, req *request, inv *loader.Invocation) {
	settled := make(chan struct{})
	if inv == nil || !g.w.Post(func(*goja.Runtime) { inv.WhenSettled(func() { close(settled) }) }) {
		close(settled)
	}
	go func() {
		<-settled
		// What the request's own code made (a request still running has its
		// own report to come), then what no request made (the module's top
		// level), once.
		fresh := g.w.TakeProblemsOf(req) // and lets go of what was kept for it, report or not
		if s.cfg.Report == nil {
			return
		}
		shared := g.w.ProblemsOf(nil)
		g.mu.Lock()
		for _, p := range shared {
			key := p.Port + "|" + p.What + "|" + p.Reason
			if g.reported[key] < p.Count {
				q := p
				q.Count -= g.reported[key]
				g.reported[key] = p.Count
				fresh = append(fresh, q)
			}
		}
		g.mu.Unlock()
		if len(fresh) == 0 {
			return
		}
		s.logM.Lock()
		defer s.logM.Unlock()
		if s.cfg.ReportJSON {
			tw := trace.Tagged(s.cfg.Report, trace.JSON, func() string { return req.tag })
			for _, p := range fresh {
				_ = trace.WriteReportJSON(tw, []trace.Problem{p})
			}
			return
		}
		var b strings.Builder
		_ = trace.WriteReport(&b, fresh)
		// One report per request, its first line naming the request.
		_, _ = io.WriteString(s.cfg.Report, "["+req.tag+"] "+b.String())
	}()
}

func since(t time.Time) string {
	d := time.Since(t)
	if d < time.Millisecond {
		return fmt.Sprintf("%dµs", d.Microseconds())
	}
	return fmt.Sprintf("%dms", d.Milliseconds())
}

func statusText(o fetch.Outgoing) string {
	if o.StatusText != "" {
		return o.StatusText
	}
	return http.StatusText(o.Status)
}

// hopHeaders are the response headers workerd 2026-11-17's serve drops from
// a Worker's Response, spelt as fetch.WireName spells them.
var hopHeaders = []string{"Connection", "Keep-Alive", "Transfer-Encoding", "Upgrade", "TE", "Trailer"}

// noBody reports whether a status has no body, and so no Content-Length.
func noBody(status int) bool { return status < 200 || status == 204 || status == 304 }
