package url

import "testing"

// TestEncodeSets checks the literal sets against their definitions, in the
// code that built them at start-up before they were literals.
func TestEncodeSets(t *testing.T) {
	newSet := func(base *encodeSet, extra string) *encodeSet {
		s := new(encodeSet)
		if base != nil {
			*s = *base
		} else {
			for c := 0; c < 0x20; c++ {
				s[c] = true
			}
			s[0x7f] = true
		}
		for i := 0; i < len(extra); i++ {
			s[extra[i]] = true
		}
		return s
	}
	c0 := newSet(nil, "")
	query := newSet(c0, " \"#<>")
	path := newSet(query, "?^`{}")
	fragment := newSet(c0, " \"<>`")
	for _, tc := range []struct {
		name      string
		got, want *encodeSet
	}{
		{"c0ControlSet", c0ControlSet, c0},
		{"fragmentSet", fragmentSet, fragment},
		{"querySet", querySet, query},
		{"specialQuerySet", specialQuerySet, newSet(query, "'")},
		{"pathSet", pathSet, path},
		{"userinfoSet", userinfoSet, newSet(path, "/:;=@[\\]|")},
		{"authorityStop", authorityStop, newSet(nil, "@/?#\\")},
		{"hostStop", hostStop, newSet(nil, ":[]/?#\\")},
		{"pathStop", pathStop, newSet(path, "/\\?#")},
		{"queryStop", queryStop, newSet(nil, "#")},
		{"fragmentStop", fragmentStop(), fragment},
	} {
		if *tc.got != *tc.want {
			for c := range tc.want {
				if tc.got[c] != tc.want[c] {
					t.Errorf("%s[%#x] = %v, want %v", tc.name, c, tc.got[c], tc.want[c])
				}
			}
		}
	}
}
