package command

import (
	"strings"

	"github.com/urfave/cli/v2"
)

// optInteractive is `mcrepl -i FILE`, as `node -i`: run FILE, then stay in
// the shell with what it defined.
const optInteractive = "interactive"

func interactiveFlag() cli.Flag {
	return &cli.StringFlag{
		Name:    optInteractive,
		Aliases: []string{"i"},
		Usage: "run `FILE` (a script or a module worker) first, then stay in the shell with its " +
			"top-level declarations, or a module's exports and its default export as worker (as 'mcrepl shell FILE')",
	}
}

// shellCommand is `mcrepl shell FILE`: the shell, with FILE run first.
func (e *env) shellCommand() *cli.Command {
	return &cli.Command{
		Name:      "shell",
		Usage:     "run a script or module worker, then the shell with its bindings in scope",
		ArgsUsage: "FILE",
		UsageText: "mcrepl shell [options] FILE",
		Description: `Runs FILE in the shell's isolate, then starts the shell (or reads entries from
standard input when it is not a terminal). A classic script's top-level
declarations are the session's; a module's named exports become globals of
the same names and its default export (the Worker's handlers) is worker, so
that 'await worker.fetch(new Request("http://localhost/"))' calls your fetch
handler. What was brought in is said in one line. The same as mcrepl -i FILE.`,
		Flags:        append(configFlags(), traceFlags()...),
		Action:       e.shellFile,
		OnUsageError: onUsageError,
	}
}

// shellFile checks shell's one argument and starts the shell with it.
func (e *env) shellFile(c *cli.Context) error {
	switch c.NArg() {
	case 0:
		return usagef("shell needs a FILE to run first (mcrepl shell worker.js); for the plain shell, run mcrepl")
	case 1:
	default:
		return usagef("shell takes one FILE, not %d (%s)", c.NArg(), strings.Join(c.Args().Slice(), " "))
	}
	path := c.Args().First()
	if err := checkReadable(path); err != nil {
		return err
	}
	return e.startShell(c, path)
}

// helpAlone makes `mcrepl run --help x.js` show run's help: urfave takes the
// arguments after --help for a help topic and fails with "No help topic".
func helpAlone(args []string) []string {
	for i, a := range args {
		if a == "--" {
			return args
		}
		if (a == "--help" || a == "-h") && i > 1 {
			out := append([]string(nil), args[:i+1]...)
			for _, rest := range args[i+1:] {
				if strings.HasPrefix(rest, "-") {
					out = append(out, rest)
				}
			}
			return out
		}
	}
	return args
}

// completionOfDashes drops a bare "--" that is the word being completed
// (`mcrepl run --` then Tab): urfave would take it for the end of the
// options and complete nothing; completeWith reads the word from os.Args
// and lists every option that starts with "--".
func completionOfDashes(args []string) []string {
	n := len(args)
	if n >= 3 && args[n-1] == "--generate-bash-completion" && args[n-2] == "--" {
		return append(append([]string(nil), args[:n-2]...), args[n-1])
	}
	return args
}
