package worker

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"weak"

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
	// OnRejectionHandled is told of a promise reported unhandled that has
	// since got a handler (the rejectionhandled event).
	OnRejectionHandled func(p *goja.Promise)
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
		if !errors.As(err, &so) && w.hooks.OnError(w.withV8Stack(ex.Value())) {
			return
		}
	}
	w.markFailed()
	w.writeErr("Uncaught " + w.FormatError(err) + "\n")
}

// ReportTaskException reports what a timer's or an immediate's callback
// threw as uncaught, as ReportException does but without the global error
// event: workerd fires none for a task's exception (it fails the request).
// Loop goroutine only.
func (w *Worker) ReportTaskException(err error) {
	var intr *goja.InterruptedError
	if errors.As(err, &intr) {
		return
	}
	w.markFailed()
	w.writeErr("Uncaught " + w.FormatError(err) + "\n")
}

// ReportValue reports a thrown JS value (not wrapped in a Go error) as
// uncaught, as ReportException does.
func (w *Worker) ReportValue(v goja.Value) {
	if w.hooks.OnError != nil && w.hooks.OnError(w.withV8Stack(v)) {
		return
	}
	w.markFailed()
	w.writeErr("Uncaught " + w.FormatValueError(v) + "\n")
}

// withV8Stack gives a thrown Error whose stack is still goja's text (an
// error that goja or a host function made: its stack ends with a newline,
// which V8's never does) frames in V8's shape, before a listener of the
// error or unhandledrejection event reads it, and returns v. The first
// line stays "name: message", the message as the script reads it.
func (w *Worker) withV8Stack(v goja.Value) goja.Value {
	o, ok := v.(*goja.Object)
	if !ok || o.ClassName() != "Error" {
		return v
	}
	// Reading the stack can throw (an error whose name is itself): the
	// error goes to the listeners as it is, and the report says what threw.
	var s string
	if ex := w.rt.Try(func() { s, ok = o.Get("stack").Export().(string) }); ex != nil {
		return v
	}
	if !ok || !strings.HasSuffix(s, "\n") {
		return v
	}
	head, _, _ := strings.Cut(s, "\n")
	_, frames, _ := strings.Cut(CleanStack(s), "\n")
	if frames != "" {
		head += "\n" + frames
	}
	_ = o.DefineDataProperty("stack", w.rt.ToValue(head), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return v
}

func (w *Worker) writeErr(s string) { _, _ = io.WriteString(w.stderr, s) }

// CleanStack turns goja's stack text into V8's shape: four-space "at"
// lines, no program counters, no frames of mcrepl itself (the frames
// through which Call enters JS, its JavaScript helpers, Go-named host
// functions), and V8's wording of the common TypeErrors (inspect.V8Stack).
func CleanStack(stack string) string { return inspect.V8Stack(stack) }

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
		msg := "SyntaxError: " + strings.TrimPrefix(cse.Error(), "SyntaxError: ")
		if hint := EngineLimit(msg); hint != "" {
			return msg + "\n" + hint
		}
		return msg
	}
	return err.Error()
}

// FormatValueError renders a thrown value: an Error object by its stack (or
// name and message), anything else through inspect. An error that comes
// from a limit of goja (EngineLimit) gets a line that says so.
func (w *Worker) FormatValueError(v goja.Value) string {
	s := formatGuarded(func() string { return w.formatValueError(v) }, w.formatValueError)
	if hint := EngineLimit(s); hint != "" {
		return s + "\n" + hint
	}
	return s
}

// engineLimits maps the first line of an error that only a limit of goja
// causes to what mcrepl says about it.
var engineLimits = []struct{ prefix, what string }{
	{"ReferenceError: SharedArrayBuffer is not defined", "SharedArrayBuffer"},
	{"ReferenceError: Atomics is not defined", "Atomics (shared memory)"},
	{"ReferenceError: Float16Array is not defined", "Float16Array"},
	{"ReferenceError: WebAssembly is not defined", "WebAssembly"},
	{"SyntaxError: Invalid flags supplied to RegExp constructor 'd'", "the RegExp d flag (match indices)"},
	{"SyntaxError: Invalid flags supplied to RegExp constructor 'v'", "the RegExp v flag (unicode sets)"},
	{"TypeError: Async generators are not supported yet", "async generators"},
}

// EngineLimit returns mcrepl's line about an error (its rendering, first
// line "Name: message") that comes from a limit of goja, the JavaScript
// engine: workerd has the feature, mcrepl cannot have it without an engine
// change. It returns "" for any other error.
func EngineLimit(rendered string) string {
	first, _, _ := strings.Cut(rendered, "\n")
	first = strings.TrimPrefix(first, "Uncaught ")
	for _, l := range engineLimits {
		if strings.HasPrefix(first, l.prefix) {
			return "mcrepl: " + l.what + " is not available: goja, the JavaScript engine mcrepl runs on, does not implement it (workerd has it; see docs/differences.md)"
		}
	}
	if strings.Contains(first, ".resize is not a function") || strings.Contains(first, ".grow is not a function") {
		return "mcrepl: resizable ArrayBuffers are not available: goja, the JavaScript engine mcrepl runs on, does not implement them (workerd has them; see docs/differences.md)"
	}
	return ""
}

func (w *Worker) formatValueError(v goja.Value) string {
	if o, ok := v.(*goja.Object); ok && w.realm != nil {
		// A DOMException is no Error object (workerd's shape), but V8
		// reports it as one: by its stack, "InvalidAccessError: m\n    at ...".
		if name, msg, stack, ok := w.realm.AsDOMException(o); ok {
			if stack != "" {
				return w.fromSource(CleanStack(stack))
			}
			return name + ": " + msg
		}
	}
	if o, ok := v.(*goja.Object); ok && o.ClassName() == "Error" {
		if s, ok := o.Get("stack").Export().(string); ok && s != "" {
			return withExtraProps(w, o, w.fromSource(CleanStack(s)))
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
				return
			}
		}
		if wp := weak.Make(p); w.reported[wp] {
			delete(w.reported, wp)
			if w.hooks.OnRejectionHandled != nil {
				w.hooks.OnRejectionHandled(p)
			}
		}
	}
}

// markReported remembers p, reported unhandled, for rejectionhandled: by
// weak pointer, so that a promise nobody handles can still be collected
// (the dead entries are swept as the set doubles).
func (w *Worker) markReported(p *goja.Promise) {
	if w.reported == nil {
		w.reported = map[weak.Pointer[goja.Promise]]bool{}
	}
	w.reported[weak.Make(p)] = true
	if len(w.reported) >= w.reportedSweep {
		for wp := range w.reported {
			if wp.Value() == nil {
				delete(w.reported, wp)
			}
		}
		w.reportedSweep = max(64, 2*len(w.reported))
	}
}

// afterMacrotask runs when a macrotask and its microtasks are done: it
// reports the rejections that are still unhandled, in the order they
// happened. Loop goroutine only.
func (w *Worker) afterMacrotask() {
	w.drainJobs()
	w.dropStaleMicrotasks()
	for len(w.rejections) > 0 {
		list := w.rejections
		w.rejections = nil
		for _, p := range list {
			if p.State() != goja.PromiseStateRejected {
				continue
			}
			reason := p.Result()
			w.markReported(p)
			if w.hooks.OnRejection != nil && w.hooks.OnRejection(w.withV8Stack(reason), p) {
				continue
			}
			w.markFailed()
			w.writeErr("Uncaught (in promise) " + w.FormatValueError(reason) + "\n")
		}
	}
}

// drainJobs runs the microtasks that Go code queued outside any call into
// JS (a Hold completion, a Do job, a stream fed from Go): goja runs its job
// queue only when a call from Go into JS returns, so this enters JS once.
func (w *Worker) drainJobs() {
	if _, n, ok := w.jobQueueState(); ok && n == 0 {
		return
	}
	noop, _ := goja.AssertFunction(w.rt.ToValue(func(goja.FunctionCall) goja.Value { return goja.Undefined() }))
	if _, err := w.Call(noop, goja.Undefined()); err != nil {
		w.ReportException(err)
	}
}

// internalError reports a Go panic that escaped a host function: a bug in
// mcrepl, not in the script. The isolate goes on; the run fails.
func (w *Worker) internalError(x any, stack []byte) {
	w.dropStaleMicrotasks()
	if interrupted(x) {
		// --timeout or Ctrl-C stopped JS that a host function called (an
		// unhandledrejection listener): whoever interrupted explains.
		return
	}
	w.markFailed()
	w.writeErr(fmt.Sprintf("mcrepl: internal error: %v\nThis is a bug in mcrepl, not in your script; please report it with the script that triggered it.\n", x))
	if os.Getenv("MCREPL_DEBUG") != "" {
		w.writeErr(string(stack))
	}
}

// AddSource records the source text of a script the isolate runs under
// name, so that reports can quote it where V8's message does ("port.on is
// not a function"). Run records its script; the loader and the shell may
// record theirs. Loop goroutine only.
func (w *Worker) AddSource(name, src string) {
	if w.sources == nil {
		w.sources = map[string]string{}
	}
	w.sources[name] = src
}

// AddSourceLookup gives the isolate a way to find the text of a file that
// AddSource did not record, by the name its stack frames give it (the files
// a bundle imports): f reports false for a name it does not know. The
// lookups are asked in turn, and a text found is kept. Loop goroutine only.
func (w *Worker) AddSourceLookup(f func(name string) (string, bool)) {
	w.sourceLookups = append(w.sourceLookups, f)
}

// fromSource rewrites the message line of a cleaned stack where V8's
// wording quotes the source at the error's position and goja's does not:
//
//	Object has no member 'on'                     port.on is not a function
//	Value is not a constructor                    port.X is not a constructor
//	Cannot access a variable before initialization  Cannot access 'z' before initialization
//	Class constructor cannot be invoked without 'new'  Class constructor B cannot ...
//
// It leaves the stack as it is when the source is unknown.
func (w *Worker) fromSource(stack string) string {
	head, frames, _ := strings.Cut(stack, "\n    at ")
	if frames == "" || w.sources == nil && w.sourceLookups == nil {
		return stack
	}
	if file, ok := frameFile(frames); ok && w.sourceLookups != nil {
		if _, known := w.sources[file]; !known {
			for _, lookup := range w.sourceLookups {
				if src, ok := lookup(file); ok {
					w.AddSource(file, src)
					break
				}
			}
		}
	}
	line := sourceLine(w.sources, frames)
	if line.text == "" {
		return stack
	}
	if msg := rewriteMessage(head, line); msg != "" {
		return msg + "\n    at " + frames
	}
	return stack
}

// sourcePos is the line of source at a frame's position, and the column
// (0-based byte offset in text) goja gave.
type sourcePos struct {
	text string
	col  int
}

// framePos splits the first frame ("fn (file:l:c)" or "file:l:c") into its
// file, line and column.
func framePos(frames string) (file, line, col string, ok bool) {
	first, _, _ := strings.Cut(frames, "\n")
	if i := strings.LastIndexByte(first, '('); i >= 0 && strings.HasSuffix(first, ")") {
		first = first[i+1 : len(first)-1]
	}
	c := strings.LastIndexByte(first, ':')
	if c < 0 {
		return "", "", "", false
	}
	l := strings.LastIndexByte(first[:c], ':')
	if l < 0 {
		return "", "", "", false
	}
	return first[:l], first[l+1 : c], first[c+1:], true
}

// frameFile is the file of the first frame.
func frameFile(frames string) (string, bool) {
	file, _, _, ok := framePos(frames)
	return file, ok
}

// sourceLine finds the source line of the first frame.
func sourceLine(sources map[string]string, frames string) sourcePos {
	file, lnS, colS, ok := framePos(frames)
	if !ok {
		return sourcePos{}
	}
	ln, err1 := strconv.Atoi(lnS)
	col, err2 := strconv.Atoi(colS)
	src, ok := sources[file]
	if !ok || err1 != nil || err2 != nil || ln < 1 || col < 1 {
		return sourcePos{}
	}
	lines := strings.Split(src, "\n")
	if ln > len(lines) || col > len(lines[ln-1])+1 {
		return sourcePos{}
	}
	return sourcePos{text: lines[ln-1], col: col - 1}
}

// rewriteMessage is fromSource's table; "" when nothing applies.
func rewriteMessage(head string, p sourcePos) string {
	switch {
	case strings.HasPrefix(head, "TypeError: Object has no member '"):
		prop := strings.TrimSuffix(strings.TrimPrefix(head, "TypeError: Object has no member '"), "'")
		// goja's position is the call's "(": the callee ends before it. Through a
		// bundle's source map it is the member's name: the "(" is after it.
		col := p.col
		if rest, ok := strings.CutPrefix(p.text[col:], prop); ok && strings.HasPrefix(strings.TrimLeft(rest, " \t"), "(") {
			col = len(p.text) - len(strings.TrimLeft(rest, " \t"))
		}
		if expr := exprBefore(p.text, col); strings.HasSuffix(expr, "."+prop) {
			return "TypeError: " + expr + " is not a function"
		}
	case strings.HasPrefix(head, "TypeError: Value is not an object: ") && p.col < len(p.text) && p.text[p.col] == '(':
		// f() with f not callable: goja's position is the call's "(".
		if expr := exprBefore(p.text, p.col); expr != "" && !strings.HasSuffix(strings.TrimRight(p.text[:p.col-len(expr)], " \t"), "new") {
			return "TypeError: " + expr + " is not a function"
		}
	case head == "TypeError: Value is not a constructor" || head == "TypeError: Value is not an object: undefined":
		rest := p.text[p.col:]
		if after, ok := strings.CutPrefix(rest, "new "); ok {
			if expr := exprBefore(after, strings.IndexAny(after+"(", "(;)")); expr != "" {
				return "TypeError: " + expr + " is not a constructor"
			}
		}
	case head == "TypeError: object is not iterable" || head == "TypeError: Cannot convert undefined or null to object":
		// goja's position is the iterated expression (for (x of a), [...a],
		// const [x] = a) or, when it is undefined, the property read that
		// gave it (the "items" of o.items). V8 names it by its text; for
		// undefined it does so in for-of and an array's spread only (a
		// call's spread or a pattern gets longer messages).
		notIterable := head == "TypeError: object is not iterable"
		start := p.col
		for !notIterable && start > 0 && isExprByte(p.text[start-1]) {
			if p.text[start-1] == '.' && (start < 2 || p.text[start-2] == '.' || !isExprByte(p.text[start-2])) {
				break // a spread's "...", not a member's dot
			}
			start--
		}
		if expr := exprAt(p.text, start); expr != "" && iterated(p.text[:start], notIterable) {
			return "TypeError: " + expr + " is not iterable"
		}
		// o.x.y = 1 with o.x undefined: goja's position is the property set.
		if key, ok := assignedKey(p.text, p.col); ok && !notIterable {
			return "TypeError: Cannot set properties of undefined (setting '" + key + "')"
		}
	case head == "ReferenceError: Cannot access a variable before initialization":
		if id := identAt(p.text, p.col); id != "" {
			return "ReferenceError: Cannot access '" + id + "' before initialization"
		}
	case head == "TypeError: Class constructor cannot be invoked without 'new'":
		// goja's position is the class name, or the call's "(" after it
		id := identAt(p.text, p.col)
		if id == "" {
			id = exprBefore(p.text, p.col)
		}
		if id != "" {
			return "TypeError: Class constructor " + id + " cannot be invoked without 'new'"
		}
	}
	return ""
}

// exprBefore is the member expression (a.b.c) that ends at text[end].
func exprBefore(text string, end int) string {
	if end < 0 || end > len(text) {
		return ""
	}
	i := end
	for i > 0 && isExprByte(text[i-1]) {
		i--
	}
	return strings.Trim(text[i:end], ".")
}

// exprAt is the member expression (a.b.c) that starts at text[i] and is
// the whole operand there (followed by the end, a bracket, ';' or ','), or
// "".
func exprAt(text string, i int) string {
	if i < 0 || i >= len(text) || text[i] == '.' || text[i] >= '0' && text[i] <= '9' || !isExprByte(text[i]) {
		return ""
	}
	j := i
	for j < len(text) && isExprByte(text[j]) {
		j++
	}
	rest := strings.TrimLeft(text[j:], " \t")
	if rest != "" && !strings.ContainsRune(")];,", rune(rest[0])) {
		return ""
	}
	return strings.TrimRight(text[i:j], ".")
}

// iterated reports whether an operand that starts after before is iterated
// by for-of (before ends with "of"), an array literal's first spread
// ("[...") or, when any counts, by any spread or an array pattern's "= ".
func iterated(before string, any bool) bool {
	b := strings.TrimRight(before, " \t")
	switch {
	case strings.HasSuffix(b, "..."):
		return any || strings.HasSuffix(strings.TrimRight(b[:len(b)-3], " \t"), "[")
	case strings.HasSuffix(b, " of") || strings.HasSuffix(b, "(of") || strings.HasSuffix(b, ")of"):
		return true
	case any && strings.HasSuffix(b, "="):
		return strings.HasSuffix(strings.TrimRight(b[:len(b)-1], " \t"), "]")
	}
	return false
}

// assignedKey is the key of the property that an assignment at text[i]
// sets: the name after a ".", or a string or integer literal in brackets,
// followed by a plain "=".
func assignedKey(text string, i int) (string, bool) {
	if i <= 0 || i >= len(text) {
		return "", false
	}
	var key, rest string
	switch {
	case text[i-1] == '.' && text[i] != '.':
		key = identAt(text, i)
		rest = text[i+len(key):]
	case text[i] == '[':
		j := strings.IndexByte(text[i:], ']')
		if j < 0 {
			return "", false
		}
		lit := strings.TrimSpace(text[i+1 : i+j])
		rest = text[i+j+1:]
		switch {
		case len(lit) >= 2 && (lit[0] == '\'' || lit[0] == '"') && lit[len(lit)-1] == lit[0] && !strings.ContainsAny(lit[1:len(lit)-1], "\\'\""):
			key = lit[1 : len(lit)-1]
		case lit != "" && strings.Trim(lit, "0123456789") == "":
			key = lit
		}
	}
	rest = strings.TrimLeft(rest, " \t")
	if key == "" || !strings.HasPrefix(rest, "=") || strings.HasPrefix(rest, "==") || strings.HasPrefix(rest, "=>") {
		return "", false
	}
	return key, true
}

// identAt is the identifier at text[i].
func identAt(text string, i int) string {
	if i < 0 || i >= len(text) {
		return ""
	}
	j := i
	for j < len(text) && isExprByte(text[j]) && text[j] != '.' {
		j++
	}
	return text[i:j]
}

func isExprByte(c byte) bool {
	return c == '_' || c == '$' || c == '.' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}
