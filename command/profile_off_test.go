//go:build !pprof

package command

import "testing"

func TestProfilesNeedTheTag(t *testing.T) {
	e, _, stderr := testEnv("", map[string]string{CPUProfileEnv: "cpu.out"})
	e.startProfiles()()
	want := "mcrepl: MCREPL_CPUPROFILE is ignored: profiling needs a build with it (go build -tags pprof)\n"
	if stderr.String() != want {
		t.Errorf("stderr %q, want %q", stderr.String(), want)
	}
}
