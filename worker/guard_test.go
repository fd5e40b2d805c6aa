package worker

import (
	"strings"
	"testing"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/builtins"
)

func TestDeepOffset(t *testing.T) {
	for _, c := range []struct {
		name string
		src  string
		want int // -1: within the limit of 10
	}{
		{"flat", "f(a)(b)[c]{d}", -1},
		{"parens", strings.Repeat("(", 11) + "1" + strings.Repeat(")", 11), 10},
		{"ten", strings.Repeat("(", 10) + "1" + strings.Repeat(")", 10), -1},
		{"brackets in a string", `"` + strings.Repeat("(", 20) + `"`, -1},
		{"brackets in single quotes", `'` + strings.Repeat("[", 20) + `'`, -1},
		{"escaped quote", `"\"` + strings.Repeat("(", 20) + `"`, -1},
		{"line comment", "// " + strings.Repeat("{", 20) + "\nx", -1},
		{"block comment", "/* " + strings.Repeat("{", 20) + " */x", -1},
		{"template text", "`" + strings.Repeat("(", 20) + "`", -1},
		{"template substitutions", strings.Repeat("`${", 11) + "1" + strings.Repeat("}`", 11), 32},
		{"substitution closes", "`${a}" + strings.Repeat("(", 20) + "`", -1},
		{"prefix operators", "x = " + strings.Repeat("!", 11) + "1", 14},
		{"binary operators", strings.Repeat("a + ", 20) + "a", -1},
	} {
		if got := deepOffset(c.src, 10); got != c.want {
			t.Errorf("%s: deepOffset(%.40q, 10) = %d, want %d", c.name, c.src, got, c.want)
		}
	}
}

func TestJSONNesting(t *testing.T) {
	for _, c := range []struct {
		text string
		want int
	}{
		{`1`, 0},
		{`[[1],[2]]`, 2},
		{`{"a":{"b":[{}]}}`, 4},
		{`["[[[", "\"[[["]`, 1},
		{`[` + strings.Repeat(`{"x":`, 5) + `0` + strings.Repeat(`}`, 5) + `]`, 6},
	} {
		if got := JSONNesting(c.text); got != c.want {
			t.Errorf("JSONNesting(%q) = %d, want %d", c.text, got, c.want)
		}
	}
}

// FuzzDeepOffset: the nesting scanner never panics, reports an offset
// inside the source, and the prefix up to that offset is already too deep.
func FuzzDeepOffset(f *testing.F) {
	for _, s := range []string{"", "((1))", "`${`${1}`}`", "'((('", "/* ( */ (", "!!!x", "{[(`${)]}`"} {
		f.Add(s, 3)
	}
	f.Fuzz(func(t *testing.T, src string, limit int) {
		limit = limit%50 + 1
		if limit < 1 {
			limit = -limit + 1
		}
		i := deepOffset(src, limit)
		if i < -1 || i >= len(src) {
			t.Fatalf("deepOffset(%q, %d) = %d: outside the source", src, limit, i)
		}
		if i >= 0 {
			if j := deepOffset(src[:i+1], limit); j != i {
				t.Fatalf("deepOffset(%q, %d) = %d, but on the prefix %q it is %d", src, limit, i, src[:i+1], j)
			}
		}
	})
}

// FuzzJSONNesting: never negative, never more than the brackets there are.
func FuzzJSONNesting(f *testing.F) {
	for _, s := range []string{`[]`, `{"a":[{}]}`, `"[\"["`, `]]]`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		n := JSONNesting(text)
		if n < 0 || n > strings.Count(text, "[")+strings.Count(text, "{") {
			t.Fatalf("JSONNesting(%q) = %d", text, n)
		}
	})
}

// The guarded buffer constructors keep V8's attributes: a non-enumerable
// constructor on the prototype (for-in over a typed array lists nothing)
// and a writable, configurable, non-enumerable global.
func TestGuardedConstructorsAttributes(t *testing.T) {
	out, _, err := run(t, `
		const seen = [];
		for (const p in new Uint8Array(0)) seen.push(p);
		for (const p in new ArrayBuffer(1)) seen.push(p);
		const d = (o, k) => { const x = Object.getOwnPropertyDescriptor(o, k); return [x.writable, x.enumerable, x.configurable].join(); };
		console.log(seen.length, d(Uint8Array.prototype, 'constructor'), d(globalThis, 'Uint8Array'), d(globalThis, 'ArrayBuffer'), Object.keys(globalThis).includes('Float64Array'));
	`)
	if want := "0 true,false,true true,false,true true,false,true false\n"; err != nil || out != want {
		t.Fatalf("got %q (%v), want %q", out, err, want)
	}
}

// The guarded buffer constructors have the statics of the constructors
// they replace (as builtins.Install leaves them), in their order, with
// their values and attributes.
func TestGuardedConstructorsStatics(t *testing.T) {
	const describe = `["ArrayBuffer", "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array",
		"Int32Array", "Uint32Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array"].map(n => {
		const c = globalThis[n];
		return n + ": " + Reflect.ownKeys(c).map(k => {
			const d = Object.getOwnPropertyDescriptor(c, k);
			const v = "value" in d ? (Object(d.value) === d.value ? typeof d.value : String(d.value)) : "accessor " + typeof d.get;
			return String(k) + "=" + v + (d.writable ? " w" : "") + (d.enumerable ? " e" : "") + (d.configurable ? " c" : "") +
				(k === "prototype" ? " " + (d.value === Object.getPrototypeOf(new c(0))) : "");
		}).join(", ");
	}).join("\n")`
	rt := goja.New()
	builtins.Install(rt)
	want, err := rt.RunString(describe)
	if err != nil {
		t.Fatal(err)
	}
	out, _, err := run(t, "console.log("+describe+")")
	if err != nil || out != want.String()+"\n" {
		t.Fatalf("guarded:\n%s(%v)\noriginals:\n%s", out, err, want)
	}
}

// The typed array constructors are guarded when goja makes them
// (builtins.OnFirstUse): whichever way a script first reaches one, it finds
// the guarded constructor, everywhere.
func TestGuardedConstructorsOnFirstUse(t *testing.T) {
	const check = `[Uint8Array === Object.getOwnPropertyDescriptor(globalThis, 'Uint8Array').value,
		new Int16Array(1).constructor === Int16Array, Float64Array.prototype.constructor === Float64Array,
		String(BigInt64Array), (() => { try { Uint8Array(); } catch (e) { return e.name + ': ' + e.message; } })(),
		(() => { try { new Int32Array(2 ** 53); } catch (e) { return e.name + ': ' + e.message; } })()].join()`
	const want = "true,true,true,function BigInt64Array() { [native code] },TypeError: Constructor Uint8Array requires 'new',RangeError: Invalid typed array length: 9007199254740992"
	for _, c := range []struct{ name, first string }{
		{"read", ``},
		{"keys", `Object.getOwnPropertyNames(globalThis);`},
		{"descriptor", `Object.getOwnPropertyDescriptor(globalThis, 'Int16Array');`},
		{"for-in", `for (const k in globalThis) {}`},
		{"TypeError replaced", `globalThis.TypeError = function () {};`},
	} {
		rt := goja.New()
		builtins.Install(rt)
		(&Worker{rt: rt}).installGuards()
		v, err := rt.RunString(c.first + check)
		if err != nil || v.String() != want {
			t.Errorf("%s: got %v (%v), want %s", c.name, v, err, want)
		}
	}
}
