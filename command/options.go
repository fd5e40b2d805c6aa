package command

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/mcrepl/mcrepl/flags"
	"github.com/mcrepl/mcrepl/trace"
	"github.com/mcrepl/mcrepl/worker/host"
)

// Option names. The configuration options are defined on the app and again
// on each command, so that `mcrepl --flag x run f.js` and
// `mcrepl run --flag x f.js` both work; settings merges the levels.
const (
	optDate        = "compatibility-date"
	optFlag        = "flag"
	optFlagLong    = "compatibility-flag"
	optNoColor     = "no-color"
	optTimeout     = "timeout"
	optTrace       = "trace"
	optTraceFormat = "trace-format"
	optTraceFile   = "trace-file"
	optNoReport    = "no-report"
	optAllowNet    = "allow-net"
	optAllowRead   = "allow-read"
)

// Environment variables that supply defaults for the options.
const (
	envDate  = "MCREPL_COMPATIBILITY_DATE"
	envFlags = "MCREPL_FLAGS"
)

// configFlags returns fresh definitions of the options every level accepts
// (fresh because urfave keeps per-flag state in the definition): the
// compatibility date and flags, and colour.
func configFlags() []cli.Flag {
	names := new(cli.StringSlice)
	return []cli.Flag{
		&cli.StringFlag{
			Name:    optDate,
			Aliases: []string{"compat-date"},
			Usage: "compatibility `DATE` (YYYY-MM-DD) that decides which flags are on " +
				"(default: $" + envDate + ", else today in UTC, at most " + flags.NewestDate + ")",
		},
		&cli.StringSliceFlag{
			Name: optFlag,
			Usage: "turn a compatibility flag `NAME` on (or off: no_...); repeat it or " +
				"separate names with commas; alias --compatibility-flag " +
				"(default: $" + envFlags + "); see 'mcrepl flags'",
			Destination: names,
		},
		// A separate flag rather than an alias, so that both spellings can
		// be mixed in one command; they share one list, in command-line order.
		&cli.StringSliceFlag{Name: optFlagLong, Hidden: true, Destination: names},
		&cli.BoolFlag{
			Name:  optNoColor,
			Usage: "never colour the output (colour is on only on a terminal, without NO_COLOR or TERM=dumb)",
		},
		&cli.StringSliceFlag{
			Name: optAllowNet,
			Usage: "let fetch(), new WebSocket(), new EventSource() and connect() reach the network: every host with --allow-net alone (or =*), or only " +
				"the `HOSTS` listed (host or host:port, comma-separated); default: no network",
		},
		&cli.StringSliceFlag{
			Name: optAllowRead,
			Usage: "let imports read `PATH` (a file or folder) outside the entry's project; " +
				"repeatable or comma-separated",
		},
	}
}

// traceFlags returns fresh definitions of the event log options, which the
// app (for the shell) and run accept.
func traceFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{
			Name: optTrace,
			Usage: "event log `MODE`: events (every message, messageerror and close event), " +
				"all (also posts, queueing, drops and start()), or off (default: events)",
		},
		&cli.StringFlag{
			Name:  optTraceFormat,
			Usage: "event log `FORMAT`: text, for people, or json, one object per line (default: text)",
		},
		&cli.StringFlag{
			Name:  optTraceFile,
			Usage: "write the event log to `PATH` instead of standard output",
		},
		&cli.BoolFlag{
			Name: optNoReport,
			Usage: "leave out the report of what did not happen at the end (it is on whatever --trace says; " +
				"text on standard error, or with --trace-format json, JSON lines of kind \"report\" in the event log's stream)",
		},
	}
}

// timeoutFlag returns a fresh definition of run's --timeout.
func timeoutFlag() cli.Flag {
	return &cli.DurationFlag{
		Name:  optTimeout,
		Usage: "stop the script after `DURATION` (e.g. 500ms, 10s, 2m) and exit 124; 0 means never",
	}
}

// settings are the options of one invocation, merged over the command levels.
type settings struct {
	date    string
	dateSet bool // date was given, by an option or the environment
	names   []string
	noColor bool
	timeout time.Duration
	perms   host.Permissions

	trace       trace.Mode
	traceFormat trace.Format
	traceFile   string // "" is standard output
	noReport    bool   // --no-report: no report of what did not happen

	wrangler *wranglerConfig // the project's wrangler configuration, if any (wrangler.go)
}

// settings merges the options given to the app and to the command: a date
// given on the command wins over one given before it, flags add up, and the
// environment only supplies what the command line did not.
func (e *env) settings(c *cli.Context) (settings, error) {
	s := settings{trace: trace.Events, traceFormat: trace.Text}
	cmdlineFlags := false
	lineage := c.Lineage()
	for i := len(lineage) - 1; i >= 0; i-- { // outermost first
		ctx := lineage[i]
		set := map[string]bool{}
		for _, n := range ctx.LocalFlagNames() {
			set[n] = true
		}
		if set[optDate] || set["compat-date"] {
			s.date, s.dateSet = ctx.String(optDate), true
		}
		if set[optFlag] || set[optFlagLong] {
			cmdlineFlags = true
			s.names = append(s.names, splitNames(ctx.StringSlice(optFlag))...)
		}
		if set[optAllowNet] {
			s.perms.Net = append(s.perms.Net, splitNames(ctx.StringSlice(optAllowNet))...)
			if len(s.perms.Net) == 0 {
				s.perms.Net = []string{"*"}
			}
		}
		if set[optAllowRead] {
			s.perms.Read = append(s.perms.Read, splitNames(ctx.StringSlice(optAllowRead))...)
		}
		if set[optNoColor] {
			s.noColor = s.noColor || ctx.Bool(optNoColor)
		}
		if set[optTimeout] {
			if s.timeout = ctx.Duration(optTimeout); s.timeout < 0 {
				return s, usagef("--%s must not be negative (0 means no timeout)", optTimeout)
			}
		}
		if set[optTrace] {
			m, err := trace.ParseMode(ctx.String(optTrace))
			if err != nil {
				return s, usagef("--%s: %v", optTrace, err)
			}
			s.trace = m
		}
		if set[optTraceFormat] {
			f, err := trace.ParseFormat(ctx.String(optTraceFormat))
			if err != nil {
				return s, usagef("--%s: %v", optTraceFormat, err)
			}
			s.traceFormat = f
		}
		if set[optNoReport] {
			s.noReport = s.noReport || ctx.Bool(optNoReport)
		}
		if set[optTraceFile] {
			s.traceFile = ctx.String(optTraceFile)
		}
	}
	if d := e.getenv(envDate); !s.dateSet && d != "" {
		s.date, s.dateSet = d, true
	}
	if !cmdlineFlags {
		s.names = splitNames([]string{e.getenv(envFlags)})
	}
	return s, nil
}

// eventLog opens the destination of the event log: standard output, or the
// --trace-file, which the returned function closes.
func (e *env) eventLog(s settings) (io.Writer, func() error, error) {
	if s.traceFile == "" || s.trace == trace.Off {
		return e.stdout, func() error { return nil }, nil
	}
	f, err := os.Create(s.traceFile)
	if err != nil {
		return nil, nil, &exitError{ExitUsage, fmt.Sprintf("cannot write the event log to %s: %v", s.traceFile, pathErr(err))}
	}
	w := &firstError{w: f}
	return w, func() error {
		cerr := f.Close()
		if w.err != nil {
			return w.err
		}
		return cerr
	}, nil
}

// firstError is a writer that remembers the first error of its writes.
type firstError struct {
	w   io.Writer
	err error
}

func (f *firstError) Write(p []byte) (int, error) {
	n, err := f.w.Write(p)
	if err != nil && f.err == nil {
		f.err = err
	}
	return n, err
}

// splitNames splits comma-separated flag names and drops empty ones, so that
// "a, b," means a and b.
func splitNames(values []string) []string {
	var out []string
	for _, v := range values {
		for _, n := range strings.Split(v, ",") {
			if n = strings.TrimSpace(n); n != "" {
				out = append(out, n)
			}
		}
	}
	return out
}
