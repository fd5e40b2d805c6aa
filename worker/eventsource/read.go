package eventsource

import (
	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/host"
	"github.com/mcrepl/mcrepl/worker/streams"
)

// streamRead is one read of an event stream: a from() stream, or one
// response's body.
type streamRead struct {
	reader *streams.Reader
	parser *parser
	dec    decoder
	// reconnect: the stream is a response's body, whose end reconnects.
	reconnect bool
}

// readableOf is v as a ReadableStream, nil when it is none.
func readableOf(env *host.Env, v goja.Value) *streams.Readable {
	if _, ok := v.(*goja.Object); !ok {
		return nil
	}
	return streams.ReadableOf(env, v)
}

// readStream opens src and reads rs until it ends or fails, or src closes.
// It returns what an 'open' listener threw before
// spec_compliant_dispatch_exceptions, which leaves the stream unread.
func (s *state) readStream(src *source, rs *streams.Readable, reconnect bool) *goja.Exception {
	if ex := s.notifyOpen(src); ex != nil {
		return ex
	}
	if src.readyState == closed {
		return nil
	}
	reader, err := rs.GetReader()
	if err != nil {
		if e, ok := err.(*streams.JSError); ok {
			s.notifyError(src, e.Value, false)
		}
		return nil
	}
	rd := &streamRead{reader: reader, parser: newParser(src.lastEventID), reconnect: reconnect}
	src.read = rd
	s.readNext(src, rd)
	return nil
}

// current reports whether rd is still src's read: src has not closed or
// moved on.
func (src *source) current(rd *streamRead) bool { return src.read == rd && src.readyState != closed }

// readNext reads one chunk. The chunk is handled a microtask after the read
// settles, where workerd's promise reaction runs.
func (s *state) readNext(src *source, rd *streamRead) {
	rd.reader.Read(func(c streams.Chunk, done bool, errV goja.Value) {
		s.env.Loop.QueueMicrotask(func() {
			if !src.current(rd) {
				return
			}
			switch {
			case errV != nil:
				if isDisconnection(errV) || rd.reconnect && s.lostConnection(errV) {
					s.onEnd(src, rd)
				} else {
					s.notifyError(src, errV, false)
				}
				return
			case done:
				s.onEnd(src, rd)
				return
			}
			b, ok := s.chunkBytes(c)
			if !ok {
				in := s.env.Intrinsics()
				s.notifyError(src, in.NewError(s.rt, in.TypeError, notBytes), false)
				return
			}
			msgs := rd.parser.feed(rd.dec.decode(b), nil)
			src.lastEventID = rd.parser.lastEventID
			if rd.parser.retry > 0 {
				src.reconnect = rd.parser.retry
			}
			s.notifyMessages(src, msgs)
			if src.current(rd) {
				s.readNext(src, rd)
			}
		})
	})
}

// onEnd is the end of rd's stream: "The server disconnected.", then, for a
// response's body, a reconnection.
func (s *state) onEnd(src *source, rd *streamRead) {
	src.read = nil
	in := s.env.Intrinsics()
	s.notifyError(src, in.NewError(s.rt, in.Error, disconnected), rd.reconnect)
	if rd.reconnect {
		s.reconnect(src)
	}
}

// cancelRead cancels src's stream read, if any, with reason.
func (s *state) cancelRead(src *source, reason goja.Value) {
	rd := src.read
	if rd == nil {
		return
	}
	src.read = nil
	rd.reader.Cancel(reason)
}

// chunkBytes is a chunk as workerd's draining read takes it: bytes, a
// string as its UTF-8, any buffer or view as its bytes; ok is false for
// anything else.
func (s *state) chunkBytes(c streams.Chunk) ([]byte, bool) {
	if c.IsBytes() {
		return c.Bytes, true
	}
	if goja.IsString(c.Value) {
		return []byte(c.Value.String()), true
	}
	b, ok := c.Data(s.env)
	if !ok {
		return nil, false
	}
	// The bytes alias the script's buffer: the decoder may keep some.
	return append([]byte(nil), b...), true
}

// isDisconnection is workerd's test of a read failure that ends the stream
// rather than failing the source: an error that is retryable but not
// overloaded (what JSG makes of a DISCONNECTED exception).
func isDisconnection(v goja.Value) bool {
	o, ok := v.(*goja.Object)
	if !ok {
		return false
	}
	over, retry := o.Get("overloaded"), o.Get("retryable")
	return (over == nil || !over.ToBoolean()) && retry != nil && retry.ToBoolean()
}
