package encoding

import (
	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/events"
	"github.com/mcrepl/mcrepl/worker/host"
	"github.com/mcrepl/mcrepl/worker/inspect"
	"github.com/mcrepl/mcrepl/worker/streams"
)

func init() {
	host.Register(
		host.Global{Name: "TextEncoderStream", Build: func(env *host.Env) goja.Value { return sst(env).encoderCtor }},
		host.Global{Name: "TextDecoderStream", Build: func(env *host.Env) goja.Value { return sst(env).decoderCtor }},
	)
}

type streamsKey struct{}

// streamState holds TextEncoderStream and TextDecoderStream, which are
// TransformStreams (their prototypes inherit from TransformStream's, whose
// readable and writable getters serve them) with Go transformers.
type streamState struct {
	s                        *state
	encoderCtor, decoderCtor *goja.Object
	encoders                 host.Slots[encoderStream]
	decoders                 host.Slots[decoderStream]
}

// The state of a TextEncoderStream or a TextDecoderStream (host.Slots, keyed
// weakly by the object) must not point back at the object, or the slot
// would keep it alive for the life of the isolate: it keeps no Transform
// (streams.TransformSides finds the sides).
type encoderStream struct {
	// lead is a lead surrogate that ended the last chunk, waiting for its
	// trail in the next one.
	lead    uint16
	hasLead bool
}

type decoderStream struct {
	d *Decoder
}

// readableHWM is the readable side's high-water mark, in chunks: workerd's
// coding streams take writes without a reader (as its compression streams
// do, worker/streams), which the standard's 0 would hold back.
const readableHWM = 16

const notBufferSource = "This TransformStream is being used as a byte stream, but received a value that is not a BufferSource."

func sst(env *host.Env) *streamState {
	return host.State(env, streamsKey{}, func() *streamState {
		ss := &streamState{s: st(env)}
		ss.init()
		return ss
	})
}

func (ss *streamState) init() {
	s := ss.s
	r := s.env.Realm
	parent := streams.TransformPrototype(s.env)
	var eproto, dproto *goja.Object
	ss.encoderCtor, eproto = r.Class("TextEncoderStream", parent, func(call goja.ConstructorCall) *goja.Object {
		e := &encoderStream{}
		t := streams.SetUpTransform(s.env, call.This, streams.Transformer{
			ReadableHighWaterMark: readableHWM,
			Transform:             func(c *streams.TransformController, ch streams.Chunk) goja.Value { return ss.encodeChunk(e, c, ch) },
			Flush: func(c *streams.TransformController) goja.Value {
				if e.hasLead {
					e.hasLead = false
					_ = c.Enqueue([]byte{0xef, 0xbf, 0xbd})
				}
				return nil
			},
		})
		ss.encoders.Put(t.Object, e)
		return t.Object // the object streams set up (it moved: streams.SetUpTransform)
	})
	r.Accessor(eproto, "encoding", func(call goja.FunctionCall) goja.Value {
		if ss.encoders.Get(call.This) == nil {
			s.env.ThrowTypeError(events.IllegalInvocation)
		}
		return s.rt.ToValue("utf-8")
	}, nil)
	s.finishProto(eproto)

	ss.decoderCtor, dproto = r.Class("TextDecoderStream", parent, func(call goja.ConstructorCall) *goja.Object {
		d := &decoderStream{d: s.newDecoder("TextDecoderStream", call.Argument(0), call.Argument(1))}
		// workerd's TextDecoderStream replaces lone surrogates in UTF-16LE
		// at every date (its TextDecoder does not before
		// text_decoder_replace_surrogates).
		d.d.SetReplaceSurrogates(true)
		t := streams.SetUpTransform(s.env, call.This, streams.Transformer{
			ReadableHighWaterMark: readableHWM,
			Transform: func(c *streams.TransformController, ch streams.Chunk) goja.Value {
				b, ok := ch.Data(s.env)
				if !ok {
					return s.rt.NewTypeError(notBufferSource)
				}
				return ss.emit(c, d.d, b, true)
			},
			Flush: func(c *streams.TransformController) goja.Value { return ss.emit(c, d.d, nil, false) },
		})
		ss.decoders.Put(t.Object, d)
		return t.Object
	})
	get := func(name string, f func(*Decoder) goja.Value) {
		r.Accessor(dproto, name, func(call goja.FunctionCall) goja.Value {
			d := ss.decoders.Get(call.This)
			if d == nil {
				s.env.ThrowTypeError(events.IllegalInvocation)
			}
			return f(d.d)
		}, nil)
	}
	get("encoding", func(d *Decoder) goja.Value { return s.rt.ToValue(d.name) })
	get("fatal", func(d *Decoder) goja.Value { return s.rt.ToValue(d.fatal) })
	get("ignoreBOM", func(d *Decoder) goja.Value { return s.rt.ToValue(d.ignoreBOM) })
	s.finishProto(dproto)
	ss.registerInspect()
}

// encodeChunk encodes a written chunk (converted to a string) to UTF-8. A
// surrogate pair split between two chunks is encoded whole; a chunk whose
// output is empty enqueues nothing.
func (ss *streamState) encodeChunk(e *encoderStream, c *streams.TransformController, ch streams.Chunk) goja.Value {
	v := ch.Value
	if v == nil {
		v = ss.s.rt.ToValue(string(ch.Bytes))
	}
	if _, ok := v.(*goja.Symbol); ok {
		return ss.s.rt.NewTypeError("Cannot convert a Symbol value to a string")
	}
	str := v.ToString()
	units, ok := utf16Units(str)
	if !ok {
		// An ASCII string: no surrogates.
		units = nil
		b := []byte(str.String())
		if len(b) == 0 {
			// An empty chunk leaves a waiting lead surrogate waiting.
			return nil
		}
		if e.hasLead {
			e.hasLead = false
			b = append([]byte{0xef, 0xbf, 0xbd}, b...)
		}
		if len(b) > 0 {
			_ = c.Enqueue(b)
		}
		return nil
	}
	if e.hasLead {
		units = append([]uint16{e.lead}, units...)
		e.hasLead = false
	}
	if n := len(units); n > 0 && units[n-1] >= 0xd800 && units[n-1] <= 0xdbff {
		e.lead, e.hasLead = units[n-1], true
		units = units[:n-1]
	}
	if out := appendUTF16AsUTF8(nil, units); len(out) > 0 {
		_ = c.Enqueue(out)
	}
	return nil
}

// emit decodes b and enqueues the text unless it is empty.
func (ss *streamState) emit(c *streams.TransformController, d *Decoder, b []byte, stream bool) goja.Value {
	v, err := d.Decode(ss.s.rt, b, stream)
	if err != nil {
		return ss.s.rt.NewTypeError("Failed to decode input.")
	}
	if str, ok := v.(goja.String); ok && str.Length() == 0 {
		return nil
	}
	_ = c.EnqueueValue(v)
	return nil
}

func (ss *streamState) registerInspect() {
	s := ss.s
	prev := inspect.Custom(s.rt)
	inspect.RegisterCustom(s.rt, func(o *goja.Object, opts inspect.Options, recurse func(goja.Value) string) (string, bool) {
		sides := func() []string {
			rd, wr := streams.TransformSides(s.env, o)
			return []string{"readable: " + recurse(rd), "writable: " + recurse(wr)}
		}
		if e := ss.encoders.Get(o); e != nil {
			return inspect.Braces("TextEncoderStream {", append([]string{"encoding: " + recurse(s.rt.ToValue("utf-8"))}, sides()...)), true
		}
		if d := ss.decoders.Get(o); d != nil {
			return inspect.Braces("TextDecoderStream {", append([]string{
				"encoding: " + recurse(s.rt.ToValue(d.d.name)),
				"fatal: " + recurse(s.rt.ToValue(d.d.fatal)),
				"ignoreBOM: " + recurse(s.rt.ToValue(d.d.ignoreBOM)),
			}, sides()...)), true
		}
		if prev != nil {
			return prev(o, opts, recurse)
		}
		return "", false
	})
}
