package trace

import (
	"bytes"
	"io"
	"strconv"
)

// Tagged wraps w, an event log's destination, so that every record written
// through it names the request it belongs to: tag returns the current
// request's tag ("" for none), read once per record. In Text a record
// becomes "[tag] [event] ...", in JSON it gets a leading "request" member.
// `mcrepl serve` uses it to tell the requests' port traffic apart. It
// relies on the Log writing each record with one Write call.
func Tagged(w io.Writer, format Format, tag func() string) io.Writer {
	return &taggedWriter{w: w, json: format == JSON, tag: tag}
}

type taggedWriter struct {
	w    io.Writer
	json bool
	tag  func() string
	buf  []byte
}

func (t *taggedWriter) Write(p []byte) (int, error) {
	tag := t.tag()
	if tag == "" {
		return t.w.Write(p)
	}
	t.buf = t.buf[:0]
	if t.json && bytes.HasPrefix(p, []byte("{")) {
		t.buf = append(t.buf, `{"request":`...)
		t.buf = strconv.AppendQuote(t.buf, tag)
		if len(p) > 2 && p[1] != '}' {
			t.buf = append(t.buf, ',')
		}
		t.buf = append(t.buf, p[1:]...)
	} else {
		t.buf = append(t.buf, '[')
		t.buf = append(t.buf, tag...)
		t.buf = append(t.buf, "] "...)
		t.buf = append(t.buf, p...)
	}
	if _, err := t.w.Write(t.buf); err != nil {
		return 0, err
	}
	return len(p), nil
}
