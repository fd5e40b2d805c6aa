// config: date=2025-08-15
// MessageChannel and MessagePort as workerd 2026-12-01's JavaScript classes: constructor and prototype descriptors, key order, the prototypes' symbols, what MessagePort extends, calls without new.
const E = (e) => e.constructor.name + ': ' + e.message;
const show = (v) => typeof v === 'symbol' ? v.toString() : typeof v === 'function' ? 'fn ' + v.name + '/' + v.length : v && typeof v === 'object' ? 'object' + (Object.getPrototypeOf(v) === null ? ' (null proto) ' + Reflect.ownKeys(v).length : '') : String(v);
const desc = (o, k) => { const d = Object.getOwnPropertyDescriptor(o, k); return Object.keys(d).map((a) => a + '=' + show(d[a])).join(' '); };
for (const C of [MessageChannel, MessagePort]) {
  console.log(C.name, Reflect.ownKeys(C).map(String).join(','), desc(C, 'prototype'));
  for (const k of Reflect.ownKeys(C.prototype)) console.log(' ', String(k), desc(C.prototype, k));
}
const ic = Object.getOwnPropertySymbols(MessagePort.prototype).find((s) => s.description === 'cloudflare:internal-class');
console.log('internal-class holds itself', MessagePort.prototype[ic] === ic, MessageChannel.prototype[ic] === ic);
const rt = (p) => Object.getOwnPropertySymbols(p).find((s) => s.description === 'kResourceTypeInspect');
console.log('kResourceTypeInspect shared', rt(MessagePort.prototype) === rt(MessageChannel.prototype), MessagePort.prototype[rt(MessagePort.prototype)] === MessageChannel.prototype[rt(MessageChannel.prototype)]);
console.log('extends', Object.getPrototypeOf(MessagePort) === EventTarget, Object.getPrototypeOf(MessageChannel) === Function.prototype, Object.getPrototypeOf(MessagePort.prototype) === EventTarget.prototype);
for (const [l, f] of [['MessageChannel()', () => MessageChannel()], ['MessageChannel.call({})', () => MessageChannel.call({})], ['MessagePort()', () => MessagePort()], ['MessagePort.call(port)', () => MessagePort.call(new MessageChannel().port1)], ['new MessagePort()', () => new MessagePort()], ['Reflect.construct(MessagePort, [])', () => Reflect.construct(MessagePort, [])], ['prototype.constructor()', () => MessageChannel.prototype.constructor()]]) {
  try { f(); console.log(l, 'no throw'); } catch (e) { console.log(l, E(e)); }
}
class Sub extends MessageChannel { constructor() { super(); this.extra = 1; } }
const s = new Sub();
console.log('subclass', Reflect.ownKeys(s).join(), s instanceof MessageChannel, Object.prototype.toString.call(s), s.port1 instanceof MessagePort);
function F() {}
console.log('Reflect.construct newTarget', Object.getPrototypeOf(Reflect.construct(MessageChannel, [], F)) === F.prototype);
try { 'use strict'; MessageChannel.prototype = {}; console.log('assigned'); } catch (e) { console.log('assign prototype', e.constructor.name); }
console.log('prototype kept', Object.getOwnPropertyDescriptor(MessageChannel, 'prototype').value === Object.getPrototypeOf(new MessageChannel()));
