// Package command is the mcrepl command line: the urfave/cli application with
// its options, the `run` and `flags` commands and the default action that
// starts the shell, and the mapping from what happened to an exit code.
//
// Main is the whole entry point. It takes the arguments and the three
// standard streams, so that every path can be tested without a terminal or a
// subprocess; main.go only passes os.Args and the os streams and exits with
// the code Main returns.
package command

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/mcrepl/mcrepl/worker"
)

// Exit codes, as users of `node FILE` and of coreutils' timeout expect them.
const (
	ExitOK          = 0   // success
	ExitFailure     = 1   // the script failed: uncaught error, unhandled rejection, syntax error
	ExitUsage       = 2   // bad usage or a bad compatibility configuration
	ExitMemory      = 3   // --max-memory stopped the script
	ExitTimeout     = 124 // --timeout stopped the script
	ExitInterrupted = 130 // SIGINT (128 + 2)
)

// name is how mcrepl introduces itself in every message.
const name = "mcrepl"

// Version is mcrepl's version. Release builds set it with
// -ldflags "-X github.com/mcrepl/mcrepl/command.Version=v1.2.3"; otherwise it
// comes from the module's build information.
var Version = ""

// TestNowEnv names the environment variable that fixes "today" (YYYY-MM-DD,
// UTC) for the date checks. It exists for tests, which must not depend on the
// clock; users have no reason to set it.
const TestNowEnv = "MCREPL_TEST_NOW"

// exitError is an error that carries its exit code. Its message, if any, is
// printed once, prefixed with "mcrepl: ", by Main.
type exitError struct {
	code int
	msg  string
}

func (e *exitError) Error() string { return e.msg }

// ExitCode makes exitError a cli.ExitCoder.
func (e *exitError) ExitCode() int { return e.code }

// usagef is a usage error: one line that says what to do, then a pointer to
// --help.
func usagef(format string, args ...any) error {
	return &exitError{ExitUsage, fmt.Sprintf(format, args...) + "\nRun 'mcrepl --help' for usage."}
}

// silent ends the command with code, everything having been said already.
func silent(code int) error { return &exitError{code: code} }

// env is what Main reads from the process besides its arguments.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	lookupEnv      func(string) (string, bool)
	now            func() time.Time
}

// getenv is the value of an environment variable, "" when unset.
func (e *env) getenv(key string) string {
	v, _ := e.lookupEnv(key)
	return v
}

// Main runs mcrepl with args (args[0] is the program name) and returns the
// exit code. It never panics: a bug that panics is reported as an internal
// error with exit code 1.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "%s: internal error: %v\n%s: this is a bug in mcrepl; please report it with the command you ran.\n", name, r, name)
			code = ExitFailure
		}
	}()
	stderr = becomeEngine(stdin, stderr)
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr, lookupEnv: os.LookupEnv, now: time.Now}
	if err := e.clock(); err != nil {
		fmt.Fprintf(stderr, "%s: %v\n", name, err)
		return ExitUsage
	}
	worker.SetHeapFloorAfterFirstGC()
	defer e.startProfiles()()
	return e.run(args)
}

// clock applies MCREPL_TEST_NOW.
func (e *env) clock() error {
	v := e.getenv(TestNowEnv)
	if v == "" {
		return nil
	}
	t, err := time.Parse(time.DateOnly, v)
	if err != nil {
		return fmt.Errorf("%s=%q is not a YYYY-MM-DD date", TestNowEnv, v)
	}
	e.now = func() time.Time { return t }
	return nil
}

// run runs the app and turns its outcome into an exit code, printing the
// error's message, if any, once.
func (e *env) run(args []string) int {
	err := e.app().Run(completionOfDashes(helpAlone(moveFileLast(expandAllowNet(args)))))
	if err == nil {
		return ExitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.msg != "" {
			fmt.Fprintf(e.stderr, "%s: %s\n", name, ee.msg)
		}
		return ee.code
	}
	fmt.Fprintf(e.stderr, "%s: %v\n", name, err)
	return ExitFailure
}

// app builds the urfave/cli application over e's streams.
func (e *env) app() *cli.App {
	app := &cli.App{
		Name:  name,
		Usage: "Cloudflare Workers' MessageChannel and the Worker around it, as workerd implements them: a shell, a script runner and a local server",
		UsageText: "mcrepl [options]                        start the interactive shell\n" +
			"mcrepl [options] shell [options] FILE   run FILE, then the shell with its bindings (also mcrepl -i FILE)\n" +
			"mcrepl [options] run [options] FILE|-   run a script (- reads standard input)\n" +
			"mcrepl [options] serve [options] [FILE] serve a Worker's fetch handler on 127.0.0.1:8787\n" +
			"mcrepl [options] flags [options]        list the compatibility flags\n" +
			"mcrepl completion bash|zsh              print a shell completion script",
		Description: `mcrepl runs JavaScript with the MessageChannel, MessagePort, events and
structuredClone of Cloudflare's workerd, under a compatibility date and flags
that you choose, and reports configuration mistakes with workerd's own words.

Examples:
   mcrepl                                           interactive shell
   mcrepl run worker.js                             run a script until it is quiet
   echo 'console.log(typeof MessageChannel)' | mcrepl run -
   mcrepl --compatibility-date 2025-08-14 run x.js  the behaviour of an older date
   mcrepl run --flag no_expose_global_message_channel x.js
   mcrepl run --timeout 5s loop.js                  stop a runaway script (exit 124)
   mcrepl flags --compat-date 2025-08-01            which flags are on, and why

Environment:
   MCREPL_COMPATIBILITY_DATE   date used when --compatibility-date is not given
   MCREPL_FLAGS                comma-separated flags used when no --flag is given
   MCREPL_HISTORY              the shell's history file ("" disables history)
   NO_COLOR, TERM=dumb         turn colour off (as --no-color does)

Exit codes: 0 ok, 1 the script failed, 2 bad usage or configuration,
3 over --max-memory, 124 timed out, 130 interrupted.`,
		Version: version(),
		// urfave stats os.Args[0] for its modification time when this is
		// zero, in every start-up; nothing prints it (no template, no
		// manual page reads Compiled).
		Compiled:     time.Unix(0, 0).UTC(),
		Reader:       e.stdin,
		Writer:       e.stdout,
		ErrWriter:    e.stderr,
		Flags:        append(append(configFlags(), traceFlags()...), interactiveFlag()),
		Action:       e.shell,
		OnUsageError: onUsageError,
		// urfave would os.Exit on an ExitCoder error; Main decides instead.
		ExitErrHandler: func(*cli.Context, error) {},
		// `mcrepl help` still works (see shell); the listing has no room for it.
		HideHelpCommand: true,
		Commands: []*cli.Command{
			{
				Name:      "run",
				Usage:     "run a script until the isolate is quiet",
				ArgsUsage: "FILE|-",
				UsageText: "mcrepl run [options] FILE|-",
				Description: `Runs FILE (or standard input, for -): a classic script, an ES module or
TypeScript (bundled by esbuild), and its default export's test() handler; then waits
until no task, timer or microtask is pending. Open ports do not keep it
alive (as in workerd). A module's top level runs in workerd's global scope:
timers, I/O and random values throw there, as on deploy ("Disallowed
operation called within global scope"); a classic script's is restricted
only when --fetch or --scheduled serves it. Options go before FILE.

Exit codes: 0 ok; 1 uncaught error, unhandled rejection or syntax error;
2 bad usage or configuration; 3 when --max-memory stopped it; 124 when
--timeout stopped it; 130 on Ctrl-C.`,
				Flags:        append(append(append(configFlags(), traceFlags()...), timeoutFlag(), maxMemoryFlag()), handlerFlags()...),
				Action:       e.runScript,
				OnUsageError: onUsageError,
			},
			e.serveCommand(),
			e.shellCommand(),
			{
				Name:      "flags",
				Usage:     "list the compatibility flags and whether each is on, and why",
				UsageText: "mcrepl flags [--compatibility-date DATE] [--flag NAME]...",
				Description: `Prints every compatibility flag mcrepl knows: its negation, the date on
which it becomes the default, and its state under the chosen date and flags,
with the reason (by date, or by which flag). Configuration mistakes are
reported as for run.`,
				Flags:        configFlags(),
				Action:       e.flagsTable,
				OnUsageError: onUsageError,
			},
		},
	}
	addCompletion(app)
	cacheNames(app) // flagnames.go
	return app
}

// version is Version, or the module version from the build information, or
// "devel".
func version() string {
	if Version != "" {
		return Version
	}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "devel"
	}
	if bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	// A build from a checkout (go build, go run) records the commit.
	var rev, when string
	dirty := false
	for _, st := range bi.Settings {
		switch st.Key {
		case "vcs.revision":
			rev = st.Value
		case "vcs.time":
			when = st.Value
		case "vcs.modified":
			dirty = st.Value == "true"
		}
	}
	if rev == "" {
		return "devel"
	}
	v := "devel-" + rev[:min(12, len(rev))]
	if dirty {
		v += "+dirty"
	}
	if when != "" {
		v += " (" + when + ")"
	}
	return v
}

// runOnly reports whether name is one of the options that only `run`
// takes; given to the shell they get a message that says where they belong.
func runOnly(name string) bool { return name == "timeout" || name == "max-memory" }

// onUsageError turns urfave's "Incorrect Usage" and help dump into one line.
func onUsageError(c *cli.Context, err error, _ bool) error {
	msg := err.Error()
	switch {
	case strings.HasPrefix(msg, "flag provided but not defined: "):
		opt := strings.TrimLeft(strings.TrimPrefix(msg, "flag provided but not defined: "), "-")
		msg = "unknown option " + dashes(opt)
		if name, _, _ := strings.Cut(opt, "="); runOnly(name) && (c.Command == nil || c.Command.Name != "run") {
			msg = dashes(name) + " is an option of run: mcrepl run " + dashes(name) + " VALUE FILE"
		} else if c.Command != nil {
			if guess := nearestOption(opt, c.Command.Flags); guess != "" {
				msg += " (did you mean " + dashes(guess) + "?)"
			}
		}
	case strings.HasPrefix(msg, "flag needs an argument: "):
		msg = "option " + dashes(strings.TrimPrefix(msg, "flag needs an argument: ")) + " needs a value"
	case strings.HasPrefix(msg, "Cannot use two forms of the same flag: "):
		forms := strings.Fields(strings.TrimPrefix(msg, "Cannot use two forms of the same flag: "))
		for i, f := range forms {
			forms[i] = dashes(f)
		}
		msg = strings.Join(forms, " and ") + " are the same option: give it once"
	case strings.HasPrefix(msg, "invalid value "):
		// invalid value "x" for flag -timeout: parse error
		if v, f, ok := strings.Cut(strings.TrimPrefix(msg, "invalid value "), " for flag "); ok {
			f, _, _ = strings.Cut(f, ":")
			msg = fmt.Sprintf("invalid value %s for option %s", v, dashes(f))
			if strings.TrimLeft(f, "-") == "timeout" {
				msg += " (use a duration such as 500ms, 10s or 2m)"
			}
		}
	}
	return usagef("%s", msg)
}

// dashes writes an option the way the help shows it: --name, or -n.
func dashes(opt string) string {
	opt = strings.TrimLeft(opt, "-")
	if len(opt) > 1 {
		return "--" + opt
	}
	return "-" + opt
}

// nearestOption guesses which option a mistyped one meant: the only option
// that it starts, else the closest one within two edits, else "".
func nearestOption(opt string, defined []cli.Flag) string {
	var names []string
	for _, f := range defined {
		names = append(names, f.Names()...)
	}
	var prefixed []string
	for _, n := range names {
		if strings.HasPrefix(n, opt) {
			prefixed = append(prefixed, n)
		}
	}
	if len(prefixed) == 1 {
		return prefixed[0]
	}
	best, bestDist := "", 3
	for _, n := range names {
		if d := distance(opt, n); d < bestDist {
			best, bestDist = n, d
		}
	}
	return best
}
