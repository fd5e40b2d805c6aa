package flags

import (
	_ "embed"
	"strings"
	"sync"
)

// workerdFlagsData is every compatibility flag of WorkerdRelease:
// workerd-flags.tsv, extracted from the binary's embedded schema.
//
//go:embed workerd-flags.tsv
var workerdFlagsData string

// WorkerdFlag is one of workerd's flags: its enable and disable names
// (Disable is "" for a flag that has none), and the date from which workerd
// turns it on by default ("always", or "" for never).
type WorkerdFlag struct{ Enable, Disable, Date string }

// OnByDefault reports whether workerd turns f on at date (YYYY-MM-DD) when
// no flag names it.
func (f WorkerdFlag) OnByDefault(date string) bool {
	return f.Date == "always" || f.Date != "" && f.Date <= date
}

// WorkerdFlags lists every compatibility flag workerd knows, implemented by
// mcrepl or not, in workerd's schema order. It is parsed on first use: a
// run that names no flag never needs it. (A sync.Once and a function, not a
// package-level sync.OnceValue, whose call would give the package an init
// function that every start runs.)
func WorkerdFlags() []WorkerdFlag {
	workerdFlagsOnce.Do(func() { workerdFlags = parseWorkerdFlags(workerdFlagsData) })
	return workerdFlags
}

var (
	workerdFlagsOnce sync.Once
	workerdFlags     []WorkerdFlag
)

func parseWorkerdFlags(data string) []WorkerdFlag {
	var out []WorkerdFlag
	for _, line := range strings.Split(data, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		en, rest, _ := strings.Cut(line, "\t")
		dis, date, _ := strings.Cut(rest, "\t")
		out = append(out, WorkerdFlag{en, dis, date})
	}
	return out
}

// Unimplemented reports whether name is a flag workerd knows and mcrepl
// does not implement.
func Unimplemented(name string) bool {
	if _, _, ok := Lookup(name); ok || name == "" {
		return false
	}
	for _, f := range WorkerdFlags() {
		if name == f.Enable || name == f.Disable {
			return true
		}
	}
	return false
}
