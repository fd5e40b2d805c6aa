package command

import (
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/mcrepl/mcrepl/flags"
	"github.com/mcrepl/mcrepl/loader"
)

// config validates the compatibility settings as workerd does and prints its
// messages on stderr, each on its own line: errors as "mcrepl: TEXT",
// warnings as "mcrepl: warning: TEXT", TEXT being workerd's message word for
// word. Errors end the command with ExitUsage; warnings do not.
func (e *env) config(s settings) (*flags.Set, error) {
	date := s.date
	if !s.dateSet {
		date = flags.DefaultDate(e.now())
	}
	set, report := flags.Validate(date, s.names, e.now())
	for _, m := range report {
		if m.Kind == flags.Warning {
			fmt.Fprintf(e.stderr, "%s: warning: %s\n", name, m.Text)
		} else {
			fmt.Fprintf(e.stderr, "%s: %s\n", name, m.Text)
		}
	}
	if !report.HasErrors() {
		return set, nil
	}
	for _, h := range hints(s.names) {
		fmt.Fprintf(e.stderr, "%s: %s\n", name, h)
	}
	return nil, silent(ExitUsage)
}

// hints follow the messages of a failed validation: a guess for each unknown
// flag that is a near miss of a known one, and where to find the list.
func hints(names []string) []string {
	var out []string
	unknown := false
	seen := map[string]bool{}
	for _, n := range names {
		if _, _, ok := flags.Lookup(n); ok || seen[n] {
			continue
		}
		seen[n], unknown = true, true
		if guess := nearest(n); guess != "" {
			out = append(out, fmt.Sprintf("%s: did you mean %s?", n, guess))
		}
	}
	if unknown {
		out = append(out, "'mcrepl flags' lists the compatibility flags mcrepl implements; a flag workerd knows and mcrepl does not is accepted with a warning.")
	}
	return out
}

// nearest is the known flag name closest to n, ignoring case, if it is
// within a few edits; "" otherwise.
func nearest(n string) string {
	best, bestDist := "", 4
	for _, f := range flags.Registry {
		for _, known := range []string{f.Name, f.Negation} {
			if d := distance(strings.ToLower(n), known); d < bestDist {
				best, bestDist = known, d
			}
		}
	}
	return best
}

// distance is the Levenshtein distance between a and b, in bytes.
func distance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// resolve reads the options of c and validates the compatibility
// configuration they give: every command starts with it.
func (e *env) resolve(c *cli.Context) (settings, *flags.Set, error) {
	s, err := e.settings(c)
	if err != nil {
		return s, nil, err
	}
	if err := e.applyWrangler(&s); err != nil {
		return s, nil, err
	}
	// What imports may read besides the entry's project (loader/boundary.go).
	loader.SetReadable(s.perms.Read)
	set, err := e.config(s)
	return s, set, err
}
