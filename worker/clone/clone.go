// Package clone implements structured serialization as workerd does it: a JavaScript value in a
// goja runtime is serialized into a Go-side Message, and a Message is deserialized into fresh
// JavaScript values. MessagePort.postMessage and the global structuredClone are built on it.
//
// Use one Cloner per runtime, built with New before user code runs (it captures the runtime's
// built-in functions, so later patches to Map.prototype.forEach and the like cannot observe or
// change a clone). Like the runtime, a Cloner may only be used from the goroutine that owns the
// runtime. A Message holds no reference to any JavaScript object: it may be kept after the call,
// handed to another goroutine, and deserialized in another runtime.
//
// What is cloned, and how refusals are worded, follows workerd (V8's ValueSerializer plus
// workerd's host-object hooks) word for word: see the package tests for the full table.
// Refusals are DOMExceptions named DataCloneError, built by Hooks.NewDataCloneError. Too deep a
// value throws a plain RangeError, and exceptions thrown by user getters propagate unchanged.
//
// A Message is a compact byte stream (serialize.go describes it). Ordinary objects, arrays, Maps
// and Sets are read and built through goja's own storage rather than its public API, which is
// several times faster; the layout is learnt and checked at the first clone, and the public API
// is the fallback (internals.go).
//
// # Differences from workerd
//
// These come from goja, not from this package:
//
//   - goja has no SharedArrayBuffer, Float16Array, resizable ArrayBuffer (so no maxByteLength and
//     no length-tracking views), WeakRef, FinalizationRegistry or SuppressedError; those rows of
//     workerd's table cannot arise. Without SharedArrayBuffer, postMessage's "SharedArrayBuffer
//     is unsupported with MessagePort" and structuredClone's shared memory cannot arise either.
//   - goja's RegExp has no d (hasIndices) or v (unicodeSets) flag, so clones carry only gimsuy.
//   - Property keys are Go strings in goja's public API, which turns a lone surrogate into
//     U+FFFD. Ordinary objects, arrays and their clones are read and built through goja's own
//     storage, so their keys survive exactly; an Error's own property (enhanced mode) whose key
//     holds a lone surrogate is dropped. String values are kept exactly.
//   - Blob, Headers, Request and Response do not exist in mcrepl, so they neither clone nor refuse.
//   - An Error whose name or message is an object is cloned without its stack: goja builds the
//     stack on first read from String(error), which can recurse in Go without end (a goja bug).
//     An error whose message leads back to itself throws RangeError, as V8 does.
//   - The nesting limit is a fixed budget modelled on workerd's stack (see stackBudget), where
//     workerd's limit varies by one or two between runs. A clone nested in a clone (a getter
//     that clones) takes what the outer one left.
//
// A clone stops at an interrupt (a timeout, Ctrl-C) as JavaScript code does, although it is Go
// code: see interrupt.go.
package clone

import (
	"errors"

	"github.com/dop251/goja"
	"github.com/dop251/goja/unistring"
)

// Hooks connects the cloner to the host runtime: the events package owns DOMException and the
// channel package owns MessagePort. Every field may be left nil.
type Hooks struct {
	// NewDataCloneError returns the DOMException(message, "DataCloneError") to throw.
	// Default: an Error with own properties name "DataCloneError" and code 25.
	NewDataCloneError func(message string) *goja.Object
	// HostType reports whether o is a host object that has no serializer, and the name of its
	// constructor ("MessagePort", "EventTarget", ...). It is asked about ordinary objects only.
	// The refusal reads `Could not serialize object of type "<name>". This type does not support
	// serialization.`, except for workerd's own wording for "AbortSignal" and "ReadableStream".
	// Default: no object is a host object.
	HostType func(o *goja.Object) (name string, ok bool)
	// AsDOMException recognises a DOMException and reports its name, message and stack.
	// Default: nothing is a DOMException.
	AsDOMException func(o *goja.Object) (name, message, stack string, ok bool)
	// NewDOMException rebuilds a DOMException recognised by AsDOMException. Its code follows
	// from its name. Default: an Error with the given name, message and stack.
	NewDOMException func(message, name, stack string) *goja.Object
	// SerializeHost reports whether o is a host object with a serializer of its own (a Blob)
	// and returns the Go value to carry, which must hold no JavaScript reference. It may throw
	// (a DataCloneError for a host object it refuses). It is asked about ordinary objects only,
	// before HostType. Default: no such object.
	SerializeHost func(o *goja.Object) (v any, ok bool)
	// DeserializeHost rebuilds, as a new object, a value that SerializeHost returned.
	DeserializeHost func(v any) *goja.Object
	// Global is the global object, refused as #<ServiceWorkerGlobalScope>.
	// Default: the runtime's global object.
	Global *goja.Object
}

// Options chooses between workerd's behaviours that depend on the compatibility date.
type Options struct {
	// EnhancedErrors selects workerd's enhanced_error_serialization (the default from
	// 2026-04-21): all own properties of an Error are kept and custom names survive. When false
	// (the default), errors are cloned the legacy way.
	EnhancedErrors bool
}

// ErrConsumed is returned by Deserialize for a Message whose ArrayBuffer contents were already
// handed over to a previous deserialization.
var ErrConsumed = errors.New("clone: message already deserialized: its ArrayBuffer contents belong to the first copy")

// Message is a serialized value: a compact byte stream, in the order the serializer visited the
// value, so deserialization is one pass over it (the format is described in serialize.go).
type Message struct {
	data  []byte             // the value, in the format described in serialize.go
	prims []goja.Value       // shared strings, numbers and BigInts, in the order of their tShared
	keys  []unistring.String // shared keys, indexed by the key's number
	// strs ASCII strings and words boxed numbers are in data.
	strs, words int
	// objects objects, and names keyed children (properties), are in data.
	objects, names int
	buffers        [][]byte  // ArrayBuffer contents, indexed by tBuffer
	errs           []errData // Error and DOMException contents, indexed by tError and tDOMException
	hosts          []any     // host objects' values (Hooks.SerializeHost), indexed by tHost
	// consumed is set once the buffers have been handed to a runtime.
	consumed bool
}

// Cloner serializes and deserializes values of one runtime.
type Cloner struct {
	rt    *goja.Runtime
	hooks Hooks
	opts  Options
	in    *intrinsics
	// free holds serializers for reuse. A getter may call structuredClone while a serialization
	// is under way, so each serialization takes its own.
	free []*serializer
	// fast says whether to read and build objects through goja's internals (see internals.go);
	// false takes the public API everywhere, which the tests compare against.
	fast bool
	// ready is set by ready(), when the cloner is first used.
	isReady bool
	// keys holds property keys met while deserializing, so that clones share them.
	keys map[string]unistring.String
	// recentKeys is a small direct-mapped cache in front of keys.
	recentKeys [256]unistring.String
	// recentDict is the serializer's cache of key numbers in the dictionary (keys.go).
	recentDict [256]dictRef
	// spare is a deserializer kept for the next deserialization, its table of objects by id
	// empty but with its room; nil while a deserialization has it.
	spare *deserializer
	// running is the innermost serialization under way: a getter may clone again, and the
	// nested one gets what is left of the outer one's stack budget (see nestCost).
	running *serializer
	// interrupted is the runtime's interrupt flag, or nil (interrupt.go).
	interrupted *uint32
	// lent holds the stream and shared slices of the last structuredClone's Message, emptied,
	// for the next one: that Message is deserialized at once and then dropped.
	lent lentSlices
	// model is the Date that cloned Dates are copies of (dates.go); nil until the first.
	model *goja.Object
	// plain and array are the models of cloned ordinary objects and arrays (models.go).
	plain, array *goja.Object
}

// lentSlices are the parts of a shared Message that structuredClone hands back (recycle).
type lentSlices struct {
	data  []byte
	prims []goja.Value
	keys  []unistring.String
}

// New returns a Cloner for rt. Call it before user code runs in rt.
func New(rt *goja.Runtime, h Hooks, opts Options) *Cloner {
	c := &Cloner{rt: rt, hooks: h, opts: opts, in: captureIntrinsics(rt), keys: make(map[string]unistring.String),
		interrupted: interruptFlag(rt)}
	if c.hooks.Global == nil {
		c.hooks.Global = rt.GlobalObject()
	}
	if c.hooks.NewDataCloneError == nil {
		c.hooks.NewDataCloneError = c.defaultDataCloneError
	}
	if c.hooks.NewDOMException == nil {
		c.hooks.NewDOMException = c.defaultDOMException
	}
	return c
}

// ready learns goja's internals, once per process, the first time a Cloner is used: a script
// that never clones (most short ones post primitives, if anything) does not pay for it at
// start-up.
func (c *Cloner) ready() {
	if c.isReady {
		return
	}
	fastOnce.Do(learnLayout)
	c.fast = fast.ok
	c.in.upgrade()
	c.isReady = true
}

// Serialize serializes v. Getters run now, in property order. On failure the error is a
// *goja.Exception holding the JavaScript value to throw: a DataCloneError, a RangeError for too
// deep a value, or whatever a getter threw (the same object). A host function rethrows it with
// panic(err).
func (c *Cloner) Serialize(v goja.Value) (*Message, error) {
	return c.serialize(v, nil, false)
}

// serialize serializes v. With share, which suits a Message that is deserialized at once in
// the same runtime (structuredClone), strings, numbers and keys are not copied into the stream
// but shared with the clone, as immutable values can be.
func (c *Cloner) serialize(v goja.Value, transfer map[*goja.Object][]byte, share bool) (*Message, error) {
	c.ready()
	s := c.getSerializer()
	s.transfer = transfer
	s.share = share
	s.startShared()
	s.budget = stackBudget
	outer := c.running
	// Restored by a defer: an interrupt unwinds past Try.
	defer func() { c.running = outer }()
	var m *Message
	ex := c.rt.Try(func() {
		if outer != nil {
			// A clone inside a clone (a getter that clones or posts): workerd's stack is one
			// stack, so the nested one starts from what the outer one left.
			s.budget = outer.budget - nestCost
			if s.budget < 0 {
				s.throwTooDeep()
			}
		}
		c.running = s
		s.write(v)
		if s.selfRef {
			// workerd reads an error's properties before the error exists on the reading
			// side, so a reference back to it fails there, and workerd reads at once.
			panic(c.newError("Error", c.rt.ToValue("Unable to deserialize cloned data.")))
		}
		m = s.message()
	})
	c.putSerializer(s)
	if ex != nil {
		return nil, ex
	}
	return m, nil
}

// Deserialize builds fresh JavaScript values from m. ArrayBuffer contents are handed to the new
// buffers without a copy, so a Message that holds buffers can be deserialized only once; a second
// attempt returns ErrConsumed. A Message without buffers can be deserialized any number of times.
// The only other error is a *goja.Exception from the runtime itself (it was interrupted, for
// instance); deserialization runs no user code.
func (c *Cloner) Deserialize(m *Message) (goja.Value, error) {
	if m.consumed {
		return nil, ErrConsumed
	}
	c.ready()
	d := c.spare
	c.spare = nil
	if d == nil {
		d = new(deserializer)
	}
	*d = deserializer{c: c, m: m, data: m.data, objs: d.objs, lengths: d.lengths, nlengths: d.nlengths}
	if cap(d.objs) < m.objects {
		d.objs = make([]*goja.Object, 0, m.objects)
	}
	var v goja.Value
	ex := c.rt.Try(func() { v = d.read() })
	clear(d.objs)
	*d = deserializer{objs: d.objs[:0], lengths: d.lengths, nlengths: d.nlengths} // holds nothing of the message or its clone
	c.spare = d
	if ex != nil {
		return nil, ex
	}
	if len(m.buffers) > 0 {
		m.consumed = true
		clear(m.buffers)
	}
	return v, nil
}

func (c *Cloner) getSerializer() *serializer {
	if n := len(c.free); n > 0 {
		s := c.free[n-1]
		c.free = c.free[:n-1]
		return s
	}
	return &serializer{c: c}
}

func (c *Cloner) putSerializer(s *serializer) {
	s.reset()
	c.free = append(c.free, s)
}

// throwDataCloneError throws a DataCloneError with message as a JavaScript exception.
func (c *Cloner) throwDataCloneError(message string) {
	panic(c.hooks.NewDataCloneError(message))
}

func (c *Cloner) defaultDataCloneError(message string) *goja.Object {
	e := c.newError("Error", c.rt.ToValue(message))
	_ = e.DefineDataProperty("name", c.rt.ToValue("DataCloneError"), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = e.DefineDataProperty("code", c.rt.ToValue(25), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	return e
}

func (c *Cloner) defaultDOMException(message, name, stack string) *goja.Object {
	e := c.newError("Error", c.rt.ToValue(message))
	_ = e.DefineDataProperty("name", c.rt.ToValue(name), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = e.DefineDataProperty("stack", c.rt.ToValue(stack), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return e
}
