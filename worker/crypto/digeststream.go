package crypto

import (
	"hash"
	"math/big"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/worker/streams"
)

// digestStream is the Go side of a crypto.DigestStream: workerd's
// WritableStream that hashes what is written to it and resolves its digest
// promise with the hash when it is closed (rejects it when it is aborted).
type digestStream struct {
	h       hash.Hash
	written int64
	digest  *goja.Promise
}

// digestStreamClass builds crypto.DigestStream, a subclass of
// WritableStream.
func (s *state) digestStreamClass() *goja.Object {
	r := s.realm
	parent := streams.WritablePrototype(s.env)
	ctor, proto := r.Class("DigestStream", parent, s.constructDigestStream)
	if wsCtor, ok := parent.Get("constructor").(*goja.Object); ok {
		_ = ctor.SetPrototype(wsCtor)
	}
	this := func(call goja.FunctionCall) *digestStream {
		d := s.digestOf(call.This)
		if d == nil {
			s.env.ThrowTypeError(illegalInvocation)
		}
		return d
	}
	r.Accessor(proto, "digest", func(call goja.FunctionCall) goja.Value {
		return s.rt.ToValue(this(call).digest)
	}, nil)
	r.Accessor(proto, "bytesWritten", func(call goja.FunctionCall) goja.Value {
		return s.rt.ToValue(big.NewInt(this(call).written)) // a BigInt, as in workerd
	}, nil)
	constructorLast(proto, ctor)
	return ctor
}

func (s *state) constructDigestStream(call goja.ConstructorCall) *goja.Object {
	a := call.Argument(0)
	if goja.IsUndefined(a) {
		a = goja.Null() // a constructor parameter: undefined is refused as null is
	}
	var p params
	s.throwing(func() { p = s.algorithmArg(a, "DigestStream", 1, "HashAlgorithm") })
	alg, ok := lookupDigest(p.name)
	if !ok {
		s.env.ThrowDOMException("Unrecognized or unimplemented digest algorithm requested.", "NotSupportedError")
	}
	promise, resolve, reject := s.rt.NewPromise()
	// The digest promise is handled: an aborted stream nobody asked the
	// digest of reports nothing.
	if _, err := s.promiseThen(s.rt.ToValue(promise), goja.Undefined(), s.noop); err != nil {
		panic(err)
	}
	d := &digestStream{h: alg.new(), digest: promise}
	w := streams.SetUpWritable(s.env, call.This, streams.Sink{
		Write: func(c streams.Chunk, done func(err goja.Value)) {
			b, ok := c.Data(s.env)
			if !ok {
				if str, isStr := c.Value.Export().(string); isStr {
					b, ok = []byte(str), true
				}
			}
			if !ok {
				done(s.rt.NewTypeError("DigestStream accepts only ArrayBuffer, ArrayBufferView or string chunks."))
				return
			}
			d.h.Write(b)
			d.written += int64(len(b))
			done(nil)
		},
		Close: func(done func(err goja.Value)) {
			_ = resolve(s.arrayBuffer(d.h.Sum(nil)))
			done(nil)
		},
		Abort: func(reason goja.Value) { _ = reject(reason) },
		Host:  d,
	})
	return w.Value() // the object streams set up (it moved: streams.SetUpWritable)
}

// digestOf returns v's digest state, or nil when v is no DigestStream. The
// state is kept with the stream's (streams.Sink.Host): its digest promise
// may have reactions that refer to the stream.
func (s *state) digestOf(v goja.Value) *digestStream {
	w := streams.WritableOf(s.env, v)
	if w == nil {
		return nil
	}
	d, _ := w.Host().(*digestStream)
	return d
}
