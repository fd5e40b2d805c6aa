package builtins

import (
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/host"
)

// testLoop is a host.Loop for one goroutine: timers run when the test
// turns the loop.
type testLoop struct {
	rt     *goja.Runtime
	timers []func()
	errs   []error
}

func (l *testLoop) QueueMicrotask(fn func()) { fn() }
func (l *testLoop) Call(fn goja.Callable, this goja.Value, args ...goja.Value) (goja.Value, error) {
	return fn(this, args...)
}
func (l *testLoop) ReportException(err error)     { l.errs = append(l.errs, err) }
func (l *testLoop) ReportTaskException(err error) { l.errs = append(l.errs, err) }
func (l *testLoop) Hold(string) func(job func()) {
	return func(job func()) { l.timers = append(l.timers, job) }
}
func (l *testLoop) QueueIO(job func()) { l.timers = append(l.timers, job) }
func (l *testLoop) SetTimer(_ time.Duration, fire func()) func() {
	l.timers = append(l.timers, fire)
	return func() {}
}

// turn runs the armed timers (one macrotask each).
func (l *testLoop) turn() {
	ts := l.timers
	l.timers = nil
	for _, t := range ts {
		t()
	}
}

// newTestRuntime is a goja runtime with the builtins installed and this
// package's lazy globals defined as plain globals, plus print(...).
func newTestRuntime(t testing.TB) (*goja.Runtime, *testLoop, *strings.Builder) {
	t.Helper()
	rt := goja.New()
	Install(rt)
	loop := &testLoop{rt: rt}
	env := &host.Env{RT: rt, Global: rt.GlobalObject(), Loop: loop}
	mine := map[string]bool{"Iterator": true, "WeakRef": true, "FinalizationRegistry": true,
		"SuppressedError": true, "DisposableStack": true, "AsyncDisposableStack": true, "Intl": true}
	for _, g := range host.Registered() {
		if mine[g.Name] {
			_ = rt.GlobalObject().DefineDataProperty(g.Name, g.Build(env), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		}
	}
	var out strings.Builder
	_ = rt.Set("print", func(call goja.FunctionCall) goja.Value {
		var parts []string
		for _, a := range call.Arguments {
			parts = append(parts, a.String())
		}
		out.WriteString(strings.Join(parts, " ") + "\n")
		return goja.Undefined()
	})
	return rt, loop, &out
}

// run runs src and returns what it printed, or the error's string.
func run(t testing.TB, src string) string {
	t.Helper()
	rt, loop, out := newTestRuntime(t)
	if _, err := rt.RunString(src); err != nil {
		return out.String() + "error: " + err.Error()
	}
	loop.turn()
	return out.String()
}
