package command

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/mcrepl/mcrepl/worker/host"
	"github.com/urfave/cli/v2"
)

// wranglerNames are the configuration files wrangler reads, in its order
// of preference.
var wranglerNames = []string{"wrangler.json", "wrangler.jsonc", "wrangler.toml"}

// wranglerConfig is the part of a wrangler configuration mcrepl uses.
type wranglerConfig struct {
	path               string         // the file it was read from
	Main               string         `json:"main" toml:"main"`
	CompatibilityDate  string         `json:"compatibility_date" toml:"compatibility_date"`
	CompatibilityFlags []string       `json:"compatibility_flags" toml:"compatibility_flags"`
	Vars               map[string]any `json:"vars" toml:"vars"`
	varNames           []string       // Vars' names in the file's order
}

// findWrangler reads the wrangler configuration of the working directory
// or its nearest parent that has one; nil when there is none.
func findWrangler() (*wranglerConfig, error) {
	dir, err := os.Getwd()
	if err != nil {
		return nil, nil
	}
	for {
		for _, n := range wranglerNames {
			p := filepath.Join(dir, n)
			if _, err := os.Stat(p); err == nil {
				return readWrangler(p)
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return nil, nil
		}
		dir = parent
	}
}

// readWrangler parses a wrangler.toml, wrangler.json or wrangler.jsonc;
// main is made relative to the working directory.
func readWrangler(path string) (*wranglerConfig, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &exitError{ExitUsage, fmt.Sprintf("cannot read %s: %v", path, pathErr(err))}
	}
	c := &wranglerConfig{path: path}
	if strings.HasSuffix(path, ".toml") {
		md, err := toml.Decode(string(data), c)
		if err != nil {
			return nil, &exitError{ExitUsage, fmt.Sprintf("%s: %v", path, err)}
		}
		for _, k := range md.Keys() {
			if len(k) == 2 && k[0] == "vars" {
				c.varNames = append(c.varNames, k[1])
			}
		}
	} else {
		data = stripJSONC(data)
		if err := json.Unmarshal(data, c); err != nil {
			return nil, &exitError{ExitUsage, fmt.Sprintf("%s: %v", path, err)}
		}
		c.varNames = jsonVarNames(data)
	}
	if c.Main != "" && !filepath.IsAbs(c.Main) {
		main := filepath.Join(filepath.Dir(path), c.Main)
		if wd, err := os.Getwd(); err == nil {
			if rel, err := filepath.Rel(wd, main); err == nil {
				main = rel
			}
		}
		c.Main = main
	}
	return c, nil
}

// stripJSONC turns JSON with comments and trailing commas (wrangler.jsonc)
// into JSON.
func stripJSONC(b []byte) []byte {
	var out []byte
	inStr := false
	for i := 0; i < len(b); i++ {
		c := b[i]
		if inStr {
			out = append(out, c)
			if c == '\\' && i+1 < len(b) {
				i++
				out = append(out, b[i])
			} else if c == '"' {
				inStr = false
			}
			continue
		}
		switch {
		case c == '"':
			inStr = true
			out = append(out, c)
		case c == '/' && i+1 < len(b) && b[i+1] == '/':
			for i < len(b) && b[i] != '\n' {
				i++
			}
			out = append(out, '\n')
		case c == '/' && i+1 < len(b) && b[i+1] == '*':
			i += 2
			for i+1 < len(b) && !(b[i] == '*' && b[i+1] == '/') {
				i++
			}
			i++
		case c == ',':
			j := i + 1
			for j < len(b) && strings.ContainsRune(" \t\r\n", rune(b[j])) {
				j++
			}
			if j < len(b) && (b[j] == '}' || b[j] == ']') {
				continue
			}
			out = append(out, c)
		default:
			out = append(out, c)
		}
	}
	return out
}

// applyWrangler fills what the command line and the environment left
// unset from the wrangler configuration: the date, and the flags when none
// was given.
func (e *env) applyWrangler(s *settings) error {
	w, err := findWrangler()
	if err != nil || w == nil {
		return err
	}
	s.wrangler = w
	if !s.dateSet && w.CompatibilityDate != "" {
		s.date, s.dateSet = w.CompatibilityDate, true
	}
	if len(s.names) == 0 {
		s.names = append(s.names, w.CompatibilityFlags...)
	}
	return nil
}

// vars are the env bindings in the order they are declared, which is
// env's order in workerd: wrangler's vars as the file lists them, then each
// --var KEY=VALUE (one naming a wrangler var replaces its value in place).
func vars(c *cli.Context, w *wranglerConfig) ([]host.Var, error) {
	var out []host.Var
	if w != nil {
		names := w.varNames
		if len(names) != len(w.Vars) { // not found in the text: in name order
			names = slices.Sorted(maps.Keys(w.Vars))
		}
		for _, k := range names {
			if v, ok := w.Vars[k]; ok {
				out = host.Set(out, k, v)
			}
		}
	}
	for _, kv := range c.StringSlice(optVar) {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || k == "" {
			return nil, usagef("--var %q: give KEY=VALUE", kv)
		}
		out = host.Set(out, k, v)
	}
	return out, nil
}

// jsonVarNames lists the names of a JSON configuration's top-level "vars"
// object in the file's order (nil when it has none).
func jsonVarNames(data []byte) []string {
	var top map[string]json.RawMessage
	if json.Unmarshal(data, &top) != nil || top["vars"] == nil {
		return nil
	}
	d := json.NewDecoder(bytes.NewReader(top["vars"]))
	if t, err := d.Token(); err != nil || t != json.Delim('{') {
		return nil
	}
	var names []string
	for d.More() {
		t, err := d.Token()
		if err != nil {
			return nil
		}
		name, _ := t.(string)
		var skip json.RawMessage
		if d.Decode(&skip) != nil {
			return nil
		}
		names = append(names, name)
	}
	return names
}

// entry is FILE, or wrangler's main when no FILE is given.
func entry(args []string, w *wranglerConfig, cmd string) (string, error) {
	if len(args) > 0 {
		return args[0], nil
	}
	if w != nil && w.Main != "" {
		return w.Main, nil
	}
	if w != nil {
		return "", usagef("%s needs a FILE: %s has no main", cmd, w.path)
	}
	return "", usagef("%s needs a FILE (or a wrangler.toml, wrangler.json or wrangler.jsonc with main)", cmd)
}

// wranglerMain is FILE for run when none is given: wrangler's main, or
// nothing.
func wranglerMain() []string {
	if w, _ := findWrangler(); w != nil && w.Main != "" {
		return []string{w.Main}
	}
	return nil
}

// expandAllowNet turns a bare --allow-net (no value) into --allow-net=*:
// urfave's list options need a value, and `--allow-net FILE` must not take
// the file as a host. The next argument is taken as the host list only
// when it is not an option, not an existing path and not a script name.
func expandAllowNet(args []string) []string {
	out := make([]string, 0, len(args))
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			out = append(out, args[i:]...)
			break
		}
		if a != "--allow-net" && a != "-allow-net" {
			out = append(out, a)
			continue
		}
		if i+1 < len(args) && looksLikeHosts(args[i+1]) {
			out = append(out, a)
			continue
		}
		out = append(out, "--allow-net=*")
	}
	return out
}

func looksLikeHosts(next string) bool {
	if strings.HasPrefix(next, "-") {
		return false
	}
	if _, err := os.Stat(next); err == nil {
		return false
	}
	switch strings.ToLower(filepath.Ext(next)) {
	case ".js", ".mjs", ".cjs", ".ts", ".mts", ".cts", ".jsx", ".tsx":
		return false
	}
	return next != "run" && next != "serve" && next != "flags"
}

// boolOption reports whether n is an option that takes no value (for
// moveFileLast).
func boolOption(n string) bool {
	switch n {
	case "no-color", "no-reload", "help", "h":
		return true
	}
	return false
}

// handlerOption reports whether n is one of run's options that may follow
// FILE (moveFileLast).
func handlerOption(n string) bool {
	switch n {
	case optFetch, optScheduled, optRequest, "X", optHeader, "H", optData, "d", optVar:
		return true
	}
	return false
}

// moveFileLast lets serve's options follow FILE (`mcrepl serve worker.js
// --port 9000`), and run's when one of them is a handler option (`mcrepl
// run worker.js --fetch /`): urfave stops at the first argument that is not
// an option, so the options after FILE are moved before it. "-" (standard
// input) and everything after "--" stay as they are.
func moveFileLast(args []string) []string {
	cmd := -1
	for i, a := range args {
		if i > 0 && (a == "run" || a == "serve") {
			cmd = i
			break
		}
	}
	if cmd < 0 {
		return args
	}
	if args[cmd] == "run" {
		handler := false
		for _, a := range args[cmd+1:] {
			n, _, _ := strings.Cut(strings.TrimLeft(a, "-"), "=")
			if strings.HasPrefix(a, "-") && handlerOption(n) {
				handler = true
			}
		}
		if !handler {
			return args
		}
	}
	var opts, files []string
	rest := args[cmd+1:]
	for i := 0; i < len(rest); i++ {
		a := rest[i]
		if a == "--" {
			files = append(files, rest[i:]...)
			break
		}
		if strings.HasPrefix(a, "-") && a != "-" {
			opts = append(opts, a)
			n := strings.TrimLeft(a, "-")
			if !strings.Contains(n, "=") && !boolOption(n) && i+1 < len(rest) {
				i++
				opts = append(opts, rest[i])
			}
			continue
		}
		files = append(files, a)
	}
	out := append(append([]string(nil), args[:cmd+1]...), opts...)
	return append(out, files...)
}
