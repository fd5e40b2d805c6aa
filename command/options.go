package command

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/mcrepl/mcrepl/flags"
	"github.com/mcrepl/mcrepl/trace"
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
)

// Environment variables that supply defaults for the options.
const (
	envDate  = "MCREPL_COMPATIBILITY_DATE"
	envFlags = "MCREPL_FLAGS"
)

// configFlags returns the options every level accepts: the compatibility
// date and flags, and colour.
func configFlags() []*option {
	return []*option{
		{
			name:    optDate,
			aliases: []string{"compat-date"},
			usage: "compatibility `DATE` (YYYY-MM-DD) that decides which flags are on " +
				"(default: $" + envDate + ", else today in UTC, at most " + flags.NewestDate + ")",
		},
		{
			name: optFlag,
			usage: "turn a compatibility flag `NAME` on (or off: no_...); repeat it or " +
				"separate names with commas; alias --compatibility-flag " +
				"(default: $" + envFlags + "); see 'mcrepl flags'",
			kind: listOption,
			list: optFlag,
		},
		// A separate option rather than an alias, so that both spellings can
		// be mixed in one command; they share one list, in command-line order.
		{name: optFlagLong, kind: listOption, list: optFlag, hidden: true},
		{
			name:  optNoColor,
			usage: "never colour the output (colour is on only on a terminal, without NO_COLOR or TERM=dumb)",
			kind:  boolOption,
		},
	}
}

// traceFlags returns the event log options, which the app (for the shell)
// and run accept.
func traceFlags() []*option {
	return []*option{
		{
			name: optTrace,
			usage: "event log `MODE`: events (every message, messageerror and close event), " +
				"all (also posts, queueing, drops and start()), or off (default: events)",
		},
		{
			name:  optTraceFormat,
			usage: "event log `FORMAT`: text, for people, or json, one object per line (default: text)",
		},
		{
			name:  optTraceFile,
			usage: "write the event log to `PATH` instead of standard output",
		},
	}
}

// timeoutFlag returns run's --timeout.
func timeoutFlag() *option {
	return &option{
		name:       optTimeout,
		usage:      "stop the script after `DURATION` (e.g. 500ms, 10s, 2m) and exit 124; 0 means never",
		kind:       durationOption,
		manDefault: "0s",
	}
}

// settings are the options of one invocation, merged over the command levels.
type settings struct {
	date    string
	dateSet bool // date was given, by an option or the environment
	names   []string
	noColor bool
	timeout time.Duration

	trace       trace.Mode
	traceFormat trace.Format
	traceFile   string // "" is standard output
}

// settings merges the options given to the app and to the command: a date
// given on the command wins over one given before it, flags add up, and the
// environment only supplies what the command line did not.
func (e *env) settings(inv *invocation) (settings, error) {
	s := settings{trace: trace.Events, traceFormat: trace.Text}
	cmdlineFlags := false
	var lineage []*invocation
	for ; inv != nil; inv = inv.parent {
		lineage = append(lineage, inv)
	}
	for i := len(lineage) - 1; i >= 0; i-- { // outermost first
		ctx := lineage[i]
		if ctx.isSet(optDate) {
			s.date, s.dateSet = ctx.str(optDate), true
		}
		if ctx.isSet(optFlag) || ctx.isSet(optFlagLong) {
			cmdlineFlags = true
			s.names = append(s.names, splitNames(ctx.lists[optFlag])...)
		}
		if ctx.isSet(optNoColor) {
			s.noColor = s.noColor || ctx.boolean(optNoColor)
		}
		if ctx.isSet(optTimeout) {
			if s.timeout = ctx.duration(optTimeout); s.timeout < 0 {
				return s, usagef("--%s must not be negative (0 means no timeout)", optTimeout)
			}
		}
		if ctx.isSet(optTrace) {
			m, err := trace.ParseMode(ctx.str(optTrace))
			if err != nil {
				return s, usagef("--%s: %v", optTrace, err)
			}
			s.trace = m
		}
		if ctx.isSet(optTraceFormat) {
			f, err := trace.ParseFormat(ctx.str(optTraceFormat))
			if err != nil {
				return s, usagef("--%s: %v", optTraceFormat, err)
			}
			s.traceFormat = f
		}
		if ctx.isSet(optTraceFile) {
			s.traceFile = ctx.str(optTraceFile)
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
	return f, f.Close, nil
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
