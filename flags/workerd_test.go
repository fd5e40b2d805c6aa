package flags

import (
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestAgainstWorkerd validates random configurations with Validate and with
// the real workerd binary, and compares the messages and their order. It
// runs only when WORKERD names the binary (as for
// testdata/conformance/record.sh), e.g.
//
//	WORKERD=/path/to/node_modules/@cloudflare/workerd-linux-64/bin/workerd go test -run Workerd ./flags/
//
// The binary uses the real clock, and so does this test.
func TestAgainstWorkerd(t *testing.T) {
	bin := os.Getenv("WORKERD")
	if bin == "" {
		t.Skip("WORKERD is not set")
	}
	pool := []string{"aaa", "zzz", "Bogus", ""}
	for _, f := range Registry {
		pool = append(pool, f.Name, f.Negation)
	}
	dates := []string{"2025-08-15", "2021-11-03", "2026-09-15", "2024-09-26", "2025-8-15", "2099-01-01",
		NewestDate, "2025-02-30", "2026-04-21", "2025-08-01", "", Today(time.Now())}
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 100; i++ {
		date := dates[r.Intn(len(dates))]
		var names []string
		for n := r.Intn(7); n > 0; n-- {
			names = append(names, pool[r.Intn(len(pool))])
		}
		want := workerdMessages(t, bin, date, names)
		_, report := Validate(date, names, time.Now())
		var got []string
		for _, m := range report {
			got = append(got, m.Text)
		}
		if date > NewestDate && date <= Today(time.Now()) && len(date) == len(NewestDate) {
			// A date after mcrepl's newest that is not in the future falls back
			// with a warning where workerd refuses it (docs/differences.md): the
			// two date messages differ on purpose; the others must still agree.
			got, want = withoutDateMessage(got), withoutDateMessage(want)
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("date=%q flags=%q\ngot  %q\nwant %q", date, names, got, want)
		}
	}
}

// withoutDateMessage drops the message about a date newer than the newest
// supported one (mcrepl's warning or workerd's refusal).
func withoutDateMessage(msgs []string) []string {
	var out []string
	for _, m := range msgs {
		if strings.Contains(m, "newest date supported") || strings.Contains(m, "latest compatibility date supported") {
			continue
		}
		out = append(out, m)
	}
	return out
}

// workerdMessages runs `workerd test` on an empty Worker with date and
// names, and returns its "service main: " messages.
func workerdMessages(t *testing.T, bin, date string, names []string) []string {
	dir := t.TempDir()
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = fmt.Sprintf("%q", n)
	}
	config := fmt.Sprintf(`using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = ( services = [ (name = "main", worker = .w) ] );
const w :Workerd.Worker = (
  modules = [ (name = "worker", esModule = embed "worker.js") ],
  compatibilityDate = %q,
  compatibilityFlags = [%s],
);
`, date, strings.Join(quoted, ","))
	for name, text := range map[string]string{
		"worker.js":    "export default { async test() {} };\n",
		"config.capnp": config,
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, _ := exec.Command(bin, "test", filepath.Join(dir, "config.capnp")).CombinedOutput()
	var msgs []string
	for _, line := range strings.Split(string(out), "\n") {
		if _, msg, ok := strings.Cut(line, "service main: "); ok {
			msgs = append(msgs, msg)
		}
	}
	return msgs
}
