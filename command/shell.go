package command

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/mcrepl/mcrepl/repl"
)

// envHistory names the shell's history file; set to "" it disables history.
const envHistory = "MCREPL_HISTORY"

// shell is the default action: the interactive shell, or the line-by-line
// evaluator when stdin is not a terminal.
func (e *env) shell(c *cli.Context) error {
	if c.Args().Present() {
		arg := c.Args().First()
		if arg == "help" { // the help command is hidden, not gone
			if topic := c.Args().Get(1); topic != "" && c.App.Command(topic) != nil {
				return cli.ShowCommandHelp(c, topic)
			}
			return cli.ShowAppHelp(c)
		}
		if looksLikeScript(arg) {
			return usagef("unknown command %q; to run a script, use 'mcrepl run %s'", arg, arg)
		}
		return usagef("unknown command %q (the commands are run, serve, shell, flags and completion)", arg)
	}
	preload := c.String(optInteractive)
	if preload != "" {
		if err := checkReadable(preload); err != nil {
			return err
		}
	}
	return e.startShell(c, preload)
}

// startShell starts the shell, with preload (a file to run first, or "").
func (e *env) startShell(c *cli.Context, preload string) error {
	s, set, err := e.resolve(c)
	if err != nil {
		return err
	}
	log, closeLog, err := e.eventLog(s)
	if err != nil {
		return err
	}
	defer closeLog()
	interactive := isTerminal(e.stdin) && isTerminal(e.stdout)
	history := e.historyPath()
	if interactive {
		// Under a supervisor, a crash of the engine restarts the shell.
		link.Say("shell")
		if history == "" {
			history = link.SessionHistory()
		}
	}
	repl.Version = version()
	code := repl.Run(c.Context, repl.Config{
		Stdin:          e.stdin,
		Stdout:         e.stdout,
		Stderr:         e.stderr,
		Interactive:    interactive,
		Color:          e.color(s),
		Date:           set.Date(),
		Flags:          set.Flags(),
		HistoryPath:    history,
		EventLog:       s.trace.String(),
		EventLogFormat: s.traceFormat,
		EventLogWriter: log,
		Now:            e.now,
		NoReport:       s.noReport,
		Preload:        preload,
		Permissions:    s.perms,
	})
	if code != ExitOK {
		return silent(code)
	}
	return nil
}

// looksLikeScript reports whether an argument given without a command is
// probably a script the user meant to run.
func looksLikeScript(arg string) bool {
	switch strings.ToLower(filepath.Ext(arg)) {
	case ".js", ".mjs", ".cjs", ".ts", ".mts", ".cts":
		return true
	}
	if arg == "-" {
		return true
	}
	info, err := os.Stat(arg)
	return err == nil && !info.IsDir()
}

// historyPath is $MCREPL_HISTORY if set (even to ""), else
// ~/.mcrepl_history, else "" (no history) when there is no home directory.
func (e *env) historyPath() string {
	if p, ok := e.lookupEnv(envHistory); ok {
		return p
	}
	if home := e.getenv("HOME"); home != "" {
		return filepath.Join(home, ".mcrepl_history")
	}
	return ""
}
