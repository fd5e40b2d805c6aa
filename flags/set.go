package flags

// Set is a resolved compatibility configuration: a date plus explicit flags,
// and the resulting state of every registered flag. It is immutable.
type Set struct {
	date  string
	names []string        // the explicit flags, as given
	on    map[string]bool // enable-flag name -> effective state
	why   map[string]string
}

// Resolve computes the state of every registered flag for a valid date and a
// validated list of flag names. Use Validate to check user input first: here
// a later flag simply overrides an earlier one, and unknown names are
// ignored.
func Resolve(date string, names []string) *Set {
	s := &Set{
		date:  date,
		names: append([]string(nil), names...),
		on:    map[string]bool{},
		why:   map[string]string{},
	}
	for _, f := range Registry {
		s.on[f.Name] = f.EnableDate != "" && date >= f.EnableDate
		s.why[f.Name] = "by date"
	}
	disabled := map[string]bool{}
	for _, n := range names {
		if f, enable, ok := Lookup(n); ok {
			s.on[f.Name] = enable
			s.why[f.Name] = "by flag " + n
			disabled[f.Name] = !enable
		}
	}
	for _, im := range Implied {
		if disabled[im.Flag] || date < im.Date || s.on[im.Flag] {
			continue
		}
		for _, by := range im.By {
			if s.on[by] {
				s.on[im.Flag] = true
				s.why[im.Flag] = "implied by " + by + " from " + im.Date
				break
			}
		}
	}
	return s
}

// Date is the compatibility date.
func (s *Set) Date() string { return s.date }

// Flags are the explicit flags, in the order given.
func (s *Set) Flags() []string { return append([]string(nil), s.names...) }

// Enabled reports whether the flag whose enable name is name is in effect.
func (s *Set) Enabled(name string) bool { return s.on[name] }

// Reason says why a flag is in its state: "by date", or "by flag NAME" when
// an explicit flag decided it. It is "" for a name that is not registered.
func (s *Set) Reason(name string) string { return s.why[name] }

// FlagState is one flag of workerd's registry and whether it is on.
type FlagState struct {
	Name string
	On   bool
}

// Workerd is every flag workerd knows, in its schema order, and whether it
// is on in s: as mcrepl resolves it for the flags mcrepl implements, and
// for the others by an explicit flag (the last naming it wins) or else by
// workerd's default for the date. It is Cloudflare.compatibilityFlags.
func (s *Set) Workerd() []FlagState {
	wf := WorkerdFlags()
	out := make([]FlagState, 0, len(wf))
	for _, f := range wf {
		if f.Enable == "" {
			continue
		}
		if _, _, ok := Lookup(f.Enable); ok {
			out = append(out, FlagState{f.Enable, s.on[f.Enable]})
			continue
		}
		on := f.OnByDefault(s.date)
		for _, n := range s.names {
			switch n {
			case f.Enable:
				on = true
			case f.Disable:
				on = false
			}
		}
		out = append(out, FlagState{f.Enable, on})
	}
	return out
}
