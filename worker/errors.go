package worker

import (
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"
	"sync"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/inspect"
)

// ErrorHooks let the events package turn uncaught errors and unhandled
// rejections into global `error` and `unhandledrejection` events. Each hook
// returns true when a listener called preventDefault(), which suppresses the
// default report.
type ErrorHooks struct {
	OnError     func(thrown goja.Value) (suppress bool)
	OnRejection func(reason goja.Value, p *goja.Promise) (suppress bool)
}

// SetErrorHooks installs h. Loop goroutine only.
func (w *Worker) SetErrorHooks(h ErrorHooks) { w.hooks = h }

// ReportException reports an error returned by a goja call as uncaught: it
// fires the global error hook, then writes `Uncaught ...` on Stderr and marks
// the isolate failed. Interrupts are not reported here: whoever interrupted
// says why. Loop goroutine only.
func (w *Worker) ReportException(err error) {
	var intr *goja.InterruptedError
	if errors.As(err, &intr) {
		return
	}
	var ex *goja.Exception
	if errors.As(err, &ex) && w.hooks.OnError != nil {
		var so *goja.StackOverflowError
		if !errors.As(err, &so) && w.hooks.OnError(ex.Value()) {
			return
		}
	}
	w.markFailed()
	w.writeErr("Uncaught " + w.FormatError(err) + "\n")
}

// ReportValue reports a thrown JS value (not wrapped in a Go error) as
// uncaught, as ReportException does.
func (w *Worker) ReportValue(v goja.Value) {
	if w.hooks.OnError != nil && w.hooks.OnError(v) {
		return
	}
	w.markFailed()
	w.writeErr("Uncaught " + w.FormatValueError(v) + "\n")
}

func (w *Worker) writeErr(s string) { _, _ = io.WriteString(w.stderr, s) }

// gojaPC matches the program-counter suffix goja adds to stack positions,
// "(12)" in "file.js:3:9(12)", which no JS developer has seen elsewhere. It
// is compiled when a stack is first printed, not at every start-up.
var gojaPC = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(:\d+:\d+)\(\d+\)`) })

// CleanStack turns goja's stack text into V8's shape: four-space "at"
// lines, no program counters.
// The frames through which Call enters JS are mcrepl's, not the script's,
// and are left out.
func CleanStack(stack string) string {
	stack = strings.TrimRight(stack, "\n")
	stack = strings.ReplaceAll(stack, "\n\tat ", "\n    at ")
	stack = gojaPC().ReplaceAllString(stack, "$1")
	if !strings.Contains(stack, entryFrame) {
		return stack
	}
	lines := strings.Split(stack, "\n")
	kept := lines[:0]
	for _, l := range lines {
		if !strings.Contains(l, entryFrame) && !strings.Contains(l, entryFile) {
			kept = append(kept, l)
		}
	}
	return strings.Join(kept, "\n")
}

// FormatError renders an error from a goja call the way the shell and `run`
// print it after "Uncaught ": `Error: boom` and its stack, `SyntaxError:
// ...` with the position, `'str'` for a thrown string. Loop goroutine only.
func (w *Worker) FormatError(err error) string {
	var so *goja.StackOverflowError
	if errors.As(err, &so) {
		return "RangeError: Maximum call stack size exceeded"
	}
	var ex *goja.Exception
	if errors.As(err, &ex) {
		return w.FormatValueError(ex.Value())
	}
	var cse *goja.CompilerSyntaxError
	if errors.As(err, &cse) {
		return "SyntaxError: " + strings.TrimPrefix(cse.Error(), "SyntaxError: ")
	}
	return err.Error()
}

// FormatValueError renders a thrown value: an Error object by its stack (or
// name and message), anything else through inspect.
func (w *Worker) FormatValueError(v goja.Value) string {
	if o, ok := v.(*goja.Object); ok && o.ClassName() == "Error" {
		if s, ok := o.Get("stack").Export().(string); ok && s != "" {
			return withExtraProps(w, o, CleanStack(s))
		}
		return withExtraProps(w, o, o.String())
	}
	return inspect.Format(w.rt, v, w.InspectOptions())
}

// withExtraProps appends an error's own enumerable properties Node-style:
// `Error: x\n    at ... {\n  code: 'E'\n}`.
func withExtraProps(w *Worker, o *goja.Object, head string) string {
	keys := o.Keys()
	if len(keys) == 0 {
		return head
	}
	var b strings.Builder
	b.WriteString(head)
	b.WriteString(" {\n")
	for i, k := range keys {
		b.WriteString("  ")
		b.WriteString(k)
		b.WriteString(": ")
		b.WriteString(inspect.Format(w.rt, o.Get(k), w.InspectOptions()))
		if i < len(keys)-1 {
			b.WriteString(",")
		}
		b.WriteString("\n")
	}
	b.WriteString("}")
	return b.String()
}

// trackRejection is goja's promise rejection tracker: a rejected promise
// without a handler is remembered until the end of the macrotask, and
// forgotten if a handler is attached before then.
func (w *Worker) trackRejection(p *goja.Promise, op goja.PromiseRejectionOperation) {
	switch op {
	case goja.PromiseRejectionReject:
		w.rejections = append(w.rejections, p)
	case goja.PromiseRejectionHandle:
		for i, q := range w.rejections {
			if q == p {
				w.rejections = append(w.rejections[:i], w.rejections[i+1:]...)
				break
			}
		}
	}
}

// afterMacrotask runs when a macrotask and its microtasks are done: it
// reports the rejections that are still unhandled, in the order they
// happened. Loop goroutine only.
func (w *Worker) afterMacrotask() {
	w.dropStaleMicrotasks()
	for len(w.rejections) > 0 {
		list := w.rejections
		w.rejections = nil
		for _, p := range list {
			if p.State() != goja.PromiseStateRejected {
				continue
			}
			reason := p.Result()
			if w.hooks.OnRejection != nil && w.hooks.OnRejection(reason, p) {
				continue
			}
			w.markFailed()
			w.writeErr("Uncaught (in promise) " + w.FormatValueError(reason) + "\n")
		}
	}
}

// internalError reports a Go panic that escaped a host function: a bug in
// mcrepl, not in the script. The isolate goes on; the run fails.
func (w *Worker) internalError(x any, stack []byte) {
	w.dropStaleMicrotasks()
	w.markFailed()
	w.writeErr(fmt.Sprintf("mcrepl: internal error: %v\nThis is a bug in mcrepl, not in your script; please report it with the script that triggered it.\n", x))
	if os.Getenv("MCREPL_DEBUG") != "" {
		w.writeErr(string(stack))
	}
}
