// Command startup measures mcrepl's start-up side by side: the wall time,
// CPU time (user+sys of the whole process tree), peak RSS and minor faults
// of short runs of one or more builds, interleaved so that the machine's
// load falls on every build alike.
//
//	go run ./bench/startup -bin base=/tmp/mcrepl-base -bin now=/tmp/mcrepl -n 200
//	go run ./bench/startup -bin now=/tmp/mcrepl -env MCREPL_ENGINE=inprocess -n 100
//	go run ./bench/startup -bin now=/tmp/mcrepl -- --version
//
// The arguments after -- are those of every run (default: --trace off run
// bench/workloads/startup.js, the start-up workload of bench/run.mjs). A
// -bin may carry its own environment after a comma:
// -bin inproc=/tmp/mcrepl,MCREPL_ENGINE=inprocess. Output and standard
// error go to /dev/null; a run that exits with a code other than 0 stops
// the benchmark (with its standard error), so a broken build is not timed.
//
// Each build is measured as a fresh copy made at the start (-fresh, on by
// default): how the page cache holds an executable moves its start-up by
// as much as the changes being measured. The linker's output is held in
// large folios (a higher peak), and a copy that has been run for a while,
// part of it evicted and read back, started 0.6 ms slower than a new copy
// of the same bytes (bench/startup/README.md, seventh pass).
//
// The peak RSS is the ru_maxrss that wait4 returns for the process the
// user starts, which on Linux is the larger of its own and its waited-for
// children's: for a supervised run, the larger of the supervisor and the
// engine (what /usr/bin/time -f %M reports). Every figure is printed as the
// median and the 90th percentile over the runs.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"
)

type build struct {
	name string
	path string
	env  []string
	runs []sample
}

type sample struct {
	wall, cpu time.Duration
	rssKiB    int64
	minflt    int64
}

type binFlag []*build

func (b *binFlag) String() string { return "" }

func (b *binFlag) Set(v string) error {
	name, rest, ok := strings.Cut(v, "=")
	if !ok || name == "" {
		return fmt.Errorf("want NAME=PATH[,VAR=VALUE...], got %q", v)
	}
	parts := strings.Split(rest, ",")
	*b = append(*b, &build{name: name, path: parts[0], env: parts[1:]})
	return nil
}

func main() {
	var bins binFlag
	flag.Var(&bins, "bin", "a build to measure, NAME=PATH[,VAR=VALUE...] (repeatable)")
	n := flag.Int("n", 200, "runs of each build")
	warm := flag.Int("warm", 5, "untimed runs of each build first (page cache, caches)")
	var env multi
	flag.Var(&env, "env", "VAR=VALUE added to every run's environment (repeatable)")
	fresh := flag.Bool("fresh", true, "measure a fresh copy of each build, made now (see the package doc)")
	flag.Parse()
	if len(bins) == 0 {
		fmt.Fprintln(os.Stderr, "startup: at least one -bin NAME=PATH")
		os.Exit(2)
	}
	if *fresh {
		dir, err := os.MkdirTemp("", "startup-bins-")
		if err != nil {
			fmt.Fprintln(os.Stderr, "startup:", err)
			os.Exit(1)
		}
		defer os.RemoveAll(dir)
		for i, b := range bins {
			dst := filepath.Join(dir, fmt.Sprintf("%d-%s", i, filepath.Base(b.path)))
			if err := copyFile(dst, b.path); err != nil {
				fmt.Fprintln(os.Stderr, "startup:", err)
				os.Exit(1)
			}
			b.path = dst
		}
	}
	args := flag.Args()
	if len(args) == 0 {
		args = []string{"--trace", "off", "run", "bench/workloads/startup.js"}
	}
	for i := 0; i < *warm+*n; i++ {
		// Rotate the order each round, so that no build always runs
		// right after the same other one.
		for j := range bins {
			b := bins[(i+j)%len(bins)]
			s, err := runOnce(b, env, args)
			if err != nil {
				fmt.Fprintf(os.Stderr, "startup: %s: %v\n", b.name, err)
				os.Exit(1)
			}
			if i >= *warm {
				b.runs = append(b.runs, s)
			}
		}
	}
	fmt.Printf("%d runs each, interleaved; args: %s\n", *n, strings.Join(args, " "))
	fmt.Printf("%-12s %17s %17s %17s %15s\n", "build", "wall ms p50/p90", "cpu ms p50/p90", "peak MiB p50/max", "minflt p50")
	for _, b := range bins {
		wall := stat(b.runs, func(s sample) float64 { return float64(s.wall) / 1e6 })
		cpu := stat(b.runs, func(s sample) float64 { return float64(s.cpu) / 1e6 })
		rss := stat(b.runs, func(s sample) float64 { return float64(s.rssKiB) / 1024 })
		flt := stat(b.runs, func(s sample) float64 { return float64(s.minflt) })
		fmt.Printf("%-12s %8.2f /%7.2f %8.2f /%7.2f %8.2f /%7.2f %15.0f\n", b.name,
			wall.p50, wall.p90, cpu.p50, cpu.p90, rss.p50, rss.max, flt.p50)
	}
}

// copyFile copies the executable src to dst as cp does (copy_file_range),
// so that the page cache holds dst as it holds any copied file: in small
// pages, none of them evicted yet.
func copyFile(dst, src string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o755)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

type multi []string

func (m *multi) String() string     { return strings.Join(*m, ",") }
func (m *multi) Set(v string) error { *m = append(*m, v); return nil }

func runOnce(b *build, env []string, args []string) (sample, error) {
	cmd := exec.Command(b.path, args...)
	cmd.Env = append(append(os.Environ(), env...), b.env...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	t0 := time.Now()
	err := cmd.Run()
	wall := time.Since(t0)
	if err != nil {
		return sample{}, fmt.Errorf("%v: %s", err, strings.TrimSpace(stderr.String()))
	}
	ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	cpu := time.Duration(syscall.TimevalToNsec(ru.Utime) + syscall.TimevalToNsec(ru.Stime))
	return sample{wall: wall, cpu: cpu, rssKiB: ru.Maxrss, minflt: ru.Minflt}, nil
}

type summary struct{ p50, p90, max float64 }

func stat(runs []sample, f func(sample) float64) summary {
	v := make([]float64, len(runs))
	for i, s := range runs {
		v[i] = f(s)
	}
	slices.Sort(v)
	at := func(q float64) float64 { return v[min(len(v)-1, int(q*float64(len(v))))] }
	return summary{p50: at(0.5), p90: at(0.9), max: v[len(v)-1]}
}
