// config: date=2026-11-23 flags=nodejs_compat
// node:dgram: its exports, createSocket's argument checks, a Socket (an EventEmitter) whose methods do nothing and return what workerd's return
const fnDesc = (f) => {
  let s = JSON.stringify(f.name) + '/' + f.length;
  if (f.prototype && typeof f.prototype === 'object') {
    const p = f.prototype;
    s += ' proto{' + Reflect.ownKeys(p).filter((k) => k !== 'constructor').map((k) => {
      const d = Object.getOwnPropertyDescriptor(p, k);
      const n = typeof k === 'symbol' ? k.description : k;
      if (d.get || d.set) return n + ':get' + (d.set ? 'set' : '');
      if (typeof d.value === 'function') return n + '/' + d.value.length + (d.value.name === '' ? '(anonymous)' : '');
      return n + '=' + (typeof d.value === 'object' ? typeof d.value : String(d.value));
    }).join(' ') + '}';
  }
  return s;
};
const desc = (v, deep = true) => {
  if (typeof v === 'function') return 'function ' + fnDesc(v);
  if (typeof v === 'symbol') return v.toString();
  if (v === null || typeof v !== 'object') return typeof v === 'string' ? JSON.stringify(v) : String(v);
  const proto = Object.getPrototypeOf(v);
  const tag = proto === null ? '[null prototype] ' : proto === Object.prototype ? '' : proto === Array.prototype ? 'Array ' : (proto.constructor?.name ?? '?') + ' ';
  if (!deep) return tag + 'object';
  return tag + '{' + Reflect.ownKeys(v).map((k) => String(typeof k === 'symbol' ? k.toString() : k) + ': ' + desc(v[k], false)).join(', ') + '}';
};
const shape = (ns) => {
  console.log('named:', Object.keys(ns).join(','));
  console.log('default keys:', Object.keys(ns.default).join(','));
  for (const k of Object.keys(ns)) if (k !== 'default') console.log(' ', k, desc(ns[k]));
};
const err = (e) => e !== null && typeof e === 'object' ? e.constructor.name + ' ' + e.name + ' ' + e.code + ': ' + e.message : 'thrown ' + String(e);
const show = async (label, f) => {
  try {
    const r = f();
    if (r instanceof Promise) {
      try { console.log(label, '-> resolves', desc(await r)); } catch (e) { console.log(label, '-> rejects', err(e)); }
    } else console.log(label, '->', desc(r));
  } catch (e) { console.log(label, '-> throws', err(e)); }
};
const spec = 'node:dgram';
const dgram = await import(spec);
shape(dgram);
console.log(Object.getPrototypeOf(dgram.Socket).name, Object.getPrototypeOf(dgram.Socket.prototype) === (await import(['node', 'events'].join(':'))).EventEmitter.prototype);
await show('createSocket()', () => dgram.createSocket());
await show('createSocket(1)', () => dgram.createSocket(1));
await show('createSocket(null)', () => dgram.createSocket(null));
await show('createSocket(udp4, 1)', () => dgram.createSocket('udp4', 1));
const s = dgram.createSocket('udp4', () => {});
console.log(s instanceof dgram.Socket, desc(s));
const s2 = new dgram.Socket({ type: 'udp6' });
console.log(desc(s2));
const s3 = dgram.Socket.call(Object.create(dgram.Socket.prototype), 'udp4');
console.log(s3 instanceof dgram.Socket);
await show('bind', () => s.bind(1234) === s);
await show('connect', () => s.connect(53, 'localhost'));
await show('send', () => s.send('x', 53, 'localhost'));
await show('address', () => s.address());
await show('remoteAddress', () => s.remoteAddress());
await show('ref', () => s.ref() === s);
await show('unref', () => s.unref() === s);
await show('getRecvBufferSize', () => s.getRecvBufferSize());
await show('getSendQueueCount', () => s.getSendQueueCount());
await show('setTTL', () => s.setTTL(5));
await show('close', () => s.close() === s);
await show('asyncDispose', () => s[Symbol.asyncDispose]());
let got = '';
s.on('message', (m) => { got = m; });
s.emit('message', 'hello');
console.log(got);
