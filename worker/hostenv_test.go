package worker

import (
	"strings"
	"testing"
	"time"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/flags"
	"github.com/mcrepl/mcrepl/worker/host"
)

// builds counts how often the test global was built: a lazy global is
// built at most once per isolate, and never when unused.
var builds int

func init() {
	host.Register(
		host.Global{Name: "__hostTestLazy", Build: func(env *host.Env) goja.Value {
			builds++
			o := env.RT.NewObject()
			_ = o.Set("answer", 42)
			// A hold completed from another goroutine keeps the run alive
			// until its job has run.
			_ = o.Set("later", func(call goja.FunctionCall) goja.Value {
				fn, _ := goja.AssertFunction(call.Argument(0))
				done := env.Loop.Hold("test")
				go func() {
					time.Sleep(30 * time.Millisecond)
					done(func() {
						if _, err := env.Loop.Call(fn, goja.Undefined()); err != nil {
							env.Loop.ReportException(err)
						}
					})
				}()
				return goja.Undefined()
			})
			return o
		}},
		host.Global{Name: "__hostTestGated", On: func(s *flags.Set) bool { return false },
			Build: func(env *host.Env) goja.Value { return env.RT.ToValue(1) }},
	)
}

func TestHostGlobalsAreLazyAndHeld(t *testing.T) {
	builds = 0
	out, _, err := run(t, `
		console.log(typeof __hostTestGated, Object.hasOwn(globalThis, '__hostTestLazy'), '__hostTestLazy' in globalThis);
		console.log(__hostTestLazy.answer, __hostTestLazy === __hostTestLazy);
		console.log(typeof Object.getOwnPropertyDescriptor(Object.getPrototypeOf(globalThis), '__hostTestLazy').value);
		__hostTestLazy.later(() => console.log('held'));
	`)
	if err != nil {
		t.Fatal(err)
	}
	want := "undefined false true\n42 true\nobject\nheld\n"
	if out != want || builds != 1 {
		t.Fatalf("got %q (built %d times), want %q once", out, builds, want)
	}
	builds = 0
	if _, _, err := run(t, `__hostTestLazy = 5; console.log(__hostTestLazy)`); err != nil || builds != 0 {
		t.Fatalf("a write before the first read built the global (%d) or failed: %v", builds, err)
	}
	if out, _, _ := run(t, `console.log(1)`); !strings.HasPrefix(out, "1") || builds != 0 {
		t.Fatalf("an unused global was built")
	}
}
