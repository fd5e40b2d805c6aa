package command

import (
	"fmt"
	"strings"

	"github.com/mcrepl/mcrepl/flags"
)

// Shell completion works through urfave/cli's protocol, which mcrepl kept
// when it stopped using urfave/cli: a command line ending in
// --generate-bash-completion prints the candidates for its last word instead
// of running (completeWith decides which). The scripts ask mcrepl for them at
// each Tab. The bash one below does the same as urfave's without needing the
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

// addCompletion sets how app and its commands complete a command line.
func addCompletion(app *command) {
	app.complete = completeWith(func() []string {
		var names []string
		for _, c := range app.commands {
			if !c.hidden {
				names = append(names, c.name)
			}
		}
		return names
	})
	for _, c := range app.commands {
		switch c.name {
		case "completion":
			c.complete = completeWith(func() []string { return []string{"bash", "zsh"} })
		case "man":
			// what urfave/cli offered after man: its help command's names
			c.complete = completeWith(func() []string { return []string{"help", "h"} })
		default:
			c.complete = completeWith(nil) // run's FILE: the shell completes file names
		}
	}
}

// completeWith returns the completion of a command line: after an option
// that takes a value, the values it can list (none, for a date, a path or a
// size: the shell then completes file names); after a word that starts an
// option, the options it can start; otherwise the words that more() lists
// (none: the shell completes file names).
func completeWith(more func() []string) func(*invocation) {
	return func(inv *invocation) {
		var last string
		if args := inv.line.args; len(args) > 2 {
			last = args[len(args)-2] // the last one is --generate-bash-completion
		}
		options := inv.cmd.visibleOptions()
		var words []string
		switch opt := optionNamed(options, last); {
		case opt != nil && opt.takesValue():
			words = optionValues(strings.TrimLeft(last, "-"))
		case opt == nil && strings.HasPrefix(last, "-"):
			words = optionNames(options, last)
		case more != nil:
			words = more()
		}
		for _, w := range words {
			fmt.Fprintln(inv.line.env.stdout, w)
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

// optionNamed finds the option that word names in full (--no-color,
// --trace), or nil.
func optionNamed(options []*option, word string) *option {
	if !strings.HasPrefix(word, "-") {
		return nil
	}
	for _, o := range options {
		for _, n := range o.names() {
			if dashes(n) == word {
				return o
			}
		}
	}
	return nil
}

// optionNames lists the spellings of the options that start with prefix.
func optionNames(options []*option, prefix string) []string {
	var names []string
	for _, o := range options {
		for _, n := range o.names() {
			if n = dashes(n); strings.HasPrefix(n, prefix) {
				names = append(names, n)
			}
		}
	}
	return names
}

// completionCommand is `mcrepl completion bash|zsh`: it prints the script
// that makes the shell complete mcrepl's commands and options.
func completionCommand() *command {
	return &command{
		name:      "completion",
		usage:     "print the shell completion script for bash or zsh",
		usageText: "mcrepl completion bash|zsh",
		argsUsage: "bash|zsh",
		description: `Prints a script that makes bash or zsh complete mcrepl's commands and
options. Load it in the current shell, or in your ~/.bashrc or ~/.zshrc:

   source <(mcrepl completion bash)
   source <(mcrepl completion zsh)`,
		options: []*option{helpOption()},
		action: func(inv *invocation) error {
			if len(inv.args) != 1 {
				return usagef("completion needs one argument: bash or zsh")
			}
			out := inv.line.env.stdout
			switch shell := inv.args[0]; shell {
			case "bash":
				fmt.Fprint(out, bashCompletion)
			case "zsh":
				fmt.Fprint(out, zshCompletion)
			default:
				return usagef("completion: unknown shell %q (mcrepl has completion for bash and zsh)", shell)
			}
			return nil
		},
	}
}

// manCommand is `mcrepl man`, hidden: it prints the manual page, generated
// from the app's definition, that docs/mcrepl.1 holds.
func manCommand() *command {
	return &command{
		name:    "man",
		usage:   "print the manual page (troff), as in docs/mcrepl.1",
		hidden:  true,
		options: []*option{helpOption()},
		action: func(inv *invocation) error {
			fmt.Fprint(inv.line.env.stdout, inv.parent.cmd.manPage())
			return nil
		},
	}
}
