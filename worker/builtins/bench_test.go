package builtins

import (
	"testing"

	"github.com/dop251/goja"
)

// The hot builtins beside goja's own Array methods doing the same work on
// the same 1,000 numbers: iterator helpers against map/filter/slice, and
// Object.groupBy / Map.groupBy against a reduce that groups.
//
//	go test -bench . -run XXX ./worker/builtins/

const benchSetup = `var xs = Array.from({ length: 1000 }, (_, i) => i);`

func benchJS(b *testing.B, src string) {
	rt, _, _ := newTestRuntime(b)
	if _, err := rt.RunString(benchSetup); err != nil {
		b.Fatal(err)
	}
	prg := goja.MustCompile("bench.js", src, false)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := rt.RunProgram(prg); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkIteratorMapFilterToArray(b *testing.B) {
	benchJS(b, `xs.values().map((x) => x * 2).filter((x) => x % 3 === 0).toArray()`)
}

func BenchmarkArrayMapFilter(b *testing.B) {
	benchJS(b, `xs.map((x) => x * 2).filter((x) => x % 3 === 0)`)
}

func BenchmarkIteratorTakeDrop(b *testing.B) {
	benchJS(b, `xs.values().drop(100).take(500).toArray()`)
}

func BenchmarkArraySlice(b *testing.B) {
	benchJS(b, `xs.slice(100, 600)`)
}

func BenchmarkIteratorReduce(b *testing.B) {
	benchJS(b, `xs.values().reduce((a, x) => a + x, 0)`)
}

func BenchmarkArrayReduce(b *testing.B) {
	benchJS(b, `xs.reduce((a, x) => a + x, 0)`)
}

func BenchmarkObjectGroupBy(b *testing.B) {
	benchJS(b, `Object.groupBy(xs, (x) => x % 10)`)
}

func BenchmarkMapGroupBy(b *testing.B) {
	benchJS(b, `Map.groupBy(xs, (x) => x % 10)`)
}

func BenchmarkArrayReduceGroup(b *testing.B) {
	benchJS(b, `xs.reduce((g, x) => { (g[x % 10] ??= []).push(x); return g }, {})`)
}
