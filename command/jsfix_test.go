package command

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExtraArgumentsEveryPath checks that every way code reaches the engine
// (a classic script, a module with and without imports, the shell) is
// compiled through internal/jsfix: an extra argument does not become a
// captured var's value (goja alone gives 3).
func TestExtraArgumentsEveryPath(t *testing.T) {
	dir := t.TempDir()
	body := "function f(a) { var e; return () => a + e }\nconsole.log(String(f(1, 2)()));\n"
	write := func(name, src string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("dep.mjs", "export const x = 1;\n")
	for _, tc := range []struct {
		name string
		args []string
		in   string
	}{
		{"classic", []string{"run", write("c.js", body)}, ""},
		{"module", []string{"run", write("m.mjs", "import { x } from './dep.mjs';\n"+body)}, ""},
		{"direct module", []string{"run", write("d.mjs", body+"export default {};\n")}, ""},
		{"shell", []string{"--no-color"}, body},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, stdout, stderr := testEnv(tc.in, nil)
			if code := e.run(append([]string{"mcrepl"}, tc.args...)); code != ExitOK {
				t.Fatalf("exit %d; stderr:\n%s", code, stderr)
			}
			if !strings.Contains(stdout.String(), "NaN") || strings.Contains(stdout.String(), "\n3\n") {
				t.Fatalf("stdout %q, want NaN (goja alone prints 3)", stdout)
			}
		})
	}
}
