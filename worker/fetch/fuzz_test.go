package fetch_test

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/flags"
	"github.com/mcrepl/mcrepl/worker"
)

// headersProbe runs one sequence of Headers operations on a name and a
// value and returns what the script saw: the first error, and the entries
// after each step.
const headersProbe = `(function (name, value, ops) {
	const h = new Headers();
	const seen = [];
	for (const op of ops) {
		try {
			switch (op) {
			case 'a': h.append(name, value); break;
			case 's': h.set(name, value); break;
			case 'd': h.delete(name); break;
			case 'c': h.append(name.toUpperCase(), value + 'x'); break;
			}
			seen.push(JSON.stringify([...h]) + '|' + h.has(name) + '|' + h.get(name));
		} catch (e) {
			seen.push('throw ' + e.constructor.name);
		}
	}
	return seen.join('\n');
})`

var probe struct {
	once sync.Once
	w    *worker.Worker
	fn   goja.Callable
	errs strings.Builder
}

// FuzzHeaders drives Headers with arbitrary names, values and sequences of
// append, set, delete and a case-changed append, and checks the outcome
// against a reference model of Fetch's header list as workerd has it: a
// name is valid when it has only token characters or bytes from 0x80 up, a
// value after trimming HTTP whitespace must not hold NUL, CR or LF; names
// compare and list lower-cased, sorted, with the values of one name joined
// by ", " (set-cookie's listed one by one). No input may reach a Go panic.
func FuzzHeaders(f *testing.F) {
	for _, seed := range [][3]string{
		{"Content-Type", "text/plain", "asd"},
		{"x-a", "  padded\t", "aacs"},
		{"bad name", "v", "a"},
		{"x", "a\nb", "s"},
		{"set-cookie", "a=1", "aac"},
		{"é", "\x80\xff", "ac"},
		{"", "", "asdc"},
	} {
		f.Add(seed[0], seed[1], seed[2])
	}
	f.Fuzz(func(t *testing.T, name, value, ops string) {
		if len(ops) > 8 {
			ops = ops[:8]
		}
		var clean []string
		for _, c := range ops {
			if strings.ContainsRune("asdc", c) {
				clean = append(clean, string(c))
			}
		}
		probe.once.Do(func() {
			w, err := worker.New(worker.Config{Flags: flags.Resolve("2025-08-15", nil), Stderr: &probe.errs})
			if err != nil {
				t.Fatal(err)
			}
			probe.w = w
			w.Do(func(rt *goja.Runtime) {
				v, err := rt.RunString(headersProbe)
				if err != nil {
					t.Fatal(err)
				}
				probe.fn, _ = goja.AssertFunction(v)
			})
		})
		var got string
		var thrown error
		finished := make(chan struct{})
		go func() {
			defer close(finished)
			probe.w.Do(func(rt *goja.Runtime) {
				v, err := probe.fn(goja.Undefined(), rt.ToValue(name), rt.ToValue(value), rt.ToValue(clean))
				if err != nil {
					thrown = err
					return
				}
				got = v.String()
			})
		}()
		select {
		case <-finished:
		case <-time.After(10 * time.Second):
			t.Fatalf("Headers(%q, %q, %q) did not return within 10 s", name, value, ops)
		}
		if thrown != nil {
			t.Fatalf("the probe threw past its catch: %v", thrown)
		}
		if s := probe.errs.String(); strings.Contains(s, "internal error") || strings.Contains(s, "panic") {
			t.Fatalf("Go panic for %q %q %q:\n%s", name, value, ops, s)
		}
		if want := modelHeaders(name, value, clean); got != want {
			t.Fatalf("Headers(%q, %q, %q):\ngot\n%s\nwant\n%s", name, value, ops, got, want)
		}
	})
}

// modelHeaders is what headersProbe prints, computed from the Fetch
// standard's algorithms as workerd applies them.
func modelHeaders(name, value string, ops []string) string {
	// Strings cross into JS as UTF-16: what the probe sees of invalid
	// UTF-8 is U+FFFD, and the model works on the same text.
	name, value = asJS(name), asJS(value)
	var list []modelEntry
	trim := func(s string) string { return strings.Trim(s, " \t\r\n") }
	var out []string
	for _, op := range ops {
		n, v := name, value
		if op == "c" {
			n, v = strings.ToUpper(name), value+"x"
		}
		// The probe reads has(name) and get(name) after each step: an
		// invalid name throws there too.
		if !validModelName(n) || !validModelName(name) || op != "d" && strings.ContainsAny(trim(v), "\x00\r\n") {
			out = append(out, "throw TypeError")
			continue
		}
		ln := strings.ToLower(n)
		switch op {
		case "a", "c":
			list = append(list, modelEntry{ln, trim(v)})
		case "s":
			var next []modelEntry
			done := false
			for _, e := range list {
				if e.name != ln {
					next = append(next, e)
				} else if !done {
					next = append(next, modelEntry{ln, trim(v)})
					done = true
				}
			}
			if !done {
				next = append(next, modelEntry{ln, trim(v)})
			}
			list = next
		case "d":
			var next []modelEntry
			for _, e := range list {
				if e.name != ln {
					next = append(next, e)
				}
			}
			list = next
		}
		out = append(out, renderModel(list, strings.ToLower(name)))
	}
	return strings.Join(out, "\n")
}

type modelEntry struct{ name, value string }

// asJS is s as goja turns a Go string into a JS one: each byte of invalid
// UTF-8 becomes one U+FFFD.
func asJS(s string) string {
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(r) // range yields U+FFFD for each invalid byte
	}
	return b.String()
}

// validModelName: token characters, or any code point from U+0080 up
// (workerd accepts those, and the empty name).
func validModelName(s string) bool {
	for _, r := range s {
		if r >= 0x80 {
			continue
		}
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("!#$%&'*+-.^_`|~", r)) {
			return false
		}
	}
	return true
}

// renderModel prints the list as the probe does: the iteration (sorted,
// combined, set-cookie one by one) as JSON, has(name) and get(name).
func renderModel(list []modelEntry, name string) string {
	var names []string
	seen := map[string]bool{}
	for _, e := range list {
		if !seen[e.name] {
			seen[e.name] = true
			names = append(names, e.name)
		}
	}
	sort.Strings(names)
	get := func(n string) (string, bool) {
		var vs []string
		for _, e := range list {
			if e.name == n {
				vs = append(vs, e.value)
			}
		}
		return strings.Join(vs, ", "), len(vs) > 0
	}
	var b strings.Builder
	b.WriteString("[")
	first := true
	item := func(n, v string) {
		if !first {
			b.WriteString(",")
		}
		first = false
		b.WriteString("[" + jsQuote(n) + "," + jsQuote(v) + "]")
	}
	for _, n := range names {
		if n == "set-cookie" {
			for _, e := range list {
				if e.name == n {
					item(n, e.value)
				}
			}
			continue
		}
		v, _ := get(n)
		item(n, v)
	}
	b.WriteString("]")
	v, ok := get(name)
	b.WriteString("|" + strconv.FormatBool(ok) + "|")
	if ok {
		b.WriteString(v)
	} else {
		b.WriteString("null")
	}
	return b.String()
}

// jsQuote is JSON.stringify of a string.
func jsQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\b':
			b.WriteString(`\b`)
		case '\f':
			b.WriteString(`\f`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 {
				fmt.Fprintf(&b, `\u%04x`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	b.WriteByte('"')
	return b.String()
}
