package builtins

import (
	"strconv"

	"github.com/dop251/goja"
)

// iterRecord is the spec's Iterator Record.
type iterRecord struct {
	iter *goja.Object
	next goja.Callable
	done bool
	// helper is set when iter is an Iterator Helper whose next is the
	// original: step resumes it directly, without a result object.
	helper *helper
}

// getIterator is GetIterator(v, sync). notIterable makes the TypeError's
// message from v (V8's wording differs between builtins).
func (b *installer) getIterator(v goja.Value, notIterable func(goja.Value) string) *iterRecord {
	var m goja.Value
	if !goja.IsUndefined(v) && !goja.IsNull(v) {
		m = v.ToObject(b.rt).GetSymbol(goja.SymIterator)
	}
	fn, ok := goja.AssertFunction(m)
	if !ok {
		b.typeError(notIterable(v))
	}
	it, err := fn(v)
	if err != nil {
		panic(err)
	}
	o, ok := it.(*goja.Object)
	if !ok {
		b.typeError("Result of the Symbol.iterator method is not an object")
	}
	return b.iteratorDirect(o)
}

// iteratorDirect is GetIteratorDirect(o): o.next read once.
func (b *installer) iteratorDirect(o *goja.Object) *iterRecord {
	nv := o.Get("next")
	next, _ := goja.AssertFunction(nv)
	r := &iterRecord{iter: o, next: next}
	if st := b.iters; st != nil && st.helperNext != nil && nv == st.helperNext {
		r.helper = st.helpers.get(o)
	}
	return r
}

// step is IteratorStepValue: the next value, or ok false when done.
func (b *installer) step(r *iterRecord) (v goja.Value, ok bool) {
	if r.helper != nil {
		v, ok = b.helperResume(r.helper)
		if !ok {
			r.done = true
		}
		return v, ok
	}
	if r.next == nil {
		r.done = true
		b.typeError(typeDesc(r.iter.Get("next")) + " is not a function")
	}
	res, err := r.next(r.iter)
	if err != nil {
		r.done = true
		panic(err)
	}
	o, isObj := res.(*goja.Object)
	if !isObj {
		r.done = true
		b.typeError("Iterator result " + b.describeCallee(res) + " is not an object")
	}
	if getv(o, "done").ToBoolean() {
		r.done = true
		return nil, false
	}
	v = o.Get("value")
	if v == nil {
		v = goja.Undefined()
	}
	return v, true
}

// closeIter is IteratorClose with a normal completion: return() is called
// and its result must be an object.
func (b *installer) closeIter(r *iterRecord) {
	r.done = true
	ret := r.iter.Get("return")
	if ret == nil || goja.IsUndefined(ret) || goja.IsNull(ret) {
		return
	}
	fn, ok := goja.AssertFunction(ret)
	if !ok {
		b.typeError(b.describeCallee(ret) + " is not a function")
	}
	res, err := fn(r.iter)
	if err != nil {
		panic(err)
	}
	if _, ok := res.(*goja.Object); !ok {
		b.typeError("Iterator result " + b.describeCallee(res) + " is not an object")
	}
}

// closeOnThrow runs f; if f throws, r is closed (errors of return()
// ignored) and the original error is rethrown.
func (b *installer) closeOnThrow(r *iterRecord, f func()) {
	defer func() {
		if x := recover(); x != nil {
			if !r.done {
				r.done = true
				if ret, ok := goja.AssertFunction(r.iter.Get("return")); ok {
					_, _ = ret(r.iter)
				}
			}
			panic(x)
		}
	}()
	f()
}

// callOrClose calls fn(args...); when it throws, r is closed (errors of
// return() ignored) and the error is rethrown. No closure, no defer: the
// per-element path of the helpers.
func (b *installer) callOrClose(r *iterRecord, fn goja.Callable, args ...goja.Value) goja.Value {
	v, err := fn(goja.Undefined(), args...)
	if err != nil {
		b.closeQuiet(r)
		panic(err)
	}
	return v
}

// closeQuiet is IteratorClose with a throw completion: return() is called
// and whatever it does is ignored.
func (b *installer) closeQuiet(r *iterRecord) {
	if r.done {
		return
	}
	r.done = true
	if r.helper != nil && r.iter.Get("return") == b.iters.helperReturn {
		b.helperReturn(r.helper)
		return
	}
	if ret, ok := goja.AssertFunction(r.iter.Get("return")); ok {
		_, _ = ret(r.iter)
	}
}

// forOf calls each for every value of items, closing the iterator when
// each throws. Plain arrays whose iteration is untouched are read by index
// (what the array iterator would do, without its result objects).
func (b *installer) forOf(items goja.Value, notIterable func(goja.Value) string, each func(goja.Value)) {
	if o, ok := items.(*goja.Object); ok && b.plainArrayIteration(o) {
		for i := int64(0); i < o.Get("length").ToInteger(); i++ {
			v := o.Get(strconv.FormatInt(i, 10))
			if v == nil {
				v = goja.Undefined()
			}
			each(v)
		}
		return
	}
	r := b.getIterator(items, notIterable)
	for {
		v, ok := b.step(r)
		if !ok {
			return
		}
		b.closeOnThrow(r, func() { each(v) })
	}
}

// plainArrayIteration reports whether iterating o is the array iterator's
// index walk: o is an Array whose @@iterator and %ArrayIteratorPrototype%.next
// are the original ones.
func (b *installer) plainArrayIteration(o *goja.Object) bool {
	if o.ClassName() != "Array" || b.arrayValues == nil {
		return false
	}
	if it, ok := o.GetSymbol(goja.SymIterator).(*goja.Object); !ok || it != b.arrayValues {
		return false
	}
	n, ok := b.arrayIterProto.Get("next").(*goja.Object)
	return ok && n == b.arrayIterNext
}
