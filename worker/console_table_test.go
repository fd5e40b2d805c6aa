package worker

import "testing"

// The expected tables are what node 20 prints for the same calls.
func TestConsoleTableAsNode(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{`console.table([{a:1,b:"x"},{a:2,c:true}])`, "" +
			"┌─────────┬───┬─────┬──────┐\n" +
			"│ (index) │ a │ b   │ c    │\n" +
			"├─────────┼───┼─────┼──────┤\n" +
			"│ 0       │ 1 │ 'x' │      │\n" +
			"│ 1       │ 2 │     │ true │\n" +
			"└─────────┴───┴─────┴──────┘\n"},
		{`console.table([{a:1,b:2}], ["a"])`, "" +
			"┌─────────┬───┐\n" +
			"│ (index) │ a │\n" +
			"├─────────┼───┤\n" +
			"│ 0       │ 1 │\n" +
			"└─────────┴───┘\n"},
		{`console.table(5)`, "5\n"},
		{`console.table(new Map([["k",{v:1}],["j",2]]))`, "" +
			"┌───────────────────┬─────┬──────────┐\n" +
			"│ (iteration index) │ Key │ Values   │\n" +
			"├───────────────────┼─────┼──────────┤\n" +
			"│ 0                 │ 'k' │ { v: 1 } │\n" +
			"│ 1                 │ 'j' │ 2        │\n" +
			"└───────────────────┴─────┴──────────┘\n"},
		{`console.table([{名前:"太郎", o:{p:1,q:2,r:3}, z:{z:[1,2,3,4]}}])`, "" +
			"┌─────────┬────────┬──────────┬────────────────┐\n" +
			"│ (index) │ 名前   │ o        │ z              │\n" +
			"├─────────┼────────┼──────────┼────────────────┤\n" +
			"│ 0       │ '太郎' │ [Object] │ { z: [Array] } │\n" +
			"└─────────┴────────┴──────────┴────────────────┘\n"},
		{`console.dir({a:{b:{c:1}}}, {depth:0})`, "{ a: [Object] }\n"},
	} {
		out, _, err := run(t, tc.src)
		if err != nil || out != tc.want {
			t.Errorf("%s:\ngot\n%s(%v)\nwant\n%s", tc.src, out, err, tc.want)
		}
	}
}
