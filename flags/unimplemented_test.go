package flags

import (
	"strings"
	"testing"
	"time"
)

func TestWorkerdFlagsData(t *testing.T) {
	if len(WorkerdFlags()) < 150 {
		t.Fatalf("only %d workerd flags: workerd-flags.tsv is truncated", len(WorkerdFlags()))
	}
	known := map[string]bool{}
	for _, f := range WorkerdFlags() {
		known[f.Enable], known[f.Disable] = true, true
	}
	for _, f := range Registry {
		if !known[f.Name] || !known[f.Negation] {
			t.Errorf("%s / %s: implemented but not in workerd-flags.tsv", f.Name, f.Negation)
		}
	}
}

func TestUnimplementedAndFallback(t *testing.T) {
	now := time.Date(2026, 12, 20, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name, date string
		flags      []string
		want       []string // "E text" or "W text" prefixes
		resolved   string   // the Set's date when valid
	}{
		{"a flag workerd knows warns and runs", "2025-08-15", []string{"url_standard"},
			[]string{"W The compatibility flag url_standard is known to workerd but not implemented by mcrepl: it changes nothing but Cloudflare.compatibilityFlags."}, "2025-08-15"},
		{"its contradiction is an error", "2025-08-15", []string{"url_standard", "url_original"},
			[]string{"E Compatibility flags are mutually contradictory: url_standard vs url_original",
				"W The compatibility flag url_standard", "W The compatibility flag url_original"}, ""},
		{"an unknown flag is still an error", "2025-08-15", []string{"url_standard", "nonsense_flag"},
			[]string{"E No such compatibility flag: nonsense_flag", "W The compatibility flag url_standard"}, ""},
		{"a date past mcrepl's newest, not in the future, falls back", "2026-12-01", nil,
			[]string{`W The latest compatibility date supported by mcrepl is "` + NewestDate + `", but you've requested "2026-12-01". Falling back to "` + NewestDate + `"...`}, NewestDate},
		{"a date in the future is still an error", "2027-01-01", nil,
			[]string{`E This Worker requires compatibility date "2027-01-01"`, `E Can't set compatibility date in the future`}, ""},
	} {
		set, report := Validate(c.date, c.flags, now)
		if len(report) != len(c.want) {
			t.Errorf("%s: %d messages %v, want %d", c.name, len(report), report, len(c.want))
			continue
		}
		for i, m := range report {
			kind := "E "
			if m.Kind == Warning {
				kind = "W "
			}
			if !strings.HasPrefix(kind+m.Text, c.want[i]) {
				t.Errorf("%s: message %d is %q, want %q", c.name, i, kind+m.Text, c.want[i])
			}
		}
		if c.resolved == "" {
			if set != nil {
				t.Errorf("%s: a Set despite errors", c.name)
			}
		} else if set == nil || set.Date() != c.resolved {
			t.Errorf("%s: Set %v, want date %s", c.name, set, c.resolved)
		}
	}
}
