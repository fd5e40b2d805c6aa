package builtins

import (
	"strings"

	"github.com/dop251/goja"
)

// DefaultStackTraceLimit is V8's Error.stackTraceLimit.
const DefaultStackTraceLimit = 10

// installError defines Error.captureStackTrace, Error.stackTraceLimit and
// Error.isError. SuppressedError is a lazy global (globals.go).
//
// They are defined on the replacement Error (installErrorStacks), not on
// goja's, which no script reaches once it is replaced: copying them from
// goja's through descriptor objects cost ~60 allocations of each start-up.
func (b *installer) installError() {
	e := b.intrinsic("Error")
	if e == nil {
		return
	}
	// V8's order of Error's own keys: captureStackTrace, isError,
	// stackTraceLimit (goja defines isError itself).
	_ = e.Delete("isError")
	b.installErrorStacks()
	if w := b.intrinsic("Error"); w != nil {
		e = w
	}
	b.method(e, "captureStackTrace", 2, func(call goja.FunctionCall) goja.Value {
		o, ok := call.Argument(0).(*goja.Object)
		if !ok {
			b.typeError("invalid_argument")
		}
		b.stacks.capture(b, o, skipUntil(call.Argument(1)))
		return goja.Undefined()
	})
	b.method(e, "isError", 1, func(call goja.FunctionCall) goja.Value {
		o, ok := call.Argument(0).(*goja.Object)
		return b.rt.ToValue(ok && o.ClassName() == "Error")
	})
	_ = e.Set("stackTraceLimit", DefaultStackTraceLimit)
}

// StackTraceLimit reads Error.stackTraceLimit as V8 does: a number (not
// coerced) caps the frames, anything else means no frames.
func StackTraceLimit(rt *goja.Runtime) int {
	n, _ := stackTraceLimit(rt)
	return n
}

// ErrorHeader is the first line of a V8 stack for o: "name: message",
// "name" or "message" (ErrorUtils::ToString).
func ErrorHeader(o *goja.Object) string {
	name := errorName(o) // read before the message, as V8 does
	msg := ""
	if v := o.Get("message"); v != nil && !goja.IsUndefined(v) {
		msg = v.String()
	}
	return joinHeader(name, msg)
}

// skipUntil returns the frame filter of captureStackTrace's second
// argument: frames above (and including) the first call of fn, found by
// name (goja's frames do not say which function object they run).
func skipUntil(fn goja.Value) string {
	o, ok := fn.(*goja.Object)
	if !ok {
		return ""
	}
	if _, isFn := goja.AssertFunction(o); !isFn {
		return ""
	}
	if n := o.Get("name"); n != nil {
		return n.String()
	}
	return ""
}

// FormatFrames renders frames in V8's shape, one "\n    at ..." line each,
// at most limit lines: "fn (file:line:col)", "file:line:col" at top level.
// Builtins' frames and frames of mcrepl itself (its entry
// function, Go-named functions) are left out, and so are the frames up to
// and including a call of the function named skip, when skip is not "".
// The first frame is the native function that captured the stack (as
// CaptureCallStack gives it) and is left out.
func FormatFrames(frames []goja.StackFrame, skip string, limit int) string {
	if len(frames) > 0 && frames[0].SrcName() == "<native>" {
		frames = frames[1:]
	}
	if skip != "" {
		for i := range frames {
			if frames[i].FuncName() == skip {
				frames = frames[i+1:]
				break
			}
		}
	}
	return formatFrames(frames, limit)
}

// formatFrames renders at most limit of frames, one "\n    at ..." line
// each, leaving out the frames FrameString leaves out.
func formatFrames(frames []goja.StackFrame, limit int) string {
	var b strings.Builder
	n := 0
	for i := range frames {
		if n >= limit {
			break
		}
		line, ok := FrameString(&frames[i])
		if !ok {
			continue
		}
		b.WriteString("\n    at ")
		b.WriteString(line)
		n++
	}
	return b.String()
}

// FrameString renders one frame as V8 does after "at ", and false for the
// frames of mcrepl itself.
func FrameString(f *goja.StackFrame) (string, bool) {
	name := f.FuncName()
	if internalName(name) || strings.HasPrefix(f.SrcName(), "mcrepl:") {
		return "", false
	}
	if f.SrcName() == "<native>" {
		// A builtin's frame, as the printed stacks have it
		// (inspect.V8Stack): V8 names it by its class too ("Array.map"),
		// which goja's frames do not say, and shows no frame for call,
		// apply and bind.
		switch name {
		case "<native>", "call", "apply", "bind":
			return "", false
		}
		return name + " (<anonymous>)", true
	}
	p := f.Position()
	file := p.Filename
	if file == "" {
		file = "<anonymous>"
	}
	pos := file + ":" + itoa(int64(p.Line)) + ":" + itoa(int64(p.Column))
	if name == "<anonymous>" || name == "" {
		return pos, true
	}
	return name + " (" + pos + ")", true
}

// internalName reports a frame of mcrepl's own: a Go-named host function
// or the entry function through which the loop enters JS.
func internalName(name string) bool {
	return strings.HasPrefix(name, "__mcrepl_") || GoName(name)
}
