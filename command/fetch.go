package command

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/signal"
	"sort"
	"strings"
	"time"

	"github.com/dop251/goja"
	"github.com/urfave/cli/v2"

	"github.com/mcrepl/mcrepl/loader"
	"github.com/mcrepl/mcrepl/trace"
	"github.com/mcrepl/mcrepl/worker"
	"github.com/mcrepl/mcrepl/worker/fetch"
)

// fetchOrigin is the origin of the requests --fetch makes from a path, the
// address `mcrepl serve` and `wrangler dev` listen on by default.
const fetchOrigin = "http://localhost:8787"

// handlerMode reports whether run calls the handlers (--fetch,
// --scheduled) instead of test().
func handlerMode(c *cli.Context) bool {
	return len(c.StringSlice(optFetch)) > 0 || c.String(optScheduled) != ""
}

// runHandlers is `run --fetch` and `run --scheduled`: the module is
// evaluated once, then each --fetch request is sent to its fetch handler
// in turn and the response printed (status line, headers, a blank line,
// the body), then the scheduled handler is called. It exits 0 when every
// request got a response, 1 when a handler threw or the run failed.
func (e *env) runHandlers(c *cli.Context, path string, s settings, w *worker.Worker) error {
	defer w.Close()
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt)
	defer stop()
	if s.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, s.timeout)
		defer cancel()
	}
	bindings, err := vars(c, s.wrangler)
	if err != nil {
		return err
	}
	prog, err := loader.Load(path, e.stdin)
	if err != nil {
		return handlerLoadError(path, err)
	}
	inst, err := prog.Start(ctx, w, bindings)
	if err != nil {
		return e.runError(ctx, s, handlerLoadError(path, err))
	}
	var body []byte
	if d := c.String(optData); d != "" {
		if strings.HasPrefix(d, "@") {
			if body, err = os.ReadFile(d[1:]); err != nil {
				return &exitError{ExitUsage, fmt.Sprintf("--data %s: %v", d, pathErr(err))}
			}
		} else {
			body = []byte(d)
		}
	}
	method := strings.ToUpper(c.String(optRequest))
	if method == "" {
		method = "GET"
		if body != nil {
			method = "POST"
		}
	}
	header := http.Header{}
	for _, h := range c.StringSlice(optHeader) {
		k, v, ok := strings.Cut(h, ":")
		if !ok || strings.TrimSpace(k) == "" {
			return usagef("--header %q: give 'NAME: VALUE'", h)
		}
		header.Add(strings.TrimSpace(k), strings.TrimSpace(v))
	}
	failed := false
	for _, target := range c.StringSlice(optFetch) {
		u := target
		if !strings.Contains(u, "://") {
			if !strings.HasPrefix(u, "/") {
				u = "/" + u
			}
			u = fetchOrigin + u
		}
		in := fetch.Incoming{Method: method, URL: u, Header: header.Clone()}
		if body != nil {
			in.Body = io.NopCloser(bytes.NewReader(body))
		}
		if err := e.fetchOnce(ctx, inst, in); err != nil {
			if ctx.Err() != nil {
				return e.runError(ctx, s, ctx.Err())
			}
			fmt.Fprintln(e.stderr, err)
			failed = true
		}
	}
	if cron := c.String(optScheduled); cron != "" {
		if err := inst.Scheduled(ctx, cron, time.Now()); err != nil {
			if ctx.Err() != nil {
				return e.runError(ctx, s, ctx.Err())
			}
			if herr, ok := err.(*loader.HandlerError); ok {
				fmt.Fprintln(e.stderr, herr.Msg)
			}
			failed = true
		}
	}
	if err := w.Wait(ctx); err != nil {
		return e.runError(ctx, s, err)
	}
	if s.trace != trace.Off {
		_ = w.Report(e.stderr)
	}
	if failed || w.Failed() {
		return silent(ExitFailure)
	}
	return nil
}

// runError maps how a handler run ended to the exit code.
func (e *env) runError(ctx context.Context, s settings, err error) error {
	switch {
	case err == context.DeadlineExceeded:
		return &exitError{ExitTimeout, "timed out after " + s.timeout.String()}
	case ctx.Err() != nil:
		return silent(ExitInterrupted)
	}
	return err
}

// fetchOnce sends one request to the fetch handler and prints the response.
func (e *env) fetchOnce(ctx context.Context, inst *loader.Instance, in fetch.Incoming) error {
	w := inst.Worker()
	env := w.Host()
	type result struct {
		out fetch.Outgoing
		err error
	}
	resc := make(chan result, 1)
	ok := inst.Call("fetch", func(*goja.Runtime) []goja.Value {
		return []goja.Value{fetch.NewRequest(env, in)}
	}, func(v goja.Value, _ *loader.Invocation, err error) {
		if err != nil {
			resc <- result{err: err}
			return
		}
		out, err := fetch.ResponseOf(env, v)
		switch {
		case err == fetch.ErrNotResponse:
			err = &loader.HandlerError{Msg: "Uncaught TypeError: Incorrect type for Promise: the Promise did not resolve to 'Response'."}
		case err != nil:
			err = &loader.HandlerError{Msg: "Uncaught TypeError: " + err.Error()}
		case out.WebSocket != nil:
			err = &loader.HandlerError{Msg: "the handler returned a WebSocket upgrade (status 101 with webSocket): `run --fetch` has no connection to upgrade; use `mcrepl serve` and a WebSocket client, or exercise both ends of the pair in test() (docs/websocket.md)"}
		}
		resc <- result{out, err}
	})
	if !ok {
		return fmt.Errorf("%s: the isolate was closed", inst.Name())
	}
	var res result
	idle := make(chan error, 1)
	go func() { idle <- w.Wait(ctx) }()
	select {
	case res = <-resc:
	case err := <-idle:
		select {
		case res = <-resc:
		default:
			if err != nil {
				return err
			}
			return &loader.HandlerError{Msg: "Uncaught Error: " + "The Workers runtime canceled this request because it detected that your Worker's code had hung and would never generate a response."}
		}
	}
	if res.err != nil {
		return res.err
	}
	var b strings.Builder
	text := res.out.StatusText
	if text == "" {
		text = http.StatusText(res.out.Status)
	}
	fmt.Fprintf(&b, "%d %s\n", res.out.Status, text)
	keys := make([]string, 0, len(res.out.Header))
	for k := range res.out.Header {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, v := range res.out.Header[k] {
			fmt.Fprintf(&b, "%s: %s\n", strings.ToLower(k), v)
		}
	}
	b.WriteString("\n")
	_, _ = io.WriteString(e.stdout, b.String())
	lw := &lastByte{w: e.stdout}
	err := copyBody(ctx, w, res.out.Body, lw)
	if lw.n > 0 && lw.last != '\n' {
		// The next status line, or the prompt, starts on a line of its own.
		_, _ = io.WriteString(e.stdout, "\n")
	}
	return err
}

// lastByte remembers the last byte written through it.
type lastByte struct {
	w    io.Writer
	n    int
	last byte
}

func (l *lastByte) Write(p []byte) (int, error) {
	if len(p) > 0 {
		l.n += len(p)
		l.last = p[len(p)-1]
	}
	return l.w.Write(p)
}

// copyBody writes a response body to out as it arrives.
func copyBody(ctx context.Context, w *worker.Worker, b *fetch.Body, out io.Writer) error {
	if b == nil {
		return nil
	}
	if data, ok := b.Buffered(); ok {
		_, err := out.Write(data)
		return err
	}
	if r, ok := b.Reader(); ok {
		defer r.Close()
		_, err := io.Copy(out, r)
		return err
	}
	type chunk struct {
		data []byte
		done bool
		err  error
	}
	next := make(chan chunk, 1)
	for {
		if !w.Post(func(*goja.Runtime) {
			b.Next(func(data []byte, done bool, err error) { next <- chunk{data, done, err} })
		}) {
			return fmt.Errorf("the isolate was closed")
		}
		var c chunk
		select {
		case c = <-next:
		case <-ctx.Done():
			return ctx.Err()
		}
		if c.err != nil {
			//lint:ignore ST1005 printed as the uncaught error it is
			return fmt.Errorf("Uncaught (in response body) %v", c.err)
		}
		if _, err := out.Write(c.data); err != nil {
			return err
		}
		if c.done {
			return nil
		}
	}
}
