package streams

import (
	"github.com/mcrepl/mcrepl/internal/gojaprops"
	"math/big"
	"strings"
	"unicode/utf8"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/inspect"
)

// registerInspect makes console.log show the package's objects as workerd
// does: a stream with its locked getter and its internal [state],
// [supportsBYOB] or [expectsBytes] and [length], a reader and a writer
// with their getters' values, a TransformStream (and CompressionStream and
// the other pairs) with its two sides, a queuing strategy with its
// highWaterMark. The hooks registered before it (TextEncoderStream's, the
// body's owners') are asked first. Formatting runs no user code: a Proxy
// is left to the default formatting before any slot is read.
func (r *realm) registerInspect() {
	prev := inspect.Custom(r.rt)
	inspect.RegisterCustom(r.rt, func(o *goja.Object, opts inspect.Options, recurse func(goja.Value) string) (string, bool) {
		if prev != nil {
			if s, ok := prev(o, opts, recurse); ok {
				return s, true
			}
		}
		if gojaprops.Exports[goja.Proxy](o) {
			return "", false
		}
		return r.inspect(o, recurse)
	})
}

func (r *realm) inspect(o *goja.Object, recurse func(goja.Value) string) (string, bool) {
	val := func(v any) string { return recurse(r.rt.ToValue(v)) }
	name := func(def string) string {
		p := o.Prototype()
		for n, proto := range r.protos {
			if proto == p {
				return n
			}
		}
		return def
	}
	switch s := r.slotOf(o).(type) {
	case *readableStream:
		_, byob := s.ctrl.(*byteController)
		length := goja.Undefined()
		if s.hasLength {
			length = r.rt.ToValue(big.NewInt(s.length))
		}
		return hostObject(name("ReadableStream"), []string{
			"locked: " + val(s.reader != nil),
			"[state]: " + val(stateName(s.state)),
			"[supportsBYOB]: " + val(byob),
			"[length]: " + recurse(length),
		}), true
	case *writableStream:
		return hostObject(name("WritableStream"), []string{
			"locked: " + val(s.writer != nil),
			"[state]: " + val(stateName(s.state)),
			"[expectsBytes]: " + val(s.expectsBytes),
		}), true
	case *defaultReader:
		return hostObject(name("ReadableStreamDefaultReader"), []string{"closed: " + recurse(s.closed.JS())}), true
	case *byobReader:
		return hostObject(name("ReadableStreamBYOBReader"), []string{"closed: " + recurse(s.closed.JS())}), true
	case *writer:
		desired := goja.Null()
		if s.stream != nil {
			desired = r.desired(writableStreamDefaultWriterGetDesiredSize(s))
		}
		return hostObject(name("WritableStreamDefaultWriter"), []string{
			"closed: " + recurse(s.closed.JS()),
			"ready: " + recurse(s.ready.JS()),
			"desiredSize: " + recurse(desired),
		}), true
	case *transformStream:
		if s.readable == nil || s.writable == nil {
			return "", false
		}
		return hostObject(name("TransformStream"), []string{
			"readable: " + recurse(s.readable.obj),
			"writable: " + recurse(s.writable.obj),
		}), true
	case *queuingStrategy:
		return hostObject(name("QueuingStrategy"), []string{"highWaterMark: " + recurse(s.hwm)}), true
	}
	return "", false
}

// stateName is what workerd's [state] says.
func stateName(state int) string {
	switch state {
	case stateClosed:
		return "closed"
	case stateErrored:
		return "errored"
	case stateWritable:
		return "writable"
	case stateErroring:
		return "erroring"
	}
	return "readable"
}

// hostObject lays out a host object's entries as workerd's console does:
// on one line when none spans lines and they fit in 80 columns counted as
// Node counts an object literal's (the class name in front is not
// counted: workerd formats the entries as a plain object and names it
// after), one per line otherwise.
func hostObject(name string, entries []string) string {
	total := len(entries) + len(entries) + len("{") + 10
	multi := false
	for _, e := range entries {
		total += utf8.RuneCountInString(e)
		multi = multi || strings.Contains(e, "\n")
	}
	if !multi && total <= 80 {
		return name + " { " + strings.Join(entries, ", ") + " }"
	}
	return name + " {\n  " + strings.Join(entries, ",\n  ") + "\n}"
}
