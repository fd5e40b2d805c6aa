package repl

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestPreload(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	script := write("script.js", "const answer = 42; function twice(n) { return 2 * n }\n")
	module := write("worker.mjs", "export const greet = (n) => 'hi ' + n;\nexport default { async fetch() { return 'ok' } };\n")
	broken := write("broken.mjs", "import nope from './nope.js';\n")
	// An executable named by mistake: refused at its first byte, before goja's
	// parsers or the import see it.
	binary := write("tool", "\x7fELF\n"+strings.Repeat("\x00\x01\x02\n", 1<<14))
	for _, tc := range []struct {
		name, preload, in, out, err string
		code                        int
	}{
		{"script", script, "twice(answer)\n", "[shell] ran " + script + " as a script: its top-level declarations are yours\n84\n", "", 0},
		{"module", module, "greet('you')\nawait worker.fetch()\n",
			"[shell] imported " + module + ": its default export is worker; exports greet\n'hi you'\n'ok'\n", "", 0},
		{"broken", broken, "1\n", "", "Uncaught TypeError: cannot import", 1},
		{"binary", binary, "1\n", "", "mcrepl: " + binary + ":1:1: SyntaxError: Unexpected \"\\x7f\"\n    \ufffdELF\n    ^\n", 1},
		{"load module", "", ".load " + module + "\ngreet(1)\n",
			"[shell] imported " + module + ": its default export is worker; exports greet\n'hi 1'\n", "", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			code := Run(context.Background(), Config{Stdin: strings.NewReader(tc.in), Stdout: &out, Stderr: &errb, Preload: tc.preload})
			if code != tc.code || out.String() != tc.out || !strings.HasPrefix(errb.String(), tc.err) || (tc.err == "" && errb.Len() > 0) {
				t.Errorf("got %d\n%s\n%s\nwant %d\n%s\n%s", code, out.String(), errb.String(), tc.code, tc.out, tc.err)
			}
		})
	}
}

// An uncaught error in a file the shell imported quotes its code, as run's
// report does: "o.foo is not a function", not goja's "Object has no member".
func TestImportedErrorQuotesTheCode(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if err := os.WriteFile("lib.mjs", []byte("export function f() {\n  const handlers = {};\n  handlers.onEvent();\n}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, out, errs := runPiped(t, "const { f } = await import('./lib.mjs')\nf()\n")
	want := "Uncaught TypeError: handlers.onEvent is not a function\n    at f (" + filepath.Join(dir, "lib.mjs") + ":3:12)\n"
	if out != "undefined\n" || !strings.HasPrefix(errs, want) {
		t.Errorf("stdout %q\nstderr %q\nwant stderr to start with %q", out, errs, want)
	}
}
