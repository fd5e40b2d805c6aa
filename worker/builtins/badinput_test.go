package builtins

import (
	"runtime/debug"
	"strings"
	"testing"
)

// TestBadInputNeverPanics calls every builtin this package defines with
// receivers and arguments of every type (and a few hostile objects), and
// checks that each call returns or throws a JS error: a Go panic would
// escape RunString and fail the test.
func TestBadInputNeverPanics(t *testing.T) {
	src := `
	const holders = {
		'Iterator.prototype': Iterator.prototype, Iterator, 'helper': Object.getPrototypeOf([].values().map(x => x)),
		'wrap': Object.getPrototypeOf(Iterator.from({ next() { return { done: true } } })),
		Math, RegExp, Object, Map, Promise, Array, JSON, Error, Symbol,
		'String.prototype': String.prototype, 'ArrayBuffer.prototype': ArrayBuffer.prototype,
		'Number.prototype': Number.prototype, 'Date.prototype': Date.prototype,
		'WeakMap.prototype': WeakMap.prototype, 'WeakSet.prototype': WeakSet.prototype,
		WeakRef, 'WeakRef.prototype': WeakRef.prototype,
		FinalizationRegistry, 'FinalizationRegistry.prototype': FinalizationRegistry.prototype,
		DisposableStack, 'DisposableStack.prototype': DisposableStack.prototype,
		AsyncDisposableStack, 'AsyncDisposableStack.prototype': AsyncDisposableStack.prototype,
		SuppressedError, Intl,
		'Intl.NumberFormat': Intl.NumberFormat, 'Intl.NumberFormat.prototype': Intl.NumberFormat.prototype,
		'Intl.DateTimeFormat': Intl.DateTimeFormat, 'Intl.DateTimeFormat.prototype': Intl.DateTimeFormat.prototype,
		'Intl.PluralRules': Intl.PluralRules, 'Intl.PluralRules.prototype': Intl.PluralRules.prototype,
		'Intl.Collator': Intl.Collator, 'Intl.Collator.prototype': Intl.Collator.prototype,
	};
	const hostile = { get next() { throw new Error('get next') }, [Symbol.iterator]() { return 5 }, valueOf() { throw new Error('valueOf') }, toString() { throw new Error('toString') } };
	const revoked = Proxy.revocable({}, {}); revoked.revoke();
	const values = [undefined, null, true, 0, -1, -0, NaN, Infinity, 2 ** 53, 1e300, 'x', '', '\uD800', Symbol('s'), Symbol.for('r'), 10n,
		{}, [], [1, 'a', null], () => 1, function* () { yield 1 }, new Date(NaN), /re/g, new ArrayBuffer(2), hostile, revoked.proxy,
		{ next: 1 }, { next() { return 1 } }, { i: 0, next() { return this.i++ < 3 ? { done: false, value: this.i } : { done: true } } }, { [Symbol.iterator]: 1 },
		{ style: 'currency' }, { timeZone: 'x/y' }, { maximumFractionDigits: 500 }, ['en', 5], 'de-DE', 'tr'];
	let calls = 0;
	for (const [hname, h] of Object.entries(holders)) {
		const keys = Reflect.ownKeys(h);
		for (const k of keys) {
			const d = Object.getOwnPropertyDescriptor(h, k);
			const fns = [d.value, d.get, d.set].filter((f) => typeof f === 'function');
			for (const f of fns) {
				for (const self of [undefined, h, 'x', hostile, revoked.proxy, [].values()]) {
					for (const a of values) {
						for (const args of [[a], [a, a, a], [a, () => 1]]) {
							calls++; trace(hname, String(k));
							try { const r = Reflect.apply(f, self, args); if (r instanceof Promise) r.catch(() => {}); } catch (e) {}
							try { if (typeof f.prototype === 'object') Reflect.construct(f, args) } catch (e) {}
						}
					}
				}
			}
		}
	}
	print(calls > 50000);
	`
	runCallsWithoutPanic(t, src)
}

// runCallsWithoutPanic runs src, a script that calls builtins with hostile
// arguments, reporting each call through trace(holder, key), and prints true
// when it made enough calls: a Go panic that escapes fails the test with the
// last call's name.
func runCallsWithoutPanic(t *testing.T, src string) {
	t.Helper()
	rt, _, out := newTestRuntime(t)
	var last string
	_ = rt.Set("trace", func(holder, key string) { last = holder + "." + key })
	defer func() {
		if x := recover(); x != nil {
			t.Fatalf("a Go panic escaped from %s: %v\n%s", last, x, debug.Stack())
		}
	}()
	if _, err := rt.RunString(src); err != nil {
		t.Fatal(err)
	}
	if got := out.String(); !strings.HasPrefix(got, "true") {
		t.Fatalf("got %q", got)
	}
}
