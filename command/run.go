package command

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/signal"
	"strings"

	"github.com/dop251/goja/parser"
	"github.com/urfave/cli/v2"

	"github.com/mcrepl/mcrepl/worker"
)

// runScript is the `run` command.
func (e *env) runScript(c *cli.Context) error {
	args := c.Args().Slice()
	switch {
	case len(args) == 0:
		return usagef("run needs a FILE to run, or - to read the script from standard input")
	case len(args) > 1:
		return usagef("unexpected %q after %s: options go before FILE, and a script takes no arguments", args[1], args[0])
	}
	s := e.settings(c)
	set, err := e.config(s)
	if err != nil {
		return err
	}
	file, src, err := e.readScript(args[0])
	if err != nil {
		return err
	}

	// The first Ctrl-C interrupts the script; after that the default
	// behaviour is back, so a second one kills mcrepl even if it is stuck.
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt)
	defer stop()
	context.AfterFunc(ctx, stop)
	runCtx := ctx
	if s.timeout > 0 {
		var cancel context.CancelFunc
		runCtx, cancel = context.WithTimeout(ctx, s.timeout)
		defer cancel()
	}

	err = execute(runCtx, worker.Config{Flags: set, Stdout: e.stdout, Stderr: e.stderr, Color: e.color(s)}, file, src)
	var syntax *worker.SyntaxError
	switch {
	case err == nil:
		return nil
	case errors.Is(err, worker.ErrUncaught):
		return silent(ExitFailure) // already reported by the worker
	case errors.As(err, &syntax):
		return &exitError{ExitFailure, syntaxMessage(syntax, file, src)}
	case errors.Is(err, context.DeadlineExceeded):
		return &exitError{ExitTimeout, "timed out after " + s.timeout.String()}
	case ctx.Err() != nil:
		return silent(ExitInterrupted)
	}
	return fmt.Errorf("run %s: %w", file, err)
}

// execute runs one script in a fresh isolate until it is quiet. It is the
// one place that knows how source becomes running code.
func execute(ctx context.Context, cfg worker.Config, name, src string) error {
	w, err := worker.New(cfg)
	if err != nil {
		return err
	}
	defer w.Close()
	return w.Run(ctx, name, src)
}

// readScript reads the script named by arg ("-" is standard input) and
// returns the name it runs under and its source.
func (e *env) readScript(arg string) (name, src string, err error) {
	if arg == "-" {
		b, err := io.ReadAll(e.stdin)
		if err != nil {
			return "", "", &exitError{ExitUsage, "cannot read the script from standard input: " + err.Error()}
		}
		return "stdin", string(b), nil
	}
	info, err := os.Stat(arg)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "", "", &exitError{ExitUsage, fmt.Sprintf("cannot run %s: no such file", arg)}
	case err != nil:
		return "", "", &exitError{ExitUsage, fmt.Sprintf("cannot run %s: %v", arg, pathErr(err))}
	case info.IsDir():
		return "", "", &exitError{ExitUsage, fmt.Sprintf("cannot run %s: it is a directory; give a script file", arg)}
	}
	b, err := os.ReadFile(arg)
	if err != nil {
		return "", "", &exitError{ExitUsage, fmt.Sprintf("cannot read %s: %v", arg, pathErr(err))}
	}
	return arg, string(b), nil
}

// pathErr drops the operation and path that *fs.PathError repeats.
func pathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// syntaxMessage renders a compile error as one "FILE:LINE:COL: SyntaxError:
// msg" line, followed by the offending line and a caret under the column.
// goja's compile error carries its position only inside its text, so the
// source is parsed again for the first error's position and message.
func syntaxMessage(err *worker.SyntaxError, file, src string) string {
	_, perr := parser.ParseFile(nil, file, src, 0)
	var list parser.ErrorList
	if !errors.As(perr, &list) || len(list) == 0 {
		return fmt.Sprintf("%s: %v", file, err)
	}
	pos := list[0].Position
	msg := fmt.Sprintf("%s:%d:%d: SyntaxError: %s", file, pos.Line, pos.Column, list[0].Message)
	lines := strings.Split(src, "\n")
	if pos.Line < 1 || pos.Line > len(lines) {
		return msg
	}
	line := strings.TrimRight(lines[pos.Line-1], "\r")
	// Keep tabs in the caret's indentation so that it lines up under them.
	var pad strings.Builder
	for i, r := range line {
		if i >= pos.Column-1 {
			break
		}
		if r == '\t' {
			pad.WriteRune('\t')
		} else {
			pad.WriteRune(' ')
		}
	}
	return fmt.Sprintf("%s\n    %s\n    %s^", msg, line, pad.String())
}
