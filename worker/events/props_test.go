package events_test

import (
	"testing"

	"github.com/mcrepl/mcrepl/worker/events"
)

// dumpShapes prints the own properties of every global (built by reading it), of its
// prototype and of the prototype chain of globalThis, in order, with their attributes,
// and the name and length of every function met.
const dumpShapes = `
const seen = new Map(), out = [];
const id = (v) => { if (!seen.has(v)) seen.set(v, seen.size); return seen.get(v); };
const show = (v) => {
	if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return typeof v === 'symbol' ? String(v) : typeof v + ':' + String(v);
	return (typeof v) + '#' + id(v);
};
const fn = (f) => typeof f === 'function' ? ' ' + JSON.stringify(f.name) + '/' + f.length + ' ' + Function.prototype.toString.call(f).slice(0, 60) : '';
const dump = (label, o) => {
	if (o === null || (typeof o !== 'object' && typeof o !== 'function')) return;
	out.push(label + ' = ' + show(o) + fn(o) + ' proto ' + show(Object.getPrototypeOf(o)) + ' ext ' + Object.isExtensible(o));
	for (const k of Reflect.ownKeys(o)) {
		const d = Reflect.getOwnPropertyDescriptor(o, k);
		const a = (d.writable ? 'w' : '-') + (d.enumerable ? 'e' : '-') + (d.configurable ? 'c' : '-');
		if ('value' in d) out.push('  ' + String(k) + ' ' + a + ' ' + show(d.value) + fn(d.value));
		else out.push('  ' + String(k) + ' ' + a + ' get ' + show(d.get) + fn(d.get) + ' set ' + show(d.set) + fn(d.set));
	}
};
const holders = [];
for (let p = globalThis; p; p = Object.getPrototypeOf(p)) holders.push(p);
holders.forEach((h, i) => dump('holder' + i, h));
for (const h of holders) for (const k of Object.getOwnPropertyNames(h)) {
	let v; try { v = h[k]; } catch (e) { continue; }
	if (typeof v !== 'function' && (typeof v !== 'object' || v === null)) continue;
	dump(k, v);
	if (typeof v === 'function' && v.prototype) dump(k + '.prototype', v.prototype);
}
console.log(out.join('\n'));
`

// Properties defined straight into goja's storage (props.go) are those the public API
// defines: the same descriptors, in the same order, on every global and prototype.
func TestDefineOwnMatchesPublicAPI(t *testing.T) {
	fast, _ := run(t, "2025-08-15", dumpShapes)
	restore := events.SetSlowProps(true)
	slow, _ := run(t, "2025-08-15", dumpShapes)
	restore()
	if len(fast) < 10000 {
		t.Fatalf("dump too short (%d bytes): %q", len(fast), fast)
	}
	if fast != slow {
		t.Errorf("the shapes differ\nfast:\n%s\nslow:\n%s", fast, slow)
	}
}

// The class factory's code, and so the stack frames of its constructors, are what they were
// when the factory named its functions with defineProperty (Class renames them now). Its
// source is named mcrepl:events, so V8-shaped stacks leave its frames out (workerd's show
// the caller's frame first); goja's own text keeps it.
func TestClassFramesUnchanged(t *testing.T) {
	out, _ := run(t, "2025-08-15", `
		try { Event('x'); } catch (e) { console.log(e.stack.split('\n')[1].trim()); }
		try { new Event(); } catch (e) { console.log(e.stack.split('\n')[2].trim()); }
		console.log(Event.name, JSON.stringify(Object.getOwnPropertyDescriptor(Event, 'name')), String(Event));`)
	want := "at test.js:2:14\nat C (mcrepl:events:5:20(15))\nEvent {\"value\":\"Event\",\"writable\":false,\"enumerable\":false,\"configurable\":true} function Event() { [native code] }\n"
	if out != want {
		t.Errorf("got %q, want %q", out, want)
	}
}
