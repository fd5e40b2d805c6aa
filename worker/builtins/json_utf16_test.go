package builtins

import "testing"

// TestJSONParseLoneSurrogates checks that JSON.parse keeps a lone
// surrogate, escaped or raw, in strings and keys, as V8 does (goja's own
// parse turns it into U+FFFD), and still builds the rest as before.
func TestJSONParseLoneSurrogates(t *testing.T) {
	for _, c := range []struct{ name, src, want string }{
		{"escaped in a string", `print(JSON.parse('"\\ud83d \\udeb2"').split('').map((c) => c.charCodeAt(0).toString(16)).join())`, "d83d,20,deb2\n"},
		{"raw in a string", `print(JSON.parse('["a\ud800"]')[0].charCodeAt(1).toString(16))`, "d800\n"},
		{"a key, __proto__ own, duplicates", `const o = JSON.parse('{"__proto__": 1, "k\\udc00": [1, -0, 2.5e3, true, null, "\\u0041\\/"], "d": 1, "d": 2}'); print(Object.keys(o).map((k) => k.length).join(), Object.getPrototypeOf(o) === Object.prototype, Object.is(o['k\udc00'][1], -0), JSON.stringify(o))`, `9,2,1 true true {"__proto__":1,"k\udc00":[1,0,2500,true,null,"A/"],"d":2}` + "\n"},
		{"a pair stays a pair", `print(JSON.parse('"\\ud83d\\ude00"').codePointAt(0).toString(16))`, "1f600\n"},
		{"with a reviver", `print(JSON.parse('{"a": "\\ud800"}', (k, v) => typeof v === 'string' ? v.charCodeAt(0) : v).a)`, "55296\n"},
		{"toString runs once", `let n = 0; JSON.parse({ toString() { n++; return '"\\ud800"'; } }); print(n)`, "1\n"},
		{"errors stay goja's", `try { JSON.parse('["\\ud800"'); } catch (e) { print(e.name) }`, "SyntaxError\n"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := run(t, c.src); got != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}
