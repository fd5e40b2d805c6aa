package flags

import (
	"bufio"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// today is the clock the recorded workerd outputs were made with.
var today = time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)

const (
	expose          = "expose_global_message_channel"
	noExpose        = "no_expose_global_message_channel"
	redundantExpose = "The compatibility flag expose_global_message_channel became the default as of 2025-08-15 so does not need to be specified anymore."
)

func TestValidate(t *testing.T) {
	tests := []struct {
		name  string
		date  string
		flags []string
		want  []string // "E text" or "W text"
	}{
		{"clean", "2025-08-15", nil, nil},
		{"unknown", "2025-08-15", []string{"expose_global_message_channels"},
			[]string{"E No such compatibility flag: expose_global_message_channels"}},
		{"case sensitive", "2025-08-15", []string{"NO_EXPOSE_GLOBAL_MESSAGE_CHANNEL"},
			[]string{"E No such compatibility flag: NO_EXPOSE_GLOBAL_MESSAGE_CHANNEL"}},
		{"contradiction names enable first", "2025-08-14", []string{noExpose, expose},
			[]string{"E Compatibility flags are mutually contradictory: expose_global_message_channel vs no_expose_global_message_channel"}},
		{"contradiction at default date also warns", "2025-08-15", []string{noExpose, expose},
			[]string{"E Compatibility flags are mutually contradictory: expose_global_message_channel vs no_expose_global_message_channel",
				"W " + redundantExpose}},
		{"duplicate", "2025-08-14", []string{expose, expose},
			[]string{"E Compatibility flag specified multiple times: expose_global_message_channel"}},
		{"duplicate reported per repeat", "2025-08-15", []string{"xa", "xb", "xb", "xa", "xa"},
			[]string{"E Compatibility flag specified multiple times: xb",
				"E Compatibility flag specified multiple times: xa",
				"E Compatibility flag specified multiple times: xa",
				"E No such compatibility flag: xa",
				"E No such compatibility flag: xb"}},
		{"redundant warning only", "2025-08-15", []string{expose}, []string{"W " + redundantExpose}},
		{"redundant negation is silent", "2021-11-03", []string{noExpose}, nil},
		{"malformed date", "2025-8-15", nil, []string{"E Invalid compatibility date: 2025-8-15"}},
		{"empty date", "", nil, []string{"E Invalid compatibility date: "}},
		{"month 13", "2025-13-01", nil, []string{"E Invalid compatibility date: 2025-13-01"}},
		{"day not checked against month", "2025-02-30", nil, nil},
		{"invalid date gives no warnings", "2025-8-15", []string{expose, "bogus"},
			[]string{"E Invalid compatibility date: 2025-8-15", "E No such compatibility flag: bogus"}},
		{"beyond newest and today", "2099-01-01", []string{expose},
			[]string{`E This Worker requires compatibility date "2099-01-01", but the newest date supported by this server binary is "2026-11-30".`,
				`E Can't set compatibility date in the future: "2099-01-01". Today's date (UTC) is "2026-11-23".`,
				"W " + redundantExpose}},
		{"tomorrow is only in the future", "2026-11-24", nil,
			[]string{`E Can't set compatibility date in the future: "2026-11-24". Today's date (UTC) is "2026-11-23".`}},
		{"unknown flags in kj hash set order", "2025-08-15", []string{expose, "zzz", "aaa", "bbb"},
			[]string{"E No such compatibility flag: bbb", "E No such compatibility flag: zzz",
				"E No such compatibility flag: aaa", "W " + redundantExpose}},
		{"enable erased before negation", "2025-08-15", []string{noExpose, expose, "zzz", "aaa"},
			[]string{"E Compatibility flags are mutually contradictory: expose_global_message_channel vs no_expose_global_message_channel",
				"E No such compatibility flag: zzz", "E No such compatibility flag: aaa", "W " + redundantExpose}},
		{"erasures across several flags", "2025-08-15",
			[]string{"do_not_set_tostring_tag", "no_set_event_target_this", "set_tostring_tag", "q1", "set_event_target_this", "q2", "q3"},
			[]string{"E Compatibility flags are mutually contradictory: set_tostring_tag vs do_not_set_tostring_tag",
				"E Compatibility flags are mutually contradictory: set_event_target_this vs no_set_event_target_this",
				"E No such compatibility flag: q2", "E No such compatibility flag: q1", "E No such compatibility flag: q3",
				"W The compatibility flag set_tostring_tag became the default as of 2024-09-26 so does not need to be specified anymore.",
				"W The compatibility flag set_event_target_this became the default as of 2025-08-01 so does not need to be specified anymore."}},
		{"all warnings in schema order", "2026-09-15",
			[]string{"spec_compliant_dispatch_exceptions", "enhanced_error_serialization", expose, "set_event_target_this", "set_tostring_tag"},
			[]string{"W The compatibility flag set_tostring_tag became the default as of 2024-09-26 so does not need to be specified anymore.",
				"W The compatibility flag set_event_target_this became the default as of 2025-08-01 so does not need to be specified anymore.",
				"W " + redundantExpose,
				"W The compatibility flag enhanced_error_serialization became the default as of 2026-04-21 so does not need to be specified anymore.",
				"W The compatibility flag spec_compliant_dispatch_exceptions became the default as of 2026-09-15 so does not need to be specified anymore."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			set, report := Validate(tt.date, tt.flags, today)
			got := render(report)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Validate(%q, %q):\ngot  %q\nwant %q", tt.date, tt.flags, got, tt.want)
			}
			if (set == nil) != report.HasErrors() {
				t.Errorf("set = %v with errors = %v", set, report.HasErrors())
			}
		})
	}
}

func render(r Report) []string {
	var out []string
	for _, m := range r {
		k := "E "
		if m.Kind == Warning {
			k = "W "
		}
		out = append(out, k+m.Text)
	}
	return out
}

// TestValidateRecorded replays the configuration of every recorded workerd
// case (testdata/conformance, cases 8xx) and compares the report with the
// "service main: " lines workerd printed, in order.
func TestValidateRecorded(t *testing.T) {
	cases, err := filepath.Glob("../testdata/conformance/cases/8*.js")
	if err != nil || len(cases) == 0 {
		t.Fatalf("no recorded cases: %v", err)
	}
	for _, c := range cases {
		name := strings.TrimSuffix(filepath.Base(c), ".js")
		t.Run(name, func(t *testing.T) {
			date, names := header(t, c)
			meta, err := os.ReadFile(filepath.Join("../testdata/conformance/expected", name+".meta"))
			if err != nil {
				t.Fatal(err)
			}
			var want []string
			exit := ""
			for _, line := range strings.Split(string(meta), "\n") {
				if text, ok := strings.CutPrefix(line, "service main: "); ok && !strings.HasPrefix(text, "Uncaught") {
					want = append(want, text)
				}
				if v, ok := strings.CutPrefix(line, "exit: "); ok {
					exit = v
				}
			}
			set, report := Validate(date, names, today)
			var got []string
			for _, m := range report {
				got = append(got, m.Text)
			}
			if !slices.Equal(got, want) {
				t.Errorf("date=%s flags=%q:\ngot  %q\nwant %q", date, names, got, want)
			}
			if report.HasErrors() != (exit != "0") && !strings.Contains(name, "syntax") {
				t.Errorf("errors = %v, but workerd exited %s", report.HasErrors(), exit)
			}
			if !report.HasErrors() && set.Date() != date {
				t.Errorf("set date %q, want %q", set.Date(), date)
			}
		})
	}
}

// header reads a case's "// config: date=... flags=a,b" line, with the
// corpus defaults.
func header(t *testing.T, path string) (date string, names []string) {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	date = "2025-08-15"
	sc := bufio.NewScanner(f)
	if !sc.Scan() {
		return date, nil
	}
	line, ok := strings.CutPrefix(sc.Text(), "// config:")
	if !ok {
		return date, nil
	}
	for _, kv := range strings.Fields(line) {
		if v, ok := strings.CutPrefix(kv, "date="); ok {
			date = v
		}
		if v, ok := strings.CutPrefix(kv, "flags="); ok && v != "" {
			names = strings.Split(v, ",")
		}
	}
	return date, names
}

func TestResolve(t *testing.T) {
	tests := []struct {
		date  string
		flags []string
		name  string
		on    bool
		why   string
	}{
		{"2025-08-14", nil, expose, false, "by date"},
		{"2025-08-15", nil, expose, true, "by date"},
		{"2025-08-14", []string{expose}, expose, true, "by flag " + expose},
		{"2025-08-15", []string{noExpose}, expose, false, "by flag " + noExpose},
		{"2025-02-30", nil, "set_tostring_tag", true, "by date"},
		{"2026-09-15", nil, "spec_compliant_dispatch_exceptions", true, "by date"},
		{"2026-09-14", nil, "spec_compliant_dispatch_exceptions", false, "by date"},
	}
	for _, tt := range tests {
		s := Resolve(tt.date, tt.flags)
		if s.Enabled(tt.name) != tt.on || s.Reason(tt.name) != tt.why {
			t.Errorf("Resolve(%s, %q): %s = %v %q, want %v %q", tt.date, tt.flags, tt.name,
				s.Enabled(tt.name), s.Reason(tt.name), tt.on, tt.why)
		}
	}
	s := Resolve("2025-08-15", []string{noExpose})
	if s.Date() != "2025-08-15" || !slices.Equal(s.Flags(), []string{noExpose}) {
		t.Errorf("Date, Flags = %q, %q", s.Date(), s.Flags())
	}
	if s.Reason("nope") != "" || s.Enabled("nope") {
		t.Errorf("unregistered name has a state")
	}
}

func TestValidDate(t *testing.T) {
	tests := map[string]bool{
		"2025-08-15": true, "2025-02-30": true, "2000-01-01": true, "2999-12-31": true,
		"2025-8-15": false, "2025-13-01": false, "2025-00-10": false, "2025-01-00": false,
		"2025-01-32": false, "1999-01-01": false, "3000-01-01": false, "": false,
		" 2025-01-01": false, "2025-01-01 ": false, "2025/01/01": false, "2025-0a-01": false,
		"２025-01-01": false,
	}
	for in, want := range tests {
		if got := ValidDate(in); got != want {
			t.Errorf("ValidDate(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestDefaultDate(t *testing.T) {
	tests := []struct {
		now  time.Time
		want string
	}{
		{time.Date(2026, 1, 2, 3, 0, 0, 0, time.UTC), "2026-01-02"},
		{time.Date(2026, 1, 2, 23, 0, 0, 0, time.FixedZone("west", -5*3600)), "2026-01-03"},
		{time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC), NewestDate},
	}
	for _, tt := range tests {
		if got := DefaultDate(tt.now); got != tt.want {
			t.Errorf("DefaultDate(%v) = %s, want %s", tt.now, got, tt.want)
		}
	}
}

func TestRegistry(t *testing.T) {
	seen := map[string]bool{}
	for _, f := range Registry {
		for _, n := range []string{f.Name, f.Negation} {
			if seen[n] {
				t.Errorf("%s registered twice", n)
			}
			seen[n] = true
		}
		if f.EnableDate != "" && !ValidDate(f.EnableDate) {
			t.Errorf("%s: bad enable date %q", f.Name, f.EnableDate)
		}
		if f.EnableDate > NewestDate {
			t.Errorf("%s: enable date after NewestDate", f.Name)
		}
	}
	if !ValidDate(NewestDate) {
		t.Errorf("NewestDate %q is not a valid date", NewestDate)
	}
}
