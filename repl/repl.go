// Package repl is mcrepl's interactive shell and its piped-stdin mode: it
// reads JavaScript from the user, evaluates it in a worker isolate and prints
// each result the way Node's REPL does.
//
// Run is the whole entry point: the command builds a Config from its options
// and streams and calls Run, which returns the process exit code.
package repl

import (
	"context"
	"io"
)

// Config describes one shell session. The zero value reads nothing and
// discards its output.
type Config struct {
	// Stdin is read for input. Default: an empty reader.
	Stdin io.Reader
	// Stdout receives results and console output. Default: io.Discard.
	Stdout io.Writer
	// Stderr receives errors. Default: io.Discard.
	Stderr io.Writer
	// Interactive means stdin and stdout are terminals: line editing,
	// prompts, history and completion. Otherwise input is read as a piped
	// transcript. Default: false.
	Interactive bool
	// Color turns on ANSI colour in printed values. Default: off.
	Color bool
	// Date and Flags are the validated compatibility settings the shell
	// starts with; .reset replaces them. Default: the newest date, no flags.
	Date  string
	Flags []string
	// HistoryPath is the history file of the interactive mode; "" disables
	// history. Default: "".
	HistoryPath string
}

// Run runs a session until the input ends or the user exits, and returns the
// exit code: 0, or 1 when piped input ends inside an unfinished statement or
// the isolate cannot start.
func Run(ctx context.Context, cfg Config) int {
	_ = ctx
	_ = cfg
	return 0
}
