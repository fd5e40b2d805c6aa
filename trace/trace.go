// Package trace is mcrepl's event log: one record per message, messageerror
// and close event that a MessagePort dispatches, written just before the
// first listener runs, and in verbose mode one record per post, per message
// queued on a port that is not started, per dropped message and per start().
// It also holds the report of what did NOT happen (Problem, WriteReport)
// and the port listing of the shell (PortInfo, WritePorts).
//
// Records are written by a Log in one of two formats: Text, for people, and
// JSON lines, for tools (docs/event-log.md documents both; they change only
// deliberately). A nil *Log is a valid, disabled log: producers test
// Enabled or Verbose before they format anything, so a disabled log costs
// one comparison and no allocation.
//
// A Log is used by one goroutine at a time (the isolate's loop goroutine);
// each record is written with a single Write call, so it shares a stream
// with console output without interleaving. trace imports nothing of
// mcrepl's.
package trace

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Mode selects what is logged.
type Mode int

const (
	// Off logs nothing.
	Off Mode = iota
	// Events logs dispatched message, messageerror and close events (the
	// default).
	Events
	// All adds posts, queueing, drops and start().
	All
)

// ParseMode parses "off", "events" or "all".
func ParseMode(s string) (Mode, error) {
	switch s {
	case "off":
		return Off, nil
	case "events":
		return Events, nil
	case "all":
		return All, nil
	}
	return Off, fmt.Errorf("unknown event log mode %q (want events, all or off)", s)
}

func (m Mode) String() string {
	switch m {
	case Off:
		return "off"
	case All:
		return "all"
	}
	return "events"
}

// Format selects how records are written.
type Format int

const (
	// Text is one human-readable line per record.
	Text Format = iota
	// JSON is one JSON object per line, with stable field names.
	JSON
)

// ParseFormat parses "text" or "json".
func ParseFormat(s string) (Format, error) {
	switch s {
	case "text":
		return Text, nil
	case "json":
		return JSON, nil
	}
	return Text, fmt.Errorf("unknown event log format %q (want text or json)", s)
}

func (f Format) String() string {
	if f == JSON {
		return "json"
	}
	return "text"
}

// Kind is what a record reports.
type Kind string

const (
	// KindEvent is a dispatched event (every mode but Off).
	KindEvent Kind = "event"
	// KindPost is a postMessage that reached a started port (All).
	KindPost Kind = "post"
	// KindQueue is a message queued on a port that is not started (All).
	KindQueue Kind = "queue"
	// KindDrop is a message that nobody will receive (All).
	KindDrop Kind = "drop"
	// KindStart is a port starting, by start() or by a first listener (All).
	KindStart Kind = "start"
	// KindImmediate is a setImmediate call (All): what a library that
	// prefers setImmediate to a MessageChannel schedules instead of a post.
	// Data is the callback's name, Queued the call's number (from 1).
	KindImmediate Kind = "immediate"
	// KindReport is one problem of the report of what did not happen, in
	// JSON form (WriteReportJSON), after the run.
	KindReport Kind = "report"
)

// Record is one entry of the log. Fields that do not apply to a kind are
// left zero and omitted from JSON.
type Record struct {
	Kind Kind `json:"kind"`
	// Type is the event type (KindEvent): message, messageerror or close.
	Type string `json:"type,omitempty"`
	// Port is the port concerned: the receiving port of an event, a queue
	// or a start; the sending port of a post or a drop.
	Port string `json:"port,omitempty"`
	// To is the receiving port of a post or a drop.
	To string `json:"to,omitempty"`
	// Data is the message data, formatted on one line and cut to DataWidth.
	Data string `json:"data,omitempty"`
	// Trusted is false for an event dispatched by dispatchEvent, true for
	// one the runtime dispatched (KindEvent only).
	Trusted *bool `json:"trusted,omitempty"`
	// Listeners is how many listeners the event reached (KindEvent).
	Listeners *int `json:"listeners,omitempty"`
	// Queued is the length of the queue after a KindQueue, or the number of
	// messages released by a KindStart.
	Queued int `json:"queued,omitempty"`
	// Reason says why a message was dropped, or what started a port.
	Reason string `json:"reason,omitempty"`
}

// DataWidth is the widest data shown in a record, in characters: wide
// enough for a small object literal, narrow enough to keep a record on one
// terminal line next to its prefix.
const DataWidth = 60

// Cut shortens s to DataWidth characters, ending with an ellipsis.
func Cut(s string) string {
	if len(s) <= DataWidth {
		return s
	}
	r := []rune(s)
	if len(r) <= DataWidth {
		return s
	}
	return string(r[:DataWidth-1]) + "…"
}

// OneLine joins a multi-line formatted value into one line.
func OneLine(s string) string {
	if !strings.ContainsRune(s, '\n') {
		return s
	}
	f := strings.Fields(s)
	return strings.Join(f, " ")
}

// Log writes records. A nil *Log is disabled.
type Log struct {
	w      io.Writer
	mode   Mode
	format Format
	buf    []byte
}

// New returns a log writing to w, or nil (a disabled log) when mode is Off.
func New(w io.Writer, mode Mode, format Format) *Log {
	if mode == Off || w == nil {
		return nil
	}
	return &Log{w: w, mode: mode, format: format}
}

// Enabled reports whether events are logged.
func (l *Log) Enabled() bool { return l != nil }

// Verbose reports whether posts, queueing, drops and starts are logged.
func (l *Log) Verbose() bool { return l != nil && l.mode == All }

// Write writes one record.
func (l *Log) Write(r Record) {
	if l == nil {
		return
	}
	l.buf = l.buf[:0]
	if l.format == JSON {
		b, _ := json.Marshal(r)
		l.buf = append(append(l.buf, b...), '\n')
	} else {
		l.buf = appendText(l.buf, r)
	}
	_, _ = l.w.Write(l.buf)
}

func appendText(b []byte, r Record) []byte {
	b = append(b, '[')
	b = append(b, r.Kind...)
	b = append(b, "] "...)
	switch r.Kind {
	case KindEvent:
		b = append(b, r.Type...)
		b = append(b, ' ')
		b = append(b, r.Port...)
		switch {
		case r.Type != "close":
			b = append(b, " ← "...)
			b = append(b, r.Data...)
		case r.Data != "":
			// A WebSocket's close event: its code and reason.
			b = append(b, ' ')
			b = append(b, r.Data...)
		}
		b = append(b, " ("...)
		if r.Trusted != nil && !*r.Trusted {
			b = append(b, "dispatchEvent, "...)
		}
		n := 0
		if r.Listeners != nil {
			n = *r.Listeners
		}
		b = appendCount(b, n, "listener")
		b = append(b, ')')
	case KindPost:
		b = append(b, r.Port...)
		b = append(b, " → "...)
		b = append(b, r.To...)
		b = append(b, ' ')
		b = append(b, r.Data...)
	case KindQueue:
		b = append(b, r.Port...)
		b = append(b, " ← "...)
		b = append(b, r.Data...)
		b = append(b, " (not started, "...)
		b = strconv.AppendInt(b, int64(r.Queued), 10)
		b = append(b, " queued)"...)
	case KindDrop:
		b = append(b, r.Port...)
		if r.To != "" {
			b = append(b, " → "...)
			b = append(b, r.To...)
		}
		if r.Data != "" {
			b = append(b, ' ')
			b = append(b, r.Data...)
		}
		b = append(b, ": "...)
		b = append(b, r.Reason...)
	case KindImmediate:
		b = append(b, "setImmediate #"...)
		b = strconv.AppendInt(b, int64(r.Queued), 10)
		b = append(b, ' ')
		b = append(b, r.Data...)
		b = append(b, " (a task after the timers due now, not a port message)"...)
	case KindStart:
		b = append(b, r.Port...)
		b = append(b, " ("...)
		b = append(b, r.Reason...)
		b = append(b, ", "...)
		b = appendCount(b, r.Queued, "queued message")
		b = append(b, ')')
	}
	return append(b, '\n')
}

func appendCount(b []byte, n int, noun string) []byte {
	b = strconv.AppendInt(b, int64(n), 10)
	b = append(b, ' ')
	b = append(b, noun...)
	if n != 1 {
		b = append(b, 's')
	}
	return b
}

// Count returns a pointer to n, for Record.Listeners.
func Count(n int) *int { return &n }

// Bool returns a pointer to b, for Record.Trusted.
func Bool(b bool) *bool { return &b }
