package repl

import (
	"bytes"
	"encoding/json"
	"io"
	"sync/atomic"

	"github.com/mcrepl/mcrepl/trace"
)

// eventLog is the shell's view of the isolate's event log. The isolate
// always logs every record (trace.All) into an eventLog, which passes on the
// records that the current mode selects; so .trace switches the log without
// a fresh isolate, and a .reset keeps the mode. Write is called on the loop
// goroutine; the mode is set from Run's goroutine.
type eventLog struct {
	dst    io.Writer
	format trace.Format
	mode   atomic.Int32 // a trace.Mode
}

func (l *eventLog) setMode(m trace.Mode) { l.mode.Store(int32(m)) }
func (l *eventLog) getMode() trace.Mode  { return trace.Mode(l.mode.Load()) }

// Write passes on one record (the log writes each with one Write) if the
// mode selects its kind: Events selects dispatched events only.
func (l *eventLog) Write(p []byte) (int, error) {
	switch l.getMode() {
	case trace.Off:
		return len(p), nil
	case trace.Events:
		if l.kind(p) != trace.KindEvent {
			return len(p), nil
		}
	}
	if _, err := l.dst.Write(p); err != nil {
		return 0, err
	}
	return len(p), nil
}

// kind reads the record's kind: `[event] ...` in text, `{"kind":"event",...}`
// in JSON lines.
func (l *eventLog) kind(p []byte) trace.Kind {
	if l.format == trace.JSON {
		var r struct {
			Kind trace.Kind `json:"kind"`
		}
		_ = json.Unmarshal(p, &r)
		return r.Kind
	}
	if len(p) > 0 && p[0] == '[' {
		if end := bytes.IndexByte(p, ']'); end > 0 {
			return trace.Kind(p[1:end])
		}
	}
	return ""
}
