package inspect

import (
	"encoding/json"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// nodeCase is one record of testdata/workerd_inspect.json, written by
// testdata/record_workerd.js from workerd's util.inspect and util.format
// (the formatter of its console.log) for the cases of testdata/record.js.
type nodeCase struct {
	Expr   string          `json:"expr"`
	Args   string          `json:"args"`
	Opts   json.RawMessage `json:"opts"`
	Output string          `json:"output"`
	Error  string          `json:"error"` // what util.format threw
}

// optionsFor reads a case's recorded options as util.inspect reads them
// (OptionsFrom), depth Infinity recorded as null; none: console.log's.
func optionsFor(t testing.TB, rt *goja.Runtime, raw json.RawMessage) Options {
	if len(raw) == 0 {
		return Options{CustomInspect: true}
	}
	return OptionsFrom(eval(t, rt, "("+string(raw)+")"))
}

func loadNodeCases(t testing.TB) []nodeCase {
	b, err := os.ReadFile("testdata/workerd_inspect.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []nodeCase
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatal(err)
	}
	return cases
}

func eval(t testing.TB, rt *goja.Runtime, src string) goja.Value {
	t.Helper()
	v, err := rt.RunString(src)
	if err != nil {
		t.Fatalf("eval %s: %v", src, err)
	}
	return v
}

// elements returns the items of a JavaScript array (goja's ExportTo panics
// on holes).
func elements(arr *goja.Object) []goja.Value {
	n := arrayLength(arr)
	out := make([]goja.Value, n)
	for i := range out {
		out[i] = arr.Get(strconv.Itoa(i))
	}
	return out
}

// TestMatchesWorkerd checks every recorded case byte for byte. A case
// whose util.format threw is console.log's "<Formatting threw (...)>".
func TestMatchesWorkerd(t *testing.T) {
	cases := loadNodeCases(t)
	if len(cases) < 100 {
		t.Fatalf("only %d recorded cases", len(cases))
	}
	// Recorded, not matched: workerd prints Function.prototype as {} (its
	// inspect takes it for an ordinary object; Node, and this package,
	// show the function).
	known := map[string]bool{"Function.prototype": true}
	for _, c := range cases {
		if known[c.Expr] {
			continue
		}
		name := c.Expr
		if c.Args != "" {
			name = "format " + c.Args
		}
		t.Run(name, func(t *testing.T) {
			rt := goja.New()
			var got string
			if c.Args != "" {
				got = FormatLog(rt, elements(eval(t, rt, c.Args).(*goja.Object)), Options{CustomInspect: true})
			} else {
				got = Format(rt, eval(t, rt, "("+c.Expr+")"), optionsFor(t, rt, c.Opts))
			}
			if c.Error != "" {
				if want := "<Formatting threw (" + c.Error; !strings.HasPrefix(got, want) {
					t.Errorf("\n got: %s\nwant: %s...", got, want)
				}
				return
			}
			if got != c.Output {
				t.Errorf("\n got: %s\nwant: %s", got, c.Output)
			}
		})
	}
}
