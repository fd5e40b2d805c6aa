package repl

import (
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/mcrepl/mcrepl/flags"
	"github.com/mcrepl/mcrepl/trace"
)

// resetOptions are the options .reset takes, as Tab offers them.
var resetOptions = []string{"--compatibility-date", "--compat-date", "--flag", "--compatibility-flag"}

// completeCommandArgs completes the arguments of a dot command: .reset's
// options and, after --flag, the flag names; .trace's modes; a file name
// for .load and .save. ok is false when before is no such command line.
func completeCommandArgs(before string) (out [][]rune, length int, ok bool) {
	fields := strings.Fields(before)
	if len(fields) == 0 {
		return nil, 0, false
	}
	cmd, ok := lookupCommand(fields[0])
	if !ok {
		return nil, 0, false
	}
	word := ""
	if !strings.HasSuffix(before, " ") && !strings.HasSuffix(before, "\t") {
		word = fields[len(fields)-1]
		fields = fields[:len(fields)-1]
	}
	prev := fields[len(fields)-1]
	var words []string
	switch cmd.name {
	case ".reset":
		switch prev {
		case "--flag", "--compatibility-flag":
			for _, f := range flags.Registry {
				words = append(words, f.Name, f.Negation)
			}
			sort.Strings(words)
		case "--compatibility-date", "--compat-date":
			words = []string{flags.NewestDate}
		default:
			words = resetOptions
		}
	case ".trace":
		if len(fields) == 1 {
			words = []string{trace.Events.String(), trace.All.String(), trace.Off.String()}
		}
	case ".load", ".save":
		if len(fields) == 1 {
			words = fileNames(word)
			out := candidates(words, word, "")
			return out, len([]rune(word)), true
		}
	}
	return candidates(words, word, " "), len([]rune(word)), true
}

// candidates are the words that start with prefix, as readline's
// completions: the rest of each word, then suffix.
func candidates(words []string, prefix, suffix string) [][]rune {
	var out [][]rune
	for _, w := range words {
		if strings.HasPrefix(w, prefix) {
			out = append(out, []rune(w[len(prefix):]+suffix))
		}
	}
	return out
}

// fileNames lists the entries of the folder that word names a part of
// (the current folder for a bare name), as paths beginning like word;
// folders end with a slash, so Tab goes on into them.
func fileNames(word string) []string {
	dir, _ := filepath.Split(word)
	list, err := os.ReadDir(dirOrDot(dir))
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range list {
		name := dir + e.Name()
		if e.IsDir() {
			name += "/"
		}
		out = append(out, name)
	}
	return out
}

func dirOrDot(dir string) string {
	if dir == "" {
		return "."
	}
	return dir
}
