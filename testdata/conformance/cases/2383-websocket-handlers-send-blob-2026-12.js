// config: date=2026-11-01
// WebSocket as workerd 2026-12-01 has it: the onopen/onmessage/onclose/onerror attributes (descriptors, values kept, slot position against listeners, this), send(Blob) as a binary message in order, bufferedAmount of a pair's end until the peer dispatches.
const log = (...a) => console.log(...a);
const tick = (ms = 5) => new Promise(r => setTimeout(r, ms));
{
for (const n of ['onopen', 'onmessage', 'onclose', 'onerror']) {
  const d = Object.getOwnPropertyDescriptor(WebSocket.prototype, n);
  log(n, typeof d.get, typeof d.set, d.enumerable, d.configurable, d.get && d.get.name, d.set && d.set.name, d.get && d.get.length, d.set && d.set.length);
}
const [c, s] = new WebSocketPair();
for (const v of [5, 'str', {}, null, undefined, () => 1, Symbol.iterator, true]) {
  try { s.onmessage = v; const g = s.onmessage; log('set', typeof v, g === v, g === null ? 'null' : typeof g); } catch (e) { log('set', typeof v, e.name, e.message); }
}
try { WebSocket.prototype.onmessage; log('proto get ok'); } catch (e) { log('proto get', e.name, e.message); }
try { Object.getOwnPropertyDescriptor(WebSocket.prototype, 'onmessage').get.call({}); log('get {} ok'); } catch (e) { log('get {}', e.name, e.message); }
try { Object.getOwnPropertyDescriptor(WebSocket.prototype, 'onmessage').set.call({}, null); log('set {} ok'); } catch (e) { log('set {}', e.name, e.message); }
s.accept(); c.accept();
s.addEventListener('message', (e) => log('L1', e.data));
s.onmessage = function (e) { log('on1', e.data, this === s, this === globalThis, this === undefined); };
s.addEventListener('message', (e) => log('L2', e.data));
c.send('a'); await tick();
s.onmessage = function (e) { log('on2', e.data); };
c.send('b'); await tick();
s.onmessage = null; s.onmessage = (e) => log('on3', e.data);
c.send('c'); await tick();
s.onmessage = {handleEvent(e) { log('handleEvent', e.data); }};
c.send('d'); await tick();
s.onmessage = null;
s.onclose = function (e) { log('onclose', e.code, this === s); };
s.addEventListener('close', (e) => log('Lclose', e.code));
s.onerror = function (e) { log('onerror', this === s); };
s.onopen = function (e) { log('onopen', this === s); };
c.close(1000, 'bye'); await tick();
log('dispatch custom');
s.onfoo = () => log('onfoo');
s.dispatchEvent(new Event('foo'));
s.dispatchEvent(new Event('open'));
s.dispatchEvent(new Event('error'));
log(Object.keys(s).join());
const [c2, s2] = new WebSocketPair();
s2.onmessage = (e) => log('s2 onmessage before accept', e.data);
c2.accept(); c2.send("x"); await tick(); s2.accept(); await tick(); c2.close(); await tick();
log('returns', (() => { const [a, b] = new WebSocketPair(); return JSON.stringify(Object.getOwnPropertyNames(a)); })());
}
{
const [c, s] = new WebSocketPair();
s.accept(); c.accept();
s.binaryType = 'arraybuffer';
s.addEventListener('message', (e) => log('got', typeof e.data, e.data instanceof ArrayBuffer ? '[' + new Uint8Array(e.data) + ']' : e.data));
c.send(new Blob(['ab'])); c.send('x'); c.send(new Blob([])); c.send(new File(['f'], 'n', {type: 'text/plain'})); c.send('y');
log('sent', c.bufferedAmount);
Promise.resolve().then(() => log('micro'));
setTimeout(() => log('timeout0'), 0);
await tick();
c.send(new Blob(['z'])); c.close(1000, 'b');
await tick();
try { c.send(new Blob(['q'])); } catch (e) { log(e.name, e.message); }
const [c2, s2] = new WebSocketPair();
try { c2.send(new Blob(['q'])); } catch (e) { log(e.name, e.message); }
class B extends Blob {}
const [c3, s3] = new WebSocketPair(); c3.accept(); s3.accept(); s3.binaryType = 'arraybuffer';
s3.addEventListener('message', (e) => log('got3', e.data instanceof ArrayBuffer ? '[' + new Uint8Array(e.data) + ']' : e.data));
c3.send(new B(['sub'])); c3.send(Object.create(Blob.prototype));
await tick(); c3.close(); await tick();
}
{
const [c, s] = new WebSocketPair();
s.accept(); c.accept();
c.send('abc'); log('after str', c.bufferedAmount);
c.send(new Uint8Array(4)); log('after bytes', c.bufferedAmount);
c.send(new Blob(['12345'])); log('after blob', c.bufferedAmount);
await null; log('micro', c.bufferedAmount);
await tick(); log('later', c.bufferedAmount);
c.close(); await tick();
}
{
const [c, s] = new WebSocketPair();
c.accept();
s.addEventListener('message', (e) => { log('got', e.data, c.bufferedAmount); Promise.resolve().then(() => log('got micro', c.bufferedAmount)); });
c.send('abc'); c.send('de'); log('sent', c.bufferedAmount);
setTimeout(() => log('t0', c.bufferedAmount), 0);
await tick(); log('before accept', c.bufferedAmount);
s.accept();
await tick(); log('after accept', c.bufferedAmount);
c.close(); log('close', c.bufferedAmount); await tick(); log('closed', c.bufferedAmount, s.bufferedAmount);
}
