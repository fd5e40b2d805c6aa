package worker

import (
	"context"
	"strings"
	"testing"
)

// TestDetachedSourceArray: a typed array made from one whose buffer was
// transferred throws a TypeError; reading the source's length never
// exports its bytes (which panicked inside goja: "unsafe.Slice: len out of
// range", an internal error).
func TestDetachedSourceArray(t *testing.T) {
	var out, errw strings.Builder
	w, err := New(Config{Stdout: &out, Stderr: &errw})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	src := `const b = new ArrayBuffer(8); const u = new Uint8Array(b); b.transfer();
for (const f of [() => new Uint8Array(u), () => new Float64Array(u), () => Uint8Array.from(u)]) {
  try { f(); console.log('made') } catch (e) { console.log(e.constructor.name) }
}`
	_ = w.Run(context.Background(), "detached.js", src)
	if got, want := out.String(), "TypeError\nTypeError\nTypeError\n"; got != want || errw.Len() != 0 {
		t.Errorf("stdout %q, stderr %q; want %q and nothing", got, errw.String(), want)
	}
}
