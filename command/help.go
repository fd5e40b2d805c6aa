package command

import (
	"fmt"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/mcrepl/mcrepl/flags"
)

// helpWidth is where option descriptions wrap, not counting the 6 columns
// the help indents them by: lines end by column 78 on the 80-column
// terminals help text is usually read in.
const helpWidth = 72

// version is Version, or the module version from the build information, or
// "devel".
func version() string {
	if Version != "" {
		return Version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "devel"
}

// printVersion prints mcrepl's version and the workerd it follows.
func printVersion(e *env) {
	fmt.Fprintf(e.stdout, "mcrepl %s\nworkerd %s behaviour, compatibility dates up to %s\n",
		version(), flags.WorkerdRelease, flags.NewestDate)
}

// appHelp is `mcrepl --help`.
func (c *command) appHelp() string {
	var b strings.Builder
	fmt.Fprintf(&b, "NAME:\n   %s - %s\n\nUSAGE:\n   %s\n\nVERSION:\n   %s\n\nDESCRIPTION:\n   %s\n\nCOMMANDS:",
		c.helpName, c.usage, indent(c.usageText, 3), version(), indent(c.description, 3))
	width := 0
	for _, s := range c.commands {
		if !s.hidden {
			width = max(width, len(s.name))
		}
	}
	for _, s := range c.commands {
		if !s.hidden {
			fmt.Fprintf(&b, "\n   %-*s%s", width+2, s.name, s.usage)
		}
	}
	b.WriteString("\n\nGLOBAL OPTIONS:")
	writeOptions(&b, c.visibleOptions())
	b.WriteString("\n")
	return b.String()
}

// commandHelp is `mcrepl CMD --help`. A command without a help option (the
// help command) is shown with one, as urfave/cli showed it.
func (c *command) commandHelp() string {
	opts := c.visibleOptions()
	if c.option("help") == nil {
		opts = append(opts, helpOption())
	}
	var b strings.Builder
	fmt.Fprintf(&b, "NAME:\n   %s - %s\n\nUSAGE:\n   ", c.helpName, c.usage)
	if c.usageText != "" {
		b.WriteString(indent(c.usageText, 3))
	} else {
		b.WriteString(c.helpName)
		if len(opts) > 0 {
			b.WriteString(" [command options]")
		}
		if c.argsUsage != "" {
			b.WriteString(" " + c.argsUsage)
		}
	}
	if c.description != "" {
		b.WriteString("\n\nDESCRIPTION:\n   " + indent(c.description, 3))
	}
	if len(opts) > 0 {
		b.WriteString("\n\nOPTIONS:")
		writeOptions(&b, opts)
	}
	b.WriteString("\n")
	return b.String()
}

// writeOptions lists options for the help, each as optionHelp renders it.
func writeOptions(b *strings.Builder, opts []*option) {
	for _, o := range opts {
		b.WriteString("\n   " + indent(optionHelp(o), 6))
	}
}

// indent indents every line of text but the first by n spaces; empty lines
// stay empty.
func indent(text string, n int) string {
	lines := strings.Split(text, "\n")
	for i := 1; i < len(lines); i++ {
		if lines[i] != "" {
			lines[i] = strings.Repeat(" ", n) + lines[i]
		}
	}
	return strings.Join(lines, "\n")
}

// optionHelp renders an option for --help: its names with the value
// placeholder on one line, the description wrapped and indented below.
func optionHelp(o *option) string {
	placeholder, usage := unquoteUsage(o.usage)
	if placeholder == "" && o.takesValue() {
		placeholder = "VALUE"
	}
	var names []string
	for _, n := range o.names() {
		opt := dashes(n)
		if placeholder != "" {
			opt += " " + placeholder
		}
		names = append(names, opt)
	}
	const indent = "   " // writeOptions indents every line but the first by 6 more
	var b strings.Builder
	b.WriteString(strings.Join(names, ", "))
	line := indent
	for _, word := range strings.Fields(usage) {
		if len(line)+1+len(word) > helpWidth && line != indent {
			b.WriteString("\n" + line)
			line = indent
		}
		if line != indent {
			line += " "
		}
		line += word
	}
	if line != indent {
		b.WriteString("\n" + line)
	}
	return b.String()
}

// unquoteUsage takes the value placeholder out of a usage text: the first
// word in backquotes ("stop after `DURATION`").
func unquoteUsage(usage string) (placeholder, text string) {
	before, rest, ok := strings.Cut(usage, "`")
	if !ok {
		return "", usage
	}
	name, after, ok := strings.Cut(rest, "`")
	if !ok {
		return "", usage
	}
	return name, before + name + after
}

// manPage is `mcrepl man`: the manual page (troff) of the app c, from the
// same definitions as the help. Its layout is the one urfave/cli's
// ToManWithSection gave docs/mcrepl.1 through go-md2man.
func (c *command) manPage() string {
	var b strings.Builder
	fmt.Fprintf(&b, ".nh\n.TH %s 1\n\n.SH NAME\n%s \\- %s\n\n\n.SH SYNOPSIS\n%s\n\n.EX\n", c.name, c.name, c.usage, c.name)
	var synopsis []string
	for _, o := range c.visibleOptions() {
		var names []string
		for _, n := range o.names() {
			names = append(names, dashes(n))
		}
		s := "[" + strings.Join(names, "|") + "]"
		if o.takesValue() {
			s += "=[value]"
		}
		synopsis = append(synopsis, s)
	}
	slices.Sort(synopsis)
	b.WriteString(strings.Join(synopsis, "\n"))
	b.WriteString("\n.EE\n\n\n.SH DESCRIPTION\n")
	b.WriteString(manText(c.description))
	b.WriteString("\n\n.PP\n\\fBUsage\\fP:\n\n" + manExample(strings.Split(c.usageText, "\n")))
	b.WriteString("\n\n\n.SH GLOBAL OPTIONS\n")
	b.WriteString(manOptions(c.visibleOptions()))
	b.WriteString("\n\n\n.SH COMMANDS")
	for _, s := range c.commands {
		if s.hidden {
			continue
		}
		fmt.Fprintf(&b, "\n.SH %s\n%s\n\n.PP\n.RS\n\n.PP\n%s\n\n.RE\n", s.name, s.usage, s.usageText)
		var opts []*option
		for _, o := range s.visibleOptions() {
			if o.name != "help" { // the manual does not repeat it for each command
				opts = append(opts, o)
			}
		}
		if len(opts) > 0 {
			b.WriteString("\n.PP\n" + manOptions(opts) + "\n")
		}
	}
	return b.String()
}

// manText renders a help text: paragraphs, and the lines indented by three
// spaces (examples, the environment) as preformatted blocks.
func manText(text string) string {
	var blocks []string
	var para, example []string
	flush := func() {
		if len(para) > 0 {
			p := strings.Join(para, "\n")
			if len(blocks) > 0 {
				p = ".PP\n" + p
			}
			blocks = append(blocks, p)
			para = nil
		}
		if len(example) > 0 {
			blocks = append(blocks, manExample(example))
			example = nil
		}
	}
	for _, line := range strings.Split(text, "\n") {
		switch {
		case strings.HasPrefix(line, "   "):
			if len(para) > 0 {
				flush()
			}
			example = append(example, strings.TrimPrefix(line, "   "))
		case line == "":
			flush()
		default:
			if len(example) > 0 {
				flush()
			}
			para = append(para, line)
		}
	}
	flush()
	return strings.Join(blocks, "\n\n")
}

// manExample is a preformatted block.
func manExample(lines []string) string {
	return ".EX\n" + strings.Join(lines, "\n") + "\n.EE"
}

// manOptions describes options in the manual, sorted by name.
func manOptions(opts []*option) string {
	opts = slices.Clone(opts)
	slices.SortFunc(opts, func(a, b *option) int { return strings.Compare(a.name, b.name) })
	var entries []string
	for _, o := range opts {
		var names []string
		for _, n := range o.names() {
			names = append(names, dashes(n))
		}
		s := `\fB` + strings.Join(names, ", ") + `\fP`
		if o.takesValue() {
			s += `=""`
		}
		usage := o.usage
		if before, rest, ok := strings.Cut(usage, "`"); ok {
			if name, after, ok := strings.Cut(rest, "`"); ok {
				usage = before + `\fB` + name + `\fR` + after
			}
		}
		s += ": " + usage
		if o.manDefault != "" {
			s += " (default: " + o.manDefault + ")"
		}
		entries = append(entries, s)
	}
	return strings.Join(entries, "\n\n.PP\n")
}
