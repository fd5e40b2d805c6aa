package builtins

import (
	"github.com/dop251/goja"
)

// fromAsyncSource is Array.fromAsync (ES2026) in JavaScript: it awaits at
// every step, which an async function says best. The program is compiled
// once per process, on the first call of Array.fromAsync; the native
// function that the isolate starts with runs it in its runtime then.
const fromAsyncSource = `(function (isConstructor, asyncIteratorSymbol, describe) {
  'use strict';
  const define = (o, k, value) => Object.defineProperty(o, k, { value, writable: true, enumerable: true, configurable: true });
  return async function fromAsync(items, mapfn, thisArg) {
    const C = this;
    const mapping = mapfn !== undefined;
    if (mapping && typeof mapfn !== 'function') throw new TypeError(describe(mapfn) + ' is not a function');
    if (items == null) throw new TypeError('Cannot read properties of ' + items + " (reading 'Symbol(Symbol.asyncIterator)')");
    let method = items[asyncIteratorSymbol], sync = false;
    if (method == null) { method = items[Symbol.iterator]; sync = true; }
    if (method != null) {
      if (typeof method !== 'function') throw new TypeError('Array.fromAsync requires that the property of the first argument, items[Symbol.' + (sync ? 'iterator' : 'asyncIterator') + '], when exists, be a function');
      const A = isConstructor(C) ? new C() : [];
      const it = method.call(items);
      if (Object(it) !== it) throw new TypeError('Result of the Symbol.iterator method is not an object');
      const next = it.next;
      let k = 0;
      for (;;) {
        let r = next.call(it);
        if (!sync) r = await r;
        if (Object(r) !== r) throw new TypeError('Iterator result ' + describe(r) + ' is not an object');
        if (r.done) { A.length = k; return A; }
        let v = r.value;
        try {
          if (sync) v = await v;
          if (mapping) v = await mapfn.call(thisArg, v, k);
          define(A, k, v);
        } catch (e) {
          const ret = it.return;
          if (ret != null) { try { const x = ret.call(it); if (!sync) await x; } catch (_) {} }
          throw e;
        }
        k++;
      }
    }
    const arrayLike = Object(items);
    const len = Math.min(Math.max(Math.trunc(Number(arrayLike.length)) || 0, 0), Number.MAX_SAFE_INTEGER);
    const A = isConstructor(C) ? new C(len) : new Array(len);
    for (let k = 0; k < len; k++) {
      let v = await arrayLike[k];
      if (mapping) v = await mapfn.call(thisArg, v, k);
      define(A, k, v);
    }
    A.length = len;
    return A;
  };
})`

var fromAsyncProgramLazy = lazyValue[*goja.Program]{f: func() *goja.Program {
	return goja.MustCompile("mcrepl:builtins", fromAsyncSource, true)
}}

func fromAsyncProgram() *goja.Program { return fromAsyncProgramLazy.get() }

// installFromAsync defines Array.fromAsync as a native function that runs
// the JavaScript implementation, built on first call.
func (b *installer) installFromAsync() {
	a := b.intrinsic("Array")
	if a == nil {
		return
	}
	var impl goja.Callable
	b.method(a, "fromAsync", 1, func(call goja.FunctionCall) goja.Value {
		if impl == nil {
			f, err := b.rt.RunProgram(fromAsyncProgram())
			if err != nil {
				panic(err)
			}
			factory, _ := goja.AssertFunction(f)
			isCtor := b.fn("", 1, func(c goja.FunctionCall) goja.Value {
				o, ok := c.Argument(0).(*goja.Object)
				if !ok {
					return b.rt.ToValue(false)
				}
				_, ok = goja.AssertConstructor(o)
				return b.rt.ToValue(ok)
			})
			desc := b.fn("", 1, func(c goja.FunctionCall) goja.Value { return b.rt.ToValue(b.describeCallee(c.Argument(0))) })
			fn := mustCall(factory, isCtor, SymAsyncIterator, desc)
			impl, _ = goja.AssertFunction(fn)
		}
		v, err := impl(call.This, call.Arguments...)
		if err != nil {
			panic(err)
		}
		return v
	})
}
