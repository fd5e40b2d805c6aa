package loader

import (
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// elf is an executable's worth of bytes: an ELF header, then n bytes of
// pseudo-random junk with a few newlines.
func elf(n int) string {
	r := rand.New(rand.NewPCG(1, 2))
	b := []byte("\x7fELF\x02\x01\x01\x00")
	for len(b) < n {
		b = append(b, byte(r.Uint32()))
	}
	return string(b)
}

func TestLooksBinary(t *testing.T) {
	long := strings.Repeat("const π = 'é';\n", binaryHead/10)
	for _, c := range []struct {
		name, src string
		want      bool
	}{
		{"empty", "", false},
		{"script", "console.log('hello')\n", false},
		{"multibyte text", long, false},
		{"executable", elf(1 << 16), true},
		{"NUL", "var s = '\x00';", true},
		{"bad byte", "// \xff\nvar s = 1;", true},
		{"bad last byte", "var s = 1; \xe2", true},
		// A character cut by the end of the head is text that goes on.
		{"character cut at the head's end", strings.Repeat("a", binaryHead-1) + "é and more", false},
		// Past the head nothing is looked at.
		{"NUL past the head", strings.Repeat("a", binaryHead) + "\x00", false},
	} {
		if got := looksBinary(c.src); got != c.want {
			t.Errorf("%s: looksBinary = %v, want %v", c.name, got, c.want)
		}
	}
}

// A binary file is a syntax error at its first byte, whichever way its name
// says to read it; text that only looks binary (a NUL in a string, stray
// bytes in a comment) compiles as before.
func TestCompileBinary(t *testing.T) {
	for _, name := range []string{"mcrepl", "a.js", "a.mjs"} {
		_, err := Compile(name, elf(4<<20))
		var se *SyntaxError
		if !errors.As(err, &se) {
			t.Fatalf("%s: Compile of an executable: %T %v, want a *SyntaxError", name, err, err)
		}
		if se.Line != 1 || se.Column != 1 || se.Message != `Unexpected "\x7f"` {
			t.Errorf("%s: got %d:%d %q, want 1:1 Unexpected \"\\x7f\"", name, se.Line, se.Column, se.Message)
		}
	}
	for name, src := range map[string]string{
		"nul.js":     "var s = '\x00'; console.log(s.length);",
		"stray.js":   "// \xff\xfe\nconsole.log(1);",
		"stray.mjs":  "// \xff\nexport const a = '\x00';",
		"sloppy.js":  "with (Math) { console.log(PI, '\x00'); }",
		"comment.js": "/* \x00 */",
		"typed.ts":   "const s: string = '\x00'; console.log(s.length as number);",
		"view.tsx":   "const v = <b>{'\x00'}</b>;",
		"view.jsx":   "const React = { createElement() {} }; const v = <b>{'\x00'}</b>;",
	} {
		if _, err := Compile(name, src); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// What looking at a binary file costs: BenchmarkCompileBinary is an
// executable's 8 MiB; before binarySyntaxError, goja's parsers recorded an
// error for nearly every byte (2.6 s and 768 MB for 8 MiB).
func BenchmarkCompileBinary(b *testing.B) {
	src := elf(8 << 20)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := Compile("a.js", src); err == nil {
			b.Fatal("an executable compiled")
		}
	}
}

func TestBinaryFileError(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "a.js")
	long := filepath.Join(dir, "long.js")
	exe := filepath.Join(dir, "tool")
	for path, src := range map[string]string{
		text: "console.log('\x00 in a string is text')\n",
		// Only the head is read of a text file: what follows it is the shell's to report.
		long: strings.Repeat("// text\n", binaryHead) + "\x7f",
		exe:  elf(1 << 20),
	} {
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, path := range []string{text, long, filepath.Join(dir, "missing.js"), dir} {
		if err := BinaryFileError(path); err != nil {
			t.Errorf("%s: %v, want nil", path, err)
		}
	}
	var se *SyntaxError
	if err := BinaryFileError(exe); !errors.As(err, &se) || se.File != exe || se.Line != 1 {
		t.Errorf("an executable: %v, want its SyntaxError at line 1", err)
	}
}
