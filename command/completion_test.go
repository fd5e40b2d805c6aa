package command

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestManPage checks that docs/mcrepl.1 is what `mcrepl man` prints, so that
// the page follows the options and commands.
func TestManPage(t *testing.T) {
	e, stdout, stderr := testEnv("", nil)
	if code := e.run([]string{"mcrepl", "man"}); code != ExitOK {
		t.Fatalf("mcrepl man exited %d: %s", code, stderr)
	}
	want, err := os.ReadFile(filepath.Join("..", "docs", "mcrepl.1"))
	if err != nil {
		t.Fatal(err)
	}
	if stdout.String() != string(want) {
		t.Errorf("docs/mcrepl.1 is not what `mcrepl man` prints: regenerate it with\n\tgo run . man > docs/mcrepl.1")
	}
}

func TestCompletionScripts(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
		out  string
		err  string
	}{
		{[]string{"completion", "bash"}, ExitOK, bashCompletion, ""},
		{[]string{"completion", "zsh"}, ExitOK, zshCompletion, ""},
		{[]string{"completion", "fish"}, ExitUsage, "", "mcrepl: completion: unknown shell \"fish\" (mcrepl has completion for bash and zsh)\n"},
		{[]string{"completion"}, ExitUsage, "", "mcrepl: completion needs one argument: bash or zsh\n"},
	} {
		e, stdout, stderr := testEnv("", nil)
		code := e.run(append([]string{"mcrepl"}, tc.args...))
		if code != tc.code || stdout.String() != tc.out || !strings.HasPrefix(stderr.String(), tc.err) {
			t.Errorf("mcrepl %s: exit %d, stdout %q, stderr %q; want %d, %q, %q...",
				strings.Join(tc.args, " "), code, stdout, stderr, tc.code, tc.out, tc.err)
		}
	}
}

func TestOptionValues(t *testing.T) {
	names := optionValues(optFlag)
	if !slices.Contains(names, "no_expose_global_message_channel") || !slices.Contains(names, "spec_compliant_dispatch_exceptions") {
		t.Errorf("optionValues(flag) = %q; want every flag and negation", names)
	}
	if v := optionValues(optTrace); !slices.Equal(v, []string{"events", "all", "off"}) {
		t.Errorf("optionValues(trace) = %q", v)
	}
	if v := optionValues(optTimeout); v != nil {
		t.Errorf("optionValues(timeout) = %q; want none (file names)", v)
	}
}

func TestCodeBlocks(t *testing.T) {
	in := "Intro.\n\nExamples:\n   a   b\n   c\n\nEnd."
	want := "Intro.\n\nExamples:\n\n    a   b\n    c\n\nEnd."
	if got := codeBlocks(in); got != want {
		t.Errorf("codeBlocks:\n%q\nwant\n%q", got, want)
	}
}
