package builtins

import (
	"github.com/dop251/goja"
)

// Joint iteration (the TC39 proposal V8 ships): Iterator.zip(iterables,
// options) and Iterator.zipKeyed(iterables, options), Iterator Helpers
// whose values are arrays (zip) or null-prototype objects (zipKeyed) of
// one value of each iterator, in the modes "shortest", "longest" (with
// padding) and "strict".

// zipState is an IteratorZip: the iterators (nil once done, in "longest"
// mode), those still open, and how a result is made.
type zipState struct {
	iters   []*iterRecord
	open    []*iterRecord
	mode    string
	padding []goja.Value
	keys    []goja.Value // zipKeyed: the key of each iterator; nil for zip
	who     string       // "Iterator.zip" or "Iterator.zipKeyed"
}

// installZip defines Iterator.zip and Iterator.zipKeyed on c.
func (b *installer) installZip(c *goja.Object) {
	b.method(c, "zip", 1, func(call goja.FunctionCall) goja.Value {
		const who = "Iterator.zip"
		iterables, ok := call.Argument(0).(*goja.Object)
		if !ok {
			b.typeError(who + " called on non-object")
		}
		z := &zipState{who: who}
		paddingOption := b.zipOptions(z, call.Argument(1))
		input := b.getIterator(iterables, func(v goja.Value) string { return b.describe(v) + " is not iterable" })
		for {
			var v goja.Value
			var ok bool
			b.closeAllOnThrow(z.iters, func() { v, ok = b.step(input) })
			if !ok {
				break
			}
			b.closeAllOnThrow(append([]*iterRecord{input}, z.iters...), func() {
				z.iters = append(z.iters, b.zipFlattenable(v))
			})
		}
		if z.mode == "longest" {
			z.padding = make([]goja.Value, len(z.iters))
			if !goja.IsUndefined(paddingOption) {
				b.closeAllOnThrow(z.iters, func() {
					pad := b.getIterator(paddingOption, func(v goja.Value) string { return b.describe(v) + " is not iterable" })
					using := true
					for i := range z.padding {
						z.padding[i] = goja.Undefined()
						if using {
							if v, ok := b.step(pad); ok {
								z.padding[i] = v
							} else {
								using = false
							}
						}
					}
					if using {
						b.closeIter(pad)
					}
				})
			}
		}
		return b.newZip(z)
	})
	b.method(c, "zipKeyed", 1, func(call goja.FunctionCall) goja.Value {
		const who = "Iterator.zipKeyed"
		iterables, ok := call.Argument(0).(*goja.Object)
		if !ok {
			b.typeError(who + " called on non-object")
		}
		z := &zipState{who: who}
		paddingOption := b.zipOptions(z, call.Argument(1))
		for _, k := range b.ownEnumerableKeys(iterables) {
			b.closeAllOnThrow(z.iters, func() {
				if v := getKey(iterables, k); !goja.IsUndefined(v) {
					z.iters = append(z.iters, b.zipFlattenable(v))
					z.keys = append(z.keys, k)
				}
			})
		}
		if z.mode == "longest" {
			z.padding = make([]goja.Value, len(z.iters))
			for i := range z.padding {
				z.padding[i] = goja.Undefined()
			}
			if p, ok := paddingOption.(*goja.Object); ok {
				b.closeAllOnThrow(z.iters, func() {
					for i, k := range z.keys {
						z.padding[i] = getKey(p, k)
					}
				})
			}
		}
		return b.newZip(z)
	})
}

// zipOptions reads options (GetOptionsObject): z's mode, and the padding
// option of "longest" mode (undefined otherwise).
func (b *installer) zipOptions(z *zipState, options goja.Value) goja.Value {
	z.mode = "shortest"
	if goja.IsUndefined(options) {
		return goja.Undefined()
	}
	o, ok := options.(*goja.Object)
	if !ok {
		b.typeError("options called on non-object")
	}
	if m := o.Get("mode"); m != nil && !goja.IsUndefined(m) {
		s, _ := m.Export().(string)
		if _, isStr := m.(goja.String); !isStr || (s != "shortest" && s != "longest" && s != "strict") {
			b.typeError(z.who + " mode must be 'shortest', 'longest', or 'strict'")
		}
		z.mode = s
	}
	if z.mode != "longest" {
		return goja.Undefined()
	}
	p := o.Get("padding")
	if p == nil || goja.IsUndefined(p) {
		return goja.Undefined()
	}
	if _, ok := p.(*goja.Object); !ok {
		b.typeError("padding called on non-object")
	}
	return p
}

// zipFlattenable is GetIteratorFlattenable(v, reject-strings) with V8's
// message for a value that is no object.
func (b *installer) zipFlattenable(v goja.Value) *iterRecord {
	if _, ok := v.(*goja.Object); !ok {
		b.typeError(b.describe(v) + " is not iterable")
	}
	return b.iteratorFlattenable(v, false, "Iterator.zip")
}

// ownEnumerableKeys is the keys of o's own enumerable properties, strings
// then symbols, in [[OwnPropertyKeys]] order.
func (b *installer) ownEnumerableKeys(o *goja.Object) []goja.Value {
	keysOf, _ := goja.AssertFunction(b.intrinsic("Reflect").Get("ownKeys"))
	isEnum, _ := goja.AssertFunction(b.proto("Object").Get("propertyIsEnumerable"))
	all := mustCallThis(keysOf, goja.Undefined(), o).(*goja.Object)
	n := all.Get("length").ToInteger()
	var keys []goja.Value
	for i := int64(0); i < n; i++ {
		k := all.Get(itoa(i))
		if mustCallThis(isEnum, o, k).ToBoolean() {
			keys = append(keys, k)
		}
	}
	return keys
}

// getKey is o[k] for a string or symbol key.
func getKey(o *goja.Object, k goja.Value) goja.Value {
	var v goja.Value
	if s, ok := k.(*goja.Symbol); ok {
		v = o.GetSymbol(s)
	} else {
		v = o.Get(k.String())
	}
	if v == nil {
		return goja.Undefined()
	}
	return v
}

func (b *installer) newZip(z *zipState) *goja.Object {
	z.open = append([]*iterRecord(nil), z.iters...)
	return b.newHelper(&helper{kind: helperZip, zip: z})
}

// zipStep is the body of IteratorZip's closure between two yields: the
// next result, false when the zip is done.
func (b *installer) zipStep(z *zipState) (goja.Value, bool) {
	if len(z.iters) == 0 {
		return nil, false
	}
	results := make([]goja.Value, len(z.iters))
	for i, it := range z.iters {
		if it == nil {
			results[i] = z.padding[i]
			continue
		}
		var v goja.Value
		var ok bool
		func() {
			defer func() {
				if x := recover(); x != nil {
					z.drop(it)
					b.closeAll(z.open, x)
				}
			}()
			v, ok = b.step(it)
		}()
		if ok {
			results[i] = v
			continue
		}
		z.drop(it)
		switch z.mode {
		case "shortest":
			b.closeAll(z.open, nil)
			return nil, false
		case "strict":
			if i != 0 {
				b.closeAll(z.open, b.rt.NewTypeError("Iterators passed to "+z.who+" in 'strict' mode must have the same length"))
			}
			for _, other := range z.iters[1:] {
				var done bool
				func() {
					defer func() {
						if x := recover(); x != nil {
							z.drop(other)
							b.closeAll(z.open, x)
						}
					}()
					_, more := b.step(other)
					done = !more
				}()
				if !done {
					b.closeAll(z.open, b.rt.NewTypeError("Iterators passed to "+z.who+" in 'strict' mode must have the same length"))
				}
				z.drop(other)
			}
			return nil, false
		}
		if len(z.open) == 0 {
			return nil, false
		}
		z.iters[i] = nil
		results[i] = z.padding[i]
	}
	if z.keys == nil {
		items := make([]any, len(results))
		for i, v := range results {
			items[i] = v
		}
		return b.rt.NewArray(items...), true
	}
	o := b.rt.CreateObject(nil)
	for i, k := range z.keys {
		if s, ok := k.(*goja.Symbol); ok {
			_ = o.DefineDataPropertySymbol(s, results[i], goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
		} else {
			_ = o.DefineDataProperty(k.String(), results[i], goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
		}
	}
	return o, true
}

// drop removes it from the open iterators.
func (z *zipState) drop(it *iterRecord) {
	for i, o := range z.open {
		if o == it {
			z.open = append(z.open[:i], z.open[i+1:]...)
			return
		}
	}
}

// closeAll is IteratorCloseAll: the iterators are closed last first. With
// thrown (a throw completion) the errors of return() are ignored and
// thrown is rethrown; without, the first error of a return() is thrown
// after the others are closed.
func (b *installer) closeAll(iters []*iterRecord, thrown any) {
	for i := len(iters) - 1; i >= 0; i-- {
		if thrown != nil {
			b.closeQuiet(iters[i])
			continue
		}
		func() {
			defer func() {
				if x := recover(); x != nil {
					thrown = x
				}
			}()
			b.closeIter(iters[i])
		}()
	}
	if thrown != nil {
		panic(thrown)
	}
}

// closeAllOnThrow runs f; if f throws, iters are closed (IfAbruptCloseIterators)
// and the error is rethrown.
func (b *installer) closeAllOnThrow(iters []*iterRecord, f func()) {
	defer func() {
		if x := recover(); x != nil {
			b.closeAll(iters, x)
		}
	}()
	f()
}
