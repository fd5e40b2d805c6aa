package encoding

import (
	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/events"
	"github.com/mcrepl/mcrepl/worker/host"
)

type textDecoder struct{ d *Decoder }

// TextDecoder's surface, as workerd declares it: decode and the encoding,
// fatal and ignoreBOM getters on the prototype.
func (s *state) initDecoder() {
	r := s.env.Realm
	s.decoderCtor, s.decoderProto = r.Class("TextDecoder", nil, s.constructDecoder)
	p := s.decoderProto
	r.Method(p, "decode", s.decode)
	r.Accessor(p, "encoding", func(call goja.FunctionCall) goja.Value {
		return s.rt.ToValue(s.thisDecoder(call).d.name)
	}, nil)
	r.Accessor(p, "fatal", func(call goja.FunctionCall) goja.Value {
		return s.rt.ToValue(s.thisDecoder(call).d.fatal)
	}, nil)
	r.Accessor(p, "ignoreBOM", func(call goja.FunctionCall) goja.Value {
		return s.rt.ToValue(s.thisDecoder(call).d.ignoreBOM)
	}, nil)
	s.finishProto(p)
}

func (s *state) thisDecoder(call goja.FunctionCall) *textDecoder {
	t := s.decoders.Get(call.This)
	if t == nil {
		s.env.ThrowTypeError(events.IllegalInvocation)
	}
	return t
}

// isNullish is WebIDL's "undefined or null", which an optional dictionary
// argument treats as an empty dictionary.
func isNullish(v goja.Value) bool { return v == nil || goja.IsUndefined(v) || goja.IsNull(v) }

func (s *state) constructDecoder(call goja.ConstructorCall) *goja.Object {
	d := s.newDecoder("TextDecoder", call.Argument(0), call.Argument(1))
	s.decoders.Put(call.This, &textDecoder{d: d})
	return nil
}

// newDecoder converts the (label, options) arguments of TextDecoder and
// TextDecoderStream, with workerd's messages for the class named class.
func (s *state) newDecoder(class string, labelArg, optsArg goja.Value) *Decoder {
	label := "utf-8"
	if !goja.IsUndefined(labelArg) {
		label = s.str(labelArg)
	}
	if class == "TextDecoder" && goja.IsNull(optsArg) {
		// workerd's dictionary conversion refuses null, naming its type.
		s.env.ThrowTypeError("Cannot initialize ConstructorOptions with required members from an undefined or null value.")
	}
	// workerd's TextDecoderStream given an options argument (even null or
	// {}) is fatal unless the options say otherwise; without one, and for
	// TextDecoder, the default is the standard's false.
	fatal, ignoreBOM := class == "TextDecoderStream" && !goja.IsUndefined(optsArg), false
	if !isNullish(optsArg) {
		obj, ok := optsArg.(*goja.Object)
		if !ok {
			dict := "ConstructorOptions"
			if class == "TextDecoderStream" {
				dict = "TextDecoderStreamInit"
			}
			s.env.ThrowTypeError("Failed to construct '" + class + "': constructor parameter 2 is not of type '" + dict + "'.")
		}
		// WebIDL reads a dictionary's members in alphabetical order.
		if v := obj.Get("fatal"); v != nil && !goja.IsUndefined(v) {
			fatal = v.ToBoolean()
		}
		ignoreBOM = truthy(obj.Get("ignoreBOM"))
	}
	name, ok := Lookup(label)
	if !ok {
		panic(s.newRangeError("\"" + label + "\" is not a valid encoding."))
	}
	d := NewDecoder(name, fatal, ignoreBOM)
	d.SetReplaceSurrogates(s.env.Flags.Enabled("text_decoder_replace_surrogates"))
	return d
}

func truthy(v goja.Value) bool { return v != nil && v.ToBoolean() }

func (s *state) newRangeError(msg string) *goja.Object {
	in := s.env.Intrinsics()
	return in.NewError(s.rt, in.RangeError, msg)
}

func (s *state) decode(call goja.FunctionCall) goja.Value {
	t := s.thisDecoder(call)
	var p []byte
	if v := call.Argument(0); !goja.IsUndefined(v) {
		b, ok := s.views.bytes(v)
		if !ok {
			typeErrorExecute(s.env, "decode", "TextDecoder", 1, "BufferSource or ArrayBuffer or ArrayBufferView")
		}
		p = b
	}
	stream := false
	if goja.IsNull(call.Argument(1)) {
		s.env.ThrowTypeError("Cannot initialize DecodeOptions with required members from an undefined or null value.")
	}
	if o := call.Argument(1); !isNullish(o) {
		obj, ok := o.(*goja.Object)
		if !ok {
			typeErrorExecute(s.env, "decode", "TextDecoder", 2, "DecodeOptions")
		}
		stream = truthy(obj.Get("stream"))
	}
	res, err := t.d.Decode(s.rt, p, stream)
	if err != nil {
		s.env.ThrowTypeError("Failed to decode input.")
	}
	return res
}

// str is WebIDL's conversion to a string: a Symbol is a TypeError (goja's
// String() gives its description).
func (s *state) str(v goja.Value) string {
	noSymbol(s.env, v)
	return v.String()
}

// noSymbol throws V8's TypeError for a Symbol converted to a string.
func noSymbol(env *host.Env, v goja.Value) {
	if _, ok := v.(*goja.Symbol); ok {
		env.ThrowTypeError("Cannot convert a Symbol value to a string")
	}
}
