package repl

import (
	"io"
	"sync"
	"unicode/utf8"
)

// Pasting into readline one rune at a time is quadratic: readline inserts
// each rune it reads with a redraw of the whole line (and a copy of it into
// the history), so a 40 KB line wrote gigabytes to the terminal and took 93
// seconds. The shell hands readline the text that arrives together in one
// piece instead. pasteBatcher sits between the terminal and readline: each
// run of at least minPasteRun bytes of plain text (printable runes, no
// control characters, not inside an escape sequence) in one read becomes
// the one rune pasteRune, and the run is queued; when readline has inserted
// that rune, the listener (pasteBatcher.OnChange, on readline's goroutine,
// in order) replaces it with the run, in one redraw. Typing delivers one key
// per read and is not touched; the line breaks, tabs and keys of a paste
// reach readline as before.

// pasteRune stands for a run of pasted text, a character of Unicode's
// private use area that no terminal sends for a key. One that does arrive
// (pasted from a document that has it) is queued as a run of itself, so
// that every pasteRune readline sees has its run.
const pasteRune = '\uf8ff'

// minPasteRun is the shortest run handed over whole: longer than anything a
// key sends (escape sequences are left alone anyway), and short enough that
// a paste of any length is mostly runs.
const minPasteRun = 16

// escape states of pasteBatcher: where the bytes read so far leave an
// escape sequence, which readline decodes itself.
const (
	escNone = iota
	escStart
	escCSI // after ESC [: parameters and intermediates up to a final byte
	escSS3 // after ESC O: one more byte
)

type pasteBatcher struct {
	r io.Reader
	// fd is the terminal's, or -1: when readline is slower than the paste
	// arrives, what the terminal already holds is read with the first
	// bytes, so that one redraw inserts it all (a paste arrives in pieces
	// of a few KiB, and each would cost a redraw of the whole line).
	fd int

	// The reading goroutine's: the escape state at the end of the last
	// read, and output not yet returned.
	esc int
	out []byte

	mu   sync.Mutex
	runs [][]rune // queued runs, oldest first, one per pasteRune sent
}

var pasteEncoded = []byte(string(pasteRune))

// maxGather bounds what one read takes from the terminal beyond the first
// bytes.
const maxGather = 1 << 20

// Read reads from the terminal, and what else it already holds, and
// returns the bytes rewritten.
func (p *pasteBatcher) Read(b []byte) (int, error) {
	if len(p.out) == 0 {
		buf := make([]byte, len(b))
		n, err := p.r.Read(buf)
		buf = buf[:n]
		for err == nil && p.fd >= 0 && len(buf) < maxGather {
			more := min(pending(p.fd), maxGather-len(buf))
			if more <= 0 {
				break
			}
			buf = append(buf, make([]byte, more)...)
			var m int
			m, err = p.r.Read(buf[len(buf)-more:])
			buf = buf[:len(buf)-more+m]
		}
		p.out = buf[:p.rewrite(buf)]
		if len(p.out) == 0 {
			return 0, err
		}
		if err != nil && len(p.out) <= len(b) {
			n := copy(b, p.out)
			p.out = nil
			return n, err
		}
	}
	n := copy(b, p.out)
	p.out = p.out[n:]
	return n, nil
}

// rewrite replaces the runs of plain text in d by pasteRune, queueing them,
// and returns the length of the result, which it leaves at the start of d.
func (p *pasteBatcher) rewrite(d []byte) int {
	w := 0
	emit := func(bs ...byte) { w += copy(d[w:], bs) }
	for i := 0; i < len(d); {
		c := d[i]
		if p.esc != escNone {
			p.esc = nextEscape(p.esc, c)
			emit(c)
			i++
			continue
		}
		if c == 0x1b {
			p.esc = escStart
			emit(c)
			i++
			continue
		}
		j := plainRun(d, i)
		switch {
		case j-i >= minPasteRun:
			p.queue([]rune(string(d[i:j])))
			emit(pasteEncoded...)
			i = j
		case j > i:
			emit(d[i:j]...)
			i = j
		case len(d)-i >= len(pasteEncoded) && string(d[i:i+len(pasteEncoded)]) == string(pasteEncoded):
			p.queue([]rune{pasteRune})
			emit(pasteEncoded...)
			i += len(pasteEncoded)
		default:
			emit(c)
			i++
		}
	}
	return w
}

// plainRun returns the end of the run of plain text that starts at i:
// printable ASCII and complete, valid UTF-8 runes other than pasteRune.
func plainRun(d []byte, i int) int {
	for i < len(d) {
		c := d[i]
		if c < 0x20 || c == 0x7f {
			return i
		}
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(d[i:])
		if r == utf8.RuneError && size <= 1 || r == pasteRune || r >= 0x80 && r < 0xa0 {
			return i
		}
		i += size
	}
	return i
}

// nextEscape is the escape state after byte c.
func nextEscape(state int, c byte) int {
	switch state {
	case escStart:
		switch c {
		case '[':
			return escCSI
		case 'O':
			return escSS3
		}
		return escNone // ESC and one key: Meta-key
	case escCSI:
		if c >= 0x40 && c <= 0x7e {
			return escNone
		}
		return escCSI
	}
	return escNone
}

func (p *pasteBatcher) queue(run []rune) {
	p.mu.Lock()
	p.runs = append(p.runs, run)
	p.mu.Unlock()
}

// OnChange is readline's Listener: after readline handled a pasteRune (it
// inserted it before the cursor), the rune becomes its run.
func (p *pasteBatcher) OnChange(line []rune, pos int, key rune) ([]rune, int, bool) {
	if key != pasteRune {
		return nil, 0, false
	}
	p.mu.Lock()
	if len(p.runs) == 0 {
		p.mu.Unlock()
		return nil, 0, false
	}
	run := p.runs[0]
	p.runs[0] = nil
	p.runs = p.runs[1:]
	p.mu.Unlock()
	at := pos - 1
	if at < 0 || at >= len(line) || line[at] != pasteRune {
		return nil, 0, false
	}
	out := make([]rune, 0, len(line)-1+len(run))
	out = append(out, line[:at]...)
	out = append(out, run...)
	out = append(out, line[at+1:]...)
	return out, at + len(run), true
}
