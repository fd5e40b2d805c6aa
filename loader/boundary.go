package loader

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/evanw/esbuild/pkg/api"
)

// What a program may read.
//
// The entry is read because the user named it. What it imports may come
// from the entry's project only: the nearest folder, from the entry's own
// up, that holds a package.json or a wrangler configuration (wrangler.toml,
// wrangler.json, wrangler.jsonc), else the entry's folder; and from the
// node_modules folders that Node's resolution walks through from there
// (the project's own and those of the folders above it), and what the
// packages there link to. Anything else,
// whatever the import's type (a module, JSON, text, bytes), is refused with
// an ImportError that names the path and --allow-read, which adds a file or
// a folder (SetReadable). Symbolic links are followed first, so a link in
// the project cannot lead out of it.
//
// Every file read is a regular file of at most MaxSource bytes, opened
// once: a device (/dev/zero), a FIFO or a directory is refused before
// anything reads it.

// MaxSource is the largest script or imported file mcrepl reads: 64 MiB,
// far more than any Worker (Cloudflare's limit on a Worker is 10 MiB
// compressed), and little enough that goja and esbuild hold it without
// trouble.
const MaxSource = 64 << 20

var (
	readableMu sync.Mutex
	readable   []string // --allow-read paths, absolute and clean
)

// SetReadable sets the files and folders (--allow-read) that imports may
// read besides the entry's project. Call it before Load; any goroutine.
func SetReadable(paths []string) {
	readableMu.Lock()
	defer readableMu.Unlock()
	readable = nil
	for _, p := range paths {
		if abs, err := filepath.Abs(p); err == nil {
			if real, err := filepath.EvalSymlinks(abs); err == nil {
				abs = real
			}
			readable = append(readable, abs)
		}
	}
}

// ProjectRoot is the entry's project: the nearest folder from dir up that
// holds a package.json or a wrangler configuration, else dir itself.
func ProjectRoot(dir string) string {
	for d := dir; ; {
		for _, marker := range []string{"package.json", "wrangler.toml", "wrangler.json", "wrangler.jsonc"} {
			if _, err := os.Stat(filepath.Join(d, marker)); err == nil {
				return d
			}
		}
		parent := filepath.Dir(d)
		if parent == d {
			return dir
		}
		d = parent
	}
}

// boundary is what one build may read.
type boundary struct {
	root  string   // the project, symbolic links resolved
	allow []string // --allow-read
}

// newBoundary is the boundary of a build whose entry is in entryDir;
// named are files the user named besides (the shell's imports), whose
// projects are readable too.
func newBoundary(entryDir string, named ...string) *boundary {
	root := ProjectRoot(entryDir)
	if real, err := filepath.EvalSymlinks(root); err == nil {
		root = real
	}
	readableMu.Lock()
	allow := append([]string(nil), readable...)
	readableMu.Unlock()
	for _, n := range named {
		p := ProjectRoot(filepath.Dir(n))
		if real, err := filepath.EvalSymlinks(p); err == nil {
			p = real
		}
		allow = append(allow, p)
	}
	for d := root; ; d = filepath.Dir(d) {
		allow = append(allow, linkedPackages(filepath.Join(d, "node_modules"))...)
		if filepath.Dir(d) == d {
			break
		}
	}
	return &boundary{root: root, allow: allow}
}

// linkedPackages are the real folders that the node_modules folder nm, or
// the packages in it (@scope/name included), are symbolic links to: a
// package manager's links (pnpm, npm link) lead out of the project, and
// what they lead to is the project's packages.
func linkedPackages(nm string) []string {
	var out []string
	if fi, err := os.Lstat(nm); err != nil {
		return nil
	} else if fi.Mode()&os.ModeSymlink != 0 {
		if real, err := filepath.EvalSymlinks(nm); err == nil {
			out = append(out, real)
		}
	}
	var scan func(dir string, depth int)
	scan = func(dir string, depth int) {
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			p := filepath.Join(dir, e.Name())
			switch {
			case e.Type()&os.ModeSymlink != 0:
				if real, err := filepath.EvalSymlinks(p); err == nil {
					out = append(out, real)
				}
			case e.IsDir() && depth == 0 && strings.HasPrefix(e.Name(), "@"):
				scan(p, 1)
			}
		}
	}
	scan(nm, 0)
	return out
}

// within reports whether path is dir or inside it.
func within(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel)
}

// allowed reports whether path (absolute, links resolved) may be read.
func (b *boundary) allowed(path string) bool {
	if within(path, b.root) {
		return true
	}
	for _, a := range b.allow {
		if within(path, a) {
			return true
		}
	}
	// node_modules of the folders above the project, as Node resolves.
	for d := filepath.Dir(b.root); ; d = filepath.Dir(d) {
		if within(path, filepath.Join(d, "node_modules")) {
			return true
		}
		if filepath.Dir(d) == d {
			return false
		}
	}
}

// check returns why path may not be read, or "" when it may.
func (b *boundary) check(path string) string {
	real, err := filepath.EvalSymlinks(path)
	if err != nil {
		return "" // esbuild reports the missing file in its words
	}
	if !b.allowed(real) {
		shown := path
		if real != path {
			shown = path + " (a link to " + real + ")"
		}
		return fmt.Sprintf("%s is outside the project %s; to let imports read it, run with --allow-read %s", shown, b.root, path)
	}
	return regularFile(real)
}

// regularFile returns why path is no file mcrepl reads (a device, a FIFO,
// a directory, more than MaxSource bytes), or "".
func regularFile(path string) string {
	info, err := os.Stat(path)
	switch {
	case err != nil:
		return ""
	case info.IsDir():
		return path + " is a directory"
	case !info.Mode().IsRegular():
		return path + " is not a regular file (a device, a FIFO or a socket); mcrepl imports files only"
	case info.Size() > MaxSource:
		return fmt.Sprintf("%s is %s, more than the %s mcrepl reads", path, sizeString(info.Size()), sizeString(MaxSource))
	}
	return ""
}

// sizeString is n bytes in MiB or KiB.
func sizeString(n int64) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d KiB", (n+1023)>>10)
}

// plugin refuses, before esbuild reads them, the files of the file
// namespace that the boundary does not allow. It comes after the entry's
// plugin, which serves the entry from memory.
func (b *boundary) plugin() api.Plugin {
	return api.Plugin{
		Name: "mcrepl-boundary",
		Setup: func(pb api.PluginBuild) {
			pb.OnLoad(api.OnLoadOptions{Filter: ".*", Namespace: "file"},
				func(args api.OnLoadArgs) (api.OnLoadResult, error) {
					if why := b.check(args.Path); why != "" {
						return api.OnLoadResult{}, &refusedError{why}
					}
					if strings.EqualFold(filepath.Ext(args.Path), ".css") && args.With["type"] == "" {
						return api.OnLoadResult{}, &refusedError{"workerd has no CSS modules; to use the file's text, import it with { type: \"text\" }"}
					}
					return api.OnLoadResult{}, nil
				})
		},
	}
}

// refusedError is the boundary's refusal, as esbuild reports it.
type refusedError struct{ why string }

func (e *refusedError) Error() string { return refusedPrefix + e.why }

// refusedPrefix starts the text of a refusal in esbuild's messages, so that
// buildError can tell it from other errors.
const refusedPrefix = "mcrepl refuses to read "

// ErrTooBig is the error of reading a script longer than MaxSource.
type ErrTooBig struct{ Name string }

func (e *ErrTooBig) Error() string {
	return fmt.Sprintf("cannot run %s: it is longer than the %s mcrepl reads", e.Name, sizeString(MaxSource))
}

// ExitCode is 2, as for a file that cannot be run.
func (e *ErrTooBig) ExitCode() int { return exitImport }

// readCapped reads r up to MaxSource bytes; more is *ErrTooBig.
func readCapped(name string, r io.Reader) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, MaxSource+1))
	if err != nil {
		return nil, err
	}
	if len(b) > MaxSource {
		return nil, &ErrTooBig{Name: name}
	}
	return b, nil
}

// specifierAt is the import specifier at an esbuild location: the quoted
// path it points at, unquoted.
func specifierAt(loc *api.Location) string {
	text := loc.LineText
	if loc.Column < 0 || loc.Column+loc.Length > len(text) {
		return ""
	}
	s := text[loc.Column : loc.Column+loc.Length]
	if len(s) >= 2 && (s[0] == '"' || s[0] == '\'' || s[0] == '`') {
		s = s[1 : len(s)-1]
	}
	return s
}

// CheckFile returns why the file at path is no script mcrepl reads (a
// directory, a device, a FIFO, more than MaxSource bytes), or "" when it is
// one or does not exist (reading it then says so). The shell's .load asks.
func CheckFile(path string) string { return regularFile(path) }
