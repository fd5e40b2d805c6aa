// Package builtins adds to a goja runtime the ECMAScript builtins that
// Workers code uses and goja lacks (WeakRef, FinalizationRegistry,
// Promise.withResolvers, Object.groupBy, the Iterator global and its
// helpers, DisposableStack, Math.sumPrecise, RegExp.escape, ...), with
// V8's names, lengths, property attributes and error messages, and refuses
// code generation from strings as workerd does (eval, new Function and the
// async and generator function constructors throw EvalError).
//
// Install is called once per isolate, before any user code, by package
// worker. It only defines native functions (no JavaScript is compiled at
// start-up): the few builtins written in JavaScript (Array.fromAsync,
// AsyncDisposableStack's asynchronous parts) compile one program per process
// on their first call. New globals (WeakRef, FinalizationRegistry,
// Iterator, DisposableStack, AsyncDisposableStack, SuppressedError) are
// registered with package host, which builds them on first use.
//
// NameFunctions gives Go-made host functions the V8 names of their
// properties, so no Go identifier ever shows in a name, a toString or a
// stack frame. FormatFrames writes stacks in V8's shape; the error
// constructors are replaced by ones whose errors carry such a stack
// (installErrorStacks), and IsStackGetter tells their stack getter apart.
//
// Everything here runs on the isolate's loop goroutine.
package builtins

import (
	"github.com/dop251/goja"
)

// Install defines the builtins on rt's intrinsics. Call it once per runtime,
// before any user code runs.
func Install(rt *goja.Runtime) { install(rt) }

// noLazyGlobals makes install patch every global at once (tests compare).
var noLazyGlobals bool

func install(rt *goja.Runtime) *installer {
	b := newInstaller(rt)
	remember(b)
	if !noLazyGlobals {
		b.lazy = newLazyGlobals(rt)
	}
	b.installObjectProto()
	b.installSymbols()
	b.installCodegen()
	b.installPromise()
	b.installGroupBy()
	b.installString()
	b.installDate()
	b.installMath()
	b.installRegExp()
	b.installError()
	b.installArrayBuffer()
	b.installIterator()
	b.installFromAsync()
	b.installJSON()
	b.installWeakCollections()
	b.installUpsert()
	b.installToLocaleString()
	b.installArrayToLocaleString()
	b.installBigIntToLocaleString()
	b.installDateLocale()
	b.installLocaleStrings()
	b.freeze()
	return b
}
