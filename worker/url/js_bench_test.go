package url_test

import (
	"bytes"
	"context"
	"runtime"
	"testing"
	"time"

	"github.com/mcrepl/mcrepl/worker"
)

// BenchmarkNewURL is bench/workloads/urls.js's loop: new URL() of five
// shapes against a base, reading href, host and a search param.
func BenchmarkNewURL(b *testing.B) {
	var out bytes.Buffer
	w, err := worker.New(worker.Config{Stdout: &out})
	if err != nil {
		b.Fatal(err)
	}
	defer w.Close()
	src := `
	const shapes = [
		(i) => "https://example.com/path/" + i + "?q=" + i + "&page=2#frag",
		(i) => "http://user:pass@sub" + (i % 97) + ".example.org:8080/a/../b/./c?x=%20y",
		(i) => "https://EXAMPLE.com/" + "%E2%82%AC" + i,
		(i) => "/relative/" + i + "?a=1",
		(i) => "https://xn--nxasmq6b.com/" + i,
	];
	let total = 0;
	for (let i = 0; i < N; i++) {
		const u = new URL(shapes[i % shapes.length](i), "https://base.example/dir/file");
		total += u.href.length + u.host.length + (u.searchParams.get("q") || "").length;
	}`
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	b.ResetTimer()
	if err := w.Run(ctx, "bench.js", "const N = "+itoa(b.N)+";"+src); err != nil {
		b.Fatal(err)
	}
}

func itoa(n int) string {
	b := []byte{}
	for n > 0 || len(b) == 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}

// TestSearchParamsDoNotLeak: a URL's URLSearchParams is found through a
// slot whose state must not hold the URL (whose state holds the
// URLSearchParams object): URLs made and dropped in a loop leave the heap
// as they found it.
func TestSearchParamsDoNotLeak(t *testing.T) {
	if testing.Short() {
		t.Skip("allocates 300,000 URLs")
	}
	var out bytes.Buffer
	w, err := worker.New(worker.Config{Stdout: &out})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	heap := func() uint64 {
		runtime.GC()
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	loop := `for (let i = 0; i < 100000; i++) { const u = new URL("https://h/?q=" + i); u.searchParams.get("q"); u.searchParams.append("x", i); }`
	if err := w.Run(ctx, "warm.js", loop); err != nil {
		t.Fatal(err)
	}
	before := heap()
	for i := 0; i < 3; i++ {
		if err := w.Run(ctx, "loop.js", loop); err != nil {
			t.Fatal(err)
		}
	}
	after := heap()
	if after > before+20<<20 {
		t.Fatalf("heap grew from %d to %d MiB over 300,000 dropped URLs", before>>20, after>>20)
	}
}

// BenchmarkURLConstructor is bench/text's url-parse measure: new URL() of
// its four shapes, nothing read back; one op is one URL.
func BenchmarkURLConstructor(b *testing.B) { benchConstructor(b, "") }

// BenchmarkURLHref is bench/text's url-href: new URL() and its href.
func BenchmarkURLHref(b *testing.B) { benchConstructor(b, ".href") }

func benchConstructor(b *testing.B, read string) {
	var out bytes.Buffer
	w, err := worker.New(worker.Config{Stdout: &out})
	if err != nil {
		b.Fatal(err)
	}
	defer w.Close()
	src := `
	const urls = [];
	for (let i = 0; i < 1000; i++) {
		urls.push("https://example.com/path/" + i + "?q=" + i + "&page=2#frag");
		urls.push("http://user:pass@sub" + (i % 97) + ".example.org:8080/a/../b/./c?x=%20y");
		urls.push("https://EXAMPLE.com/%E2%82%AC" + i);
		urls.push("https://xn--nxasmq6b.com/" + i);
	}
	for (let i = 0; i < N; i++) new URL(urls[i % urls.length])` + read + `;`
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	b.ResetTimer()
	if err := w.Run(ctx, "bench.js", "const N = "+itoa(b.N)+";"+src); err != nil {
		b.Fatal(err)
	}
}
