package flags

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
)

var dateShape = regexp.MustCompile(`^2\d{3}-(\d{2})-(\d{2})$`)

// FuzzValidDate checks ValidDate against a plain reading of workerd's rule.
func FuzzValidDate(f *testing.F) {
	for _, s := range []string{"2025-08-15", "2025-02-30", "2025-8-15", "2025-13-01", "", "3000-01-01"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := false
		if m := dateShape.FindStringSubmatch(s); m != nil {
			month, _ := strconv.Atoi(m[1])
			day, _ := strconv.Atoi(m[2])
			want = month >= 1 && month <= 12 && day >= 1 && day <= 31
		}
		if got := ValidDate(s); got != want {
			t.Errorf("ValidDate(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzValidate never panics, returns a Set exactly when there is no error,
// and only ever says workerd's sentences.
func FuzzValidate(f *testing.F) {
	f.Add("2025-08-15", "expose_global_message_channel")
	f.Add("2025-8-15", "zzz,expose_global_message_channel,no_expose_global_message_channel,expose_global_message_channel,aaa")
	f.Fuzz(func(t *testing.T, date, list string) {
		var names []string
		if list != "" {
			names = strings.Split(list, ",")
		}
		set, report := Validate(date, names, today)
		if (set == nil) != report.HasErrors() {
			t.Fatalf("set = %v, errors = %v", set, report.HasErrors())
		}
		for _, m := range report {
			if !knownMessage(m.Text) {
				t.Errorf("unexpected message %q", m.Text)
			}
		}
		if set != nil && set.Date() != date {
			t.Errorf("set date %q, want %q", set.Date(), date)
		}
	})
}

func knownMessage(s string) bool {
	for _, p := range []string{"Compatibility flag specified multiple times: ", "Invalid compatibility date: ",
		"This Worker requires compatibility date ", "Can't set compatibility date in the future: ",
		"Compatibility flags are mutually contradictory: ", "No such compatibility flag: ",
		"The compatibility flag "} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}
