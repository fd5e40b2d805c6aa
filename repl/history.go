package repl

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

// historyLimit is how many entries the history keeps: Node's default.
const historyLimit = 1000

// history is the shell's history file. Each entry is one line of the file,
// with backslashes and newlines escaped (`\\`, `\n`), so that a multi-line
// entry is stored and recalled as one entry. The file is created with mode
// 0600, as Node does, since it may hold secrets typed into the shell.
type history struct {
	path    string
	entries []string
	errw    io.Writer
	failed  bool // a write error was reported; stop trying
}

// openHistory loads path; "" gives a history that is not saved. A file that
// cannot be read is reported once and history goes on in memory.
func openHistory(path string, errw io.Writer) *history {
	h := &history{path: path, errw: errw}
	if path == "" {
		return h
	}
	f, err := os.Open(path)
	if err != nil {
		if !os.IsNotExist(err) {
			h.fail(err)
		}
		return h
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		if line := sc.Text(); line != "" {
			h.entries = append(h.entries, unescapeEntry(line))
		}
	}
	if err := sc.Err(); err != nil {
		h.fail(err)
	}
	if len(h.entries) > historyLimit {
		h.entries = h.entries[len(h.entries)-historyLimit:]
		h.rewrite()
	}
	return h
}

func (h *history) fail(err error) {
	if !h.failed {
		fmt.Fprintf(h.errw, "mcrepl: history %s: %v (history is not saved)\n", h.path, err)
	}
	h.failed = true
}

// add appends an entry to the file.
func (h *history) add(entry string) {
	if strings.TrimSpace(entry) == "" {
		return
	}
	h.entries = append(h.entries, entry)
	if h.path == "" || h.failed {
		return
	}
	f, err := os.OpenFile(h.path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o600)
	if err != nil {
		h.fail(err)
		return
	}
	defer f.Close()
	if _, err := f.WriteString(escapeEntry(entry) + "\n"); err != nil {
		h.fail(err)
	}
}

// rewrite replaces the file with the kept entries.
func (h *history) rewrite() {
	var b strings.Builder
	for _, e := range h.entries {
		b.WriteString(escapeEntry(e) + "\n")
	}
	if err := os.WriteFile(h.path, []byte(b.String()), 0o600); err != nil {
		h.fail(err)
	}
}

func escapeEntry(s string) string {
	return strings.NewReplacer(`\`, `\\`, "\n", `\n`, "\r", `\r`).Replace(s)
}

func unescapeEntry(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		i++
		switch s[i] {
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}
