// Package blob implements workerd's Blob and File for one isolate: the
// constructors with workerd's reading of blob parts and options, slice,
// text, arrayBuffer, bytes and stream, type normalisation, console.log's
// form, and the Go side that other packages use (fetch's bodies, structured
// clone).
//
// The globals register themselves with package host (Blob and File, on the
// ServiceWorkerGlobalScope prototype, always present). Other packages reach
// the same classes through the Go API, which builds them on first use even
// when the script never named Blob:
//
//	o := blob.New(env, data, "text/plain") // a new Blob object
//	b := blob.Of(env, v)                   // the *Blob behind a Blob or File, or nil
//	b.Bytes(), b.Type()
//
// A Blob's bytes never change after construction, so a *Blob may be shared
// between objects, goroutines and isolates (slice shares the parent's
// bytes). Serialize and Deserialize are the structured-clone hooks,
// registered with host.RegisterSerializer: workerd clones a Blob (bytes and
// type; a Blob subclass comes back a Blob) and refuses a File under its
// class's name.
//
// What workerd does that the spec does not (each checked against the
// binary; blob_test.go and the conformance cases 1300-1309 hold them):
//
//   - blobParts must be an Array (no other iterable): "Failed to construct
//     'Blob': constructor parameter 1 is not of type 'Array'."; its length is
//     read once, then each element is read and converted in turn;
//   - the options bag is read type, then (File) lastModified, then endings,
//     after every blob part was converted; endings is "transparent" or
//     "native" (string parts' CR LF and CR become LF), any other value
//     "The provided value 'x' is not a valid enum value of type
//     EndingType." (null included);
//   - a type with a byte outside 0x20-0x7E (in UTF-8) becomes "", otherwise
//     it is lowercased, and it is otherwise kept as given ("image/gif;"),
//     at every date (blob_standard_mime_type changes nothing observable);
//   - slice's start and end are doubles: NaN is 0, fractions are rounded
//     half to even, and any value is clamped to the blob (no range error);
//   - File's lastModified is a double (NaN becomes 0); a File constructed
//     with fewer than two arguments throws "constructor parameter 2 is not of
//     type 'string'";
//   - text(), arrayBuffer() and bytes() resolve one microtask after a
//     resolved promise would; text() keeps a leading BOM;
//   - stream() is a byte stream of 4096-byte chunks, each read answered
//     from a later task.
//
// Everything here runs on the loop goroutine.
package blob

import (
	"github.com/mcrepl/mcrepl/internal/gojaprops"
	"math"
	"strings"
	"time"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/events"
	"github.com/mcrepl/mcrepl/worker/host"
	"github.com/mcrepl/mcrepl/worker/inspect"
	"github.com/mcrepl/mcrepl/worker/streams"
)

func init() {
	host.Register(
		host.Global{Name: "Blob", Build: func(env *host.Env) goja.Value { return stateOf(env).blobCtor }},
		host.Global{Name: "File", Build: func(env *host.Env) goja.Value { return stateOf(env).fileCtor }},
	)
	host.RegisterSerializer(host.Serializer{Serialize: Serialize, Deserialize: Deserialize, Key: stateKey{}})
}

// Blob is the Go side of a Blob or a File.
type Blob struct {
	data []byte // never written after construction
	typ  string
	file *fileInfo // nil for a Blob
}

type fileInfo struct {
	name         string
	lastModified float64
}

// Bytes returns the blob's contents. The caller must not modify them.
func (b *Blob) Bytes() []byte { return b.data }

// Type returns the blob's normalised type ("" when none).
func (b *Blob) Type() string { return b.typ }

// IsFile reports whether the blob is a File, and its name and lastModified.
func (b *Blob) IsFile() (name string, lastModified float64, ok bool) {
	if b.file == nil {
		return "", 0, false
	}
	return b.file.name, b.file.lastModified, true
}

type stateKey struct{}

// state is one isolate's classes and the Go side of their instances.
type state struct {
	env                 *host.Env
	rt                  *goja.Runtime
	blobCtor, blobProto *goja.Object
	fileCtor, fileProto *goja.Object
	blobs               host.Slots[Blob]
	buf                 bufferReader
}

// holder is what host.State keeps: the state is built on first use, so
// that the clone hook can tell cheaply that an isolate has no Blob at all.
type holder struct{ s *state }

func holderOf(env *host.Env) *holder {
	return host.State(env, stateKey{}, func() *holder { return &holder{} })
}

func stateOf(env *host.Env) *state {
	h := holderOf(env)
	if h.s == nil {
		h.s = newState(env)
	}
	return h.s
}

func newState(env *host.Env) *state {
	s := &state{env: env, rt: env.RT}
	s.buf = newBufferReader(env)
	r := env.Realm
	s.blobCtor, s.blobProto = r.Class("Blob", nil, s.construct)
	s.fileCtor, s.fileProto = r.Class("File", s.blobProto, s.constructFile)
	s.defineBlobProto()
	r.Accessor(s.fileProto, "name", func(call goja.FunctionCall) goja.Value {
		return s.rt.ToValue(s.thisFile(call).name)
	}, nil)
	r.Accessor(s.fileProto, "lastModified", func(call goja.FunctionCall) goja.Value {
		return s.rt.ToValue(s.thisFile(call).lastModified)
	}, nil)
	constructorLast(s.blobProto, s.blobCtor)
	constructorLast(s.fileProto, s.fileCtor)
	s.registerInspect()
	return s
}

func (s *state) defineBlobProto() {
	r, p := s.env.Realm, s.blobProto
	r.Accessor(p, "size", func(call goja.FunctionCall) goja.Value {
		return s.rt.ToValue(len(s.this(call).data))
	}, nil)
	r.Accessor(p, "type", func(call goja.FunctionCall) goja.Value {
		return s.rt.ToValue(s.this(call).typ)
	}, nil)
	r.Method(p, "slice", s.slice)
	r.Method(p, "arrayBuffer", func(call goja.FunctionCall) goja.Value {
		b := s.this(call)
		return s.resolveLater(func() goja.Value { return s.rt.ToValue(s.rt.NewArrayBuffer(clone(b.data))) })
	})
	r.Method(p, "bytes", func(call goja.FunctionCall) goja.Value {
		b := s.this(call)
		return s.resolveLater(func() goja.Value { return s.buf.newUint8Array(clone(b.data)) })
	})
	r.Method(p, "text", func(call goja.FunctionCall) goja.Value {
		b := s.this(call)
		return s.resolveLater(func() goja.Value { return s.rt.ToValue(DecodeUTF8(b.data)) })
	})
	r.Method(p, "stream", func(call goja.FunctionCall) goja.Value {
		b := s.this(call)
		s.env.RefuseInGlobalScope()
		return s.stream(b)
	})
}

// streamChunk is the size of the chunks Blob.stream() delivers, as
// workerd's.
const streamChunk = 4096

// stream is Blob.prototype.stream(): a byte stream of the blob's bytes, one
// copied chunk of streamChunk bytes per pull. As in workerd, whose blob
// streams are I/O, a pull is answered in a later task (after the pending
// microtasks). The answer runs inside one call into the runtime, so that
// the read it settles does not run its reactions before the stream is
// closed (goja drains the microtasks at the end of each outermost call).
func (s *state) stream(b *Blob) goja.Value {
	off := 0
	rs, _ := streams.NewReadable(s.env, streams.Source{
		Bytes:     true,
		Length:    int64(len(b.data)),
		HasLength: true,
		Pull: func(c *streams.Controller, done func()) {
			answer := s.rt.ToValue(func(goja.FunctionCall) goja.Value {
				if off < len(b.data) {
					end := min(off+streamChunk, len(b.data))
					chunk := clone(b.data[off:end])
					off = end
					_ = c.Enqueue(chunk)
				}
				if off >= len(b.data) {
					c.Close()
				}
				done()
				return goja.Undefined()
			})
			complete := s.env.Loop.Hold("Blob.stream() read")
			complete(func() {
				f, _ := goja.AssertFunction(answer)
				if _, err := s.env.Loop.Call(f, goja.Undefined()); err != nil {
					s.env.Loop.ReportException(err)
				}
			})
		},
	})
	return rs.Value()
}

// registerInspect makes console.log print a Blob as workerd does, with the
// values of its getters: Blob { size: 3, type: 'text/plain' }, and a File's
// name and lastModified before them.
func (s *state) registerInspect() {
	prev := inspect.Custom(s.rt)
	inspect.RegisterCustom(s.rt, func(o *goja.Object, opts inspect.Options, recurse func(goja.Value) string) (string, bool) {
		if b := s.blobs.Get(o); b != nil {
			var sb strings.Builder
			if b.file != nil {
				sb.WriteString(constructorName(o, "File") + " { name: " + recurse(s.rt.ToValue(b.file.name)) +
					", lastModified: " + recurse(s.rt.ToValue(b.file.lastModified)) + ", ")
			} else {
				sb.WriteString(constructorName(o, "Blob") + " { ")
			}
			sb.WriteString("size: " + recurse(s.rt.ToValue(len(b.data))) + ", type: " + recurse(s.rt.ToValue(b.typ)) + " }")
			return sb.String(), true
		}
		if prev != nil {
			return prev(o, opts, recurse)
		}
		return "", false
	})
}

// constructorLast moves proto's constructor after its other properties,
// where V8 lists it for workerd's classes.
func constructorLast(proto, ctor *goja.Object) {
	_ = proto.Delete("constructor")
	_ = proto.DefineDataProperty("constructor", ctor, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

func clone(b []byte) []byte { return append(make([]byte, 0, len(b)), b...) }

// resolveLater returns a promise resolved, in a microtask, with what value
// returns (workerd's promise settles one tick after a resolved one would).
func (s *state) resolveLater(value func() goja.Value) goja.Value {
	p, resolve, _ := s.rt.NewPromise()
	s.env.Loop.QueueMicrotask(func() { _ = resolve(value()) })
	return s.rt.ToValue(p)
}

func (s *state) this(call goja.FunctionCall) *Blob {
	b := s.blobs.Get(call.This)
	if b == nil {
		s.env.ThrowTypeError(events.IllegalInvocation)
	}
	return b
}

func (s *state) thisFile(call goja.FunctionCall) *fileInfo {
	b := s.blobs.Get(call.This)
	if b == nil || b.file == nil {
		s.env.ThrowTypeError(events.IllegalInvocation)
	}
	return b.file
}

// construct is new Blob(blobParts, options).
func (s *state) construct(call goja.ConstructorCall) *goja.Object {
	ps := s.parts("Blob", call.Argument(0))
	opts := s.options("Blob", call.Argument(1), 2)
	typ := s.readType(opts)
	data := ps.join(s.readEndings(opts))
	s.blobs.Put(call.This, &Blob{data: data, typ: typ})
	return nil
}

// constructFile is new File(fileBits, fileName, options).
func (s *state) constructFile(call goja.ConstructorCall) *goja.Object {
	ps := s.parts("File", call.Argument(0))
	if len(call.Arguments) < 2 {
		s.env.ThrowTypeError("Failed to construct 'File': constructor parameter 2 is not of type 'string'.")
	}
	name := DecodeUTF8([]byte(s.kjString(call.Argument(1))))
	opts := s.options("File", call.Argument(2), 3)
	typ := s.readType(opts)
	lm := float64(time.Now().UnixMilli())
	if opts != nil {
		if v := opts.Get("lastModified"); v != nil && !goja.IsUndefined(v) {
			lm = v.ToNumber().ToFloat()
			if math.IsNaN(lm) {
				lm = 0
			}
		}
	}
	data := ps.join(s.readEndings(opts))
	s.blobs.Put(call.This, &Blob{data: data, typ: typ, file: &fileInfo{name: name, lastModified: lm}})
	return nil
}

// options checks the options argument: undefined and null are no options,
// an object (functions included) is read as a dictionary.
func (s *state) options(class string, v goja.Value, param int) *goja.Object {
	if goja.IsUndefined(v) || goja.IsNull(v) {
		return nil
	}
	o, ok := v.(*goja.Object)
	if !ok {
		s.env.ThrowTypeError("Failed to construct '" + class + "': constructor parameter " + itoa(param) + " is not of type 'Options'.")
	}
	return o
}

func (s *state) readType(opts *goja.Object) string {
	if opts == nil {
		return ""
	}
	v := opts.Get("type")
	if v == nil || goja.IsUndefined(v) {
		return ""
	}
	return s.normalizeType(s.usvString(v))
}

// readEndings reads the endings member, an EndingType enum: it reports
// whether it is "native" (undefined is "transparent").
func (s *state) readEndings(opts *goja.Object) bool {
	if opts == nil {
		return false
	}
	v := opts.Get("endings")
	if v == nil || goja.IsUndefined(v) {
		return false
	}
	switch e := s.usvString(v); e {
	case "native":
		return true
	case "transparent":
		return false
	default:
		s.env.ThrowTypeError("The provided value '" + e + "' is not a valid enum value of type EndingType.")
		return false
	}
}

// blobParts holds the converted blobParts in order; the string parts are
// kept apart because endings, read after them, may rewrite their line
// endings.
type blobParts []blobPart

type blobPart struct {
	data []byte
	str  bool
}

// join concatenates the parts; with native endings, every CR LF and lone
// CR in a string part becomes LF, the line ending of the machines workerd
// runs on (File API, "convert line endings to native").
func (ps blobParts) join(native bool) []byte {
	var out []byte
	for _, p := range ps {
		if !native || !p.str {
			out = append(out, p.data...)
			continue
		}
		for i := 0; i < len(p.data); i++ {
			c := p.data[i]
			if c == '\r' {
				c = '\n'
				if i+1 < len(p.data) && p.data[i+1] == '\n' {
					i++
				}
			}
			out = append(out, c)
		}
	}
	return out
}

// parts reads blobParts, an Array of ArrayBuffers, views, Blobs and
// values converted to strings.
func (s *state) parts(class string, v goja.Value) blobParts {
	if goja.IsUndefined(v) {
		return nil
	}
	arr, ok := v.(*goja.Object)
	if !ok || arr.ClassName() != "Array" {
		s.env.ThrowTypeError("Failed to construct '" + class + "': constructor parameter 1 is not of type 'Array'.")
	}
	n := arr.Get("length").ToInteger()
	var out blobParts
	for i := int64(0); i < n; i++ {
		e := arr.Get(itoa(int(i)))
		if e == nil {
			e = goja.Undefined()
		}
		if b := s.blobs.Get(e); b != nil {
			out = append(out, blobPart{data: b.data})
			continue
		}
		if o, ok := e.(*goja.Object); ok {
			if bytes, ok := s.buf.bytes(o); ok {
				out = append(out, blobPart{data: clone(bytes)})
				continue
			}
		}
		out = append(out, blobPart{data: []byte(s.kjString(e)), str: true})
	}
	return out
}

// slice is Blob.prototype.slice(start, end, contentType).
func (s *state) slice(call goja.FunctionCall) goja.Value {
	b := s.this(call)
	size := len(b.data)
	start, end := 0, size
	if a := call.Argument(0); !goja.IsUndefined(a) {
		start = clampIndex(sliceIndex(a), size)
	}
	if a := call.Argument(1); !goja.IsUndefined(a) {
		end = clampIndex(sliceIndex(a), size)
	}
	typ := ""
	if a := call.Argument(2); !goja.IsUndefined(a) {
		typ = s.normalizeType(s.usvString(a))
	}
	if end < start {
		end = start
	}
	return s.newBlob(&Blob{data: b.data[start:end:end], typ: typ})
}

// sliceIndex converts a start or end as workerd does: a double, NaN as 0,
// rounded half to even (2.5 is 2, -0.5 is 0), infinities kept for the clamp.
func sliceIndex(v goja.Value) float64 {
	f := v.ToNumber().ToFloat()
	if math.IsNaN(f) {
		return 0
	}
	return math.RoundToEven(f)
}

// clampIndex is the spec's relative index: a negative one counts from the
// end; the result lies in [0, size].
func clampIndex(f float64, size int) int {
	if f < 0 {
		f += float64(size)
		if f < 0 {
			return 0
		}
	}
	if f > float64(size) {
		return size
	}
	return int(f)
}

// normalizeType is workerd's type normalisation: a type holding a byte
// outside 0x20-0x7E (in UTF-8: DEL and every non-ASCII character included)
// is dropped, any other is lowercased.
// The binary does this whatever blob_standard_mime_type says.
func (s *state) normalizeType(t string) string {
	for i := 0; i < len(t); i++ {
		if c := t[i]; c < 0x20 || c > 0x7e {
			return ""
		}
	}
	return strings.ToLower(t)
}

func (s *state) newBlob(b *Blob) *goja.Object {
	o := s.rt.CreateObject(s.blobProto)
	s.blobs.Put(o, b)
	return o
}

// kjString converts v as usvString does, into the bytes workerd keeps
// (WTF8: a lone surrogate encoded, not replaced).
func (s *state) kjString(v goja.Value) string {
	if o, ok := v.(*goja.Object); ok {
		v = s.toPrimitiveString(o)
	}
	if _, ok := v.(*goja.Symbol); ok {
		s.env.ThrowTypeError("Cannot convert a Symbol value to a string")
	}
	return WTF8(v.ToString())
}

// usvString converts v with ToString (which may run user code and throw)
// into UTF-8, lone surrogates replaced by U+FFFD, with V8's messages where
// goja's differ: an object is converted by ToPrimitive with hint string
// here, and a Symbol throws.
func (s *state) usvString(v goja.Value) string {
	if o, ok := v.(*goja.Object); ok {
		v = s.toPrimitiveString(o)
	}
	if _, ok := v.(*goja.Symbol); ok {
		s.env.ThrowTypeError("Cannot convert a Symbol value to a string")
	}
	return v.String()
}

// toPrimitiveString is ToPrimitive(o, string) (ECMA-262 7.1.1).
func (s *state) toPrimitiveString(o *goja.Object) goja.Value {
	if ex := o.GetSymbol(goja.SymToPrimitive); ex != nil && !goja.IsUndefined(ex) && !goja.IsNull(ex) {
		f, ok := goja.AssertFunction(ex)
		if !ok {
			s.env.ThrowTypeError("Symbol.toPrimitive is not a function")
		}
		r, err := f(o, s.rt.ToValue("string"))
		if err != nil {
			panic(err)
		}
		if _, ok := r.(*goja.Object); ok {
			s.env.ThrowTypeError("Cannot convert object to primitive value")
		}
		return r
	}
	for _, name := range [...]string{"toString", "valueOf"} {
		if f, ok := goja.AssertFunction(o.Get(name)); ok {
			r, err := f(o)
			if err != nil {
				panic(err)
			}
			if _, ok := r.(*goja.Object); !ok {
				return r
			}
		}
	}
	s.env.ThrowTypeError("Cannot convert object to primitive value")
	return nil
}

func itoa(i int) string {
	if i >= 0 && i < 10 {
		return string(rune('0' + i))
	}
	var b [20]byte
	n := len(b)
	neg := i < 0
	if neg {
		i = -i
	}
	for i > 0 {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
	}
	if neg {
		n--
		b[n] = '-'
	}
	return string(b[n:])
}

// New makes a Blob object of the isolate holding data (which the Blob owns
// from then on) with type typ as it is given: body.blob() types its Blob
// with the serialized MIME type of the Content-Type (`text/plain;charset=UTF-8`,
// a parameter's value keeping its case), which the constructor's
// normalisation would lowercase.
func New(env *host.Env, data []byte, typ string) *goja.Object {
	s := stateOf(env)
	return s.newBlob(&Blob{data: data, typ: typ})
}

// NewFile makes a File object holding data, with type typ as it is given:
// workerd's multipart reader keeps a part's Content-Type verbatim
// (`Text/Plain`), where the File constructor normalises it.
func NewFile(env *host.Env, data []byte, typ, name string, lastModified float64) *goja.Object {
	s := stateOf(env)
	o := s.rt.CreateObject(s.fileProto)
	s.blobs.Put(o, &Blob{data: data, typ: typ, file: &fileInfo{name: name, lastModified: lastModified}})
	return o
}

// Of returns the Blob behind v (a Blob or a File of the isolate), or nil.
func Of(env *host.Env, v goja.Value) *Blob { return stateOf(env).blobs.Get(v) }

// Serialize is the structured-clone hook: it reports whether o is a Blob or
// a File and returns the value to carry (which holds no JS reference). A
// File is refused with workerd's DataCloneError.
func Serialize(env *host.Env, o *goja.Object) (v any, ok bool) {
	s := holderOf(env).s
	if s == nil {
		return nil, false
	}
	b := s.blobs.Get(o)
	if b == nil {
		return nil, false
	}
	if b.file != nil {
		env.ThrowDOMException(`Could not serialize object of type "`+constructorName(o, "File")+`". This type does not support serialization.`, "DataCloneError")
	}
	return b, true
}

// constructorName is V8's name for o's class in a refusal: the name of the
// constructor its prototype holds (a subclass's own name), else def.
func constructorName(o *goja.Object, def string) string {
	p := o.Prototype()
	if p == nil {
		return def
	}
	c, ok := p.Get("constructor").(*goja.Object)
	if !ok {
		return def
	}
	if n, ok := gojaprops.Export(c.Get("name")).(string); ok && n != "" {
		return n
	}
	return def
}

// Deserialize rebuilds what Serialize returned as a new Blob of env's
// isolate.
func Deserialize(env *host.Env, v any) *goja.Object {
	return stateOf(env).newBlob(v.(*Blob))
}
