// date=2026-11-23
// connect() from cloudflare:sockets: the Socket's shape, opened's SocketInfo, an echo through its streams, the server ending its side (the writable closes too without allowHalfOpen), closed.
const { connect } = await import('cloudflare:sockets');
const enc = (s) => new TextEncoder().encode(s), dec = (b) => new TextDecoder().decode(b);
const s = connect(TCP);
console.log(typeof s, Object.prototype.toString.call(s), s.constructor.name, s.secureTransport, s.upgraded);
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(s)).sort().join());
const d = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(s), 'readable');
console.log('desc', typeof d.get, typeof d.set, d.enumerable, d.configurable, s.readable === s.readable, s.opened === s.opened, s.closed === s.closed);
console.log(Object.prototype.toString.call(s.readable), s.readable.constructor.name, s.writable.constructor.name);
try { new s.constructor(); } catch (e) { console.log('new Socket', e.constructor.name, e.message); }
const info = await s.opened;
console.log('opened', JSON.stringify(info).replace(TCP, 'TCP'), Object.keys(info).join(), info.localAddress);
const w = s.writable.getWriter();
await w.write(enc('hello'));
const r = s.readable.getReader();
const { value, done } = await r.read();
console.log('read', value && value.constructor.name, dec(value), done);
await w.write('half');
console.log('read2', JSON.stringify(await r.read().then((x) => [x.done, x.value && dec(x.value)])));
console.log('read3', JSON.stringify(await r.read().then((x) => [x.done, x.value && dec(x.value)])));
try { await w.write(enc('more')); console.log('write after half ok'); } catch (e) { console.log('write after half', e.name, e.message); }
await w.closed.then(() => console.log('writer closed resolved'));
await s.closed.then(() => console.log('closed resolved'), (e) => console.log('closed rejected', e.name, e.message));
console.log(typeof connect, connect.name, connect.length);
