package trace

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// Problem is something that did not happen: messages that nobody received.
type Problem struct {
	// Port is the port the messages were meant for.
	Port string `json:"port"`
	// From is the port that posted them (empty when unknown).
	From string `json:"from,omitempty"`
	// What is the kind of loss: "queued", "lost" or "dropped".
	What string `json:"what"`
	// Count is how many messages.
	Count int `json:"count"`
	// Data is the formatted data of the first few messages.
	Data []string `json:"data,omitempty"`
	// Unit names what Count counts ("read", "write"); empty: "message".
	Unit string `json:"unit,omitempty"`
	// Reason says why, Fix what to change.
	Reason string `json:"reason"`
	Fix    string `json:"fix"`
}

// Filter selects what a report covers: everything (All), or only what was
// made with Origin (host.Env.Origin: mcrepl serve's request; nil: what no
// request made, such as a module's top-level objects). A reporter must not
// look at what it does not cover: reading a weakly held object keeps it
// from being collected, and a server's per-request report would otherwise
// keep every request's streams alive.
type Filter struct {
	All    bool
	Origin any
	// Take makes this the origin's last report: what the reporter kept
	// only to report it (an unfinished pipe, a port's queued messages, a
	// loss) is let go, so that a server does not keep each request's.
	Take bool
}

// Everything is the filter of a whole run's report.
var Everything = Filter{All: true}

// Covers reports whether something made with origin is in the report.
func (f Filter) Covers(origin any) bool { return f.All || origin == f.Origin }

// ReportDataLimit is how many messages of a Problem are quoted.
const ReportDataLimit = 3

// WriteReport writes problems for people, one paragraph each, or nothing
// when there are none.
func WriteReport(w io.Writer, problems []Problem) error {
	if len(problems) == 0 {
		return nil
	}
	var b strings.Builder
	b.WriteString("[report] what did not happen:\n")
	for _, p := range problems {
		unit := p.Unit
		if unit == "" {
			unit = "message"
		}
		fmt.Fprintf(&b, "  %s: %d %s %s", p.Port, p.Count, plural(p.Count, unit), p.What)
		if p.From != "" {
			fmt.Fprintf(&b, " (posted on %s)", p.From)
		}
		if len(p.Data) > 0 {
			b.WriteString(": ")
			b.WriteString(strings.Join(p.Data, ", "))
			if p.Count > len(p.Data) {
				b.WriteString(", …")
			}
		}
		b.WriteString("\n    why: ")
		b.WriteString(p.Reason)
		b.WriteString("\n    fix: ")
		b.WriteString(p.Fix)
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// reportRecord is a Problem as a JSON line: the kind first, as in every
// record of the event log.
type reportRecord struct {
	Kind Kind `json:"kind"`
	Problem
}

// WriteReportJSON writes problems for tools: one JSON object per line,
// {"kind":"report", ...the Problem's fields}, or nothing when there are
// none, so that a consumer of the JSON event log reads the report from the
// same stream and in the same form.
func WriteReportJSON(w io.Writer, problems []Problem) error {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	for _, p := range problems {
		if err := enc.Encode(reportRecord{KindReport, p}); err != nil {
			return err
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func plural(n int, noun string) string {
	if n == 1 {
		return noun
	}
	return noun + "s"
}

// PortInfo describes a live port for the shell's .ports command.
type PortInfo struct {
	Label     string `json:"label"`
	State     string `json:"state"` // pending, started or closed
	Queued    int    `json:"queued"`
	Listeners int    `json:"listeners"`
}

// WritePorts writes a table of ports, or "no ports" when there are none.
func WritePorts(w io.Writer, ports []PortInfo) error {
	if len(ports) == 0 {
		_, err := io.WriteString(w, "no ports\n")
		return err
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%-12s %-8s %6s %9s\n", "port", "state", "queued", "listeners")
	for _, p := range ports {
		fmt.Fprintf(&b, "%-12s %-8s %6d %9d\n", p.Label, p.State, p.Queued, p.Listeners)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
