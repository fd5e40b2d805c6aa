package loader

import (
	"bytes"
	"errors"
	"io"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/evanw/esbuild/pkg/api"
)

// binaryHead is how much of a file looksBinary reads, as git's and grep's
// tests for a binary file do.
const binaryHead = 8000

// looksBinary reports whether src starts like a binary file rather than
// source text: a NUL byte, or bytes that are not UTF-8, in its first
// binaryHead bytes. JavaScript may hold both (a NUL in a string literal,
// stray bytes in a comment, which V8 reads as U+FFFD), so this is only a
// reason to look closer (binarySyntaxError), never an error by itself.
func looksBinary(src string) bool {
	head := src[:min(len(src), binaryHead)]
	if strings.IndexByte(head, 0) >= 0 {
		return true
	}
	for i := 0; i < len(head); {
		r, n := utf8.DecodeRuneInString(head[i:])
		if r == utf8.RuneError && n == 1 {
			// A character cut by the end of the head is not a bad byte.
			return len(head) == len(src) || len(head)-i >= utf8.UTFMax
		}
		i += n
	}
	return false
}

// BinarySourceError is the syntax error of src when it looks binary
// (looksBinary) and esbuild finds one (binarySyntaxError), else nil. Every
// way of running a file asks it before goja's parsers see the file.
func BinarySourceError(name, src string) error {
	if !looksBinary(src) {
		return nil
	}
	return binarySyntaxError(name, src)
}

// binarySyntaxError is the syntax error of a file that looks binary
// (looksBinary), as esbuild finds it, or nil when esbuild parses the file
// (as a module when its name makes it one, else as a script; as TypeScript,
// TSX or JSX by its extension).
//
// goja's parsers are not asked: they record every error they meet and go
// on, each with its position, so that an executable or an image given by
// mistake, millions of errors long, took seconds and gigabytes before its
// first byte was reported (mcrepl's own 43 MB binary: 12.6 s, 2.7 GB peak).
// esbuild stops at the first error, and the message is the one the loader
// reports for such a file anyway (the bundle's, after goja's attempts).
func binarySyntaxError(name, src string) error {
	opts := api.TransformOptions{
		Loader:     entryLoader(name),
		Sourcefile: name,
		LogLevel:   api.LogLevelSilent,
	}
	if isModulePath(name) {
		opts.Format = api.FormatESModule
	}
	res := api.Transform(src, opts)
	if len(res.Errors) == 0 {
		return nil
	}
	err := buildError(name, name, res.Errors[0])
	var se *SyntaxError
	if !errors.As(err, &se) {
		return nil // not a syntax error (none expected without imports): the usual path decides
	}
	return err
}

// BinaryFileError is binarySyntaxError for the file at path, for the
// shell's .load, which feeds a file to the shell line by line: a binary
// file would be thousands of entries, each echoed and refused (mcrepl's own
// binary: 169,000 in 47 s). It reads the first bytes only of a file that
// does not look binary, and returns nil when the file cannot be read (the
// caller's own reading reports that).
func BinaryFileError(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	head := make([]byte, binaryHead+utf8.UTFMax)
	n, _ := io.ReadFull(f, head)
	if !looksBinary(string(head[:n])) {
		return nil
	}
	src, err := readCapped(path, io.MultiReader(bytes.NewReader(head[:n]), f))
	if err != nil {
		return nil
	}
	return BinarySourceError(path, string(src))
}
