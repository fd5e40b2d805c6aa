package inspect

import (
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"
)

// A budgeted preview prints a small value exactly as without a budget, and
// stays short whatever the value's size.
func TestBudget(t *testing.T) {
	rt := goja.New()
	const budget = 480
	for _, tc := range []struct{ name, small, big string }{
		{"typed array", `new Uint8Array(50)`, `new Uint8Array(64 << 20)`},
		{"array", `Array.from({ length: 50 }, (_, i) => i)`, `Array.from({ length: 1e6 }, (_, i) => i)`},
		{"string", `'x'.repeat(50)`, `'x'.repeat(64 << 20)`},
		{"two-byte string", `'é'.repeat(50)`, `'é'.repeat(16 << 20)`},
		{"object", `Object.fromEntries(Array.from({ length: 20 }, (_, i) => ['k' + i, i]))`, `Object.fromEntries(Array.from({ length: 2e4 }, (_, i) => ['k' + i, i]))`},
		{"map", `new Map(Array.from({ length: 20 }, (_, i) => [i, 'v' + i]))`, `new Map(Array.from({ length: 2e4 }, (_, i) => [i, 'v' + i]))`},
		{"nested", `[[1, 2], { a: [3] }]`, `Array.from({ length: 300 }, () => Array.from({ length: 300 }, () => ({ a: 'y'.repeat(100) })))`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			opts := Options{BreakLength: 1 << 30}
			budgeted := Options{BreakLength: 1 << 30, Budget: budget}
			small, err := rt.RunString(tc.small)
			if err != nil {
				t.Fatal(err)
			}
			// A value within the budget prints exactly as without one.
			if got, want := Format(rt, small, budgeted), Format(rt, small, opts); got != want {
				t.Errorf("small value:\n got %s\nwant %s", got, want)
			}
			big, err := rt.RunString(tc.big)
			if err != nil {
				t.Fatal(err)
			}
			start := time.Now()
			got := Format(rt, big, budgeted)
			took := time.Since(start)
			// Entries are charged after they are made, and nested lists charge
			// their entries too: a few times the budget at most.
			if len(got) > 8*budget {
				t.Errorf("%d characters for a budget of %d: %.100s…", len(got), budget, got)
			}
			// The cost is measured by the benchmarks of worker/channel; a timing
			// here would only be flaky on a loaded machine.
			t.Logf("%d characters in %v", len(got), took)
		})
	}
}

func TestBudgetEndsWithEllipsis(t *testing.T) {
	rt := goja.New()
	v, _ := rt.RunString(`new Uint8Array(1 << 20)`)
	got := strings.Join(strings.Fields(Format(rt, v, Options{BreakLength: 1 << 30, Budget: 20})), " ")
	if !strings.HasPrefix(got, "Uint8Array(1048576) [ 0, 0,") || !strings.HasSuffix(got, "… ]") {
		t.Fatalf("got %s", got)
	}
}
