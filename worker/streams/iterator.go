package streams

import (
	"github.com/dop251/goja"
)

// asyncIterator is a ReadableStream async iterator (§4.2.5, WebIDL's
// asynchronous iterator with its ongoing promise).
type asyncIterator struct {
	reader        *defaultReader
	preventCancel bool
	finished      bool
	ongoing       *promise
}

// asyncIteratorPrototype is %AsyncIteratorPrototype%: the runtime's when
// it has async generators, else an object with the same
// [Symbol.asyncIterator]() { return this }.
func asyncIteratorPrototype(rt *goja.Runtime, sym *goja.Symbol) *goja.Object {
	// Read in Go from an async generator function (the source names no
	// global): its [[Prototype]] is %AsyncGeneratorFunction.prototype%, whose
	// prototype property is %AsyncGeneratorPrototype%, whose [[Prototype]]
	// is %AsyncIteratorPrototype%.
	if v, err := rt.RunString("(async function* () {})"); err == nil {
		if f, ok := v.(*goja.Object); ok && f.Prototype() != nil {
			if gp, ok := f.Prototype().Get("prototype").(*goja.Object); ok && gp.Prototype() != nil {
				return gp.Prototype()
			}
		}
	}
	o := rt.NewObject()
	f := rt.ToValue(func(call goja.FunctionCall) goja.Value { return call.This })
	_ = f.(*goja.Object).DefineDataProperty("name", rt.ToValue("[Symbol.asyncIterator]"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	if sym != nil {
		_ = o.DefineDataPropertySymbol(sym, f, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	}
	return o
}

func (r *realm) initIterator() {
	proto := r.rt.CreateObject(r.asyncIterProto)
	r.protos["ReadableStreamAsyncIterator"] = proto
	r.method(proto, "next", 0, func(call goja.FunctionCall) goja.Value {
		it := slot[asyncIterator](r, call.This)
		if it == nil {
			r.illegal()
		}
		steps := func(goja.Value) *promise { return r.iteratorNextSteps(it) }
		if it.ongoing != nil {
			it.ongoing = it.ongoing.chain(steps, steps)
		} else {
			it.ongoing = steps(nil)
		}
		return it.ongoing.JS()
	})
	r.method(proto, "return", 0, func(call goja.FunctionCall) goja.Value {
		it := slot[asyncIterator](r, call.This)
		if it == nil {
			r.illegal()
		}
		value := call.Argument(0)
		steps := func(goja.Value) *promise {
			if it.finished {
				return r.resolvedPromise(goja.Undefined())
			}
			it.finished = true
			return r.iteratorReturn(it, value)
		}
		var p *promise
		if it.ongoing != nil {
			p = it.ongoing.chain(steps, steps)
		} else {
			p = steps(nil)
		}
		out := p.chain(func(goja.Value) *promise {
			return r.resolvedPromise(r.iterResultDoneFirst(value, true))
		}, nil)
		return out.JS()
	})
	_ = proto.DefineDataPropertySymbol(goja.SymToStringTag, r.rt.ToValue("ReadableStream Async Iterator"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// values is ReadableStream.prototype.values(options) and
// [Symbol.asyncIterator].
func (r *realm) values(call goja.FunctionCall) goja.Value {
	s := r.thisReadable(call)
	opts := r.dictArg(call.Argument(0), "Failed to execute 'values' on 'ReadableStream': parameter 1 is not of type 'ReadableStreamIteratorOptions'.")
	preventCancel := member(opts, "preventCancel").ToBoolean()
	rd := r.acquireDefaultReader(s, nil)
	it := &asyncIterator{reader: rd, preventCancel: preventCancel}
	return r.own(r.rt.CreateObject(r.protos["ReadableStreamAsyncIterator"]), it)
}

func (r *realm) iteratorNextSteps(it *asyncIterator) *promise {
	if it.finished {
		return r.resolvedPromise(r.iterResult(nil, true))
	}
	p := r.newPromise()
	if it.reader.stream == nil {
		p.reject(r.typeError(releasedMsg))
	} else {
		readableStreamDefaultReaderRead(it.reader, &iterReadRequest{r: r, it: it, p: p})
	}
	return p.chain(func(v goja.Value) *promise {
		it.ongoing = nil
		return r.resolvedPromise(v)
	}, func(e goja.Value) *promise {
		// workerd keeps the reader and does not finish the iterator on an
		// error: a later next() reads again and return() cancels, both
		// rejecting with the stored error (the standard finishes it).
		it.ongoing = nil
		return r.rejectedPromise(e)
	})
}

type iterReadRequest struct {
	r  *realm
	it *asyncIterator
	p  *promise
}

func (q *iterReadRequest) chunkSteps(c chunk) { q.p.resolve(q.r.iterResultDoneFirst(q.r.js(c), false)) }
func (q *iterReadRequest) closeSteps() {
	q.it.finished = true
	readableStreamDefaultReaderRelease(q.it.reader)
	q.p.resolve(q.r.iterResult(nil, true))
}
func (q *iterReadRequest) errorSteps(e goja.Value) { q.p.reject(e) }

// iteratorReturn is the asynchronous iterator return of ReadableStream.
func (r *realm) iteratorReturn(it *asyncIterator, arg goja.Value) *promise {
	rd := it.reader
	if rd.stream == nil {
		return r.resolvedPromise(goja.Undefined())
	}
	if !it.preventCancel {
		result := readableStreamCancel(rd.stream, arg)
		readableStreamDefaultReaderRelease(rd)
		return result
	}
	readableStreamDefaultReaderRelease(rd)
	return r.resolvedPromise(goja.Undefined())
}

// from is ReadableStream.from(asyncIterable) (ReadableStreamFromIterable).
// A sync iterable is read as CreateAsyncFromSyncIterator would: each
// value awaited.
func (r *realm) from(call goja.FunctionCall) goja.Value {
	arg := call.Argument(0)
	notIterable := "Failed to execute 'from' on 'ReadableStream': parameter 1 is not of type 'AsyncGenerator'."
	if isUndef(arg) || goja.IsNull(arg) {
		r.throwType(notIterable)
	}
	o := arg.ToObject(r.rt)
	var iterator *goja.Object
	isSync := false
	method := func(sym *goja.Symbol) goja.Callable {
		m := o.GetSymbol(sym)
		if isUndef(m) || goja.IsNull(m) {
			return nil
		}
		fn, ok := goja.AssertFunction(m)
		if !ok {
			r.throwType(notIterable)
		}
		return fn
	}
	fn := method(r.symAsyncIterator)
	if fn == nil {
		fn = method(goja.SymIterator)
		isSync = true
	}
	if fn == nil {
		r.throwType(notIterable)
	}
	v, thrown := r.call(fn, arg)
	if thrown != nil {
		panic(thrown)
	}
	iterator, ok := v.(*goja.Object)
	if !ok {
		r.throwType("Result of the Symbol.asyncIterator method is not an object")
	}
	nextM := iterator.Get("next")
	var s *readableStream
	step := func(v goja.Value) *promise {
		ro, ok := v.(*goja.Object)
		if !ok {
			return r.rejectedPromise(r.typeError("Iterator result " + v.String() + " is not an object"))
		}
		var done bool
		var value goja.Value
		if ex := r.try(func() { done = member(ro, "done").ToBoolean() }); ex != nil {
			return r.rejectedPromise(ex)
		}
		c := s.ctrl.(*defaultController)
		if done {
			readableStreamDefaultControllerClose(c)
			return r.resolvedPromise(goja.Undefined())
		}
		if ex := r.try(func() { value = member(ro, "value") }); ex != nil {
			return r.rejectedPromise(ex)
		}
		if isSync {
			return r.promiseOf(value).chain(func(v goja.Value) *promise {
				readableStreamDefaultControllerEnqueue(c, valueChunk(v))
				return r.resolvedPromise(goja.Undefined())
			}, nil)
		}
		readableStreamDefaultControllerEnqueue(c, valueChunk(value))
		return r.resolvedPromise(goja.Undefined())
	}
	pull := func() *promise {
		fn, ok := goja.AssertFunction(nextM)
		if !ok {
			return r.rejectedPromise(r.typeError(nextM.String() + " is not a function"))
		}
		res, thrown := r.call(fn, iterator)
		if thrown != nil {
			return r.rejectedPromise(thrown)
		}
		if isSync {
			return step(res)
		}
		return r.promiseOf(res).chain(step, nil)
	}
	cancel := func(reason goja.Value) *promise {
		var ret goja.Value
		if ex := r.try(func() { ret = iterator.Get("return") }); ex != nil {
			return r.rejectedPromise(ex)
		}
		if isUndef(ret) || goja.IsNull(ret) {
			return r.resolvedPromise(goja.Undefined())
		}
		fn, ok := goja.AssertFunction(ret)
		if !ok {
			return r.rejectedPromise(r.typeError(ret.String() + " is not a function"))
		}
		res, thrown := r.call(fn, iterator, reason)
		if thrown != nil {
			return r.rejectedPromise(thrown)
		}
		return r.promiseOf(res).chain(func(v goja.Value) *promise {
			if _, ok := v.(*goja.Object); !ok {
				return r.rejectedPromise(r.typeError("Iterator result " + v.String() + " is not an object"))
			}
			return r.resolvedPromise(goja.Undefined())
		}, nil)
	}
	s = r.createReadableStream(pull, cancel, 0, nil)
	return s.obj
}
