package stack

import (
	"runtime"
	"strings"
	"testing"
)

// TestGo: Go runs f on a new goroutine whose first frame is this package's
// run, whatever f is, so that the runtime looks up one start function for
// every such goroutine.
func TestGo(t *testing.T) {
	for _, f := range []func(chan<- string){
		func(c chan<- string) { c <- outermost() },
		func(c chan<- string) { c <- outermost() + "" },
	} {
		c := make(chan string, 1)
		Go(func() { f(c) })
		if got := <-c; got != "github.com/mcrepl/mcrepl/worker/stack.run" {
			t.Errorf("the goroutine's first frame is %q, want stack.run", got)
		}
	}
}

// outermost is the function of the calling goroutine's first frame.
func outermost() string {
	pc := make([]uintptr, 64)
	n := runtime.Callers(1, pc)
	frames := runtime.CallersFrames(pc[:n])
	last := ""
	for {
		fr, more := frames.Next()
		if !strings.HasPrefix(fr.Function, "runtime.") {
			last = fr.Function
		}
		if !more {
			return last
		}
	}
}
