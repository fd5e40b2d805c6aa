package repl

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestCompleteCommandArgs(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "session.js"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		before string
		want   []string
		n      int
	}{
		{".reset --f", []string{"lag "}, 3},
		{".reset --compat", []string{"ibility-date ", "-date ", "ibility-flag "}, 8},
		{".reset --flag expose_", []string{"global_message_channel "}, 7},
		{".reset --flag no_expose", []string{"_global_message_channel "}, 9},
		{".trace a", []string{"ll "}, 1},
		{".trace ", []string{"events ", "all ", "off "}, 0},
		{".trace all ", nil, 0},
		{".load " + dir + "/s", []string{"ession.js", "ub/"}, len(dir) + 2},
	} {
		out, n, ok := completeCommandArgs(tc.before)
		var got []string
		for _, r := range out {
			got = append(got, string(r))
		}
		if !ok || n != tc.n || !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: got %q, %d, %v; want %q, %d", tc.before, got, n, ok, tc.want, tc.n)
		}
	}
	if _, _, ok := completeCommandArgs(".nosuch x"); ok {
		t.Error("an unknown command got argument completion")
	}
}
