package command

import (
	"fmt"
	"os"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/mcrepl/mcrepl/flags"
)

// Shell completion works through urfave/cli's protocol: with
// EnableBashCompletion set on the app, a command line ending in
// --generate-bash-completion prints the candidates for its last word instead
// of running (completeWith decides which). The scripts ask mcrepl for them at
// each Tab. urfave/cli v2.27 ships scripts in its repository but offers no
// way to print them; the bash one below does the same without needing the
// bash-completion package, and the zsh one is urfave's autocomplete/
// zsh_autocomplete (MIT licence) with the program name filled in, since a
// script read through "source <(...)" has no file name to take it from.
const (
	bashCompletion = `# bash completion for mcrepl: source <(mcrepl completion bash)
_mcrepl_complete() {
  local cur=${COMP_WORDS[COMP_CWORD]}
  local words=("${COMP_WORDS[@]:0:COMP_CWORD}")
  if [[ $cur == -* ]]; then
    words+=("$cur")
  fi
  local IFS=$'\n'
  COMPREPLY=($(compgen -W "$("${words[@]}" --generate-bash-completion 2>/dev/null)" -- "$cur"))
}
complete -o bashdefault -o default -F _mcrepl_complete mcrepl
`
	zshCompletion = `#compdef mcrepl
# zsh completion for mcrepl: source <(mcrepl completion zsh)

_mcrepl_zsh_autocomplete() {
  local -a opts
  local cur
  cur=${words[-1]}
  if [[ "$cur" == "-"* ]]; then
    opts=("${(@f)$(${words[@]:0:#words[@]-1} ${cur} --generate-bash-completion)}")
  else
    opts=("${(@f)$(${words[@]:0:#words[@]-1} --generate-bash-completion)}")
  fi

  if [[ "${opts[1]}" != "" ]]; then
    _describe 'values' opts
  else
    _files
  fi
}

compdef _mcrepl_zsh_autocomplete mcrepl
`
)

// addCompletion turns on shell completion for app and adds the commands that
// print the completion scripts and the manual page.
func addCompletion(app *cli.App) {
	app.EnableBashCompletion = true
	app.BashComplete = completeWith(func() []string {
		var names []string
		for _, c := range app.VisibleCommands() {
			names = append(names, c.Name)
		}
		return names
	})
	for _, c := range app.Commands {
		c.BashComplete = completeWith(nil) // run's FILE: the shell completes file names
	}
	completion := completionCommand()
	completion.BashComplete = completeWith(func() []string { return []string{"bash", "zsh"} })
	app.Commands = append(app.Commands, completion, manCommand())
}

// completeWith returns the completion of a command line: after an option
// that takes a value, the values it can list (none, for a date, a path or a
// size: the shell then completes file names); after a word that starts an
// option, the options it can start; otherwise the words that more() lists
// (none: the shell completes file names). As in urfave's own completion, the
// last word is read from os.Args: urfave has taken it out of the context's
// arguments.
func completeWith(more func() []string) cli.BashCompleteFunc {
	return func(c *cli.Context) {
		var last string
		if n := len(os.Args); n > 2 {
			last = os.Args[n-2] // os.Args[n-1] is --generate-bash-completion
		}
		options := c.Command.VisibleFlags()
		var words []string
		switch opt := option(options, last); {
		case opt != nil && opt.TakesValue():
			words = optionValues(strings.TrimLeft(last, "-"))
		case opt == nil && strings.HasPrefix(last, "-"):
			words = optionNames(options, last)
		case more != nil:
			words = more()
		}
		for _, w := range words {
			fmt.Fprintln(c.App.Writer, w)
		}
	}
}

// optionValues lists the values an option can take, when they can be listed.
func optionValues(option string) []string {
	switch option {
	case optFlag, optFlagLong:
		var names []string
		for _, f := range flags.Registry {
			names = append(names, f.Name, f.Negation)
		}
		return names
	case optTrace:
		return []string{"events", "all", "off"}
	case optTraceFormat:
		return []string{"text", "json"}
	}
	return nil
}

// option finds the option that word names in full (--no-color, --trace), or
// nil.
func option(options []cli.Flag, word string) cli.DocGenerationFlag {
	if !strings.HasPrefix(word, "-") {
		return nil
	}
	for _, f := range options {
		for _, n := range f.Names() {
			if dashes(n) == word {
				if df, ok := f.(cli.DocGenerationFlag); ok {
					return df
				}
			}
		}
	}
	return nil
}

// optionNames lists the spellings of the options that start with prefix.
func optionNames(options []cli.Flag, prefix string) []string {
	var names []string
	for _, f := range options {
		for _, n := range f.Names() {
			if n = dashes(n); strings.HasPrefix(n, prefix) {
				names = append(names, n)
			}
		}
	}
	return names
}

// completionCommand is `mcrepl completion bash|zsh`: it prints the script
// that makes the shell complete mcrepl's commands and options.
func completionCommand() *cli.Command {
	return &cli.Command{
		Name:      "completion",
		Usage:     "print the shell completion script for bash or zsh",
		UsageText: "mcrepl completion bash|zsh",
		ArgsUsage: "bash|zsh",
		Description: `Prints a script that makes bash or zsh complete mcrepl's commands and
options. Load it in the current shell, or in your ~/.bashrc or ~/.zshrc:

   source <(mcrepl completion bash)
   source <(mcrepl completion zsh)`,
		OnUsageError: onUsageError,
		Action: func(c *cli.Context) error {
			if c.NArg() != 1 {
				return usagef("completion needs one argument: bash or zsh")
			}
			switch shell := c.Args().First(); shell {
			case "bash":
				fmt.Fprint(c.App.Writer, bashCompletion)
			case "zsh":
				fmt.Fprint(c.App.Writer, zshCompletion)
			default:
				return usagef("completion: unknown shell %q (mcrepl has completion for bash and zsh)", shell)
			}
			return nil
		},
	}
}

// manCommand is `mcrepl man`, hidden: it prints the manual page, generated
// from the app's definition, that docs/mcrepl.1 holds.
func manCommand() *cli.Command {
	return &cli.Command{
		Name:   "man",
		Usage:  "print the manual page (troff), as in docs/mcrepl.1",
		Hidden: true,
		Action: func(c *cli.Context) error {
			// The help text's indented lines (examples, the environment) are
			// preformatted: in Markdown, which urfave turns into troff, they
			// must be a code block, or man would run them together.
			c.App.Description = codeBlocks(c.App.Description)
			page, err := c.App.ToManWithSection(1)
			if err != nil {
				return err
			}
			fmt.Fprint(c.App.Writer, page)
			return nil
		},
	}
}

// codeBlocks turns the lines of text indented by three spaces (urfave's help
// indentation) into Markdown code blocks: four spaces, after a blank line.
func codeBlocks(text string) string {
	var b strings.Builder
	inBlock := false
	for _, line := range strings.Split(text, "\n") {
		indented := strings.HasPrefix(line, "   ")
		if indented && !inBlock {
			b.WriteString("\n")
		}
		if indented {
			line = " " + line
		}
		inBlock = indented
		b.WriteString(line + "\n")
	}
	return strings.TrimSuffix(b.String(), "\n")
}
