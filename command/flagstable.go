package command

import (
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/mcrepl/mcrepl/flags"
)

// ANSI colours for the state column.
const (
	green = "\x1b[32m"
	dim   = "\x1b[2m"
	reset = "\x1b[0m"
)

// flagsTable is the `flags` command: one row per registered flag.
func (e *env) flagsTable(c *cli.Context) error {
	if c.Args().Present() {
		return usagef("flags takes no arguments; to check flags, pass them with --flag NAME")
	}
	s, set, err := e.resolve(c)
	if err != nil {
		return err
	}
	fmt.Fprint(e.stdout, formatTable(set, e.color(s)))
	return nil
}

// formatTable renders the flags under set: a header line with the date and
// the explicit flags, an aligned table, and what each flag changes.
func formatTable(set *flags.Set, color bool) string {
	var b strings.Builder
	given := "none"
	if names := set.Flags(); len(names) > 0 {
		given = strings.Join(names, ", ")
	}
	fmt.Fprintf(&b, "compatibility date %s; flags: %s\n\n", set.Date(), given)

	rows := [][]string{{"FLAG", "NEGATION", "DEFAULT FROM", "STATE", "WHY"}}
	for _, f := range flags.Registry {
		state := "off"
		if set.Enabled(f.Name) {
			state = "on"
		}
		from := f.EnableDate
		if from == "" {
			from = "never"
		}
		rows = append(rows, []string{f.Name, f.Negation, from, state, set.Reason(f.Name)})
	}
	width := make([]int, len(rows[0]))
	for _, r := range rows {
		for i, cell := range r {
			width[i] = max(width[i], len(cell))
		}
	}
	for n, r := range rows {
		var line strings.Builder
		for i, cell := range r {
			if i == len(r)-1 {
				line.WriteString(cell)
				break
			}
			padded := cell + strings.Repeat(" ", width[i]-len(cell)+2)
			if color && n > 0 && i == 3 {
				padded = paint(cell, padded)
			}
			line.WriteString(padded)
		}
		b.WriteString(strings.TrimRight(line.String(), " "))
		b.WriteByte('\n')
	}
	b.WriteString("\nWhat they change:\n")
	for _, f := range flags.Registry {
		fmt.Fprintf(&b, "  %-*s%s\n", width[0]+2, f.Name, f.Doc)
	}
	return b.String()
}

// paint colours the state word of a padded cell, leaving the padding plain.
func paint(state, padded string) string {
	c := dim
	if state == "on" {
		c = green
	}
	return c + state + reset + padded[len(state):]
}
