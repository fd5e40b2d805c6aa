package encoding

import (
	"unicode/utf8"

	"golang.org/x/text/encoding/japanese"
)

// The states of the Encoding standard's ISO-2022-JP decoder (section
// 13.2.1), which golang.org/x/text's does not follow on malformed escapes.
const (
	jpASCII = iota
	jpRoman
	jpKatakana
	jpLeadByte
	jpTrailByte
	jpEscapeStart
	jpEscape
)

// iso2022jp is the decoder's state, kept between stream: true calls.
type iso2022jp struct {
	state, outState int
	lead            byte
	output          bool
}

// jis0208 looks a pointer's code point up in the JIS X 0208 index, through
// x/text's EUC-JP decoder, whose two-byte sequences are the index's
// pointers plus 0xA1 in each byte. ok is false where the index has none.
func jis0208(lead, trail byte) (rune, bool) {
	out, err := japanese.EUCJP.NewDecoder().Bytes([]byte{lead | 0x80, trail | 0x80})
	if err != nil {
		return 0, false
	}
	r, _ := utf8.DecodeRune(out)
	return r, r != utf8.RuneError
}

// decode runs the decoder over p (and, without stream, the end of the
// input), appending to out; bad is called for each error and returns
// false to stop (a fatal decoder).
func (j *iso2022jp) decode(out []byte, p []byte, stream bool, bad func() bool) ([]byte, bool) {
	const eof = byteEOF
	in := byteStream{p: p}
	next := in.next
	for {
		b := next()
		if b == eof && stream {
			return out, true
		}
		errorOut := false
		switch j.state {
		case jpASCII, jpRoman:
			switch {
			case b == 0x1b:
				j.state = jpEscapeStart
			case b == eof:
				return out, true
			case j.state == jpRoman && b == 0x5c:
				j.output = false
				out = utf8.AppendRune(out, 0xa5)
			case j.state == jpRoman && b == 0x7e:
				j.output = false
				out = utf8.AppendRune(out, 0x203e)
			case b <= 0x7f && b != 0x0e && b != 0x0f:
				j.output = false
				out = append(out, byte(b))
			default:
				j.output = false
				errorOut = true
			}
		case jpKatakana:
			switch {
			case b == 0x1b:
				j.state = jpEscapeStart
			case b == eof:
				return out, true
			case 0x21 <= b && b <= 0x5f:
				j.output = false
				out = utf8.AppendRune(out, rune(0xff61-0x21+b))
			default:
				j.output = false
				errorOut = true
			}
		case jpLeadByte:
			switch {
			case b == 0x1b:
				j.state = jpEscapeStart
			case b == eof:
				return out, true
			case 0x21 <= b && b <= 0x7e:
				j.output = false
				j.lead = byte(b)
				j.state = jpTrailByte
			default:
				j.output = false
				errorOut = true
			}
		case jpTrailByte:
			switch {
			case b == 0x1b:
				j.state = jpEscapeStart
				errorOut = true
			case 0x21 <= b && b <= 0x7e:
				j.state = jpLeadByte
				if r, ok := jis0208(j.lead, byte(b)); ok {
					out = utf8.AppendRune(out, r)
				} else {
					errorOut = true
				}
			case b == eof:
				j.state = jpLeadByte
				in.prepend(eof)
				errorOut = true
			default:
				j.state = jpLeadByte
				errorOut = true
			}
		case jpEscapeStart:
			if b == 0x24 || b == 0x28 {
				j.lead = byte(b)
				j.state = jpEscape
				break
			}
			in.prepend(b)
			j.output = false
			j.state = j.outState
			errorOut = true
		case jpEscape:
			lead := j.lead
			j.lead = 0
			st := -1
			switch {
			case lead == 0x28 && b == 0x42:
				st = jpASCII
			case lead == 0x28 && b == 0x4a:
				st = jpRoman
			case lead == 0x28 && b == 0x49:
				st = jpKatakana
			case lead == 0x24 && (b == 0x40 || b == 0x42):
				st = jpLeadByte
			}
			if st >= 0 {
				j.state, j.outState = st, st
				was := j.output
				j.output = true
				errorOut = was
				break
			}
			in.prepend(int(lead), b)
			j.output = false
			j.state = j.outState
			errorOut = true
		}
		if errorOut {
			if !bad() {
				return out, false
			}
			out = append(out, replacement...)
		}
	}
}

// byteEOF is what byteStream.next returns past the end of the input.
const byteEOF = -1

// byteStream is a decoder's input in the Encoding standard's terms: the
// bytes of p, read one at a time, with bytes that the decoder puts back
// ("prepend to stream") read first.
type byteStream struct {
	p       []byte
	i       int
	pending []int
}

// next is the next byte of the stream, or byteEOF.
func (s *byteStream) next() int {
	if len(s.pending) > 0 {
		b := s.pending[0]
		s.pending = s.pending[1:]
		return b
	}
	if s.i < len(s.p) {
		s.i++
		return int(s.p[s.i-1])
	}
	return byteEOF
}

// prepend puts bs back in front of the stream, in order.
func (s *byteStream) prepend(bs ...int) {
	s.pending = append(append([]int(nil), bs...), s.pending...)
}
