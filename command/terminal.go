package command

import "github.com/chzyer/readline"

// isTerminal reports whether a stream is a terminal (an *os.File on a tty).
func isTerminal(stream any) bool {
	f, ok := stream.(interface{ Fd() uintptr })
	return ok && readline.IsTerminal(int(f.Fd()))
}

// color decides whether output is coloured: only on a terminal, and never
// with --no-color, NO_COLOR (any non-empty value, see no-color.org) or
// TERM=dumb.
func (e *env) color(s settings) bool {
	if s.noColor || e.getenv("NO_COLOR") != "" || e.getenv("TERM") == "dumb" {
		return false
	}
	return isTerminal(e.stdout)
}
