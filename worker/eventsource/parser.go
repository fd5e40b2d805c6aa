package eventsource

import (
	"strings"
	"time"

	"github.com/mcrepl/mcrepl/worker/blob"
)

// The reconnection times (HTML §9.2.2 leaves them to the user agent):
// workerd starts at 2 s and clamps a `retry` field to 1-10 s.
const (
	defaultReconnectionTime = 2000 * time.Millisecond
	minReconnectionTime     = 1000 * time.Millisecond
	maxReconnectionTime     = 10000 * time.Millisecond
)

// message is one event an event stream completed.
type message struct {
	typ, data, lastEventID string
}

// parser is the HTML standard's "event stream interpretation" (§9.2.6) over
// decoded text: it splits lines at CR, LF or CRLF (a CRLF may straddle two
// chunks), processes each field, and dispatches an event at each blank
// line. A last event without its blank line is never dispatched.
type parser struct {
	partial   string // the text of the line in progress
	afterCR   bool   // the last text ended in CR: an LF opening the next ends the same line
	data      strings.Builder
	eventType string
	idBuffer  string
	// lastEventID is the event source's last event ID string, set as each
	// event is dispatched.
	lastEventID string
	// retry is the reconnection time the last valid `retry` field set; 0:
	// none yet.
	retry time.Duration
}

func newParser(lastEventID string) *parser {
	return &parser{idBuffer: lastEventID, lastEventID: lastEventID}
}

// feed parses text and appends the events it completes to out.
func (p *parser) feed(text string, out []message) []message {
	if p.afterCR {
		p.afterCR = false
		text = strings.TrimPrefix(text, "\n")
	}
	for len(text) > 0 {
		end := strings.IndexAny(text, "\r\n")
		if end < 0 {
			break
		}
		line := p.partial + text[:end]
		p.partial = ""
		out = p.processLine(line, out)
		cr := text[end] == '\r'
		text = text[end+1:]
		if cr {
			if len(text) == 0 {
				p.afterCR = true
			} else if text[0] == '\n' {
				text = text[1:]
			}
		}
	}
	p.partial += text
	return out
}

// processLine is the standard's steps for one line.
func (p *parser) processLine(line string, out []message) []message {
	if line == "" {
		return p.dispatch(out)
	}
	if line[0] == ':' {
		return out // a comment
	}
	field, value, found := strings.Cut(line, ":")
	if found {
		value = strings.TrimPrefix(value, " ")
	}
	switch field {
	case "event":
		p.eventType = value
	case "data":
		p.data.WriteString(value)
		p.data.WriteByte('\n')
	case "id":
		if strings.IndexByte(value, 0) < 0 {
			p.idBuffer = value
		}
	case "retry":
		if d, ok := retryTime(value); ok {
			p.retry = d
		}
	}
	return out
}

// retryTime reads a retry field's value: ASCII digits only, a number of
// milliseconds, clamped as workerd clamps it.
func retryTime(value string) (time.Duration, bool) {
	if value == "" {
		return 0, false
	}
	ms := 0
	for i := 0; i < len(value); i++ {
		c := value[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		if ms < int(maxReconnectionTime/time.Millisecond) {
			ms = ms*10 + int(c-'0')
		}
	}
	d := time.Duration(ms) * time.Millisecond
	return min(max(d, minReconnectionTime), maxReconnectionTime), true
}

// dispatch is "dispatch the event" at a blank line.
func (p *parser) dispatch(out []message) []message {
	p.lastEventID = p.idBuffer
	if p.data.Len() == 0 {
		p.eventType = ""
		return out
	}
	data := p.data.String()
	data = data[:len(data)-1]
	typ := p.eventType
	if typ == "" {
		typ = "message"
	}
	p.data.Reset()
	p.eventType = ""
	return append(out, message{typ: typ, data: data, lastEventID: p.lastEventID})
}

// decoder is a streaming UTF-8 decoder as TextDecoder with {stream: true}
// is: a sequence cut by a chunk boundary waits for the next chunk, invalid
// bytes become U+FFFD, and a byte order mark opening the stream is dropped.
type decoder struct {
	pending []byte
	started bool
}

func (d *decoder) decode(b []byte) string {
	buf := b
	if len(d.pending) > 0 {
		buf = append(d.pending, b...)
	}
	n := incompleteTail(buf)
	text := blob.DecodeUTF8(buf[:len(buf)-n])
	d.pending = append(d.pending[:0:0], buf[len(buf)-n:]...)
	if !d.started && text != "" {
		d.started = true
		text = strings.TrimPrefix(text, "\uFEFF")
	}
	return text
}

// incompleteTail is the length of the valid but unfinished UTF-8 sequence
// that ends b (0 when there is none).
func incompleteTail(b []byte) int {
	for i := len(b) - 1; i >= 0 && i >= len(b)-3; i-- {
		c := b[i]
		if c < 0x80 {
			return 0
		}
		if c < 0xC0 {
			continue // a continuation byte: look for its lead
		}
		need := 0
		lo, hi := byte(0x80), byte(0xBF)
		switch {
		case c >= 0xC2 && c <= 0xDF:
			need = 2
		case c >= 0xE0 && c <= 0xEF:
			need = 3
			if c == 0xE0 {
				lo = 0xA0
			} else if c == 0xED {
				hi = 0x9F
			}
		case c >= 0xF0 && c <= 0xF4:
			need = 4
			if c == 0xF0 {
				lo = 0x90
			} else if c == 0xF4 {
				hi = 0x8F
			}
		default:
			return 0
		}
		have := len(b) - i
		if have >= need {
			return 0
		}
		for j := i + 1; j < len(b); j++ {
			if b[j] < lo || b[j] > hi {
				return 0
			}
			lo, hi = 0x80, 0xBF
		}
		return have
	}
	return 0
}
