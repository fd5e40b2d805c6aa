package url

import "testing"

// FuzzVFlagPattern checks that the v-flag rewrite never panics and that
// restore gives back the pattern string it rewrote.
func FuzzVFlagPattern(f *testing.F) {
	for _, s := range []string{"/([[a-z]--a])", `/([\d&&[0-1]])`, "/([^[a-z]--[xyz]])", "(", "([", "([[]", `([\u{110000}&&a])`, `([\x4&&a])`, "([a--b&&c])", "/:a([[b]])?/(c)", `(\\[[x]])`, "([z-a[b]])"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, pat string) {
		out, rw := vflagPattern(pat)
		if got := restore(out, rw); got != pat {
			t.Fatalf("restore(vflagPattern(%q)) = %q (rewritten %q)", pat, got, out)
		}
	})
}
