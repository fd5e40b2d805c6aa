package repl

import (
	"bufio"
	"errors"
	"io"
	"strings"
)

// errClear is returned by a lineSource when the user abandoned the entry
// being typed (Ctrl-C on a partial line).
var errClear = errors.New("entry cleared")

// readerSource reads lines from a pipe or a file. It looks ahead one line, so
// more blocks until the next line arrives or the input ends.
type readerSource struct {
	r       *bufio.Reader
	peeked  *string
	peekErr error
}

func newLineSource(r io.Reader) *readerSource {
	return &readerSource{r: bufio.NewReaderSize(r, 64*1024)}
}

func (p *readerSource) read() (string, error) {
	line, err := p.r.ReadString('\n')
	if err == io.EOF && line != "" {
		err = nil
	}
	return strings.TrimRight(line, "\r\n"), err
}

func (p *readerSource) next(string) (string, error) {
	if p.peeked != nil || p.peekErr != nil {
		line, err := p.peeked, p.peekErr
		p.peeked, p.peekErr = nil, nil
		if err != nil {
			return "", err
		}
		return *line, nil
	}
	return p.read()
}

func (p *readerSource) more() bool {
	if p.peeked == nil && p.peekErr == nil {
		line, err := p.read()
		if err != nil {
			p.peekErr = err
		} else {
			p.peeked = &line
		}
	}
	return p.peeked != nil
}
