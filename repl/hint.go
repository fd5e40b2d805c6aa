package repl

import (
	"fmt"
	"io"
	"strings"

	"github.com/mcrepl/mcrepl/flags"
	"github.com/mcrepl/mcrepl/trace"
	"github.com/mcrepl/mcrepl/worker"
)

// Version is the version the banner names; the command sets it from the
// binary's build information. Default: "devel".
var Version = "devel"

// banner is the interactive shell's first line: what runs, at which
// compatibility date, and where help is.
func (s *session) banner() string {
	desc := "compatibility date " + s.date
	if len(s.flags) > 0 {
		desc += ", flags " + strings.Join(s.flags, " ")
	}
	return fmt.Sprintf("mcrepl %s (workerd %s behaviour), %s. Type .help for help, .report for what did not happen.",
		Version, flags.WorkerdRelease, desc)
}

// hints remembers, per isolate, how many messages each problem of the
// report had after the previous entry, so that an entry that adds to one is
// followed by a one-line hint (interactive mode).
type hints struct {
	w    *worker.Worker
	seen map[string]int
}

// hintAfterEntry prints one line for each problem (a message queued on a
// port that never started, lost to no listener, dropped on a closed port)
// that the entry just evaluated caused or added to, so that the user learns
// of it at once and not only from .report.
func (s *session) hintAfterEntry() {
	if !s.cfg.Interactive || s.w == nil {
		return
	}
	if s.hint.w != s.w {
		s.hint = hints{w: s.w, seen: map[string]int{}}
	}
	for _, p := range s.w.Problems() {
		key := p.Port + "\x00" + p.What + "\x00" + p.From
		if p.Count <= s.hint.seen[key] {
			continue
		}
		s.hint.seen[key] = p.Count
		s.println(s.out, hintLine(p))
	}
}

// hintLine is a problem in one line: which port, how many messages, what
// to change, and where the whole story is.
func hintLine(p trace.Problem) string {
	var b strings.Builder
	fmt.Fprintf(&b, "[hint] %s: %d %s %s", p.Port, p.Count, map[bool]string{true: "message", false: "messages"}[p.Count == 1], p.What)
	if p.From != "" {
		fmt.Fprintf(&b, " (posted on %s)", p.From)
	}
	b.WriteString("; fix: " + p.Fix + " (.report says why)")
	return b.String()
}

// reportAtExit writes what did not happen when a session ends, as `mcrepl
// run` does when its script ends: in text to out (the terminal, or stderr
// for a piped session, as run writes it), or as JSON records in the event
// log's stream.
func (s *session) reportAtExit(out io.Writer) {
	if s.w == nil || s.cfg.NoReport {
		return
	}
	if s.cfg.EventLogFormat == trace.JSON {
		_ = s.w.ReportAs(s.log.dst, trace.JSON)
		return
	}
	_ = s.w.Report(out)
}
