package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/mcrepl/mcrepl/internal/engine/early"
)

// TestSupervisors runs the process boundary's cases against both
// supervisors: the C one that forks before the Go runtime starts (package
// internal/engine/early: this test binary, as testscript's mcrepl, when
// built with cgo) and the Go one that re-executes the binary (package
// internal/engine/supervisor: a build with CGO_ENABLED=0, made here).
func TestSupervisors(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the supervisors' Linux behaviour (Pdeathsig, /proc)")
	}
	bins := map[string]string{}
	if early.Available {
		bin, err := exec.LookPath("mcrepl")
		if err != nil {
			t.Skip("mcrepl is not on PATH (testscript puts it there)")
		}
		bins["c"] = bin
	}
	if testing.Short() {
		t.Log("-short: the Go supervisor's build (CGO_ENABLED=0) is skipped")
	} else if gobin, err := exec.LookPath("go"); err != nil {
		t.Log("no go command: the Go supervisor's build is skipped")
	} else {
		out := filepath.Join(t.TempDir(), "mcrepl")
		build := exec.Command(gobin, "build", "-o", out, ".")
		build.Env = append(os.Environ(), "CGO_ENABLED=0")
		if b, err := build.CombinedOutput(); err != nil {
			t.Fatalf("CGO_ENABLED=0 go build: %v\n%s", err, b)
		}
		bins["go"] = out
	}
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	ok := write("ok.js", "console.log('ok')\n")
	forever := write("forever.js", "setInterval(() => {}, 1000); console.log('started')\n")

	for name, bin := range bins {
		t.Run(name, func(t *testing.T) {
			run := func(env []string, args ...string) (string, string, int) {
				t.Helper()
				cmd := exec.Command(bin, args...)
				cmd.Env = append(os.Environ(), env...)
				var stdout, stderr strings.Builder
				cmd.Stdout, cmd.Stderr = &stdout, &stderr
				err := cmd.Run()
				code := 0
				var ee *exec.ExitError
				if errors.As(err, &ee) {
					code = ee.ExitCode()
				} else if err != nil {
					t.Fatal(err)
				}
				return stdout.String(), stderr.String(), code
			}
			if out, errs, code := run(nil, "run", ok); out != "ok\n" || errs != "" || code != 0 {
				t.Errorf("ok.js: %q %q %d", out, errs, code)
			}
			if out, errs, code := run([]string{"MCREPL_TEST_CRASH=stack overflow"}, "run", ok); out != "" || errs != "mcrepl: the JavaScript engine crashed: stack overflow\n" || code != 1 {
				t.Errorf("stack overflow: %q %q %d", out, errs, code)
			}
			if _, errs, code := run([]string{"MCREPL_TEST_CRASH=panic"}, "run", ok); !strings.HasPrefix(errs, "mcrepl: internal error: deliberate panic") || strings.Contains(errs, "goroutine ") || code != 1 {
				t.Errorf("panic: %q %d", errs, code)
			}
			if _, errs, code := run([]string{"MCREPL_TEST_CRASH=hang"}, "run", "--timeout", "200ms", ok); errs != "mcrepl: timed out after 200ms\n" || code != 124 {
				t.Errorf("hang: %q %d", errs, code)
			}
			// A diagnostic of the engine's Go runtime reaches the user as it is.
			if out, errs, code := run([]string{"GODEBUG=inittrace=1"}, "run", ok); out != "ok\n" || !strings.Contains(errs, "init runtime @") || code != 0 {
				t.Errorf("GODEBUG: %q %.200q %d", out, errs, code)
			}

			// A closed standard error or input is /dev/null to the engine, as the
			// Go runtime makes it: the script still runs.
			if sh, err := exec.LookPath("sh"); err == nil {
				for _, redir := range []string{"2>&-", "<&-", "<&- 2>&-"} {
					out, err := exec.Command(sh, "-c", `exec "$0" run "$1" `+redir, bin, ok).Output()
					if string(out) != "ok\n" || err != nil {
						t.Errorf("run ok.js %s: %q, %v", redir, out, err)
					}
				}
			}

			// SIGTERM to the supervisor reaches the engine, and the
			// supervisor dies of it too; a killed supervisor takes its
			// engine with it.
			for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGKILL} {
				cmd := exec.Command(bin, "run", forever)
				stdout, err := cmd.StdoutPipe()
				if err != nil {
					t.Fatal(err)
				}
				if err := cmd.Start(); err != nil {
					t.Fatal(err)
				}
				buf := make([]byte, 8)
				if n, _ := stdout.Read(buf); !strings.HasPrefix(string(buf[:n]), "started") {
					t.Fatalf("forever.js printed %q", buf[:n])
				}
				child := childOf(t, cmd.Process.Pid)
				_ = cmd.Process.Signal(sig)
				err = cmd.Wait()
				var ee *exec.ExitError
				if !errors.As(err, &ee) || ee.Sys().(syscall.WaitStatus).Signal() != sig {
					t.Errorf("%v: the supervisor ended with %v, want death by the signal", sig, err)
				}
				deadline := time.Now().Add(10 * time.Second)
				for {
					b, err := os.ReadFile("/proc/" + strconv.Itoa(child) + "/stat")
					if err != nil || strings.Contains(string(b), ") Z ") {
						break
					}
					if time.Now().After(deadline) {
						t.Errorf("%v: the engine %d outlived its supervisor", sig, child)
						_ = syscall.Kill(child, syscall.SIGKILL)
						break
					}
					time.Sleep(20 * time.Millisecond)
				}
			}
		})
	}
}
