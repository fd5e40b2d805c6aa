// date=2026-11-23
// A Socket's ends: close() (before and after opening, twice), the server closing, a reset, writable.close() half-closing, readable.cancel(), allowHalfOpen, a 1 MiB echo, what the writable takes, a BYOB read, startTls()'s checks, console.log of a Socket.
const { connect } = await import('cloudflare:sockets');
const show = (p, tag) => p.then((v) => console.log(tag, 'resolved', String(JSON.stringify(v)).replaceAll(TCP, 'TCP')), (e) => console.log(tag, 'rejected', e && e.constructor.name, e && e.message));
const enc = (s) => new TextEncoder().encode(s), dec = (b) => new TextDecoder().decode(b);
{ const s = connect(TCP); const p = s.close(); console.log('close returns', Object.prototype.toString.call(p), p === s.closed);
  await show(p, 'close()'); await show(s.opened, 'opened after close'); await show(s.closed, 'closed');
  await show(s.readable.getReader().read(), 'read after close'); await show(s.writable.getWriter().write(enc('x')), 'write after close'); }
{ const s = connect(TCP); await s.opened; await show(s.close(), 'close1'); await show(s.close(), 'close2'); }
{ const s = connect(TCP); const w = s.writable.getWriter(); const r = s.readable.getReader(); await w.write(enc('bye'));
  let out = ''; for (;;) { const { value, done } = await r.read(); if (done) break; out += dec(value); } console.log('bye read', out);
  await show(s.closed, 'bye closed'); await show(w.write(enc('x')), 'bye write'); await show(w.closed, 'bye writer closed'); }
{ const s = connect(TCP); const w = s.writable.getWriter(); const r = s.readable.getReader(); await w.write(enc('rst'));
  await show(r.read(), 'rst read'); await show(s.closed, 'rst closed'); }
{ const s = connect(TCP, { allowHalfOpen: true }); const w = s.writable.getWriter(); const r = s.readable.getReader(); await w.write(enc('half'));
  await show(r.read().then((x) => dec(x.value)), 'aho read'); await show(r.read(), 'aho read2'); await show(w.write(enc('after')), 'aho write'); s.close(); }
{ const s = connect(TCP); const w = s.writable.getWriter(); const r = s.readable.getReader(); await w.write(enc('abc')); await show(w.close(), 'w.close');
  let out = ''; for (;;) { const { value, done } = await r.read(); if (done) break; out += dec(value); } console.log('after w.close read', out); await show(s.closed, 'after w.close closed'); }
{ const s = connect(TCP); await s.opened; await show(s.readable.cancel('why'), 'cancel'); await show(s.writable.getWriter().write(enc('x')), 'write after cancel'); s.close(); }
{ const s = connect(TCP); const w = s.writable.getWriter(); const r = s.readable.getReader(); const big = new Uint8Array(1 << 20).map((_, i) => i & 255);
  w.write(big); let n = 0, chunks = 0, sum = 0; while (n < big.length) { const { value } = await r.read(); n += value.length; chunks++; for (const b of value) sum += b; } console.log('big', n, sum, chunks > 1); s.close(); }
{ const s = connect(TCP); const w = s.writable.getWriter(); for (const v of ['str', new ArrayBuffer(2), new DataView(new ArrayBuffer(3)), new Uint16Array(2), 5, null, {}]) await show(w.write(v), 'write ' + Object.prototype.toString.call(v)); s.close(); }
{ const s = connect(TCP); const r = s.readable.getReader({ mode: 'byob' }); const w = s.writable.getWriter(); await w.write(enc('abcdef'));
  const { value } = await r.read(new Uint8Array(4)); console.log('byob', value.length, dec(value)); s.close(); }
{ const s = connect(TCP); try { s.startTls(); console.log('startTls on off returned'); } catch (e) { console.log('startTls off', e.constructor.name, e.message); } s.close();
  try { s.startTls(); } catch (e) { console.log('startTls after close', e.constructor.name, e.message); } }
{ const s = connect(TCP, { secureTransport: 'starttls' }); await s.opened; const t = s.startTls();
  console.log('startTls', Object.prototype.toString.call(t), t.secureTransport, t.upgraded, s.upgraded, s.secureTransport, s.readable.locked, s.writable.locked);
  try { s.startTls(); console.log('second startTls returned'); } catch (e) { console.log('second startTls', e.constructor.name, e.message); }
  try { t.startTls(); } catch (e) { console.log('startTls on tls', e.constructor.name, e.message); }
  t.opened.catch(() => {}); t.close(); }
{ const s = connect(TCP); console.log(s); s.close(); }
