package clone

import (
	"os"
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// fromWorkload runs the library part of bench/workloads/NAME (what comes before its
// `const done`) in a fresh runtime and returns the Cloner and the value of expr there.
func fromWorkload(b testing.TB, name, expr string) (*Cloner, goja.Value) {
	b.Helper()
	rt, c := newTestRuntime(b, Options{})
	src, err := os.ReadFile("../../bench/workloads/" + name)
	if err != nil {
		b.Fatal(err)
	}
	lib, _, ok := strings.Cut(string(src), "\nconst done")
	if !ok {
		b.Fatalf("bench/workloads/%s has no `const done`: update this benchmark", name)
	}
	if _, err := rt.RunString(lib); err != nil {
		b.Fatal(err)
	}
	v, err := rt.RunString(expr)
	if err != nil {
		b.Fatal(err)
	}
	return c, v
}

// workloadGraph returns the graph of bench/workloads/clonegraph.js, the whole-program
// workload (e) that every runtime runs.
func workloadGraph(b testing.TB) (*Cloner, goja.Value) {
	return fromWorkload(b, "clonegraph.js", "makeGraph(10000)")
}

// BenchmarkSerializeWorkloadGraph is the serializing half of BenchmarkCloneWorkloadGraph.
func BenchmarkSerializeWorkloadGraph(b *testing.B) {
	c, v := workloadGraph(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.serialize(v, nil, true); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDeserializeWorkloadGraph is the deserializing half of BenchmarkCloneWorkloadGraph.
func BenchmarkDeserializeWorkloadGraph(b *testing.B) {
	c, v := workloadGraph(b)
	m, err := c.serialize(v, nil, true)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Deserialize(m); err != nil {
			b.Fatal(err)
		}
	}
}

// record returns one record of bench/workloads/objects.js (workload (c), 100,000 of them
// posted over a MessageChannel).
func record(b *testing.B) (*Cloner, goja.Value) {
	return fromWorkload(b, "objects.js", "makeRecord(12345)")
}

// BenchmarkPostRecord is what postMessage and the message event do with one record: serialize
// without sharing, then deserialize.
func BenchmarkPostRecord(b *testing.B) {
	c, v := record(b)
	b.ReportAllocs()
	for b.Loop() {
		m, err := c.Serialize(v)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := c.Deserialize(m); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSerializeRecord is postMessage's half of BenchmarkPostRecord.
func BenchmarkSerializeRecord(b *testing.B) {
	c, v := record(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Serialize(v); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDeserializeRecord is the message event's half of BenchmarkPostRecord.
func BenchmarkDeserializeRecord(b *testing.B) {
	c, v := record(b)
	m, err := c.Serialize(v)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := c.Deserialize(m); err != nil {
			b.Fatal(err)
		}
	}
}
