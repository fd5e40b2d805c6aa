package clone

import (
	"os"
	"testing"

	"github.com/dop251/goja"
)

// The clone benchmarks measure what structuredClone does: serialize with shared primitives,
// then deserialize. BenchmarkSerializeGraph measures postMessage's serialization.

// benchValue evaluates expr after loading testdata/bench/clone.js, the workload that
// bun and node run too.
func benchValue(b *testing.B, expr string) (*Cloner, goja.Value) {
	b.Helper()
	rt, c := newTestRuntime(b, Options{})
	src, err := os.ReadFile("testdata/bench/clone.js")
	if err != nil {
		b.Fatal(err)
	}
	rt.Set("cloneBenchLibraryOnly", true)
	if _, err := rt.RunString(string(src)); err != nil {
		b.Fatal(err)
	}
	v, err := rt.RunString(expr)
	if err != nil {
		b.Fatal(err)
	}
	return c, v
}

func benchClone(b *testing.B, expr string) {
	c, v := benchValue(b, expr)
	benchCloneOf(b, c, v)
}

// benchCloneOf measures what structuredClone(v) does.
func benchCloneOf(b *testing.B, c *Cloner, v goja.Value) {
	b.ReportAllocs()
	for b.Loop() {
		m, err := c.serialize(v, nil, true) // as structuredClone does
		if err != nil {
			b.Fatal(err)
		}
		if _, err := c.Deserialize(m); err != nil {
			b.Fatal(err)
		}
		c.recycle(m)
	}
}

// BenchmarkCloneGraph is one clone of the 10,000-node graph; the workload is 100.
func BenchmarkCloneGraph(b *testing.B) { benchClone(b, `makeGraph(10000)`) }

// BenchmarkCloneBuffer1MiB is one clone of a 1 MiB ArrayBuffer; the workload is 1,000.
func BenchmarkCloneBuffer1MiB(b *testing.B) { benchClone(b, `makeBuffer()`) }

func BenchmarkCloneSmall(b *testing.B) {
	benchClone(b, `({ a: 1, b: "two", c: [3, 4], d: { e: null } })`)
}

func BenchmarkClonePrimitive(b *testing.B) { benchClone(b, `"a string"`) }

func BenchmarkSerializeGraph(b *testing.B) { benchSerialize(b, `makeGraph(10000)`) }

// BenchmarkSerializeSmallGraph is BenchmarkSerializeGraph on a graph that fits in the caches:
// per node, the difference between the two is the cost of cache misses.
func BenchmarkSerializeSmallGraph(b *testing.B) { benchSerialize(b, `makeGraph(1000)`) }

func benchSerialize(b *testing.B, expr string) {
	c, v := benchValue(b, expr)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Serialize(v); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCloneWorkloadGraph is one clone of the graph of bench/workloads/clonegraph.js, the
// whole-program workload (e) that every runtime runs; its nodes carry more than makeGraph's.
func BenchmarkCloneWorkloadGraph(b *testing.B) {
	c, v := workloadGraph(b)
	benchCloneOf(b, c, v)
}
