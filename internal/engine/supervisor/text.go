package supervisor

// The few string functions the supervisor needs. Package strings is not
// imported: it imports package unicode, whose tables are initialised late
// in the init order, and with it every package this one must precede (see
// supervisor.go).

func hasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }

func hasSuffix(s, p string) bool { return len(s) >= len(p) && s[len(s)-len(p):] == p }

func cutPrefix(s, p string) (string, bool) {
	if hasPrefix(s, p) {
		return s[len(p):], true
	}
	return s, false
}

// cut slices s around the first sep: what is before and what is after
// (all of s and "" without sep).
func cut(s, sep string) (before, after string) {
	for i := 0; i+len(sep) <= len(s); i++ {
		if s[i:i+len(sep)] == sep {
			return s[:i], s[i+len(sep):]
		}
	}
	return s, ""
}

// trimSpace drops ASCII white space at both ends (what a Go crash dump has).
func trimSpace(s string) string {
	space := func(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' }
	for len(s) > 0 && space(s[0]) {
		s = s[1:]
	}
	for len(s) > 0 && space(s[len(s)-1]) {
		s = s[:len(s)-1]
	}
	return s
}
