package repl

import (
	"strings"
	"testing"
)

// replay reads what readline would read from p for the given terminal
// input, delivered in pieces, and puts each pasteRune's run back.
func replay(t *testing.T, pieces ...string) (string, int) {
	t.Helper()
	p := &pasteBatcher{r: &chunkReader{pieces: pieces}, fd: -1}
	var out []byte
	b := make([]byte, 4096)
	for {
		n, err := p.Read(b)
		out = append(out, b[:n]...)
		if err != nil {
			break
		}
	}
	parts := strings.Split(string(out), string(pasteRune))
	var got strings.Builder
	for i, part := range parts {
		got.WriteString(part)
		if i == len(parts)-1 {
			break
		}
		line, pos, ok := p.OnChange([]rune{pasteRune}, 1, pasteRune)
		if !ok || pos != len(line) {
			t.Fatalf("OnChange of a queued run: %q, %d, %v", string(line), pos, ok)
		}
		got.WriteString(string(line))
	}
	return got.String(), len(parts) - 1
}

type chunkReader struct{ pieces []string }

func (c *chunkReader) Read(b []byte) (int, error) {
	if len(c.pieces) == 0 {
		return 0, errEOF
	}
	n := copy(b, c.pieces[0])
	c.pieces[0] = c.pieces[0][n:]
	if c.pieces[0] == "" {
		c.pieces = c.pieces[1:]
	}
	return n, nil
}

type eofError struct{}

func (eofError) Error() string { return "EOF" }

var errEOF error = eofError{}

// TestPasteBatcher: what readline reads, with the runs put back, is what
// the terminal sent, whatever the pieces; long runs of plain text become
// one rune each, keys and escape sequences are left alone.
func TestPasteBatcher(t *testing.T) {
	long := strings.Repeat("abcdefghij", 5)
	for _, c := range []struct {
		name   string
		pieces []string
		runs   int
	}{
		{"typed keys", []string{"l", "e", "t", " ", "x", "\r"}, 0},
		{"a paste", []string{long + "\r" + long + "\r"}, 2},
		{"short lines of a paste", []string{"[1, 2, 3]\r  .map(x => x)\r"}, 0},
		{"tabs and controls split runs", []string{long + "\t" + long + "\x01" + long}, 3},
		{"an escape sequence before a paste", []string{"\x1b[200~" + long + "\x1b[201~"}, 1},
		{"arrow keys", []string{"\x1b[A\x1b[B\x1bOA"}, 0},
		{"an escape sequence split across reads", []string{"\x1b[", "2", "00~" + long}, 1},
		{"meta and a letter", []string{"\x1b" + long}, 1},
		{"non-ASCII", []string{"é" + long + "漢字"}, 1},
		{"a rune split across reads", []string{long + "\xc3", "\xa9" + long}, 2},
		{"invalid UTF-8", []string{long + "\xff" + long}, 2},
		{"the private-use rune itself", []string{"\uf8ff", "a\uf8ffb", long + "\uf8ff"}, 4},
	} {
		want := strings.Join(c.pieces, "")
		got, runs := replay(t, c.pieces...)
		if got != want || runs != c.runs {
			t.Errorf("%s: got %q with %d runs, want %q with %d", c.name, got, runs, want, c.runs)
		}
	}
}
