package worker

import (
	"fmt"
	"io"
	"math"
	"strings"
	"sync"
	"time"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/internal/gojaprops"
	"github.com/mcrepl/mcrepl/worker/builtins"
	"github.com/mcrepl/mcrepl/worker/inspect"
)

// console implements the global console: log, info and debug (and dir) go
// to Stdout; warn, error, trace and failed asserts go to Stderr. Each call
// is written with one Write, so that a line never interleaves with another
// and the shell can redraw its prompt around it.
type console struct {
	w      *Worker
	indent string
	counts map[string]int
	timers map[string]time.Time
}

func newConsole(w *Worker) *console {
	return &console{w: w, counts: map[string]int{}, timers: map[string]time.Time{}}
}

// consoleNames are the names of the console's named methods as values,
// made once per process from the first runtime (a string value belongs to
// no runtime), so that naming them costs an isolate nothing.
var (
	consoleNamesOnce sync.Once
	consoleNames     map[string]goja.Value
)

func consoleNameValues(rt *goja.Runtime) map[string]goja.Value {
	consoleNamesOnce.Do(func() {
		consoleNames = map[string]goja.Value{}
		for _, n := range []string{"dir", "table", "trace", "assert", "count", "countReset", "time", "timeEnd", "timeLog", "group", "groupCollapsed", "groupEnd"} {
			consoleNames[n] = rt.ToValue(n)
		}
	})
	return consoleNames
}

func (c *console) object(rt *goja.Runtime) *goja.Object {
	o := rt.NewObject()
	out := func(dst func() io.Writer) func(goja.FunctionCall) goja.Value {
		return func(call goja.FunctionCall) goja.Value {
			c.print(dst(), c.log(rt, call.Arguments))
			return goja.Undefined()
		}
	}
	stdout := func() io.Writer { return c.w.stdout }
	stderr := func() io.Writer { return c.w.stderr }
	methods := map[string]func(goja.FunctionCall) goja.Value{
		"log":   out(stdout),
		"info":  out(stdout),
		"debug": out(stdout),
		"warn":  out(stderr),
		"error": out(stderr),
		"dir": func(call goja.FunctionCall) goja.Value {
			opts := c.w.InspectOptions()
			if o, ok := call.Argument(1).(*goja.Object); ok {
				if d := o.Get("depth"); d != nil && !goja.IsUndefined(d) {
					switch n := d.ToFloat(); {
					case goja.IsNull(d) || n == math.Inf(1):
						opts.Depth = -1
					case n < 1:
						opts.Depth = inspect.TopLevelOnly
					default:
						opts.Depth = int(n)
					}
				}
			}
			c.print(c.w.stdout, inspect.Format(rt, call.Argument(0), opts))
			return goja.Undefined()
		},
		"trace": func(call goja.FunctionCall) goja.Value {
			msg := "Trace"
			if len(call.Arguments) > 0 {
				msg += ": " + c.log(rt, call.Arguments)
			}
			// V8's frames, from the caller of console.trace, at most
			// Error.stackTraceLimit of them.
			frames := builtins.FormatFrames(rt.CaptureCallStack(0, nil), "", builtins.StackTraceLimit(rt))
			c.print(c.w.stderr, msg+frames)
			return goja.Undefined()
		},
		"table": func(call goja.FunctionCall) goja.Value {
			c.print(c.w.stdout, c.table(rt, call))
			return goja.Undefined()
		},
		"assert": func(call goja.FunctionCall) goja.Value {
			if call.Argument(0).ToBoolean() {
				return goja.Undefined()
			}
			msg := "Assertion failed"
			if len(call.Arguments) > 1 {
				msg += ": " + c.log(rt, call.Arguments[1:])
			}
			c.print(c.w.stderr, msg)
			return goja.Undefined()
		},
		"count": func(call goja.FunctionCall) goja.Value {
			label := c.label(call)
			c.counts[label]++
			c.print(c.w.stdout, fmt.Sprintf("%s: %d", label, c.counts[label]))
			return goja.Undefined()
		},
		"countReset": func(call goja.FunctionCall) goja.Value {
			delete(c.counts, c.label(call))
			return goja.Undefined()
		},
		"time": func(call goja.FunctionCall) goja.Value {
			label := c.label(call)
			if _, ok := c.timers[label]; ok {
				c.print(c.w.stderr, fmt.Sprintf("Warning: Label '%s' already exists for console.time()", label))
				return goja.Undefined()
			}
			c.timers[label] = time.Now()
			return goja.Undefined()
		},
		"timeEnd": func(call goja.FunctionCall) goja.Value { c.timeLog(call, true); return goja.Undefined() },
		"timeLog": func(call goja.FunctionCall) goja.Value { c.timeLog(call, false); return goja.Undefined() },
		"group": func(call goja.FunctionCall) goja.Value {
			if len(call.Arguments) > 0 {
				c.print(c.w.stdout, c.log(rt, call.Arguments))
			}
			c.indent += "  "
			return goja.Undefined()
		},
		"groupEnd": func(goja.FunctionCall) goja.Value {
			if len(c.indent) >= 2 {
				c.indent = c.indent[2:]
			}
			return goja.Undefined()
		},
	}
	methods["groupCollapsed"] = methods["group"]
	names, zero := consoleNameValues(rt), rt.ToValue(0)
	// Insertion order matters for for..in and the shell's completion.
	for _, name := range []string{"log", "info", "debug", "warn", "error", "dir", "table", "trace", "assert",
		"count", "countReset", "time", "timeEnd", "timeLog", "group", "groupCollapsed", "groupEnd"} {
		f := rt.ToValue(methods[name]).(*goja.Object)
		switch name {
		case "log", "info", "debug", "warn", "error":
			// Anonymous in workerd's V8 console, as in Node's.
		default:
			if !gojaprops.Rename(f, names[name], zero) {
				builtins.Named(rt, f, name, 0)
			}
		}
		_ = o.Set(name, f)
	}
	return o
}

func (c *console) label(call goja.FunctionCall) string {
	if v := call.Argument(0); !goja.IsUndefined(v) {
		return v.String()
	}
	return "default"
}

func (c *console) timeLog(call goja.FunctionCall, end bool) {
	label := c.label(call)
	start, ok := c.timers[label]
	if !ok {
		c.print(c.w.stderr, fmt.Sprintf("Warning: No such label '%s' for console.%s()", label, map[bool]string{true: "timeEnd", false: "timeLog"}[end]))
		return
	}
	if end {
		delete(c.timers, label)
	}
	ms := float64(time.Since(start).Microseconds()) / 1000
	c.print(c.w.stdout, fmt.Sprintf("%s: %.3fms", label, ms))
}

// print writes s as one or more lines, indented by the current group depth.
// log formats console arguments as workerd does (inspect.Log), throwing
// what a %s conversion threw, as workerd's console.log does.
func (c *console) log(rt *goja.Runtime, args []goja.Value) string {
	s, thrown := inspect.Log(rt, args, c.w.InspectOptions())
	if thrown != nil {
		panic(thrown)
	}
	return s
}

func (c *console) print(dst io.Writer, s string) {
	if c.indent != "" {
		s = c.indent + strings.ReplaceAll(s, "\n", "\n"+c.indent)
	}
	_, _ = io.WriteString(dst, s+"\n")
}
