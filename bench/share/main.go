// Command share splits the time of a message workload under mcrepl into the
// script's own work, which no host of goja can take away, and the channel's.
//
//	go run ./bench/share                              the scripts alone, 5 rounds
//	go run ./bench/share -mcrepl /tmp/mcrepl          and under mcrepl, interleaved
//	go run ./bench/share -mcrepl /tmp/mcrepl -byref   and over a host that delivers by reference
//	go run ./bench/share -only small,objects -rounds 9
//
// Each workload of bench/workloads runs unchanged in a bare goja runtime
// whose MessageChannel's postMessage does nothing: the script builds and
// posts every message as it does under mcrepl, but nothing is cloned,
// queued or delivered, and no listener runs. Its time (around the whole
// script) is what goja takes for the script's own work, which no host of
// goja can take away. mcrepl's time is the one the workload prints (its
// RESULT line, measured with performance.now inside the script), so neither
// includes a process start; the difference is the channel's share: the
// clone, the queue, the MessageEvents, the event loop, and goja calling the
// listeners and running their bodies (for these workloads a few
// operations each).
//
// -byref also runs each workload over the simplest host there is in Go
// (byReference): it delivers every value itself, without a clone, to a new
// object's data. It is not a lower bound for the channel's share: on small
// it is slower than mcrepl (bench/README.md).
//
// The collector is given a live, never-touched heap of -ballast MiB, as
// mcrepl's heap floor gives it (worker/heapfloor.go), so that the script is
// not measured under a collector tuned differently. Workloads whose time is
// the clone itself (clonegraph) or that wait for close events (channels) are
// not measured here.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dop251/goja"
)

// ballastHeap is the -ballast: counted as live, it makes the collector wait
// for the heap to grow by about its size, as mcrepl's heap floor does.
var ballastHeap []byte

// workloads are the workloads measured here, in bench/run.mjs's order.
var workloads = []string{"pingpong", "small", "objects", "buffers"}

func main() {
	dir := flag.String("dir", "bench/workloads", "the directory of the workloads")
	only := flag.String("only", "", "comma-separated workloads (default: "+strings.Join(workloads, ",")+")")
	rounds := flag.Int("rounds", 5, "runs of each workload in each mode, interleaved; the median is printed")
	mcrepl := flag.String("mcrepl", "", "an mcrepl binary to run each workload under too, interleaved (with --trace off)")
	byref := flag.Bool("byref", false, "also run each workload over a host in Go that delivers by reference (see the package doc)")
	ballast := flag.Int("ballast", 16, "MiB of never-touched heap held live, as mcrepl's heap floor (worker/heapfloor.go) does for such scripts; 0 for none")
	flag.Parse()
	if *ballast > 0 {
		ballastHeap = make([]byte, *ballast<<20)
		defer runtime.KeepAlive(ballastHeap)
	}
	names := workloads
	if *only != "" {
		names = strings.Split(*only, ",")
		for _, n := range names {
			if !slices.Contains(workloads, n) {
				fatalf("share: workload %q is not measured here (have: %s)", n, strings.Join(workloads, ", "))
			}
		}
	}
	if *rounds < 1 {
		fatalf("share: -rounds must be at least 1")
	}
	fmt.Printf("%-10s %16s %12s %16s %16s\n", "workload", "script alone ms", "mcrepl ms", "channel's share", "by reference ms")
	for _, name := range names {
		path := filepath.Join(*dir, name+".js")
		src, err := os.ReadFile(path)
		if err != nil {
			fatalf("share: %v (run from the repository's root, or give -dir)", err)
		}
		var alones, runs, refs []float64
		for r := 0; r < *rounds; r++ {
			runtime.GC() // what the previous run left is not this one's to collect
			ms, err := alone(path, string(src))
			if err != nil {
				fatalf("share: %s: %v", name, err)
			}
			alones = append(alones, ms)
			if *byref {
				runtime.GC()
				ms, err := byReference(path, string(src))
				if err != nil {
					fatalf("share: %s by reference: %v", name, err)
				}
				refs = append(refs, ms)
			}
			if *mcrepl != "" {
				ms, err := underMcrepl(*mcrepl, path)
				if err != nil {
					fatalf("share: mcrepl on %s: %v", name, err)
				}
				runs = append(runs, ms)
			}
		}
		f := median(alones)
		ref := "-"
		if *byref {
			ref = fmt.Sprintf("%.1f", median(refs))
		}
		if *mcrepl == "" {
			fmt.Printf("%-10s %16.1f %12s %16s %16s\n", name, f, "-", "-", ref)
			continue
		}
		m := median(runs)
		fmt.Printf("%-10s %16.1f %12.1f %15.0f%% %16s\n", name, f, m, 100*(m-f)/m, ref)
	}
}

// alone runs one workload in a bare goja runtime whose postMessage does
// nothing (see the package doc) and returns how long the script took.
func alone(path, src string) (float64, error) {
	rt, _ := newRuntime()
	noop := func(goja.FunctionCall) goja.Value { return goja.Undefined() }
	_ = rt.Set("MessageChannel", func(c goja.ConstructorCall) *goja.Object {
		for _, name := range []string{"port1", "port2"} {
			port := rt.NewObject()
			_ = port.Set("postMessage", noop)
			_ = port.Set("close", noop)
			_ = c.This.Set(name, port)
		}
		return nil
	})
	t := time.Now()
	if _, err := rt.RunScript(path, src); err != nil {
		return 0, err
	}
	ms := float64(time.Since(t).Nanoseconds()) / 1e6
	return ms, settled(rt)
}

// byReference runs one workload over the simplest host in Go: postMessage
// puts the other port and the value itself (no clone) on one queue, and
// after the script a loop calls each port's onmessage with a new ordinary
// object whose one property is data; no MessageEvent, microtasks or close
// events. It returns the time the workload printed.
func byReference(path, src string) (float64, error) {
	rt, printed := newRuntime()
	type delivery struct {
		to   *goja.Object
		data goja.Value
	}
	var queue []delivery
	_ = rt.Set("MessageChannel", func(c goja.ConstructorCall) *goja.Object {
		p1, p2 := rt.NewObject(), rt.NewObject()
		for _, pair := range [][2]*goja.Object{{p1, p2}, {p2, p1}} {
			to := pair[1]
			_ = pair[0].Set("postMessage", func(c goja.FunctionCall) goja.Value {
				queue = append(queue, delivery{to, c.Argument(0)})
				return goja.Undefined()
			})
			_ = pair[0].Set("close", func(goja.FunctionCall) goja.Value { return goja.Undefined() })
		}
		_ = c.This.Set("port1", p1)
		_ = c.This.Set("port2", p2)
		return nil
	})
	if _, err := rt.RunScript(path, src); err != nil {
		return 0, err
	}
	for len(queue) > 0 {
		d := queue[0]
		queue = queue[1:]
		fn, ok := goja.AssertFunction(d.to.Get("onmessage"))
		if !ok {
			continue
		}
		ev := rt.NewObject()
		_ = ev.Set("data", d.data)
		if _, err := fn(d.to, ev); err != nil {
			return 0, err
		}
	}
	if err := settled(rt); err != nil {
		return 0, err
	}
	return resultMs(strings.Join(*printed, "\n"))
}

// newRuntime is a goja runtime with console.log (kept, for the RESULT
// line) and performance.now.
func newRuntime() (*goja.Runtime, *[]string) {
	rt := goja.New()
	start := time.Now()
	printed := new([]string)
	console := rt.NewObject()
	_ = console.Set("log", func(c goja.FunctionCall) goja.Value {
		parts := make([]string, len(c.Arguments))
		for i, a := range c.Arguments {
			parts[i] = a.String()
		}
		*printed = append(*printed, strings.Join(parts, " "))
		return goja.Undefined()
	})
	_ = rt.Set("console", console)
	perf := rt.NewObject()
	_ = perf.Set("now", func(goja.FunctionCall) goja.Value {
		return rt.ToValue(float64(time.Since(start).Nanoseconds()) / 1e6)
	})
	_ = rt.Set("performance", perf)
	return rt, printed
}

// settled is the workload's error if its done promise was rejected.
func settled(rt *goja.Runtime) error {
	done := rt.Get("done")
	if done == nil {
		return errors.New("the script has no top-level done promise (see bench/README.md's rules for a workload)")
	}
	if p, ok := done.Export().(*goja.Promise); ok && p.State() == goja.PromiseStateRejected {
		return fmt.Errorf("the workload failed: %v", p.Result())
	}
	return nil
}

// underMcrepl runs one workload under mcrepl and returns the time it printed.
func underMcrepl(bin, path string) (float64, error) {
	out, err := exec.Command(bin, "--trace", "off", "run", path).CombinedOutput()
	if err != nil {
		return 0, fmt.Errorf("%v: %s", err, strings.TrimSpace(string(out)))
	}
	return resultMs(string(out))
}

var resultRE = regexp.MustCompile(`RESULT name=\S+ ms=([0-9.]+)`)

func resultMs(out string) (float64, error) {
	m := resultRE.FindStringSubmatch(out)
	if m == nil {
		return 0, errors.New("no RESULT line in its output: " + strings.TrimSpace(out))
	}
	return strconv.ParseFloat(m[1], 64)
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func fatalf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, format+"\n", args...)
	os.Exit(1)
}
