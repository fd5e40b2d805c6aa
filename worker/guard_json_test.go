package worker

import (
	"testing"

	"github.com/dop251/goja"
)

func TestJSONLayoutLearnt(t *testing.T) {
	if jsonLayout(goja.New()) == nil {
		t.Fatal("goja's array layout is not the one the JSON.stringify guard reads")
	}
}

// TestJSONStringifyDeep: JSON.stringify of plain data nested deeper than
// maxStringifyDepth throws V8's RangeError at once (goja would spend hours
// in its cycle check, where no interrupt reaches, then overflow the Go
// stack), and the walk that finds it changes nothing else: a cycle is
// still a TypeError, what a property list, a toJSON or a replacer leaves
// out is not counted, and a value at the limit is serialized.
func TestJSONStringifyDeep(t *testing.T) {
	out, stderr, err := run(t, `
		const obj = n => { let o = {}; for (let i = 1; i < n; i++) o = { a: o }; return o; };
		const arr = n => { let a = []; for (let i = 1; i < n; i++) a = [a]; return a; };
		const deep = obj(2e5);
		const cases = {
			object: () => JSON.stringify(deep),
			array: () => JSON.stringify(arr(2e5)),
			indented: () => JSON.stringify(deep, null, 2),
			'inside an array': () => JSON.stringify([1, { x: deep }]),
			'listed key': () => JSON.stringify(deep, ['a']),
			'shared': () => { let o = {}; for (let i = 0; i < 2e4; i++) o = { a: o, b: o }; return JSON.stringify(o); },
			'at the limit': () => JSON.stringify(obj(10000)).length,
			'array at the limit': () => JSON.stringify(arr(10000)).length,
			cycle: () => { const o = { x: { y: {} } }; o.x.y.z = o; return JSON.stringify(o); },
			'key not listed': () => JSON.stringify(deep, ['b']),
			'toJSON': () => JSON.stringify({ a: { toJSON: () => 1, a: deep } }),
			'non-enumerable': () => { const o = {}; Object.defineProperty(o, 'a', { value: deep }); return JSON.stringify(o); },
			'replacer': () => JSON.stringify(deep, (k, v) => k === 'a' ? undefined : v),
		};
		for (const [name, f] of Object.entries(cases)) {
			try { console.log(name, f()); }
			catch (e) { console.log(name, e.constructor.name, e.message); }
		}
	`)
	want := `object RangeError Maximum call stack size exceeded
array RangeError Maximum call stack size exceeded
indented RangeError Maximum call stack size exceeded
inside an array RangeError Maximum call stack size exceeded
listed key RangeError Maximum call stack size exceeded
shared RangeError Maximum call stack size exceeded
at the limit 59996
array at the limit 20000
cycle TypeError Converting circular structure to JSON
key not listed {}
toJSON {"a":1}
non-enumerable {}
replacer {}
`
	if err != nil || out != want {
		t.Fatalf("got:\n%s(stderr %q, %v)\nwant:\n%s", out, stderr, err, want)
	}
}

// benchValue evaluates src in a bare runtime and returns it with the
// original JSON.stringify and a walker, to compare the two costs.
func benchValue(b *testing.B, src string) (*goja.Runtime, goja.Value, goja.Callable, *jsonWalker) {
	rt := goja.New()
	v, err := rt.RunString(src)
	if err != nil {
		b.Fatal(err)
	}
	sf, _ := goja.AssertFunction(rt.Get("JSON").(*goja.Object).Get("stringify"))
	op := rt.Get("Object").(*goja.Object).Get("prototype").(*goja.Object)
	ap := rt.Get("Array").(*goja.Object).Get("prototype").(*goja.Object)
	return rt, v, sf, &jsonWalker{lay: jsonLayout(rt), objectProto: op, arrayProto: ap}
}

const wideSrc = `const a = []; for (let i = 0; i < 1e4; i++) a.push({i, s: 'x' + i, n: [i, i + 1]}); a`

// The walk against the stringify it guards, on a wide value and a small one.
func BenchmarkJSONStringifyWide(b *testing.B) {
	_, v, sf, _ := benchValue(b, wideSrc)
	for b.Loop() {
		sf(nil, v)
	}
}

func BenchmarkJSONWalkWide(b *testing.B) {
	_, v, _, w := benchValue(b, wideSrc)
	for b.Loop() {
		w.deeperThan(v.(*goja.Object), maxStringifyDepth)
	}
}

func BenchmarkJSONStringifySmall(b *testing.B) {
	_, v, sf, _ := benchValue(b, `({a: 1, b: [1, 2, 3], c: {d: 'x'}})`)
	for b.Loop() {
		sf(nil, v)
	}
}

func BenchmarkJSONWalkSmall(b *testing.B) {
	_, v, _, w := benchValue(b, `({a: 1, b: [1, 2, 3], c: {d: 'x'}})`)
	for b.Loop() {
		w.deeperThan(v.(*goja.Object), maxStringifyDepth)
	}
}
