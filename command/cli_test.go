package command

import (
	"strings"
	"testing"
)

// TestCommandLine pins the parsing rules of Go's flag package, which the
// command line has always followed, and the help routing: the cases were
// recorded from mcrepl built on urfave/cli, which this parser replaced.
func TestCommandLine(t *testing.T) {
	for _, tc := range []struct {
		args   string
		code   int
		stdout string // a prefix
		stderr string // a prefix
	}{
		{"run ---timeout 1s x.js", ExitUsage, "", "mcrepl: bad flag syntax: ---timeout\n"},
		{"run --=x x.js", ExitUsage, "", "mcrepl: bad flag syntax: --=x\n"},
		{"run --no-color=maybe x.js", ExitUsage, "", "mcrepl: invalid boolean value \"maybe\" for -no-color: parse error\n"},
		{"run --timeout 10 x.js", ExitUsage, "", "mcrepl: invalid value \"10\" for option --timeout (use a duration"},
		{"run -timeout", ExitUsage, "", "mcrepl: option --timeout needs a value\n"},
		{"--help -h", ExitUsage, "", "mcrepl: -h and --help are the same option: give it once\n"},
		{"flags --trace off", ExitUsage, "", "mcrepl: unknown option --trace\n"},
		{"flags --timeout 1s", ExitUsage, "", "mcrepl: --timeout is an option of run: mcrepl run --timeout VALUE FILE\n"},
		{"run ok.js --", ExitUsage, "", "mcrepl: unexpected \"--\" after ok.js"},
		{"-- flags --compat-date 2025-08-15", ExitOK, "compatibility date 2025-08-15;", ""},
		{"--help=false", ExitOK, "", ""},
		{"-h run", ExitOK, "NAME:\n   mcrepl run - ", ""},
		{"run help", ExitOK, "NAME:\n   mcrepl run - ", ""},
		{"help man", ExitOK, "NAME:\n   mcrepl man - print the manual page (troff), as in docs/mcrepl.1\n\nUSAGE:\n   mcrepl man [command options]\n", ""},
		{"run -h help", ExitOK, "NAME:\n   mcrepl run help - Shows a list of commands or help for one command\n\nUSAGE:\n   mcrepl run help [command options] [command]\n", ""},
		{"run -h ok.js", ExitFailure, "", "mcrepl: No help topic for 'ok.js'\n"},
		{"--version run x.js", ExitOK, "mcrepl ", ""},
		{"man --generate-bash-completion", ExitOK, "help\nh\n", ""},
		{"-- --generate-bash-completion", ExitUsage, "", "mcrepl: unknown command \"--generate-bash-completion\""},
	} {
		e, stdout, stderr := testEnv("", nil)
		code := e.run(append([]string{"mcrepl"}, strings.Fields(tc.args)...))
		if code != tc.code || !strings.HasPrefix(stdout.String(), tc.stdout) || !strings.HasPrefix(stderr.String(), tc.stderr) ||
			(tc.stdout == "" && stdout.Len() > 0) || (tc.stderr == "" && stderr.Len() > 0) {
			t.Errorf("mcrepl %s: exit %d, stdout %q, stderr %q; want %d, %q..., %q...", tc.args, code, stdout, stderr, tc.code, tc.stdout, tc.stderr)
		}
	}
}

func TestAppHelp(t *testing.T) {
	e, stdout, _ := testEnv("", nil)
	if code := e.run([]string{"mcrepl", "--help"}); code != ExitOK {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{
		"\n\nCOMMANDS:\n   run         run a script until the isolate is quiet\n   flags       ",
		"\n\nGLOBAL OPTIONS:\n   --compatibility-date DATE, --compat-date DATE\n         compatibility DATE",
		"\n   --version, -v\n         print the version\n",
	} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("mcrepl --help lacks %q:\n%s", want, stdout)
		}
	}
	if strings.Contains(stdout.String(), "man ") || strings.Contains(stdout.String(), "compatibility-flag NAME") {
		t.Errorf("mcrepl --help shows a hidden command or option:\n%s", stdout)
	}
}
