// Package midinit trims the engine's pages (engine.Trim) in the middle of
// its package initialisation: its init function runs among mcrepl's ~170
// (Go initialises packages in import-path order, each as soon as its
// imports are: this one waits for crypto/tls, which comes after crypto,
// encoding/json, x/text, net and the libraries' own start-up, and runs
// about the 137th, right after goja's parser, before goja, mcrepl's API
// packages, urfave/cli and net/http). By then the dynamic loader, libc, the
// Go runtime's start and the first init functions have mapped about 13 MiB
// of the binary and of the libraries, most of it never read again;
// dropping it here keeps the RSS of the rest of the initialisation and of
// parsing the command line under 12 MiB, so that the peak of a short
// script is set by building the isolate and running it, after the
// engine's second trim.
//
// Both trims keep the code that the linker lays out first, the Go runtime
// and the standard library's core (reflect, fmt, strings, os, time, sync,
// flag, ...), which every phase runs again (engine.KeepCodeBelow): it is
// about 1.3 MiB, and dropping it cost ~40 refaults a run
// (bench/startup/README.md, "A trim among the init functions"). Package
// main imports this package for its effect only.
package midinit

import (
	"bytes"
	"context"
	_ "crypto/tls" // for the position in the init order only (see above)
	"flag"
	"fmt"
	"os"
	"reflect"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/mcrepl/mcrepl/internal/engine"
)

func init() {
	if engine.IsChild() {
		if end, ok := coreCodeEnd(); ok {
			engine.KeepCodeBelow(end)
		}
		engine.Trim()
	}
}

// coreCodeEnd is the end of the 64 KiB window (the kernel's fault-around)
// that holds the last of a few functions of the runtime and the core
// packages, which the linker lays out first, in dependency order. It
// reports false when they are not where that order puts them (together,
// within 2 MiB): then nothing is kept.
func coreCodeEnd() (uintptr, bool) {
	lo, hi := ^uintptr(0), uintptr(0)
	for _, f := range []any{
		runtime.GC, (*sync.Mutex).Lock, syscall.Syscall, time.Now, (*os.File).Write,
		reflect.Value.Elem, strconv.Itoa, fmt.Fprintf, (*strings.Builder).Grow,
		context.WithCancel, (*flag.FlagSet).Parse, sort.Sort, (*bytes.Buffer).Write,
	} {
		pc := reflect.ValueOf(f).Pointer()
		lo, hi = min(lo, pc), max(hi, pc)
	}
	const window = 64 << 10
	if hi-lo > 2<<20 {
		return 0, false
	}
	return (hi + window) &^ (window - 1), true
}
