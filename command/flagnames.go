package command

import "github.com/urfave/cli/v2"

// urfave/cli asks a flag for its names (Names) over and over while it parses
// a command line: for every flag of the command and of the app, IsSet looks
// the flag up by scanning every definition's names, so a command line costs a
// number of Names calls that grows with the square of the number of options
// (about 300 for `mcrepl run`). Each call strips its names with a regular
// expression (cli.FlagNames, which cuts a v1-style "name, alias" at its first
// comma or space), a third of the time urfave takes for a run. The wrappers
// below answer Names from a slice made once; everything else is the wrapped
// definition's. No name of mcrepl's has a comma or a space
// (TestCachedNamesAreFlagNames), so the slice is what FlagNames returns.

type cachedString struct {
	*cli.StringFlag
	names []string
}

func (f *cachedString) Names() []string { return f.names }

type cachedStringSlice struct {
	*cli.StringSliceFlag
	names []string
}

func (f *cachedStringSlice) Names() []string { return f.names }

type cachedBool struct {
	*cli.BoolFlag
	names []string
}

func (f *cachedBool) Names() []string { return f.names }

type cachedDuration struct {
	*cli.DurationFlag
	names []string
}

func (f *cachedDuration) Names() []string { return f.names }

type cachedInt struct {
	*cli.IntFlag
	names []string
}

func (f *cachedInt) Names() []string { return f.names }

// cacheNames wraps the flags of app and of its commands (cachedNames).
func cacheNames(app *cli.App) {
	cacheFlagNames(app.Flags)
	var walk func([]*cli.Command)
	walk = func(cmds []*cli.Command) {
		for _, c := range cmds {
			cacheFlagNames(c.Flags)
			walk(c.Subcommands)
		}
	}
	walk(app.Commands)
}

// cacheFlagNames replaces each flag of fs by cachedNames of it, in place.
func cacheFlagNames(fs []cli.Flag) {
	for i, f := range fs {
		fs[i] = cachedNames(f)
	}
}

// cachedNames is f wrapped so that Names costs no regular expression, or f
// itself when it has a type urfave looks at by its concrete type: a hidden
// bool flag (urfave's own completion skips those as *cli.BoolFlag) or one
// without a default text (its help text asks *cli.BoolFlag).
func cachedNames(f cli.Flag) cli.Flag {
	switch f := f.(type) {
	case *cli.StringFlag:
		return &cachedString{f, flagNames(f.Name, f.Aliases)}
	case *cli.StringSliceFlag:
		return &cachedStringSlice{f, flagNames(f.Name, f.Aliases)}
	case *cli.BoolFlag:
		if f.Hidden || f.DisableDefaultText {
			return f
		}
		return &cachedBool{f, flagNames(f.Name, f.Aliases)}
	case *cli.DurationFlag:
		return &cachedDuration{f, flagNames(f.Name, f.Aliases)}
	case *cli.IntFlag:
		return &cachedInt{f, flagNames(f.Name, f.Aliases)}
	}
	return f
}

func flagNames(name string, aliases []string) []string {
	return append([]string{name}, aliases...)
}
