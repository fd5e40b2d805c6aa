//go:build pprof

package command

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestProfiles(t *testing.T) {
	dir := t.TempDir()
	cpu, heap := filepath.Join(dir, "cpu.out"), filepath.Join(dir, "heap.out")
	e, stdout, stderr := testEnv("", map[string]string{CPUProfileEnv: cpu, HeapProfileEnv: heap})
	script := filepath.Join(dir, "x.js")
	if err := os.WriteFile(script, []byte("console.log(structuredClone([1, 2]).length)"), 0o644); err != nil {
		t.Fatal(err)
	}
	stop := e.startProfiles()
	code := e.run([]string{"mcrepl", "run", script})
	stop()
	if code != ExitOK || stdout.String() != "2\n" || stderr.Len() != 0 {
		t.Fatalf("code %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	for _, p := range []string{cpu, heap} {
		if fi, err := os.Stat(p); err != nil || fi.Size() == 0 {
			t.Errorf("%s: %v (want a non-empty profile)", p, err)
		}
	}
}

func TestProfileUnwritable(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "no", "such", "dir", "cpu.out")
	e, _, stderr := testEnv("", map[string]string{CPUProfileEnv: bad})
	e.startProfiles()()
	if got := stderr.String(); !strings.HasPrefix(got, "mcrepl: MCREPL_CPUPROFILE: ") || strings.Count(got, "\n") != 1 {
		t.Errorf("stderr %q, want one line naming MCREPL_CPUPROFILE", got)
	}
}
