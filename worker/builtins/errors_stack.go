package builtins

import (
	"github.com/mcrepl/mcrepl/internal/gojaprops"
	"reflect"
	"regexp"

	"github.com/dop251/goja"
)

// errorCtorNames are the error constructors whose instances get V8's
// stack: the constructors are replaced by ones that construct with the
// original (new.target kept) and give the new error a stack in V8's shape.
var errorCtorNames = []string{"Error", "TypeError", "RangeError", "ReferenceError", "SyntaxError", "EvalError", "URIError", "AggregateError"}

// errorStacks is the per-isolate state of the stacks of errors: the
// number of constructor frames of each subclass of an error.
type errorStacks struct {
	set    *goja.Object         // the setter of every error's stack
	chains map[*goja.Object]int // new.target: its class constructors that run
}

// errorStack is one error's stack: the frames captured at construction,
// rendered on first read.
type errorStack struct {
	frames []goja.StackFrame
	limit  int
	msg    string // the message at construction, as V8 keeps it
	// lazyMsg: the message is read with the name, on first read
	// (Error.captureStackTrace)
	lazyMsg bool
	value   goja.Value // the rendered (or assigned) stack, nil before the first read
}

// installErrorStacks replaces the error constructors by ones whose
// instances have V8's stack: an own accessor (non-enumerable,
// configurable) that renders "Name: message" and "    at ..." lines from
// the frames captured at construction, Error.stackTraceLimit of them,
// without frames of mcrepl or of the subclass constructors that ran, and
// undefined when Error.stackTraceLimit is not a number.
//
// The replacements keep the originals' prototype objects (instanceof and
// the errors goja throws itself are unchanged), statics, names, lengths
// and native toString; X.prototype.constructor is the replacement.
// Errors that goja or a host function creates internally do not pass
// through a constructor and keep goja's stack text until mcrepl prints
// them (docs/differences.md).
func (b *installer) installErrorStacks() {
	if b.native == nil {
		b.nativeToString()
	}
	s := &errorStacks{chains: map[*goja.Object]int{}}
	s.set = b.fn("", 1, func(call goja.FunctionCall) goja.Value {
		if o, ok := call.This.(*goja.Object); ok {
			_ = o.DefineDataProperty("stack", call.Argument(0), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		}
		return goja.Undefined()
	})
	b.stacks = s
	var base *goja.Object
	d := NewDescriptors(b.rt)
	for _, name := range errorCtorNames {
		w := b.wrapErrorCtor(name, s, d)
		if w == nil {
			continue
		}
		if name == "Error" {
			base = w
		} else if base != nil {
			_ = w.SetPrototype(base)
		}
	}
}

// wrapErrorCtor replaces globalThis[name] (see installErrorStacks) and
// returns the replacement, nil when there is no such constructor.
func (b *installer) wrapErrorCtor(name string, s *errorStacks, d Descriptors) *goja.Object {
	rt := b.rt
	orig := b.intrinsic(name)
	if orig == nil {
		return nil
	}
	construct, ok := goja.AssertConstructor(orig)
	if !ok {
		return nil
	}
	var w *goja.Object
	w = gojaprops.Constructor(rt, func(call goja.ConstructorCall) *goja.Object {
		nt := call.NewTarget
		if nt == nil || nt == w {
			nt = orig
		}
		o, err := construct(nt, call.Arguments...)
		if err != nil {
			panic(err)
		}
		var sub *goja.Object
		if nt != orig {
			sub = nt
		}
		s.attach(b, o, sub, w)
		return o
	})
	d.CopyOwn(rt, orig, w, CtorAttrs)
	if proto, ok := orig.Get("prototype").(*goja.Object); ok {
		_ = proto.DefineDataProperty("constructor", w, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		// V8's order of the prototype's keys (goja's is message, name,
		// toString, constructor).
		d.Reorder(rt, proto, []string{"constructor", "name", "message", "toString"}, ProtoAttrs)
	}
	_ = w.SetPrototype(orig.Prototype())
	b.native[w] = name
	b.errors[name] = w
	_ = rt.GlobalObject().DefineDataProperty(name, w, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return w
}

// attach gives the new error o its stack accessor. sub is new.target when
// a subclass is constructed: the frames of its constructors (and of the
// ones it inherits, up to wrapper) are left out, as V8 leaves them out.
func (s *errorStacks) attach(b *installer, o, sub, wrapper *goja.Object) {
	st := &errorStack{}
	if frames, ok := s.frames(b, st); ok {
		if sub != nil {
			frames = skipCtorFrames(frames, s.ctorFrames(b, sub, wrapper))
		}
		st.frames = frames
		if m := o.Get("message"); m != nil && !goja.IsUndefined(m) {
			st.msg = m.String()
		}
	}
	s.define(b, o, st)
}

// capture is Error.captureStackTrace(o, fn): o gets the shared stack
// accessor, with the frames above the first call of a function named skip
// left out (none when skip is "").
func (s *errorStacks) capture(b *installer, o *goja.Object, skip string) {
	st := &errorStack{lazyMsg: true}
	if frames, ok := s.frames(b, st); ok {
		if skip != "" {
			for i := range frames {
				if frames[i].FuncName() == skip {
					frames = frames[i+1:]
					break
				}
			}
		}
		st.frames = frames
	}
	s.define(b, o, st)
}

// frames captures the call stack of the native function running now (its
// own frame left out) and sets st's limit; false, with st's value
// undefined, when Error.stackTraceLimit is not a number.
func (s *errorStacks) frames(b *installer, st *errorStack) ([]goja.StackFrame, bool) {
	limit, ok := stackTraceLimitOf(b.intrinsic("Error"))
	if !ok {
		st.value = goja.Undefined()
		return nil, false
	}
	st.limit = limit
	frames := b.rt.CaptureCallStack(0, nil)
	if len(frames) > 0 && frames[0].SrcName() == "<native>" {
		frames = frames[1:]
	}
	return frames, true
}

// define installs the accessor on o. Each error has its own getter (V8's
// errors share one): a map from errors to their stacks would need a weak
// pointer and a cleanup per error, which cost more than a function. The
// setter is shared: an assignment makes stack a data property.
func (s *errorStacks) define(b *installer, o *goja.Object, st *errorStack) {
	get := Named(b.rt, b.rt.ToValue(stackGetter(b, o, st)).(*goja.Object), "", 0)
	if err := o.DefineAccessorProperty("stack", get, s.set, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
		panic(err)
	}
}

// stackGetter is the getter of o's stack: st rendered on first read. Not
// inlined, so that all the getters have one code pointer (IsStackGetter).
//
//go:noinline
func stackGetter(b *installer, o *goja.Object, st *errorStack) func(goja.FunctionCall) goja.Value {
	return func(goja.FunctionCall) goja.Value {
		if st.value == nil {
			if st.lazyMsg {
				st.value = b.rt.ToValue(ErrorHeader(o) + formatFrames(st.frames, st.limit))
			} else {
				st.value = b.rt.ToValue(errorHeader(o, st.msg) + formatFrames(st.frames, st.limit))
			}
			st.frames = nil
		}
		return st.value
	}
}

// stackGetterCode is the code of every function stackGetter makes.
// (Learnt on first use: making a getter at every start was an allocation
// of the package's initialization.)
var stackGetterCodeLazy = lazyValue[uintptr]{f: func() uintptr { return reflect.ValueOf(stackGetter(nil, nil, nil)).Pointer() }}

// IsStackGetter reports whether get is the getter of a stack that mcrepl
// made (a constructed error's, Error.captureStackTrace's): calling it runs
// no code of the script's but the error's name getter, which V8's stack
// getter runs too. Package inspect calls only this getter.
func IsStackGetter(get goja.Value) bool {
	o, ok := get.(*goja.Object)
	if !ok {
		return false
	}
	f, ok := o.Export().(func(goja.FunctionCall) goja.Value)
	return ok && reflect.ValueOf(f).Pointer() == stackGetterCodeLazy.get()
}

// explicitCtor matches a class whose source declares a constructor.
var explicitCtorLazy = lazyValue[*regexp.Regexp]{f: func() *regexp.Regexp {
	return regexp.MustCompile(`^class\b[^{]*\{[\s\S]*\bconstructor\s*\(`)
}}

func explicitCtor() *regexp.Regexp { return explicitCtorLazy.get() }

// ctorFrames counts the classes from sub down to wrapper (not included)
// that declare a constructor: goja gives each of those a frame (an
// implicit constructor has none). Counts are kept per class.
func (s *errorStacks) ctorFrames(b *installer, sub, wrapper *goja.Object) int {
	if n, ok := s.chains[sub]; ok {
		return n
	}
	toString, _ := goja.AssertFunction(b.proto("Function").Get("toString"))
	n := 0
	for c := sub; c != nil && c != wrapper && len(s.chains) < 4096; c = c.Prototype() {
		if _, isFn := goja.AssertFunction(c); !isFn || b.native[c] != "" {
			break
		}
		if src, err := toString(c); err == nil && explicitCtor().MatchString(src.String()) {
			n++
		}
	}
	if len(s.chains) < 4096 {
		s.chains[sub] = n
	}
	return n
}

// skipCtorFrames drops the first n frames when they are class constructors
// (goja names them "<anonymous>").
func skipCtorFrames(frames []goja.StackFrame, n int) []goja.StackFrame {
	for ; n > 0 && len(frames) > 0 && frames[0].SrcName() != "<native>"; n-- {
		frames = frames[1:]
	}
	return frames
}

// stackTraceLimit is Error.stackTraceLimit as V8 reads it: a number (not
// coerced) caps the frames; false when it is not a number, and then V8
// captures no stack at all (err.stack is undefined).
//
// V8 reads it of its own Error constructor, whatever a script did to the
// global Error: so does this, the installer's (Install's) when rt has one.
func stackTraceLimit(rt *goja.Runtime) (int, bool) {
	if b := installerFor(rt); b != nil {
		return stackTraceLimitOf(b.intrinsic("Error"))
	}
	e, _ := rt.GlobalObject().Get("Error").(*goja.Object)
	return stackTraceLimitOf(e)
}

// stackTraceLimitOf is stackTraceLimit with the Error constructor e.
func stackTraceLimitOf(e *goja.Object) (int, bool) {
	if e == nil {
		return DefaultStackTraceLimit, true
	}
	switch n := gojaprops.Export(getv(e, "stackTraceLimit")).(type) {
	case int64:
		return int(max(n, 0)), true
	case float64:
		if n != n || n < 0 {
			return 0, true
		}
		if n > 1<<30 {
			return 1 << 30, true
		}
		return int(n), true
	}
	return 0, false
}

// errorHeader is ErrorHeader with the message that the error had when it
// was made: V8 renders the name when the stack is first read and the
// message of construction.
func errorHeader(o *goja.Object, msg string) string { return joinHeader(errorName(o), msg) }

// errorName is o's name as a stack's first line gives it ("Error" when undefined).
func errorName(o *goja.Object) string {
	if v := o.Get("name"); v != nil && !goja.IsUndefined(v) {
		return v.String()
	}
	return "Error"
}

// joinHeader is "name: msg", or the one of them that is not empty.
func joinHeader(name, msg string) string {
	switch {
	case name == "":
		return msg
	case msg == "":
		return name
	}
	return name + ": " + msg
}
