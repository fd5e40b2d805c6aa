package flags

// Set is a resolved compatibility configuration: a date plus explicit flags.
type Set struct {
	date    string
	on      map[string]bool   // enable-flag name -> effective state
	reasons map[string]string // enable-flag name -> why
}

// Resolve computes the state of every registered flag for a valid date and a
// validated list of flag names. Use Parse to validate user input first.
func Resolve(date string, names []string) *Set {
	s := &Set{date: date, on: map[string]bool{}, reasons: map[string]string{}}
	for _, f := range Registry {
		if f.EnableDate != "" && date >= f.EnableDate {
			s.on[f.Name] = true
			s.reasons[f.Name] = "on by date (" + f.EnableDate + ")"
		} else {
			s.reasons[f.Name] = "off by date"
			if f.EnableDate != "" {
				s.reasons[f.Name] = "off by date (on from " + f.EnableDate + ")"
			}
		}
	}
	for _, n := range names {
		for _, f := range Registry {
			switch n {
			case f.Name:
				s.on[f.Name] = true
				s.reasons[f.Name] = "on by flag " + n
			case f.Negation:
				s.on[f.Name] = false
				s.reasons[f.Name] = "off by flag " + n
			}
		}
	}
	return s
}

// Date is the compatibility date.
func (s *Set) Date() string { return s.date }

// Enabled reports whether the flag whose enable name is name is in effect.
func (s *Set) Enabled(name string) bool { return s.on[name] }

// Reason says why a flag is on or off: by date or by which flag.
func (s *Set) Reason(name string) string { return s.reasons[name] }
