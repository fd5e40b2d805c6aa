package events_test

import (
	"strings"
	"testing"

	"github.com/mcrepl/mcrepl/worker/events"
)

// lazyProbes each look at a delivered MessageEvent e (delivered on port2) in one way; every
// probe gets an event of its own. Their output must not depend on whether the event's fields
// are lazy (delivered.go) or own properties from the start.
const lazyProbes = `
const show = (v) => { try { return typeof v === 'object' && v !== null ? (Array.isArray(v) ? 'array(' + v.length + ')' : v === port2 ? 'port2' : JSON.stringify(v)) : String(v); } catch (err) { return 'unshowable'; } };
const strictSet = (o, k, v) => { 'use strict'; try { o[k] = v; return 'set'; } catch (err) { return err.constructor.name + ': ' + err.message; } };
const sloppySet = function (o, k, v) { try { o[k] = v; return 'set ' + show(o[k]); } catch (err) { return err.constructor.name + ': ' + err.message; } };
const strictDelete = (o, k) => { 'use strict'; try { return String(delete o[k]); } catch (err) { return err.constructor.name + ': ' + err.message; } };
const descs = (e) => Reflect.ownKeys(e).map((k) => String(k) + '=' + show(Object.getOwnPropertyDescriptor(e, k))).join(' ');
const sym = Symbol.for('probe');
const { port1, port2 } = new MessageChannel();
const probes = [
	(e) => [e.data, e.origin, JSON.stringify(e.lastEventId), e.source === port2, e.ports.length, e.ports === e.ports, Array.isArray(e.ports), Object.isFrozen(e.ports)],
	(e) => [Object.keys(e), Object.getOwnPropertyNames(e), Reflect.ownKeys(e).length],
	(e) => { const ks = []; for (const k in e) ks.push(k); return ks; },
	(e) => [JSON.stringify(e), JSON.stringify({ ...e }), Object.keys(Object.assign({}, e)), Object.entries(e).length, Object.values(e).length],
	(e) => [descs(e)],
	(e) => ['data' in e, 'ports' in e, 'type' in e, 'foo' in e, e.hasOwnProperty('data'), Object.hasOwn(e, 'ports'), Object.hasOwn(e, 'type'), e.propertyIsEnumerable('origin'), Reflect.has(e, 'source')],
	(e) => [show(Object.getOwnPropertyDescriptor(e, 'data')), show(Object.getOwnPropertyDescriptor(e, 'ports')), show(Object.getOwnPropertyDescriptor(e, 'type')), show(Object.getOwnPropertyDescriptor(e, 'nothing'))],
	(e) => [strictSet(e, 'data', 1), strictSet(e, 'source', null), strictSet(e, 'ports', []), sloppySet(e, 'origin', 'x'), e.data, e.origin],
	(e) => [strictSet(e, 'foo', 1), Object.keys(e), e.foo, descs(e)],
	(e) => [sloppySet(e, 'bar', 2), Object.keys(e)],
	(e) => [strictSet(e, 'cancelBubble', true), e.cancelBubble, Object.keys(e)],
	(e) => [strictDelete(e, 'data'), e.data, 'data' in e, Object.keys(e), strictDelete(e, 'nothing'), Object.keys(e)],
	(e) => [strictDelete(e, 'ports'), e.ports, 'ports' in e],
	(e) => { Object.defineProperty(e, 'data', { value: 5 }); return [e.data, descs(e), Object.keys(e)]; },
	(e) => { Object.defineProperty(e, 'extra', { get() { return 'got'; }, enumerable: true, configurable: true }); return [e.extra, Object.keys(e), descs(e)]; },
	(e) => { Object.defineProperty(e, 'origin', { enumerable: false }); return [e.origin, Object.keys(e), descs(e)]; },
	(e) => { Object.defineProperty(e, 0, { value: 'zero', enumerable: true }); return [Object.keys(e), e[0]]; },
	(e) => [Object.isFrozen(Object.freeze(e)), Object.isFrozen(e), e.ports === e.ports, e.ports.length, e.data, strictSet(e, 'data', 1), strictSet(e, 'x', 1), descs(e)],
	(e) => [Object.isSealed(Object.seal(e)), strictDelete(e, 'data'), strictSet(e, 'y', 1), Object.keys(e)],
	(e) => { Object.preventExtensions(e); return [Object.isExtensible(e), strictSet(e, 'x', 1), sloppySet(e, 'x', 1), e.data, Object.keys(e)]; },
	(e) => [Object.isExtensible(e), Object.isFrozen(e), Object.isSealed(e)],
	(e) => [Object.getPrototypeOf(e) === MessageEvent.prototype, e instanceof MessageEvent, e instanceof Event, e.__proto__ === MessageEvent.prototype, MessageEvent.prototype.isPrototypeOf(e), Object.prototype.toString.call(e), e.constructor.name, Object.keys(e)],
	(e) => { Object.setPrototypeOf(e, null); return [Object.getPrototypeOf(e), e.type, e.data, 'type' in e, Object.keys(e)]; },
	(e) => { Object.setPrototypeOf(e, { x: 1 }); return [e.x, e.data, e instanceof MessageEvent, Object.keys(e)]; },
	(e) => { e.__proto__ = Object.prototype; return [e instanceof MessageEvent, e.data, Object.keys(e)]; },
	(e) => { e[sym] = 1; return [e[sym], Reflect.ownKeys(e).length, Object.getOwnPropertySymbols(e).length, Object.keys(e)]; },
	(e) => { e[3] = 'three'; return [Object.keys(e), e[3]]; },
	(e) => [e.type, e.isTrusted, e.eventPhase, e.target === port2, e.currentTarget === port2, e.defaultPrevented, typeof e.preventDefault, e.composedPath().length, Object.keys(e)],
	(e) => { e.preventDefault(); e.stopPropagation(); return [e.defaultPrevented, e.cancelBubble, Object.keys(e)]; },
	(e) => [Object.keys(Object.getOwnPropertyDescriptors(e)), Object.keys(e)],
	(e) => { const c = Object.create(e); return [c.data, c.ports.length, c.source === port2, 'data' in c, Object.keys(c), Object.keys(e)]; },
	(e) => [Reflect.get(e, 'data', {}), Reflect.get(e, 'data'), Reflect.getOwnPropertyDescriptor(e, 'lastEventId').value, Object.keys(e)],
	(e) => { try { structuredClone(e); return 'cloned'; } catch (err) { return err.message; } },
	(e) => {
		Object.defineProperty(MessageEvent.prototype, 'probe', { get() { return [this.data, this.origin, typeof this.type, Object.keys(this), Object.getPrototypeOf(this) === MessageEvent.prototype].join('/'); }, configurable: true });
		try { return [e.probe, Object.keys(e)]; } finally { delete MessageEvent.prototype.probe; }
	},
	(e) => {
		Object.defineProperty(Event.prototype, 'data', { get() { return 'inherited'; }, set(v) { globalThis.wrote = v; }, configurable: true });
		try { return [e.data, strictSet(e, 'data', 'w'), String(globalThis.wrote), sloppySet(e, 'data', 'w2'), String(globalThis.wrote)]; } finally { delete Event.prototype.data; }
	},
	(e) => {
		MessageEvent.prototype.method = function () { return [this === e, Object.keys(this), this.data]; };
		try { return e.method(); } finally { delete MessageEvent.prototype.method; }
	},
	(e) => { globalThis.kept = e; return 'kept'; },
];
let i = 0;
const out = [];
port2.onmessage = (e) => {
	let res;
	try { res = probes[i](e); } catch (err) { res = 'threw ' + err.constructor.name + ': ' + err.message; }
	out.push(i + ': ' + (Array.isArray(res) ? res.map((v) => Array.isArray(v) ? '[' + v.join() + ']' : show(v)).join(' | ') : show(res)));
	if (++i === probes.length) {
		out.push('kept: ' + [kept.data, kept.type, kept.eventPhase, kept.target === port2, Object.keys(kept)].join(' | '));
		console.log(out.join('\n'));
		console.log(kept);
		port1.close();
	}
};
for (let k = 0; k < probes.length; k++) port1.postMessage('m' + k);
`

func TestLazyFieldsMatchEager(t *testing.T) {
	lazy, lazyErr := run(t, "2025-08-15", lazyProbes)
	restore := events.SetEagerFields(true)
	eager, eagerErr := run(t, "2025-08-15", lazyProbes)
	restore()
	if lazyErr != "" || eagerErr != "" {
		t.Fatalf("stderr: lazy %q, eager %q", lazyErr, eagerErr)
	}
	if !strings.Contains(lazy, "0: m0 | null") || !strings.Contains(lazy, "MessageEvent {") {
		t.Fatalf("the probes did not run:\n%s", lazy)
	}
	if lazy != eager {
		l, e := strings.Split(lazy, "\n"), strings.Split(eager, "\n")
		for i := 0; i < len(l) || i < len(e); i++ {
			var a, b string
			if i < len(l) {
				a = l[i]
			}
			if i < len(e) {
				b = e[i]
			}
			if a != b {
				t.Errorf("lazy:  %s\neager: %s", a, b)
			}
		}
	}
}
