package command

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// The command line is a tree of two levels: the app (its options, then the
// shell as its action) and its commands. Each level parses its options the
// way Go's flag package does: -name and --name are the same option; a value
// follows as the next argument or after "="; a boolean option takes no
// argument but accepts =true or =false; options end at the first argument
// that is not one, or after "--". What follows them is the command's name,
// at the app level, or the command's arguments.
//
// The rules, the help layout, the completion protocol and the messages are
// those of urfave/cli v2, which mcrepl used until this file replaced it:
// linking urfave/cli added about 0.8 ms and 0.8 MiB to every start-up (its
// package initialisation compiles the regular expressions of a Markdown
// renderer, for its manual-page support; measured with binaries that only
// import goja, esbuild and readline, with and without it), a tenth of the
// start-up of a short script.

// optionKind is the type of an option's value.
type optionKind uint8

const (
	stringOption   optionKind = iota
	listOption                // repeatable: every value counts, in order
	boolOption                // no argument; =true or =false
	durationOption            // time.ParseDuration
)

// option is one command-line option.
type option struct {
	name    string
	aliases []string
	// usage is the description, with the value's placeholder in backquotes
	// (see unquoteUsage).
	usage  string
	kind   optionKind
	hidden bool // accepted, but not in the help, the manual or completion
	// list names the list a listOption adds to; options may share one.
	list string
	// manDefault is the default the manual page states, "" for none.
	manDefault string
}

// names are the option's spellings, without dashes, its name first.
func (o *option) names() []string { return append([]string{o.name}, o.aliases...) }

func (o *option) takesValue() bool { return o.kind != boolOption }

// command is the app or one of its commands.
type command struct {
	name        string
	aliases     []string
	helpName    string // how the help names it: "mcrepl run"
	usage       string // one line, for the list of commands
	usageText   string // the USAGE section; default: helpName and a hint
	argsUsage   string
	description string
	options     []*option // the help and version options included
	hidden      bool
	// commands are the app's commands; every other command has one, the
	// help command (see helpCommand).
	commands []*command
	action   func(*invocation) error
	// complete prints the completion candidates of a command line that
	// ends at this command (see completeWith).
	complete func(*invocation)
}

// sub is the command that name names, or nil.
func (c *command) sub(name string) *command {
	for _, s := range c.commands {
		if s.name == name || slices.Contains(s.aliases, name) {
			return s
		}
	}
	return nil
}

// option is the option spelt name (without dashes), or nil.
func (c *command) option(name string) *option {
	for _, o := range c.options {
		if slices.Contains(o.names(), name) {
			return o
		}
	}
	return nil
}

// visibleOptions are the options the help, the manual and completion show.
func (c *command) visibleOptions() []*option {
	var out []*option
	for _, o := range c.options {
		if !o.hidden {
			out = append(out, o)
		}
	}
	return out
}

// helpOption and versionOption are the options every level (help) or the
// app (version) has.
func helpOption() *option {
	return &option{name: "help", aliases: []string{"h"}, usage: "show help", kind: boolOption}
}

func versionOption() *option {
	return &option{name: "version", aliases: []string{"v"}, usage: "print the version", kind: boolOption}
}

// helpCommand is the hidden command that every command but the app has:
// `mcrepl run help` shows run's help.
func helpCommand(parent *command) *command {
	return &command{
		name:      "help",
		aliases:   []string{"h"},
		helpName:  parent.helpName + " help",
		usage:     "Shows a list of commands or help for one command",
		argsUsage: "[command]",
		action:    func(inv *invocation) error { return inv.parent.help(inv.args) },
		complete:  func(*invocation) {},
	}
}

// cmdline is what every level of one invocation shares.
type cmdline struct {
	env  *env
	args []string // as given to Main, the program name first
	// complete is set when the line ends in --generate-bash-completion: the
	// words to complete are printed instead of running anything.
	complete bool
}

// completionFlag ends a command line whose completion is asked for.
const completionFlag = "--generate-bash-completion"

// invocation is one level of a parsed command line.
type invocation struct {
	cmd    *command
	parent *invocation // nil for the app
	line   *cmdline
	given  map[string]bool     // the spellings given, without dashes
	values map[string]string   // the last value of each option, by name
	lists  map[string][]string // the values of each list, in order
	args   []string            // what follows the options
}

// isSet reports whether the option called name was given at this level, by
// any of its spellings.
func (inv *invocation) isSet(name string) bool {
	o := inv.cmd.option(name)
	if o == nil {
		return false
	}
	for _, n := range o.names() {
		if inv.given[n] {
			return true
		}
	}
	return false
}

func (inv *invocation) str(name string) string { return inv.values[name] }

func (inv *invocation) boolean(name string) bool {
	b, _ := strconv.ParseBool(inv.values[name])
	return b
}

func (inv *invocation) duration(name string) time.Duration {
	d, _ := time.ParseDuration(inv.values[name])
	return d
}

// parse reads the options at the start of args; inv.args is what follows
// them. On an error, inv.args is what follows the argument at fault.
func (inv *invocation) parse(args []string) error {
	inv.given = map[string]bool{}
	inv.values = map[string]string{}
	inv.lists = map[string][]string{}
	defer func() { inv.args = args }()
	for len(args) > 0 {
		s := args[0]
		if len(s) < 2 || s[0] != '-' {
			break
		}
		dashCount := 1
		if s[1] == '-' {
			dashCount++
			if len(s) == 2 { // "--" ends the options
				args = args[1:]
				break
			}
		}
		spelt := s[dashCount:]
		if spelt == "" || spelt[0] == '-' || spelt[0] == '=' {
			return usagef("bad flag syntax: %s", s)
		}
		args = args[1:]
		spelt, value, hasValue := strings.Cut(spelt, "=")
		o := inv.cmd.option(spelt)
		if o == nil {
			return inv.unknownOption(spelt)
		}
		switch {
		case o.kind == boolOption:
			if !hasValue {
				value = "true"
			}
			if _, err := strconv.ParseBool(value); err != nil {
				return usagef("invalid boolean value %q for -%s: parse error", value, spelt)
			}
		case !hasValue && len(args) > 0:
			value, args = args[0], args[1:]
		case !hasValue:
			return usagef("option %s needs a value", dashes(spelt))
		}
		if o.kind == durationOption {
			if _, err := time.ParseDuration(value); err != nil {
				msg := fmt.Sprintf("invalid value %q for option %s", value, dashes(spelt))
				if o.name == optTimeout {
					msg += " (use a duration such as 500ms, 10s or 2m)"
				}
				return usagef("%s", msg)
			}
		}
		inv.given[spelt] = true
		if o.kind == listOption {
			inv.lists[o.list] = append(inv.lists[o.list], value)
		} else {
			inv.values[o.name] = value
		}
	}
	for _, o := range inv.cmd.options {
		first := ""
		for _, n := range o.names() {
			if !inv.given[n] {
				continue
			}
			if first != "" {
				return usagef("%s and %s are the same option: give it once", dashes(n), dashes(first))
			}
			first = n
		}
	}
	return nil
}

// runOnly are the options that only `run` takes; given to the shell they get
// a message that says where they belong.
var runOnly = map[string]bool{optTimeout: true, optMaxMemory: true}

// unknownOption is the error for an option this level does not have: a
// pointer to the command it belongs to, or the option the user probably
// meant.
func (inv *invocation) unknownOption(spelt string) error {
	msg := "unknown option " + dashes(spelt)
	if runOnly[spelt] && inv.cmd.name != "run" {
		msg = dashes(spelt) + " is an option of run: mcrepl run " + dashes(spelt) + " VALUE FILE"
	} else if guess := nearestOption(spelt, inv.cmd.options); guess != "" {
		msg += " (did you mean " + dashes(guess) + "?)"
	}
	return usagef("%s", msg)
}

// nearestOption guesses which option a mistyped one meant: the only option
// that it starts, else the closest one within two edits, else "".
func nearestOption(opt string, defined []*option) string {
	var names []string
	for _, o := range defined {
		names = append(names, o.names()...)
	}
	var prefixed []string
	for _, n := range names {
		if strings.HasPrefix(n, opt) {
			prefixed = append(prefixed, n)
		}
	}
	if len(prefixed) == 1 {
		return prefixed[0]
	}
	best, bestDist := "", 3
	for _, n := range names {
		if d := distance(opt, n); d < bestDist {
			best, bestDist = n, d
		}
	}
	return best
}

// dashes writes an option the way the help shows it: --name, or -n.
func dashes(opt string) string {
	opt = strings.TrimLeft(opt, "-")
	if len(opt) > 1 {
		return "--" + opt
	}
	return "-" + opt
}

// exec runs the command line args (the program name first) on the app.
func (e *env) exec(args []string) error {
	line := &cmdline{env: e, args: args}
	if n := len(args); n > 0 && args[n-1] == completionFlag && !slices.Contains(args, "--") {
		// After "--" the word is an argument like any other.
		line.complete = true
		args = args[:n-1]
	}
	if len(args) > 0 {
		args = args[1:]
	}
	return e.app().run(nil, args, line)
}

// run parses args for c, below parent (nil for the app), and runs what they
// ask for: the help, the version, a command or c's action.
func (c *command) run(parent *invocation, args []string, line *cmdline) error {
	inv := &invocation{cmd: c, parent: parent, line: line}
	err := inv.parse(args)
	if line.complete {
		// A line being completed is usually unfinished: errors do not count.
		if len(inv.args) == 0 || c.sub(inv.args[0]) == nil {
			c.complete(inv)
			return nil
		}
		err = nil
	}
	if err != nil {
		return err
	}
	if inv.boolean("help") {
		return inv.help(inv.args)
	}
	if parent == nil && inv.boolean("version") {
		printVersion(line.env)
		return nil
	}
	if len(inv.args) > 0 {
		if sub := c.sub(inv.args[0]); sub != nil {
			return sub.run(inv, inv.args[1:], line)
		}
	}
	return c.action(inv)
}

// help shows the help of inv's command, or of the command args names.
func (inv *invocation) help(args []string) error {
	out := inv.line.env.stdout
	if len(args) > 0 && args[0] != "" {
		sub := inv.cmd.sub(args[0])
		if sub == nil {
			return &exitError{ExitFailure, fmt.Sprintf("No help topic for '%v'", args[0])}
		}
		fmt.Fprint(out, sub.commandHelp())
		return nil
	}
	if inv.parent == nil {
		fmt.Fprint(out, inv.cmd.appHelp())
	} else {
		fmt.Fprint(out, inv.cmd.commandHelp())
	}
	return nil
}
