package command

import (
	"errors"
	"fmt"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"

	"github.com/urfave/cli/v2"

	"github.com/mcrepl/mcrepl/serve"
	"github.com/mcrepl/mcrepl/trace"
	"github.com/mcrepl/mcrepl/worker"
)

// Options of serve and of run's handler mode.
const (
	optPort      = "port"
	optIP        = "ip"
	optVar       = "var"
	optNoReload  = "no-reload"
	optFetch     = "fetch"
	optRequest   = "request"
	optHeader    = "header"
	optData      = "data"
	optScheduled = "scheduled"
)

// varFlag is --var, which serve and run take.
func varFlag() cli.Flag {
	return &cli.StringSliceFlag{
		Name:  optVar,
		Usage: "an env binding `KEY=VALUE` for test() and the other handlers, a global in a classic script (repeatable; after wrangler's vars)",
	}
}

// handlerFlags are run's options that call the handlers instead of test().
func handlerFlags() []cli.Flag {
	return []cli.Flag{
		varFlag(),
		&cli.StringSliceFlag{
			Name:  optFetch,
			Usage: "call the fetch handler with a request for `PATH` (or a full URL) and print the response; repeatable",
		},
		&cli.StringFlag{Name: optRequest, Aliases: []string{"X"}, Usage: "the `METHOD` of the --fetch requests (default: GET, or POST with --data)"},
		&cli.StringSliceFlag{Name: optHeader, Aliases: []string{"H"}, Usage: "a request header `'NAME: VALUE'` for --fetch; repeatable"},
		&cli.StringFlag{Name: optData, Aliases: []string{"d"}, Usage: "the request body `DATA` for --fetch (@FILE reads a file)"},
		&cli.StringFlag{Name: optScheduled, Usage: "call the scheduled handler with the cron `EXPRESSION` (e.g. \"*/5 * * * *\")"},
	}
}

// serveCommand is the `serve` command's definition.
func (e *env) serveCommand() *cli.Command {
	return &cli.Command{
		Name:      "serve",
		Usage:     "serve a Worker's fetch handler on a local HTTP port",
		ArgsUsage: "[FILE]",
		UsageText: "mcrepl serve [options] [FILE]",
		Description: `Loads FILE (or the main of wrangler.toml / wrangler.json / wrangler.jsonc)
once, in one isolate, and calls its default export's fetch(request, env, ctx)
for every request on http://IP:PORT, streaming the responses. The event log
and the console output are tagged with the request whose code wrote them
("[#3 GET /path] ..."); each request ends with the report of what did not
happen. The Worker is reloaded when a source file changes.
Ctrl-C stops the server after the requests in flight. The Worker's top level
runs in workerd's global scope: a timer, I/O or a random value there fails
the load ("Disallowed operation called within global scope"), as on deploy;
do it in the handler.

Exit codes: 0 after Ctrl-C; 1 when the Worker fails to load; 2 bad usage
or configuration, or the port cannot be listened on.`,
		Flags: append(append(configFlags(), traceFlags()...),
			&cli.IntFlag{Name: optPort, Value: 8787, Usage: "the TCP `PORT` to listen on (0 picks a free one)"},
			&cli.StringFlag{Name: optIP, Value: "127.0.0.1", Usage: "the `ADDRESS` to listen on"},
			&cli.BoolFlag{Name: optNoReload, Usage: "do not reload the Worker when its files change"},
			varFlag(),
		),
		Action:       e.serve,
		OnUsageError: onUsageError,
	}
}

// serve is the `serve` command.
func (e *env) serve(c *cli.Context) error {
	args := c.Args().Slice()
	if len(args) > 1 {
		return usagef("unexpected %q after %s: options go before FILE", args[1], args[0])
	}
	s, set, err := e.resolve(c)
	if err != nil {
		return err
	}
	path, err := entry(args, s.wrangler, "serve")
	if err != nil {
		return err
	}
	if err := checkReadable(path); err != nil {
		return err
	}
	bindings, err := vars(c, s.wrangler)
	if err != nil {
		return err
	}
	port := c.Int(optPort)
	if port < 0 || port > 65535 {
		return usagef("--port %d: give a TCP port from 0 to 65535", port)
	}
	addr := net.JoinHostPort(c.String(optIP), strconv.Itoa(port))
	logOut, closeLog, err := e.eventLog(s)
	if err != nil {
		return err
	}
	defer closeLog()

	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	defer stop()
	cfg := serve.Config{
		Path: path,
		Worker: func(tag func() string) (*worker.Worker, error) {
			return worker.New(worker.Config{
				Flags: set,
				// Console output, as the event log, carries the tag of
				// the request whose code wrote it (none for the top
				// level): requests in flight interleave their lines.
				Stdout:         trace.Tagged(e.stdout, trace.Text, tag),
				Stderr:         trace.Tagged(e.stderr, trace.Text, tag),
				Color:          e.color(s),
				EventLog:       s.trace,
				EventLogFormat: s.traceFormat,
				EventLogWriter: trace.Tagged(logOut, s.traceFormat, tag),
				Permissions:    s.perms,
			})
		},
		Vars:   bindings,
		Log:    e.stderr,
		Reload: !c.Bool(optNoReload),
	}
	// The report is its own switch (--no-report), as for run: text on
	// stderr, or JSON records in the event log's stream.
	if !s.noReport {
		cfg.Report = e.stderr
		if s.traceFormat == trace.JSON {
			cfg.Report = logOut
			cfg.ReportJSON = true
		}
	}
	srv, err := serve.New(ctx, cfg)
	if err != nil {
		return handlerLoadError(path, err)
	}
	defer srv.Close()
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return &exitError{ExitUsage, listenMessage(addr, err)}
	}
	fmt.Fprintf(e.stderr, "%s: serving %s on http://%s (Ctrl-C stops)\n", name, path, l.Addr())
	if err := srv.Serve(ctx, l); err != nil {
		return fmt.Errorf("serve %s: %w", path, err)
	}
	fmt.Fprintf(e.stderr, "%s: stopped\n", name)
	return nil
}

// listenMessage says why the port cannot be used, in one line.
func listenMessage(addr string, err error) string {
	switch {
	case errors.Is(err, syscall.EADDRINUSE):
		return fmt.Sprintf("cannot listen on %s: the port is in use (another server, or an earlier mcrepl serve); pick another with --port", addr)
	case errors.Is(err, syscall.EACCES):
		return fmt.Sprintf("cannot listen on %s: permission denied (ports below 1024 need privileges); pick another with --port", addr)
	}
	msg := err.Error()
	if i := strings.LastIndex(msg, ": "); i >= 0 {
		msg = msg[i+2:]
	}
	return fmt.Sprintf("cannot listen on %s: %s", addr, msg)
}

// handlerLoadError maps a failure to load a Worker to an exit code.
func handlerLoadError(path string, err error) error {
	var coder cli.ExitCoder
	switch {
	case errors.Is(err, worker.ErrUncaught):
		return silent(ExitFailure)
	case errors.As(err, &coder):
		return &exitError{coder.ExitCode(), err.Error()}
	}
	return fmt.Errorf("load %s: %w", filepath.Clean(path), err)
}
