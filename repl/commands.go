package repl

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/flags"
	"github.com/mcrepl/mcrepl/loader"
	"github.com/mcrepl/mcrepl/trace"
)

// command is a dot command of the shell.
type command struct {
	name, args, help string
	run              func(s *session, args []string, src lineSource)
}

// commands lists the dot commands in the order .help shows them. It is
// filled in init because the commands refer back to the table.
var commands []command

func init() {
	commands = []command{
		{".break", "", "Sometimes you get stuck, this gets you out", func(*session, []string, lineSource) {}},
		{".clear", "", "Break, and also start a fresh isolate with the same settings", (*session).clear},
		{".editor", "", "Enter editor mode", (*session).editor},
		{".exit", "", "Exit the shell", func(s *session, _ []string, _ lineSource) { s.exitRequested = true }},
		{".flags", "", "Show the compatibility date, each flag and what it exposes", (*session).showFlags},
		{".help", "", "Print this help message", (*session).help},
		{".load", "FILE", "Load JS from a file into the session", (*session).load},
		{".ports", "", "List every live port: state, queued messages, listeners", (*session).ports},
		{".report", "", "Show what did not happen so far: messages queued, lost or dropped", (*session).report},
		{".reset", "[--compatibility-date D] [--flag F ...]", "Start a fresh isolate with other compatibility settings", (*session).reset},
		{".save", "FILE", "Save all evaluated commands in this session to a file", (*session).save},
		{".trace", "[events|all|off]", "Show or switch the event log", (*session).trace},
	}
}

// lookupCommand finds the dot command that line invokes: its first word
// names a command exactly (`.load f`, not `.loader` or `.load(`).
func lookupCommand(line string) (*command, bool) {
	fields := strings.Fields(line)
	if len(fields) == 0 || !strings.HasPrefix(fields[0], ".") {
		return nil, false
	}
	for i := range commands {
		if commands[i].name == fields[0] {
			return &commands[i], true
		}
	}
	return nil, false
}

func (s *session) help([]string, lineSource) {
	var b strings.Builder
	for _, c := range commands {
		usage := c.name
		if c.args != "" {
			usage += " " + c.args
		}
		fmt.Fprintf(&b, "%-10s %s", c.name, c.help)
		if c.args != "" {
			fmt.Fprintf(&b, " (%s)", usage)
		}
		b.WriteString("\n")
	}
	b.WriteString("\nPress Ctrl+C to abort current expression, Ctrl+D to exit the shell\n")
	_, _ = io.WriteString(s.out, b.String())
}

func (s *session) clear([]string, lineSource) {
	s.println(s.out, "Clearing context...")
	if err := s.start(s.date, s.flags); err != nil {
		s.println(s.errw, "mcrepl: "+err.Error())
	}
}

// editor reads lines until the end of input (Ctrl+D at a terminal) and
// evaluates them as one entry; Ctrl+C abandons them.
func (s *session) editor(_ []string, src lineSource) {
	s.println(s.out, "// Entering editor mode (Ctrl+D to finish, Ctrl+C to cancel)")
	var lines []string
	for {
		line, err := src.next("")
		if err == errClear {
			return
		}
		if err != nil {
			break
		}
		lines = append(lines, line)
	}
	entry := strings.Join(lines, "\n")
	if strings.TrimSpace(entry) == "" {
		return
	}
	s.remember(entry)
	s.eval(entry)
}

func (s *session) load(args []string, _ lineSource) {
	if len(args) != 1 {
		s.println(s.errw, "usage: .load FILE")
		return
	}
	if moduleExt(strings.ToLower(filepath.Ext(args[0]))) {
		// A module is no list of entries: it is imported whole, as by
		// `mcrepl shell FILE`.
		s.preload(args[0])
		return
	}
	if why := loader.CheckFile(args[0]); why != "" {
		s.println(s.errw, "Failed to load: "+why)
		return
	}
	if err := loader.BinaryFileError(args[0]); err != nil {
		s.println(s.errw, "Failed to load: "+err.Error())
		return
	}
	f, err := os.Open(args[0])
	if err != nil {
		s.println(s.errw, "Failed to load: "+args[0])
		return
	}
	defer f.Close()
	// The file's entries are not the user's typing: keep them out of the
	// history.
	remember, echo := s.remember, s.echo
	s.remember, s.echo = func(string) {}, true
	pending, err := s.readLoop(newLineSource(f))
	s.remember, s.echo = remember, echo
	switch {
	case err != nil:
		s.println(s.errw, fmt.Sprintf("Failed to load: %s: %v", args[0], err))
	case pending != "":
		s.println(s.errw, fmt.Sprintf("Failed to load: %s ends inside an unfinished entry: %s", args[0], firstLine(pending)))
	}
}

func (s *session) save(args []string, _ lineSource) {
	if len(args) != 1 {
		s.println(s.errw, "usage: .save FILE")
		return
	}
	text := strings.Join(s.saved, "\n")
	if text != "" {
		text += "\n"
	}
	if err := os.WriteFile(args[0], []byte(text), 0o644); err != nil {
		s.println(s.errw, "Failed to save: "+args[0])
		return
	}
	s.println(s.out, "Session saved to: "+args[0])
}

// showFlags prints the compatibility date, every flag with its state and
// the reason for it, and whether the globals are exposed.
func (s *session) showFlags([]string, lineSource) {
	set := s.w.Flags()
	var b strings.Builder
	fmt.Fprintf(&b, "compatibility date %s", set.Date())
	if len(s.flags) > 0 {
		fmt.Fprintf(&b, ", flags %s", strings.Join(s.flags, " "))
	}
	b.WriteString("\n")
	width := 0
	for _, f := range flags.Registry {
		width = max(width, len(f.Name))
	}
	for _, f := range flags.Registry {
		state := "off"
		if set.Enabled(f.Name) {
			state = "on "
		}
		fmt.Fprintf(&b, "  %-*s  %s  %s\n", width, f.Name, state, set.Reason(f.Name))
	}
	var exposed, hidden []string
	s.w.Do(func(rt *goja.Runtime) {
		for _, name := range []string{"MessageChannel", "MessagePort", "structuredClone", "EventTarget", "MessageEvent"} {
			if s.hasGlobal(rt, name) {
				exposed = append(exposed, name)
			} else {
				hidden = append(hidden, name)
			}
		}
	})
	if len(exposed) > 0 {
		fmt.Fprintf(&b, "globals: %s\n", strings.Join(exposed, ", "))
	}
	if len(hidden) > 0 {
		fmt.Fprintf(&b, "not globals: %s\n", strings.Join(hidden, ", "))
	}
	_, _ = io.WriteString(s.out, b.String())
}

// reset starts a fresh isolate with the compatibility settings in args;
// unspecified settings are the defaults, not the current ones. Validation
// errors are printed with workerd's messages and the current isolate stays.
func (s *session) reset(args []string, _ lineSource) {
	now := s.cfg.Now()
	date := flags.DefaultDate(now)
	var names []string
	for i := 0; i < len(args); i++ {
		opt, val, hasVal := strings.Cut(args[i], "=")
		switch opt {
		case "--compatibility-date", "--compat-date", "--flag", "--compatibility-flag":
		default:
			s.println(s.errw, ".reset: unknown option "+args[i]+"; usage: .reset [--compatibility-date D] [--flag F ...]")
			return
		}
		if !hasVal {
			if i+1 == len(args) {
				s.println(s.errw, ".reset: "+opt+" needs a value")
				return
			}
			i++
			val = args[i]
		}
		if opt == "--flag" || opt == "--compatibility-flag" {
			names = append(names, val)
		} else {
			date = val
		}
	}
	_, report := flags.Validate(date, names, now)
	for _, m := range report {
		prefix := ".reset: "
		if m.Kind == flags.Warning {
			prefix += "warning: "
		}
		s.println(s.errw, prefix+m.Text)
	}
	if report.HasErrors() {
		s.println(s.errw, ".reset: the isolate was not reset")
		return
	}
	if err := s.start(date, names); err != nil {
		s.println(s.errw, "mcrepl: "+err.Error())
		return
	}
	desc := "compatibility date " + date
	if len(names) > 0 {
		sorted := append([]string(nil), names...)
		sort.Strings(sorted)
		desc += ", flags " + strings.Join(sorted, " ")
	}
	// A saved session replays the reset, so that .load of it runs each
	// entry under the settings it was typed with.
	s.saved = append(s.saved, strings.TrimSpace(".reset "+strings.Join(args, " ")))
	s.println(s.out, "Fresh isolate: "+desc)
}

// hasGlobal reports whether name is a global: a property of the global
// object, own or inherited (workerd defines MessageChannel and most API
// classes on the ServiceWorkerGlobalScope prototype). Loop goroutine.
func (s *session) hasGlobal(rt *goja.Runtime, name string) bool {
	for o := rt.GlobalObject(); o != nil; o = o.Prototype() {
		d, err := s.intro.getOwnPropertyDescriptor(goja.Undefined(), o, rt.ToValue(name))
		if err == nil && !goja.IsUndefined(d) {
			return true
		}
	}
	return false
}

func (s *session) ports([]string, lineSource) {
	_ = trace.WritePorts(s.out, s.w.Ports())
}

func (s *session) report([]string, lineSource) {
	problems := s.w.Problems()
	if len(problems) == 0 {
		s.println(s.out, "[report] nothing is missing: no message is queued, lost or dropped")
		return
	}
	_ = trace.WriteReport(s.out, problems)
}

func (s *session) trace(args []string, _ lineSource) {
	switch len(args) {
	case 0:
	case 1:
		m, err := trace.ParseMode(args[0])
		if err != nil {
			s.println(s.errw, ".trace: "+err.Error())
			return
		}
		s.log.setMode(m)
	default:
		s.println(s.errw, "usage: .trace [events|all|off]")
		return
	}
	s.println(s.out, "event log: "+s.log.getMode().String())
}
