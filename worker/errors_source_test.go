package worker

import (
	"context"
	"strings"
	"testing"
)

// TestV8Messages checks the TypeError and ReferenceError messages that
// reports rewrite into V8's wording, with the stack in V8's shape.
func TestV8Messages(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{"const port = {};\nfunction f() {\n  port.on('message', () => {});\n}\nf();", "Uncaught TypeError: port.on is not a function\n    at f (test.js:3:10)\n    at test.js:5:2\n"},
		{"let z = z + 1", "Uncaught ReferenceError: Cannot access 'z' before initialization\n    at test.js:1:9\n"},
		{"class B {}\nB()", "Uncaught TypeError: Class constructor B cannot be invoked without 'new'\n    at test.js:2:2\n"},
		{"const port = {}; port.p.q", "Uncaught TypeError: Cannot read properties of undefined (reading 'q')\n    at test.js:1:25\n"},
		{"const foo = 5; foo()", "Uncaught TypeError: foo is not a function\n    at test.js:1:19\n"},
		{"const o = {a: 1};\no.a(2)", "Uncaught TypeError: o.a is not a function\n    at test.js:2:4\n"},
		{"let f; f()", "Uncaught TypeError: f is not a function\n    at test.js:1:9\n"},
		{"const o = {}; o.x.y = 1", "Uncaught TypeError: Cannot set properties of undefined (setting 'y')\n    at test.js:1:19\n"},
		{"const o = {}; o.x['k'] = 1", "Uncaught TypeError: Cannot set properties of undefined (setting 'k')\n    at test.js:1:18\n"},
		{"const o = {}; o.x.y == 1", "Uncaught TypeError: Cannot read properties of undefined (reading 'y')\n    at test.js:1:19\n"},
		{"const a = 5;\nfor (const x of a) {}", "Uncaught TypeError: a is not iterable\n    at test.js:2:17\n"},
		{"const a = 5; const [p] = a", "Uncaught TypeError: a is not iterable\n    at test.js:1:26\n"},
		{"const o = {}; [...o.list]", "Uncaught TypeError: o.list is not iterable\n    at test.js:1:21\n"},
		{"const o = {};\nfor (const x of o.items) {}", "Uncaught TypeError: o.items is not iterable\n    at test.js:2:19\n"},
		{"Object.keys(null)", "Uncaught TypeError: Cannot convert undefined or null to object\n    at keys (<anonymous>)\n    at test.js:1:12\n"},
		{"[].reduce((a, b) => a + b)", "Uncaught TypeError: Reduce of empty array with no initial value\n    at reduce (<anonymous>)\n    at test.js:1:10\n"},
		{"String(Object.create(null))", "Uncaught TypeError: Cannot convert object to primitive value\n    at String (<anonymous>)\n    at test.js:1:7\n"},
		{"BigInt(1.5)", "Uncaught RangeError: The number 1.5 cannot be converted to a BigInt because it is not an integer\n    at BigInt (<anonymous>)\n    at test.js:1:7\n"},
		{"BigInt('x')", "Uncaught SyntaxError: Cannot convert x to a BigInt\n    at BigInt (<anonymous>)\n    at test.js:1:7\n"},
		{"[1].map(() => { throw new Error('in map') })", "Uncaught Error: in map\n    at test.js:1:23\n    at map (<anonymous>)\n    at test.js:1:8\n"},
		{"if (typeof __mcrepl_enter !== 'undefined') throw new Error('the entry function is visible')", ""},
	} {
		var out, errw strings.Builder
		w, err := New(Config{Stdout: &out, Stderr: &errw})
		if err != nil {
			t.Fatal(err)
		}
		_ = w.Run(context.Background(), "test.js", c.src)
		w.Close()
		if errw.String() != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.src, errw.String(), c.want)
		}
	}
}
