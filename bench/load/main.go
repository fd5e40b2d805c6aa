// Command load drives `mcrepl serve` and `workerd serve` with the same
// Worker from 127.0.0.1 and prints requests per second and latency
// percentiles side by side.
//
//	go run ./bench/load                                  both servers, 50 connections, 30 s
//	go run ./bench/load -c 50 -d 10s -servers mcrepl     mcrepl only
//	go run ./bench/load -url http://127.0.0.1:8787/      a server already running
//	go run ./bench/load -worker fetchwork -trace events  a real handler's work, serve's default log
//
// Each connection sends its next request when the previous response has
// been read to the end (closed loop, HTTP/1.1 keep-alive). The run is
// bounded in time (-d) and in count (-max requests), and every response is
// checked (status 200 and the expected body): an error or a wrong answer
// counts as dropped. Only loopback addresses are accepted as targets.
package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
)

func main() {
	conns := flag.Int("c", 50, "concurrent connections")
	dur := flag.Duration("d", 30*time.Second, "how long each server is driven")
	maxReq := flag.Int64("max", 5_000_000, "stop after this many requests per server")
	warm := flag.Duration("warmup", 2*time.Second, "unmeasured load before each run")
	servers := flag.String("servers", "mcrepl,workerd", "which servers to start: mcrepl, workerd")
	mcrepl := flag.String("mcrepl", "", "the mcrepl binary (default: built from this checkout)")
	workerd := flag.String("workerd", "/work/tools/node_modules/@cloudflare/workerd-linux-64/bin/workerd", "the workerd binary")
	target := flag.String("url", "", "drive this already running server instead of starting any")
	want := flag.String("body", "", "the body every response must have (default: the worker's)")
	workerName := flag.String("worker", "hello", "the Worker: hello (a constant response) or fetchwork (what a real handler does per request: URL, AbortController, headers, a cloned stream body in waitUntil, a MessageChannel round trip, SHA-256, a TransformStream)")
	trace := flag.String("trace", "off", "mcrepl's --trace: off, or events (serve's default: the event log and the per-request report)")
	flag.Parse()
	bodies := map[string]string{"hello": "Hello World!", "fetchwork": "ok il7asoJjJEMhngUeSt4tHVu8Zxx4EFG/FDeJfL3+oPE="}
	if _, ok := bodies[*workerName]; !ok {
		fail(fmt.Errorf("-worker %q: give hello or fetchwork", *workerName))
	}
	if *want == "" {
		*want = bodies[*workerName]
	}

	if *target != "" {
		if err := loopbackOnly(*target); err != nil {
			fail(err)
		}
		r := drive(*target, *conns, *warm, *dur, *maxReq, *want)
		printTable([]result{r})
		return
	}
	dir, err := os.MkdirTemp("", "mcrepl-load-")
	if err != nil {
		fail(err)
	}
	defer os.RemoveAll(dir)
	worker, err := filepath.Abs(filepath.Join(filepath.Dir(sourceFile()), *workerName+".js"))
	if err != nil {
		fail(err)
	}
	var results []result
	for _, name := range strings.Split(*servers, ",") {
		port, err := freePort()
		if err != nil {
			fail(err)
		}
		var cmd *exec.Cmd
		switch name {
		case "mcrepl":
			bin := *mcrepl
			if bin == "" {
				bin = filepath.Join(dir, "mcrepl")
				build := exec.Command("go", "build", "-o", bin, ".")
				build.Dir = filepath.Join(filepath.Dir(sourceFile()), "..", "..")
				if out, err := build.CombinedOutput(); err != nil {
					fail(fmt.Errorf("go build: %v\n%s", err, out))
				}
			}
			cmd = exec.Command(bin, "serve", "--trace", *trace, "--no-reload", "--compat-date", "2025-08-15",
				"--port", fmt.Sprint(port), worker)
		case "workerd":
			cfg := filepath.Join(dir, "config.capnp")
			src, err := os.ReadFile(worker)
			if err != nil {
				fail(err)
			}
			// workerd embeds files relative to its configuration.
			if err := os.WriteFile(filepath.Join(dir, "worker.js"), src, 0o644); err != nil {
				fail(err)
			}
			if err := os.WriteFile(cfg, []byte(capnp("worker.js", port)), 0o644); err != nil {
				fail(err)
			}
			cmd = exec.Command(*workerd, "serve", cfg)
		default:
			fail(fmt.Errorf("unknown server %q (mcrepl or workerd)", name))
		}
		cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
		if err := cmd.Start(); err != nil {
			fail(fmt.Errorf("%s: %v", name, err))
		}
		u := fmt.Sprintf("http://127.0.0.1:%d/", port)
		if err := waitUp(u, 15*time.Second); err != nil {
			_ = cmd.Process.Kill()
			fail(fmt.Errorf("%s did not come up: %v", name, err))
		}
		r := drive(u, *conns, *warm, *dur, *maxReq, *want)
		r.name = name
		r.rss = peakRSS(cmd.Process.Pid)
		_ = cmd.Process.Signal(syscall.SIGINT)
		done := make(chan struct{})
		go func() { _ = cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			_ = cmd.Process.Kill()
			<-done
		}
		results = append(results, r)
	}
	printTable(results)
}

func capnp(worker string, port int) string {
	return fmt.Sprintf(`using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [ (name = "main", worker = .w) ],
  sockets = [ ( name = "http", address = "127.0.0.1:%d", http = (), service = "main" ) ]
);
const w :Workerd.Worker = (
  modules = [ (name = "worker", esModule = embed %q) ],
  compatibilityDate = "2025-08-15",
);
`, port, worker)
}

type result struct {
	name      string
	requests  int64
	dropped   int64
	elapsed   time.Duration
	latencies []time.Duration
	rss       string
}

// drive runs the closed-loop load against u and measures it.
func drive(u string, conns int, warm, dur time.Duration, maxReq int64, want string) result {
	tr := &http.Transport{MaxIdleConnsPerHost: conns, MaxConnsPerHost: conns, DisableCompression: true}
	client := &http.Client{Transport: tr, Timeout: 10 * time.Second}
	defer tr.CloseIdleConnections()
	run := func(d time.Duration, record bool) result {
		ctx, cancel := context.WithTimeout(context.Background(), d)
		defer cancel()
		var n, dropped atomic.Int64
		lat := make([][]time.Duration, conns)
		var wg sync.WaitGroup
		start := time.Now()
		for i := 0; i < conns; i++ {
			wg.Add(1)
			go func(i int) {
				defer wg.Done()
				for ctx.Err() == nil && n.Load() < maxReq {
					t0 := time.Now()
					ok := get(client, u, want)
					if ctx.Err() != nil && !ok {
						return // cut by the deadline: not a drop
					}
					n.Add(1)
					if !ok {
						dropped.Add(1)
					} else if record {
						lat[i] = append(lat[i], time.Since(t0))
					}
				}
			}(i)
		}
		wg.Wait()
		r := result{requests: n.Load(), dropped: dropped.Load(), elapsed: time.Since(start)}
		for _, l := range lat {
			r.latencies = append(r.latencies, l...)
		}
		return r
	}
	if warm > 0 {
		run(warm, false)
	}
	return run(dur, true)
}

func get(c *http.Client, u, want string) bool {
	resp, err := c.Get(u)
	if err != nil {
		return false
	}
	b, err := io.ReadAll(resp.Body)
	_ = resp.Body.Close()
	return err == nil && resp.StatusCode == 200 && string(b) == want
}

func printTable(rs []result) {
	fmt.Printf("%-8s %10s %9s %9s %9s %9s %9s %8s %10s\n", "server", "requests", "req/s", "p50", "p90", "p99", "max", "dropped", "peak RSS")
	for _, r := range rs {
		sort.Slice(r.latencies, func(i, j int) bool { return r.latencies[i] < r.latencies[j] })
		p := func(q float64) string {
			if len(r.latencies) == 0 {
				return "-"
			}
			i := int(q * float64(len(r.latencies)-1))
			return fmt.Sprintf("%.2fms", float64(r.latencies[i].Microseconds())/1000)
		}
		rps := float64(r.requests) / r.elapsed.Seconds()
		fmt.Printf("%-8s %10d %9.0f %9s %9s %9s %9s %8d %10s\n", r.name, r.requests, rps, p(0.5), p(0.9), p(0.99), p(1), r.dropped, r.rss)
	}
}

// loopbackOnly refuses any target that is not this machine.
func loopbackOnly(raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return err
	}
	h := u.Hostname()
	if h == "localhost" {
		return nil
	}
	if ip := net.ParseIP(h); ip != nil && ip.IsLoopback() {
		return nil
	}
	return errors.New("only loopback targets (127.0.0.0/8, ::1, localhost) are driven: " + raw)
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func waitUp(u string, limit time.Duration) error {
	deadline := time.Now().Add(limit)
	for {
		resp, err := http.Get(u)
		if err == nil {
			_ = resp.Body.Close()
			return nil
		}
		if time.Now().After(deadline) {
			return err
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// peakRSS is the VmHWM of the process and its descendants (mcrepl runs
// the isolate in a child process), added up, from /proc; "" when unknown.
func peakRSS(pid int) string {
	total := 0
	var walk func(pid int)
	walk = func(pid int) {
		total += hwm(pid)
		data, err := os.ReadFile(fmt.Sprintf("/proc/%d/task/%d/children", pid, pid))
		if err != nil {
			return
		}
		for _, c := range strings.Fields(string(data)) {
			var child int
			if _, err := fmt.Sscan(c, &child); err == nil {
				walk(child)
			}
		}
	}
	walk(pid)
	if total == 0 {
		return ""
	}
	return fmt.Sprintf("%d MiB", total/1024)
}

// hwm is one process's VmHWM in KiB.
func hwm(pid int) int {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			var kb int
			_, _ = fmt.Sscan(strings.TrimSuffix(strings.TrimSpace(v), " kB"), &kb)
			return kb
		}
	}
	return 0
}

func sourceFile() string {
	if wd, err := os.Getwd(); err == nil {
		if _, err := os.Stat(filepath.Join(wd, "bench", "load", "main.go")); err == nil {
			return filepath.Join(wd, "bench", "load", "main.go")
		}
		if _, err := os.Stat(filepath.Join(wd, "main.go")); err == nil && filepath.Base(wd) == "load" {
			return filepath.Join(wd, "main.go")
		}
	}
	fail(errors.New("run from the repository root: go run ./bench/load"))
	return ""
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "load:", err)
	os.Exit(2)
}
