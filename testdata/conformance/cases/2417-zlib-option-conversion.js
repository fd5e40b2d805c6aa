// config: date=2026-11-23 flags=nodejs_compat
// The one-shot forms read their options as workerd's Options struct: numbers as int32 (NaN is 0), chunkSize and maxOutputLength as uint32 (conversion errors are thrown, even by a callback form), range errors after.
const z = await import('node:zlib');
for (const v of [-1, 'x', NaN, 1.5e10, -0.5, null, '100', 100.7]) {
  try { z.deflateSync('x', { chunkSize: v }); console.log('chunkSize', v, 'ok'); } catch (e) { console.log('chunkSize', v, e.constructor.name, e.code, e.message); }
  try { z.inflateSync(z.deflateSync('x'), { maxOutputLength: v }); console.log('maxOutputLength', v, 'ok'); } catch (e) { console.log('maxOutputLength', v, e.constructor.name, e.code, e.message); }
}
for (const v of [null, 'x', '9', 9.9, -1.5, 2 ** 33, {}]) {
  try { console.log('level', v, z.inflateSync(z.deflateSync('level', { level: v })).toString()); } catch (e) { console.log('level', v, e.constructor.name, e.message); }
}
for (const v of [null, 'x', 2 ** 40]) {
  try { console.log('windowBits', v, z.inflateSync(z.deflateSync('wb', { windowBits: v })).toString()); } catch (e) { console.log('windowBits', v, e.constructor.name, e.message); }
}
for (const f of ['brotliCompress', 'zstdCompress', 'deflate', 'gunzip']) {
  try { z[f]('x', { chunkSize: 1 }, (e) => console.log(f, 'callback', e && e.code, e && e.message)); console.log(f, 'returned'); } catch (e) { console.log(f, 'threw', e.code, e.message); }
  try { z[f]('x', { maxOutputLength: -1 }, (e) => console.log(f, 'callback 2', e && e.code, e && e.message)); } catch (e) { console.log(f, 'threw 2', e.constructor.name, e.message); }
  try { z[f]('x', { flush: 99 }, (e) => console.log(f, 'callback 3', e && e.code, e && e.message)); } catch (e) { console.log(f, 'threw 3', e.code, e.message); }
  try { z[f]('x', { level: 2 ** 40 }, (e) => console.log(f, 'callback 4', e && e.code, e && e.message)); } catch (e) { console.log(f, 'threw 4', e.constructor.name, e.message); }
}
try { z.deflateSync('x', null); } catch (e) { console.log('null options', e.constructor.name); }
await new Promise((r) => setTimeout(r, 5));
