package command

import (
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/mcrepl/mcrepl/flags"
)

// helpWidth is where option descriptions wrap, not counting the 6 columns
// urfave adds: lines end by column 78 on the 80-column terminals help text is
// usually read in.
const helpWidth = 72

func init() {
	// urfave's default puts names and description on one line, wider than
	// any terminal for these options, and appends "(default: false)".
	cli.FlagStringer = flagHelp
	cli.VersionPrinter = printVersion
}

// printVersion prints mcrepl's version and the workerd it follows.
func printVersion(c *cli.Context) {
	fmt.Fprintf(c.App.Writer, "mcrepl %s\nworkerd %s behaviour, compatibility dates up to %s\n",
		c.App.Version, flags.WorkerdRelease, flags.NewestDate)
}

// flagHelp renders an option for --help: its names with the value
// placeholder on one line, the description wrapped and indented below.
func flagHelp(f cli.Flag) string {
	df, ok := f.(cli.DocGenerationFlag)
	if !ok {
		return strings.Join(f.Names(), ", ")
	}
	placeholder, usage := unquoteUsage(df.GetUsage())
	if placeholder == "" && df.TakesValue() {
		placeholder = "VALUE"
	}
	var names []string
	for _, n := range f.Names() {
		opt := dashes(n)
		if placeholder != "" {
			opt += " " + placeholder
		}
		names = append(names, opt)
	}
	const indent = "   " // urfave indents every line but the first by 6 more
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
// word in backquotes, as urfave's convention has it ("stop after `DURATION`").
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
