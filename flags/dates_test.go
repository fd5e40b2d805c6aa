package flags

import (
	"testing"
	"time"
)

// recordedUntil is the last date the third column of workerd-flags.tsv was
// recorded at (the workerd binary's own date): later dates are not known.
const recordedUntil = "2026-11-23"

// TestRegistryDatesMatchWorkerd: every flag mcrepl implements is on by
// default at the dates workerd's Cloudflare.compatibilityFlags shows it on
// (the third column of workerd-flags.tsv, recorded from the binary, where an
// implied flag is on from the date of what implies it), checked the day
// before and the day of every recorded and registered date.
func TestRegistryDatesMatchWorkerd(t *testing.T) {
	byName := map[string]WorkerdFlag{}
	var dates []string
	for _, f := range WorkerdFlags() {
		byName[f.Enable] = f
		if len(f.Date) == 10 {
			dates = append(dates, f.Date)
		}
	}
	for _, f := range Registry {
		if f.EnableDate != "" {
			dates = append(dates, f.EnableDate)
		}
	}
	var probe []string
	for _, d := range dates {
		day, err := time.Parse(time.DateOnly, d)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range []string{day.AddDate(0, 0, -1).Format(time.DateOnly), d} {
			if p <= recordedUntil {
				probe = append(probe, p)
			}
		}
	}
	for _, f := range Registry {
		w, ok := byName[f.Name]
		if !ok {
			t.Errorf("%s: not in workerd-flags.tsv", f.Name)
			continue
		}
		for _, d := range probe {
			if got, want := Resolve(d, nil).Enabled(f.Name), w.OnByDefault(d); got != want {
				t.Errorf("%s at %s: mcrepl %v, workerd %v", f.Name, d, got, want)
				break
			}
		}
	}
}

// TestWorkerdStates: Set.Workerd resolves a flag mcrepl does not implement
// by its date, or by an explicit flag, the last one winning.
func TestWorkerdStates(t *testing.T) {
	state := func(s *Set, name string) (bool, bool) {
		for _, f := range s.Workerd() {
			if f.Name == name {
				return f.On, true
			}
		}
		return false, false
	}
	// brotli_content_encoding (not implemented by mcrepl) is on from 2024-04-29.
	for _, c := range []struct {
		date  string
		names []string
		want  bool
	}{
		{"2024-01-01", nil, false},
		{"2025-01-01", nil, true},
		{"2024-01-01", []string{"brotli_content_encoding"}, true},
		{"2025-01-01", []string{"no_brotli_content_encoding"}, false},
		{"2025-01-01", []string{"no_brotli_content_encoding", "brotli_content_encoding"}, true},
	} {
		got, ok := state(Resolve(c.date, c.names), "brotli_content_encoding")
		if !ok || got != c.want {
			t.Errorf("%s %v: brotli_content_encoding %v (found %v), want %v", c.date, c.names, got, ok, c.want)
		}
	}
	if got, _ := state(Resolve("2026-11-01", nil), "nodejs_compat"); !got {
		t.Errorf("nodejs_compat off at 2026-11-01")
	}
}
