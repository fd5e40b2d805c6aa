// config: date=2026-11-23 flags=nodejs_compat
// node:diagnostics_channel: Channel's shape (hasSubscribers a getter from 2026-05-19), subscribe/publish/unsubscribe, names that are symbols or not strings, workerd's "Failed to execute" errors, runStores with bound AsyncLocalStorage stores, TracingChannel's shape and traceSync/tracePromise/traceCallback.
const dc = await import('node:diagnostics_channel');
const show = (label, f) => { try { const r = f(); console.log(label, typeof r, r); } catch (e) { console.log(label, 'threw', e.name, e.code, e.message); } };
const C = dc.Channel;
console.log(typeof C, C.name, C.length, Object.getOwnPropertyNames(C.prototype), Object.getOwnPropertyNames(C));
for (const k of Object.getOwnPropertyNames(C.prototype)) { const d = Object.getOwnPropertyDescriptor(C.prototype, k); console.log(k, typeof d.value, d.value && d.value.length, !!d.get, d.enumerable, d.writable, d.configurable); }
show('new', () => new C('x'));
const ch = dc.channel('a');
console.log(ch, Object.getOwnPropertyNames(ch), ch instanceof C, dc.channel('a') === ch, String(ch), Object.prototype.toString.call(ch));
show('hasSubs', () => ch.hasSubscribers);
const f = (m, n) => console.log('got', JSON.stringify(m), typeof n, String(n));
show('sub', () => ch.subscribe(f));
show('hasSubs', () => ch.hasSubscribers);
show('mod hasSubs', () => dc.hasSubscribers('a'));
show('mod hasSubs b', () => dc.hasSubscribers('b'));
ch.publish({ x: 1 });
ch.subscribe(f);
ch.publish(1);
show('unsub', () => ch.unsubscribe(f));
show('unsub again', () => ch.unsubscribe(f));
show('hasSubs', () => ch.hasSubscribers);
show('sub num', () => dc.channel(5));
show('sub obj', () => dc.channel({}));
const s = Symbol('s');
const cs = dc.channel(s);
show('sym same', () => cs === dc.channel(s));
show('sym vs str', () => cs === dc.channel('Symbol(s)'));
cs.subscribe(f); cs.publish('p');
show('sub nonfn', () => ch.subscribe(5));
show('unsub nonfn', () => ch.unsubscribe(5));
show('dc.sub nonfn', () => dc.subscribe('a', 5));
show('dc.sub', () => dc.subscribe('q', f));
dc.channel('q').publish('viaQ');
show('dc.unsub', () => dc.unsubscribe('q', f));
show('dc.unsub none', () => dc.unsubscribe('zz', f));
show('publish none', () => ch.publish());
show('runStores', () => ch.runStores({ m: 1 }, function (a, b) { return [this === globalThis, a, b]; }, undefined, 1, 2));
show('runStores recv', () => ch.runStores({ m: 1 }, function () { return this; }, 7));
show('runStores nonfn', () => ch.runStores({}, 5));
const { AsyncLocalStorage } = await import('node:async_hooks');
const als = new AsyncLocalStorage();
show('bindStore', () => ch.bindStore(als, (m) => ({ t: m })));
show('runStores als', () => ch.runStores(3, () => als.getStore()));
show('unbindStore', () => ch.unbindStore(als));
show('runStores als2', () => ch.runStores(3, () => als.getStore()));
show('bindStore bad', () => ch.bindStore({}));
ch.bindStore(als);
show('runStores als3', () => ch.runStores(4, () => als.getStore()));
show('publish thrower', () => { const t = () => { throw new Error('boom'); }; ch.subscribe(t); try { ch.publish(9); } finally { ch.unsubscribe(t); } });
console.log(typeof ch.hasSubscribers, typeof Object.getOwnPropertyDescriptor(dc.Channel.prototype, 'hasSubscribers').value);
const T = dc.TracingChannel;
console.log(T.name, T.length, Object.getOwnPropertyNames(T.prototype));
for (const k of Object.getOwnPropertyNames(T.prototype)) { const d = Object.getOwnPropertyDescriptor(T.prototype, k); console.log(k, typeof d.value, d.value && d.value.length, !!d.get, d.enumerable, d.configurable); }
try { new T(); } catch (e) { console.log(e.name, e.message); }
const tc = dc.tracingChannel('op');
console.log(tc, Object.getOwnPropertyNames(tc), Object.getOwnPropertySymbols(tc).map(String), tc.start === dc.channel('tracing:op:start'), typeof tc.hasSubscribers);
const log = (tag) => (m, n) => console.log(tag, String(n), JSON.stringify(m));
const tc2 = dc.tracingChannel('job');
const subs = { start: log('start'), end: log('end'), asyncStart: log('asyncStart'), asyncEnd: log('asyncEnd'), error: (m) => console.log('error', m.error && m.error.message) };
tc2.subscribe(subs);
console.log('has', tc2.hasSubscribers);
console.log('sync', tc2.traceSync((a, b) => a + b, { k: 1 }, null, 2, 3));
try { tc2.traceSync(() => { throw new Error('sync boom'); }, { k: 2 }); } catch (e) { console.log('caught', e.message); }
console.log('promise', await tc2.tracePromise(async (x) => x * 2, { k: 3 }, null, 21));
try { await tc2.tracePromise(async () => { throw new Error('async boom'); }, { k: 4 }); } catch (e) { console.log('caught', e.message); }
try { tc2.traceCallback(() => {}, undefined, {}, null, () => {}); } catch (e) { console.log(e.name, e.code, e.message); }
await new Promise((resolve) => tc2.traceCallback((x, cb) => setTimeout(() => cb(null, x + 1), 1), 1, { k: 5 }, null, 41, (err, v) => { console.log('cb', err, v); resolve(); }));
try { tc2.traceCallback(() => {}, 0, {}, null, 5); } catch (e) { console.log(e.name, e.code, e.message); }
tc2.unsubscribe(subs);
console.log('has after', tc2.hasSubscribers);
try { dc.tracingChannel(5); } catch (e) { console.log(e.name, e.code, e.message); }
try { dc.tracingChannel({ start: dc.channel('s') }); } catch (e) { console.log(e.name, e.code, e.message); }
const own = dc.tracingChannel({ start: dc.channel('s'), end: dc.channel('e'), asyncStart: dc.channel('as'), asyncEnd: dc.channel('ae'), error: dc.channel('er') });
console.log(own.start === dc.channel('s'), own instanceof dc.TracingChannel);
