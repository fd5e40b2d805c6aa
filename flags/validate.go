package flags

import (
	"fmt"
	"time"
)

// Kind says whether a Message stops the Worker from running.
type Kind int

const (
	// Error is a configuration error: nothing runs.
	Error Kind = iota
	// Warning is reported and the Worker runs anyway.
	Warning
)

// Message is one line of workerd's configuration report. Text is workerd's
// message word for word, without workerd's "service <name>: " prefix.
type Message struct {
	Kind Kind
	Text string
}

// Report is every message of one validation, in workerd's order.
type Report []Message

// HasErrors reports whether any message is an Error.
func (r Report) HasErrors() bool {
	for _, m := range r {
		if m.Kind == Error {
			return true
		}
	}
	return false
}

// Validate checks a compatibility date and a list of flag names exactly as
// workerd does, given the current time (for the future-date check), and
// returns the resolved Set, or nil when the report has an error.
//
// The report is in the order the real workerd binary prints it (which is
// not the order its documentation gives): all errors first, namely
// duplicated flags, then the date's errors, then contradictions in schema
// order, then unknown flags; then all "became the default" warnings in
// schema order. Unknown flags come out in the order of workerd's hash set,
// which moves its last entry into the hole left by each known flag it
// removes; that order is reproduced here.
func Validate(date string, names []string, now time.Time) (*Set, Report) {
	var errs, warns Report
	errorf := func(format string, args ...any) {
		errs = append(errs, Message{Error, fmt.Sprintf(format, args...)})
	}

	var set nameSet
	for _, n := range names {
		if !set.insert(n) {
			errorf("Compatibility flag specified multiple times: %s", n)
		}
	}

	effective := date
	resolved := date
	var fallback Report
	if !ValidDate(date) {
		errorf("Invalid compatibility date: %s", date)
		effective = fallbackDate
	} else {
		today := Today(now)
		switch {
		case date > NewestDate && date <= today:
			// What `wrangler init` writes on a day after mcrepl's release:
			// wrangler falls back to its runtime's newest date, and so
			// does mcrepl (workerd itself refuses it).
			fallback = Report{{Warning, fmt.Sprintf("The latest compatibility date supported by mcrepl is %q, but you've requested %q. Falling back to %q...", NewestDate, date, NewestDate)}}
			resolved, effective = NewestDate, NewestDate
		case date > NewestDate:
			errorf("This Worker requires compatibility date %q, but the newest date supported by this server binary is %q.", date, NewestDate)
		}
		if date > today {
			errorf("Can't set compatibility date in the future: %q. Today's date (UTC) is %q.", date, today)
		}
	}

	for _, f := range Registry {
		on, off := set.has(f.Name), set.has(f.Negation)
		if on && off {
			errorf("Compatibility flags are mutually contradictory: %s vs %s", f.Name, f.Negation)
		}
		if on && f.EnableDate != "" && effective >= f.EnableDate {
			warns = append(warns, Message{Warning, fmt.Sprintf(
				"The compatibility flag %s became the default as of %s so does not need to be specified anymore.",
				f.Name, f.EnableDate)})
		}
		set.erase(f.Name)
		set.erase(f.Negation)
	}
	// Flags workerd knows that mcrepl does not implement (from a real
	// wrangler configuration): contradictions are still errors, the
	// others a warning each, and the Worker runs without them.
	if len(set.names) > 0 { // none left: nothing to look up
		for _, f := range WorkerdFlags() {
			if f.Disable != "" && set.has(f.Enable) && set.has(f.Disable) && Unimplemented(f.Enable) {
				errorf("Compatibility flags are mutually contradictory: %s vs %s", f.Enable, f.Disable)
			}
		}
	}
	for _, n := range append([]string(nil), set.names...) {
		if Unimplemented(n) {
			warns = append(warns, Message{Warning, fmt.Sprintf(
				"The compatibility flag %s is known to workerd but not implemented by mcrepl: it changes nothing but Cloudflare.compatibilityFlags.", n)})
			set.erase(n)
		}
	}
	for _, n := range set.names {
		errorf("No such compatibility flag: %s", n)
	}

	report := append(append(errs, fallback...), warns...)
	if report.HasErrors() {
		return nil, report
	}
	return Resolve(resolved, names), report
}

// nameSet is an insertion-ordered set whose erase moves the last entry into
// the erased slot, like kj::HashSet, the set workerd keeps the flags in.
type nameSet struct {
	names []string
	index map[string]int
}

func (s *nameSet) insert(n string) bool {
	if s.index == nil {
		s.index = map[string]int{}
	}
	if _, dup := s.index[n]; dup {
		return false
	}
	s.index[n] = len(s.names)
	s.names = append(s.names, n)
	return true
}

func (s *nameSet) has(n string) bool {
	_, ok := s.index[n]
	return ok
}

func (s *nameSet) erase(n string) {
	i, ok := s.index[n]
	if !ok {
		return
	}
	last := len(s.names) - 1
	if i != last {
		s.names[i] = s.names[last]
		s.index[s.names[i]] = i
	}
	s.names = s.names[:last]
	delete(s.index, n)
}
