package worker

import (
	"testing"

	"github.com/dop251/goja"

	"github.com/mcrepl/mcrepl/internal/gojaprops"
)

// lazyProbe reports what a script can see of the host globals: the keys of the global object
// and of its prototype (ownKeys, for-in, Object.keys), each global's descriptor (kinds, the
// accessor's names, lengths and identity), `in` and hasOwnProperty, then what reading,
// writing, deleting and redefining some of them and freezing the global do.
const lazyProbe = `(() => {
	const out = [];
	const g = globalThis, s = Object.getPrototypeOf(globalThis);
	const desc = (o, k) => {
		const d = Object.getOwnPropertyDescriptor(o, k);
		if (!d) return k + ':none';
		if (!('get' in d)) return k + ':data:' + typeof d.value + d.writable + d.enumerable + d.configurable;
		const d2 = Object.getOwnPropertyDescriptor(o, k);
		return k + ':acc:' + (d.get && d.get.name) + '/' + (d.get && d.get.length) + ',' + (d.set && d.set.name) + '/' +
			(d.set && d.set.length) + d.enumerable + d.configurable + (d.get === d2.get) + (d.set === d2.set);
	};
	out.push('in:' + ['atob', 'URL', 'TextEncoder', 'navigator', 'crypto', 'nope'].map(k => (k in g) + g.hasOwnProperty(k) + s.hasOwnProperty(k)).join());
	out.push('own:' + Reflect.ownKeys(g).map(String).join());
	out.push('scope:' + Reflect.ownKeys(s).map(String).join());
	out.push('keys:' + Object.keys(g).join() + '|' + Object.keys(s).join());
	const fi = []; for (const k in g) fi.push(k); out.push('forin:' + fi.join());
	out.push('desc:' + Reflect.ownKeys(g).concat(Reflect.ownKeys(s)).filter(k => typeof k === 'string').map(k => desc(g.hasOwnProperty(k) ? g : s, k)).join(';'));
	out.push('read:' + typeof atob + typeof URL + typeof navigator + desc(s, 'atob') + desc(g, 'navigator'));
	const get = Object.getOwnPropertyDescriptor(s, 'TextEncoder').get;
	out.push('get:' + (get.call(s) === TextEncoder) + desc(s, 'TextEncoder'));
	s.TextDecoder = 5; out.push('set:' + s.TextDecoder + desc(s, 'TextDecoder'));
	out.push('del:' + delete s.btoa + ('btoa' in g) + delete g.origin + ('origin' in g) + Reflect.ownKeys(s).includes('btoa'));
	Object.defineProperty(s, 'btoa', {value: 1, configurable: true}); out.push('redef:' + Reflect.ownKeys(s).map(String).join() + desc(s, 'btoa'));
	Object.defineProperty(g, 'performance', {value: 2}); out.push('defown:' + desc(g, 'performance'));
	Object.freeze(g); Object.freeze(s);
	out.push('frozen:' + Object.isFrozen(g) + Object.isFrozen(s) + Reflect.ownKeys(g).concat(Reflect.ownKeys(s)).filter(k => typeof k === 'string').map(k => desc(g.hasOwnProperty(k) ? g : s, k)).join(';'));
	return out.join('\n');
})()`

// probeIn runs src in a fresh isolate, with the host globals' accessors made on first touch or
// at once (eager), and returns what it printed.
func probeIn(t *testing.T, eager bool, src string) string {
	t.Helper()
	eagerHostGlobals = eager
	defer func() { eagerHostGlobals = false }()
	w, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	var out string
	var rerr error
	w.Do(func(rt *goja.Runtime) {
		v, err := rt.RunString(src)
		if err != nil {
			rerr = err
			return
		}
		out = v.String()
	})
	if rerr != nil {
		t.Fatal(rerr)
	}
	return out
}

// TestLazyHostGlobalsAsEager: what a script sees of the host globals is the same whether
// their accessors are made on first touch or at start-up.
func TestLazyHostGlobalsAsEager(t *testing.T) {
	if !gojaprops.LazyAvailable() {
		t.Fatal("gojaprops.AddLazy cannot work with this goja's layout: start-up defines every accessor at once")
	}
	probes := map[string]string{
		"all": lazyProbe,
		// Each alone, on a fresh isolate, so that none is made by the others first.
		"in":      `['atob', 'URL', 'navigator', 'nope'].map(k => (k in globalThis) + globalThis.hasOwnProperty(k) + Object.getPrototypeOf(globalThis).hasOwnProperty(k)).join()`,
		"names":   `Object.getOwnPropertyNames(globalThis).join() + '|' + Object.getOwnPropertyNames(Object.getPrototypeOf(globalThis)).join()`,
		"keys":    `Object.keys(globalThis).join() + '|' + Object.keys(Object.getPrototypeOf(globalThis)).join()`,
		"forin":   `(() => { const a = []; for (const k in globalThis) a.push(k); return a.join() })()`,
		"desc":    `(() => { const s = Object.getPrototypeOf(globalThis); const a = Object.getOwnPropertyDescriptor(s, 'atob'), b = Object.getOwnPropertyDescriptor(s, 'atob'); return [a.get === b.get, a.set === b.set, a.get.name, a.set.name, a.get.length, a.set.length, a.enumerable, a.configurable, typeof a.value, String(Object.getOwnPropertyDescriptor(globalThis, 'navigator').get)].join() })()`,
		"write":   `atob = 1; navigator = 2; [atob, navigator, JSON.stringify(Object.getOwnPropertyDescriptor(globalThis, 'atob')), JSON.stringify(Object.getOwnPropertyDescriptor(Object.getPrototypeOf(globalThis), 'atob'))].join()`,
		"delete":  `(() => { const s = Object.getPrototypeOf(globalThis); return [delete s.URL, typeof URL, delete globalThis.navigator, typeof navigator, Reflect.ownKeys(s).length, Reflect.ownKeys(globalThis).length].join() })()`,
		"define":  `(() => { const s = Object.getPrototypeOf(globalThis); Object.defineProperty(s, 'URL', {value: 3}); Object.defineProperty(globalThis, 'crypto', {get() { return 4 }}); return [URL, crypto, Reflect.ownKeys(s).indexOf('URL'), Reflect.ownKeys(globalThis).indexOf('crypto')].join() })()`,
		"freeze":  `(() => { Object.freeze(globalThis); Object.freeze(Object.getPrototypeOf(globalThis)); return [Object.isFrozen(globalThis), typeof atob, typeof navigator, JSON.stringify(Object.getOwnPropertyDescriptor(globalThis, 'navigator'))].join() })()`,
		"entries": `Object.entries(Object.getOwnPropertyDescriptors(Object.getPrototypeOf(globalThis))).map(([k, d]) => k + ('get' in d ? 'A' + d.get.name : 'D')).join()`,
	}
	for name, src := range probes {
		lazy, eager := probeIn(t, false, src), probeIn(t, true, src)
		if lazy != eager {
			t.Errorf("%s: made on first touch:\n%s\nat start-up:\n%s", name, lazy, eager)
		}
	}
}

// TestLazyHostGlobalsUntouched: an isolate's start-up makes none of the accessors (the
// global's template and its prototype's list them without their values).
func TestLazyHostGlobalsUntouched(t *testing.T) {
	w, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	w.Do(func(rt *goja.Runtime) {
		p, ok := gojaprops.Own(w.realm.ScopeProto, "TextEncoder")
		if !ok || p.Found {
			t.Errorf("TextEncoder's accessor was made at start-up (%+v, %v)", p, ok)
		}
	})
}
