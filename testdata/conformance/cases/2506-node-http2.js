// config: date=2026-11-23 flags=nodejs_compat
// node:http2: its exports, constants (count and a sample), the settings functions' values (defaults on the prototype), sensitiveHeaders, and the servers', connect's and the request and response classes' ERR_METHOD_NOT_IMPLEMENTED
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
const spec = 'node:http2';
const h2 = await import(spec);
console.log('named:', Object.keys(h2).join(','));
console.log('default keys:', Object.keys(h2.default).join(','));
for (const k of Object.keys(h2)) if (k !== 'default' && k !== 'constants') console.log(' ', k, desc(h2[k]));
const c = h2.constants;
console.log(Object.keys(c).length, Object.keys(c).slice(0, 5).join(','), Object.keys(c).slice(-5).join(','));
console.log(c.NGHTTP2_CANCEL, c.HTTP2_HEADER_STATUS, c.HTTP2_METHOD_GET, c.HTTP_STATUS_OK, c.HTTP_STATUS_TEAPOT, c.NGHTTP2_DEFAULT_WEIGHT);
let sum = 0;
for (const v of Object.values(c)) if (typeof v === 'number') sum += v;
console.log(sum, Object.values(c).filter((v) => typeof v === 'string').join('|').length);
const ds = h2.getDefaultSettings();
console.log(Object.keys(ds).length, JSON.stringify(Object.getPrototypeOf(ds)), ds.maxFrameSize);
await show('getPackedSettings', () => h2.getPackedSettings({}).length);
await show('getUnpackedSettings', () => h2.getUnpackedSettings(new Uint8Array(0)));
console.log(h2.sensitiveHeaders.toString(), h2.sensitiveHeaders === Symbol.for('nodejs.http2.sensitiveHeaders'));
for (const f of ['createServer', 'createSecureServer', 'connect', 'performServerHandshake']) await show(f, () => h2[f]('https://example.com'));
await show('new Http2ServerRequest', () => new h2.Http2ServerRequest());
await show('new Http2ServerResponse', () => new h2.Http2ServerResponse());
