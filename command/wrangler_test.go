package command

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

func TestReadWrangler(t *testing.T) {
	for _, c := range []struct{ name, text string }{
		{"wrangler.toml", "main = \"src/index.ts\"\ncompatibility_date = \"2025-08-15\"\ncompatibility_flags = [\"nodejs_compat\"]\n[vars]\nA = \"x\"\nN = 3\n"},
		{"wrangler.json", `{"main": "src/index.ts", "compatibility_date": "2025-08-15", "compatibility_flags": ["nodejs_compat"], "vars": {"A": "x", "N": 3}}`},
		{"wrangler.jsonc", "{\n  // the entry\n  \"main\": \"src/index.ts\", /* a block\n comment */\n  \"compatibility_date\": \"2025-08-15\",\n  \"compatibility_flags\": [\"nodejs_compat\",],\n  \"vars\": {\"A\": \"x // not a comment\", \"N\": 3,},\n}\n"},
	} {
		dir := t.TempDir()
		p := filepath.Join(dir, c.name)
		if err := os.WriteFile(p, []byte(c.text), 0o644); err != nil {
			t.Fatal(err)
		}
		w, err := readWrangler(p)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if filepath.Base(w.Main) != "index.ts" || w.CompatibilityDate != "2025-08-15" || !reflect.DeepEqual(w.CompatibilityFlags, []string{"nodejs_compat"}) {
			t.Errorf("%s: %+v", c.name, w)
		}
		a := "x"
		if c.name == "wrangler.jsonc" {
			a = "x // not a comment"
		}
		if w.Vars["A"] != a || (w.Vars["N"] != int64(3) && w.Vars["N"] != float64(3)) {
			t.Errorf("%s: vars %#v", c.name, w.Vars)
		}
	}
}

func TestArgumentRewrites(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "w.js")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ in, want []string }{
		{[]string{"mcrepl", "run", "--allow-net", file}, []string{"mcrepl", "run", "--allow-net=*", file}},
		{[]string{"mcrepl", "run", "--allow-net", "example.com", file}, []string{"mcrepl", "run", "--allow-net", "example.com", file}},
		{[]string{"mcrepl", "--allow-net", "run", file}, []string{"mcrepl", "--allow-net=*", "run", file}},
		{[]string{"mcrepl", "run", file, "--fetch", "/", "-X", "POST", "--no-color"}, []string{"mcrepl", "run", "--fetch", "/", "-X", "POST", "--no-color", file}},
		{[]string{"mcrepl", "serve", file, "--port=9000"}, []string{"mcrepl", "serve", "--port=9000", file}},
		{[]string{"mcrepl", "run", "-", "--", "x"}, []string{"mcrepl", "run", "-", "--", "x"}},
		{[]string{"mcrepl", "run", file, "--timeout", "1s"}, []string{"mcrepl", "run", file, "--timeout", "1s"}},
	} {
		if got := moveFileLast(expandAllowNet(c.in)); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%q: got %q, want %q", c.in, got, c.want)
		}
	}
}
