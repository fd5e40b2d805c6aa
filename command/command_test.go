package command

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mcrepl/mcrepl/flags"
)

// testEnv builds an env over buffers, with a fixed clock (the day the
// workerd outputs were recorded) and the given environment variables.
func testEnv(stdin string, vars map[string]string) (*env, *bytes.Buffer, *bytes.Buffer) {
	var stdout, stderr bytes.Buffer
	e := &env{
		stdin:  strings.NewReader(stdin),
		stdout: &stdout,
		stderr: &stderr,
		lookupEnv: func(k string) (string, bool) {
			v, ok := vars[k]
			return v, ok
		},
		now: func() time.Time { return time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC) },
	}
	return e, &stdout, &stderr
}

func TestRun(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	ok := write("ok.js", "console.log('hi')")
	throws := write("throw.js", "throw new Error('boom')")
	bad := write("bad.js", "let = = 1")
	tests := []struct {
		name       string
		args       []string
		stdin      string
		vars       map[string]string
		code       int
		stdout     string
		stderrHas  string
		stderrNone bool
	}{
		{"ok", []string{"run", ok}, "", nil, ExitOK, "hi\n", "", true},
		{"stdin", []string{"run", "-"}, "console.log(1 + 1)", nil, ExitOK, "2\n", "", true},
		{"options before the command", []string{"--compat-date", "2025-08-15", "run", ok}, "", nil, ExitOK, "hi\n", "", true},
		{"throw", []string{"run", throws}, "", nil, ExitFailure, "", "Uncaught Error: boom", false},
		{"syntax", []string{"run", bad}, "", nil, ExitFailure, "", ":1:7: SyntaxError: Unexpected \"=\"\n    let = = 1\n          ^\n", false},
		{"no file", []string{"run"}, "", nil, ExitUsage, "", "mcrepl: run needs a FILE", false},
		{"missing", []string{"run", filepath.Join(dir, "nope.js")}, "", nil, ExitUsage, "", "no such file", false},
		{"directory", []string{"run", dir}, "", nil, ExitUsage, "", "it is a directory", false},
		{"unknown option", []string{"run", "--nope", ok}, "", nil, ExitUsage, "", "mcrepl: unknown option --nope\n", false},
		{"bad flag", []string{"run", "--flag", "nope", ok}, "", nil, ExitUsage, "", "mcrepl: No such compatibility flag: nope\n", false},
		{"env flag", []string{"run", ok}, "", map[string]string{envFlags: "nope"}, ExitUsage, "", "No such compatibility flag: nope", false},
		{"env date", []string{"run", ok}, "", map[string]string{envDate: "2025-8-1"}, ExitUsage, "", "Invalid compatibility date: 2025-8-1\n", false},
		{"command line wins over env", []string{"run", "--flag", "set_tostring_tag", "--compat-date", "2024-01-01", ok}, "",
			map[string]string{envFlags: "nope", envDate: "nope"}, ExitOK, "hi\n", "", true},
		{"negative timeout", []string{"run", "--timeout", "-1s", ok}, "", nil, ExitUsage, "", "mcrepl: --timeout must not be negative", false},
		{"timeout", []string{"run", "--timeout", "50ms", "-"}, "for (;;) {}", nil, ExitTimeout, "", "mcrepl: timed out after 50ms\n", false},
		{"warning runs", []string{"run", "--compat-date", "2025-08-15", "--flag", "expose_global_message_channel", ok}, "", nil,
			ExitOK, "hi\n", "mcrepl: warning: The compatibility flag expose_global_message_channel became the default", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e, stdout, stderr := testEnv(tt.stdin, tt.vars)
			code := e.run(append([]string{"mcrepl"}, tt.args...))
			if code != tt.code {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tt.code, stderr)
			}
			if stdout.String() != tt.stdout {
				t.Errorf("stdout %q, want %q", stdout, tt.stdout)
			}
			if !strings.Contains(stderr.String(), tt.stderrHas) || (tt.stderrNone && stderr.Len() > 0) {
				t.Errorf("stderr %q, want it to contain %q", stderr, tt.stderrHas)
			}
		})
	}
}

func TestMainRecoversPanics(t *testing.T) {
	var stderr bytes.Buffer
	code := Main([]string{"mcrepl", "run", "-"}, panicReader{}, &bytes.Buffer{}, &stderr)
	if code != ExitFailure {
		t.Errorf("exit %d, want %d", code, ExitFailure)
	}
	want := "mcrepl: internal error: reader exploded\nmcrepl: this is a bug in mcrepl; please report it with the command you ran.\n"
	if stderr.String() != want {
		t.Errorf("stderr %q, want %q", stderr.String(), want)
	}
}

type panicReader struct{}

func (panicReader) Read([]byte) (int, error) { panic("reader exploded") }

func TestClock(t *testing.T) {
	e, _, _ := testEnv("", map[string]string{TestNowEnv: "2026-01-02"})
	if err := e.clock(); err != nil {
		t.Fatal(err)
	}
	if got := e.now().UTC().Format(time.DateOnly); got != "2026-01-02" {
		t.Errorf("today = %s", got)
	}
	e, _, _ = testEnv("", map[string]string{TestNowEnv: "soon"})
	if err := e.clock(); err == nil || !strings.Contains(err.Error(), "MCREPL_TEST_NOW") {
		t.Errorf("bad MCREPL_TEST_NOW accepted: %v", err)
	}
}

func TestHints(t *testing.T) {
	tests := []struct {
		names []string
		want  []string
	}{
		{[]string{"expose_global_message_channel"}, nil},
		{[]string{"NO_EXPOSE_GLOBAL_MESSAGE_CHANNEL"}, []string{
			"NO_EXPOSE_GLOBAL_MESSAGE_CHANNEL: did you mean no_expose_global_message_channel?",
			"'mcrepl flags' lists the compatibility flags mcrepl implements; a flag workerd knows and mcrepl does not is accepted with a warning."}},
		{[]string{"set_tostringtag", "zzz", "set_tostringtag"}, []string{
			"set_tostringtag: did you mean set_tostring_tag?",
			"'mcrepl flags' lists the compatibility flags mcrepl implements; a flag workerd knows and mcrepl does not is accepted with a warning."}},
	}
	for _, tt := range tests {
		if got := hints(tt.names); strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("hints(%q) = %q, want %q", tt.names, got, tt.want)
		}
	}
}

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"abc", "", 3}, {"", "ab", 2}, {"kitten", "sitting", 3}, {"flag", "flags", 1},
	}
	for _, tt := range tests {
		if got := distance(tt.a, tt.b); got != tt.want {
			t.Errorf("distance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestHistoryPath(t *testing.T) {
	tests := []struct {
		vars map[string]string
		want string
	}{
		{map[string]string{"HOME": "/home/u"}, "/home/u/.mcrepl_history"},
		{map[string]string{"HOME": "/home/u", envHistory: ""}, ""},
		{map[string]string{"HOME": "/home/u", envHistory: "/tmp/h"}, "/tmp/h"},
		{nil, ""},
	}
	for _, tt := range tests {
		e, _, _ := testEnv("", tt.vars)
		if got := e.historyPath(); got != tt.want {
			t.Errorf("historyPath(%v) = %q, want %q", tt.vars, got, tt.want)
		}
	}
}

// TestSyntaxErrorTabs: the caret lines up under tabs, and stdin is [stdin].
func TestSyntaxErrorTabs(t *testing.T) {
	e, _, stderr := testEnv("function f() {\n\tif (x) {\n\t\treturn 1 +;\n}", nil)
	if code := e.run([]string{"mcrepl", "run", "-"}); code != ExitFailure {
		t.Fatalf("exit %d", code)
	}
	want := "mcrepl: [stdin]:3:13: SyntaxError: Unexpected \";\"\n    \t\treturn 1 +;\n    \t\t          ^\n"
	if stderr.String() != want {
		t.Errorf("stderr %q\nwant   %q", stderr, want)
	}
}

func TestFlagsTable(t *testing.T) {
	e, stdout, _ := testEnv("", nil)
	if code := e.run([]string{"mcrepl", "flags", "--compat-date", "2025-08-15", "--flag", "no_expose_global_message_channel"}); code != ExitOK {
		t.Fatalf("exit %d", code)
	}
	lines := strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n")
	if lines[0] != "compatibility date 2025-08-15; flags: no_expose_global_message_channel" || lines[1] != "" {
		t.Errorf("header %q", lines[:2])
	}
	col := strings.Index(lines[2], "STATE")
	for _, l := range lines[3 : 3+len(flags.Registry)] {
		if l[col-2:col] != "  " || l[col] != 'o' {
			t.Errorf("STATE column not aligned in %q", l)
		}
	}
	expose := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, "expose_global_message_channel ") })
	if expose < 0 || !strings.HasSuffix(lines[expose], "off    by flag no_expose_global_message_channel") {
		t.Errorf("no expose row that is off by flag in %q", lines)
	}
	if got := lines[len(lines)-len(flags.Registry)-1]; got != "What they change:" {
		t.Errorf("docs heading %q", got)
	}
}

func TestPaint(t *testing.T) {
	if got := paint("on", "on     "); got != green+"on"+reset+"     " {
		t.Errorf("paint on = %q", got)
	}
	if got := paint("off", "off    "); got != dim+"off"+reset+"    " {
		t.Errorf("paint off = %q", got)
	}
}

func TestNearestOption(t *testing.T) {
	defined := append(append(configFlags(), traceFlags()...), timeoutFlag())
	tests := map[string]string{
		"flg":                 "flag",
		"compat-dat":          "compat-date",
		"compat":              "", // starts three options
		"timeot":              "timeout",
		"tracefile":           "trace-file",
		"compatibility-flags": "compatibility-flag",
		"verbose":             "",
	}
	for opt, want := range tests {
		if got := nearestOption(opt, defined); got != want {
			t.Errorf("nearestOption(%q) = %q, want %q", opt, got, want)
		}
	}
}
