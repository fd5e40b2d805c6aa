package builtins

import (
	"math"

	"github.com/dop251/goja"
)

// Iterator helpers (ES2025): the Iterator global, whose prototype is goja's
// %IteratorPrototype% (so arrays', maps', sets', strings' and generators'
// iterators all get the helpers), Iterator.from, Iterator.concat, and the
// lazy helpers map, filter, take, drop, flatMap, which return objects of
// %IteratorHelperPrototype%.
//
// The helper methods are defined on %IteratorPrototype% when the isolate
// starts (native functions, no JavaScript); the Iterator constructor itself
// is a lazy global.

type helperKind int

const (
	helperMap helperKind = iota
	helperFilter
	helperTake
	helperDrop
	helperFlatMap
	helperConcat
	helperZip
)

// helper is the state of one Iterator Helper object: a generator over the
// underlying iterator, run by next() and return().
type helper struct {
	kind    helperKind
	under   *iterRecord
	fn      goja.Callable
	counter int64
	limit   float64 // take: remaining; drop: still to skip
	inner   *iterRecord
	started bool
	done    bool
	running bool
	// concat: the remaining iterables and their @@iterator methods
	items []concatItem
	// zip: Iterator.zip's and zipKeyed's iterators
	zip *zipState
}

type concatItem struct {
	iterable goja.Value
	method   goja.Callable
}

// wrapped is the state of a %WrapForValidIteratorPrototype% object
// (Iterator.from of an iterator that does not inherit from Iterator).
type wrapped struct{ rec *iterRecord }

type iteratorState struct {
	helperProto, wrapProto *goja.Object
	helperNext             goja.Value // %IteratorHelperPrototype%.next
	helperReturn           goja.Value // and its return
	helpers                slots[helper]
	wraps                  slots[wrapped]
}

// typeDesc renders a non-callable value as V8's iterator helpers do in
// "X is not a function": `number 1`, `string "x"`, `object null`, and
// only the type for objects, symbols and bigints.
func typeDesc(v goja.Value) string {
	switch t := typeOf(v); t {
	case "undefined":
		return t
	case "object":
		if goja.IsNull(v) {
			return "object null"
		}
		return t
	case "symbol", "bigint", "function":
		return t
	case "string":
		return `string "` + v.String() + `"`
	default:
		return t + " " + v.String()
	}
}

func (b *installer) installIterator() {
	ip := b.iterProto
	if ip == nil {
		return
	}
	st := &iteratorState{}
	b.iters = st
	rt := b.rt

	// %IteratorHelperPrototype%
	st.helperProto = rt.CreateObject(ip)
	st.helperNext = b.method(st.helperProto, "next", 0, func(call goja.FunctionCall) goja.Value {
		h := st.helpers.get(call.This)
		if h == nil {
			b.typeError("Method Iterator Helper.prototype.next called on incompatible receiver " + b.describe(call.This))
		}
		return b.helperNext(h)
	})
	st.helperReturn = b.method(st.helperProto, "return", 0, func(call goja.FunctionCall) goja.Value {
		h := st.helpers.get(call.This)
		if h == nil {
			b.typeError("Method Iterator Helper.prototype.return called on incompatible receiver " + b.describe(call.This))
		}
		b.helperReturn(h)
		return b.iterResult(nil, true)
	})
	b.tag(st.helperProto, "Iterator Helper")

	// Iterator.prototype.constructor and @@toStringTag come first, as in
	// V8; the constructor they return is built on first use.
	b.iteratorProtoAccessors()

	// %WrapForValidIteratorPrototype%
	st.wrapProto = rt.CreateObject(ip)
	b.method(st.wrapProto, "next", 0, func(call goja.FunctionCall) goja.Value {
		w := st.wraps.get(call.This)
		if w == nil {
			b.typeError("Method %WrapForValidIteratorPrototype%.next called on incompatible receiver " + b.describe(call.This))
		}
		if w.rec.next == nil {
			b.typeError(typeDesc(w.rec.iter.Get("next")) + " is not a function")
		}
		return mustCall2(w.rec.next, w.rec.iter)
	})
	b.method(st.wrapProto, "return", 0, func(call goja.FunctionCall) goja.Value {
		w := st.wraps.get(call.This)
		if w == nil {
			b.typeError("Method %WrapForValidIteratorPrototype%.return called on incompatible receiver " + b.describe(call.This))
		}
		ret := w.rec.iter.Get("return")
		if ret == nil || goja.IsUndefined(ret) || goja.IsNull(ret) {
			return b.iterResult(nil, true)
		}
		fn, ok := goja.AssertFunction(ret)
		if !ok {
			b.typeError(typeDesc(ret) + " is not a function")
		}
		return mustCall2(fn, w.rec.iter)
	})

	b.method(ip, "reduce", 1, func(call goja.FunctionCall) goja.Value {
		o := b.receiver(call, "reduce")
		rec := &iterRecord{iter: o}
		fn, ok := goja.AssertFunction(call.Argument(0))
		if !ok {
			b.closeOnThrow(rec, func() { b.typeError(typeDesc(call.Argument(0)) + " is not a function") })
		}
		rec = b.iteratorDirect(o)
		var acc goja.Value
		var k int64
		if len(call.Arguments) >= 2 {
			acc = call.Arguments[1]
		} else {
			v, ok := b.step(rec)
			if !ok {
				b.typeError("Reduce of a done iterator with no initial value")
			}
			acc, k = v, 1
		}
		for {
			v, ok := b.step(rec)
			if !ok {
				return acc
			}
			acc = b.callOrClose(rec, fn, acc, v, rt.ToValue(k))
			k++
		}
	})
	b.method(ip, "toArray", 0, func(call goja.FunctionCall) goja.Value {
		rec := b.iteratorDirect(b.receiver(call, "toArray"))
		var items []any
		for {
			v, ok := b.step(rec)
			if !ok {
				return rt.NewArray(items...)
			}
			items = append(items, v)
		}
	})
	// forEach, some, every, find: one walk, differing in what they do with
	// the callback's result.
	walk := func(name string, stop func(v, r goja.Value) (goja.Value, bool), end goja.Value) {
		b.method(ip, name, 1, func(call goja.FunctionCall) goja.Value {
			o := b.receiver(call, name)
			rec := &iterRecord{iter: o}
			fn, ok := goja.AssertFunction(call.Argument(0))
			if !ok {
				b.closeOnThrow(rec, func() { b.typeError(typeDesc(call.Argument(0)) + " is not a function") })
			}
			rec = b.iteratorDirect(o)
			for k := int64(0); ; k++ {
				v, ok := b.step(rec)
				if !ok {
					return end
				}
				r := b.callOrClose(rec, fn, v, rt.ToValue(k))
				if out, done := stop(v, r); done {
					b.closeIter(rec)
					return out
				}
			}
		})
	}
	walk("forEach", func(v, r goja.Value) (goja.Value, bool) { return nil, false }, goja.Undefined())
	walk("some", func(v, r goja.Value) (goja.Value, bool) { return rt.ToValue(true), r.ToBoolean() }, rt.ToValue(false))
	walk("every", func(v, r goja.Value) (goja.Value, bool) { return rt.ToValue(false), !r.ToBoolean() }, rt.ToValue(true))
	walk("find", func(v, r goja.Value) (goja.Value, bool) { return v, r.ToBoolean() }, goja.Undefined())
	// %IteratorPrototype%[@@dispose] (explicit resource management): calls
	// this.return() when there is one.
	dispose := b.fn("[Symbol.dispose]", 0, func(call goja.FunctionCall) goja.Value {
		o, ok := call.This.(*goja.Object)
		if !ok {
			b.typeError("Iterator.prototype[Symbol.dispose] called on non-object")
		}
		ret := o.Get("return")
		if ret == nil || goja.IsUndefined(ret) || goja.IsNull(ret) {
			return goja.Undefined()
		}
		fn, ok := goja.AssertFunction(ret)
		if !ok {
			b.typeError(typeDesc(ret) + " is not a function")
		}
		mustCallThis(fn, o)
		return goja.Undefined()
	})
	_ = ip.DefineDataPropertySymbol(SymDispose, dispose, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	lazy := func(name string, kind helperKind) {
		b.method(ip, name, 1, func(call goja.FunctionCall) goja.Value {
			o := b.receiver(call, name)
			h := &helper{kind: kind}
			rec := &iterRecord{iter: o}
			switch kind {
			case helperTake, helperDrop:
				var lim float64
				b.closeOnThrow(rec, func() {
					lim = call.Argument(0).ToFloat()
					if lim != lim {
						b.rangeError(call.Argument(0).String() + " must be positive")
					}
					lim = integerOrInfinity(lim)
					if lim < 0 || lim > 1<<53-1 && !math.IsInf(lim, 1) {
						b.rangeError(call.Argument(0).String() + " must be positive")
					}
				})
				h.limit = lim
			default:
				fn, ok := goja.AssertFunction(call.Argument(0))
				if !ok {
					b.closeOnThrow(rec, func() { b.typeError(typeDesc(call.Argument(0)) + " is not a function") })
				}
				h.fn = fn
			}
			h.under = b.iteratorDirect(o)
			return b.newHelper(h)
		})
	}
	lazy("map", helperMap)
	lazy("filter", helperFilter)
	lazy("take", helperTake)
	lazy("drop", helperDrop)
	lazy("flatMap", helperFlatMap)
	b.installJoinIncludes(ip)

}

// helperReturn is %IteratorHelperPrototype%.return without its result:
// the inner iterator (flatMap's) and the underlying one are closed.
func (b *installer) helperReturn(h *helper) {
	if h.running {
		b.typeError("Generator is already running")
	}
	if h.done {
		return
	}
	h.done = true
	if h.zip != nil {
		b.closeAll(h.zip.open, nil)
		return
	}
	if h.inner != nil {
		b.closeIter(h.inner)
	}
	if h.under != nil {
		b.closeIter(h.under)
	}
}

// receiver checks an iterator helper's this value.
func (b *installer) receiver(call goja.FunctionCall, name string) *goja.Object {
	o, ok := call.This.(*goja.Object)
	if !ok {
		b.typeError("Iterator.prototype." + name + " called on non-object")
	}
	return o
}

func (b *installer) newHelper(h *helper) *goja.Object {
	o := b.rt.CreateObject(b.iters.helperProto)
	b.iters.helpers.put(o, h)
	return o
}

func mustCall2(fn goja.Callable, this goja.Value) goja.Value {
	v, err := fn(this)
	if err != nil {
		panic(err)
	}
	return v
}

// helperNext resumes a helper's generator: next().
func (b *installer) helperNext(h *helper) goja.Value {
	v, ok := b.helperResume(h)
	if !ok {
		return b.iterResult(nil, true)
	}
	return b.iterResult(v, false)
}

// helperResume runs a helper's generator to its next value, false when it
// is done.
func (b *installer) helperResume(h *helper) (v goja.Value, ok bool) {
	if h.running {
		b.typeError("Generator is already running")
	}
	if h.done {
		return nil, false
	}
	h.running = true
	h.started = true
	defer func() {
		h.running = false
		if x := recover(); x != nil {
			h.done = true
			panic(x)
		}
		if !ok {
			h.done = true
		}
	}()
	return b.helperStep(h)
}

// helperStep produces the helper's next value (the body of the spec's
// abstract closure between two yields).
func (b *installer) helperStep(h *helper) (goja.Value, bool) {
	rt := b.rt
	call := func(v goja.Value) goja.Value {
		r := b.callOrClose(h.under, h.fn, v, rt.ToValue(h.counter))
		h.counter++
		return r
	}
	switch h.kind {
	case helperMap:
		v, ok := b.step(h.under)
		if !ok {
			return nil, false
		}
		return call(v), true
	case helperFilter:
		for {
			v, ok := b.step(h.under)
			if !ok {
				return nil, false
			}
			if call(v).ToBoolean() {
				return v, true
			}
		}
	case helperTake:
		if h.limit == 0 {
			b.closeIter(h.under)
			return nil, false
		}
		h.limit--
		return b.step(h.under)
	case helperDrop:
		for h.limit > 0 {
			h.limit--
			if _, ok := b.step(h.under); !ok {
				return nil, false
			}
		}
		return b.step(h.under)
	case helperFlatMap:
		for {
			if h.inner != nil {
				var v goja.Value
				var ok bool
				b.closeOnThrow(h.under, func() { v, ok = b.step(h.inner) })
				if ok {
					return v, true
				}
				h.inner = nil
			}
			v, ok := b.step(h.under)
			if !ok {
				return nil, false
			}
			mapped := call(v)
			b.closeOnThrow(h.under, func() { h.inner = b.iteratorFlattenable(mapped, false, "Iterator.prototype.flatMap") })
		}
	case helperZip:
		return b.zipStep(h.zip)
	case helperConcat:
		for {
			if h.inner != nil {
				if v, ok := b.step(h.inner); ok {
					return v, true
				}
				h.inner = nil
			}
			if len(h.items) == 0 {
				return nil, false
			}
			it := h.items[0]
			h.items = h.items[1:]
			r, err := it.method(it.iterable)
			if err != nil {
				panic(err)
			}
			o, ok := r.(*goja.Object)
			if !ok {
				b.typeError(b.describeCallee(r) + " is not an object")
			}
			h.inner = b.iteratorDirect(o)
		}
	}
	return nil, false
}

// iteratorFlattenable is GetIteratorFlattenable: v's @@iterator if it has
// one, else v itself as an iterator. Strings are iterated only when
// strings is true (Iterator.from), rejected otherwise (flatMap).
func (b *installer) iteratorFlattenable(v goja.Value, strings bool, who string) *iterRecord {
	o, isObj := v.(*goja.Object)
	if !isObj && !(strings && typeOf(v) == "string") {
		b.typeError(who + " called on non-object")
	}
	m := v.ToObject(b.rt).GetSymbol(goja.SymIterator)
	var it goja.Value = v
	if m != nil && !goja.IsUndefined(m) && !goja.IsNull(m) {
		fn, ok := goja.AssertFunction(m)
		if !ok {
			b.typeError("'" + m.String() + "' returned for property 'Symbol(Symbol.iterator)' of object '" + b.describe(v) + "' is not a function")
		}
		r, err := fn(v)
		if err != nil {
			panic(err)
		}
		it = r
	}
	io, ok := it.(*goja.Object)
	if !ok {
		b.typeError(b.describe(o) + " is not iterable")
	}
	return b.iteratorDirect(io)
}

// integerOrInfinity is ToIntegerOrInfinity of a non-NaN number.
func integerOrInfinity(f float64) float64 {
	if f < 0 {
		return -integerOrInfinity(-f)
	}
	if f > 1<<62 {
		return f
	}
	return float64(int64(f))
}
