package flags

import (
	"strings"
	"testing"
)

// TestImplied checks workerd's $impliedByAfterDate against what the real
// binary showed (process.version and the Node.js globals at each date and
// flag combination, recorded in testdata/conformance cases 16xx).
func TestImplied(t *testing.T) {
	for _, tc := range []struct {
		date, flags string
		want        string // enable names that must be on, "-name" must be off
	}{
		{"2026-08-03", "", "-nodejs_compat -nodejs_compat_v2 -enable_nodejs_process_v2"},
		{"2026-08-04", "", "nodejs_compat nodejs_compat_v2 enable_nodejs_process_v2 enable_nodejs_global_timers"},
		{"2026-08-04", "no_nodejs_compat", "-nodejs_compat nodejs_compat_v2 -enable_nodejs_process_v2 -enable_nodejs_global_timers"},
		{"2026-08-04", "no_nodejs_compat_v2", "nodejs_compat -nodejs_compat_v2 enable_nodejs_process_v2"},
		{"2024-09-22", "nodejs_compat", "nodejs_compat -nodejs_compat_v2"},
		{"2024-09-23", "nodejs_compat", "nodejs_compat_v2 -enable_nodejs_process_v2"},
		{"2025-09-15", "nodejs_compat", "nodejs_compat_v2 enable_nodejs_process_v2 -enable_nodejs_global_timers"},
		{"2025-09-15", "nodejs_compat,disable_nodejs_process_v2", "-enable_nodejs_process_v2"},
		{"2025-01-01", "enable_nodejs_process_v2", "enable_nodejs_process_v2 -nodejs_compat"},
		{"2026-11-23", "", "-nodejs_process_version_24"},
		{"2026-11-24", "", "nodejs_process_version_24"},
	} {
		var names []string
		if tc.flags != "" {
			names = strings.Split(tc.flags, ",")
		}
		s := Resolve(tc.date, names)
		for _, w := range strings.Fields(tc.want) {
			name, on := strings.TrimPrefix(w, "-"), !strings.HasPrefix(w, "-")
			if s.Enabled(name) != on {
				t.Errorf("%s %q: %s is %v (%s), want %v", tc.date, tc.flags, name, s.Enabled(name), s.Reason(name), on)
			}
		}
	}
}
