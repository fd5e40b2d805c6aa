async function readAll(rs) { const r = rs.getReader(); const out = []; for (;;) { const { done, value } = await r.read(); if (done) return out; out.push(typeof value === 'string' ? JSON.stringify(value) : value.constructor.name + ':' + Array.from(value).join(',')); } }
function attempt(f) { try { return JSON.stringify(f()); } catch (e) { return e.constructor.name + ': ' + e.message; } }
console.log(attempt(() => [Object.getPrototypeOf(TextEncoderStream.prototype) === TransformStream.prototype, new TextEncoderStream() instanceof TransformStream, String(new TextDecoderStream()), Reflect.ownKeys(TextDecoderStream.prototype).map(String)]));
console.log(attempt(() => new TextDecoderStream('nope')), attempt(() => TextEncoderStream()));
console.log(attempt(() => [new TextDecoderStream().fatal, new TextDecoderStream('utf-8', {}).fatal, new TextDecoderStream('latin1', { fatal: false, ignoreBOM: 1 }).ignoreBOM, new TextDecoderStream('latin1').encoding]));
const es = new TextEncoderStream(); const w = es.writable.getWriter(); w.write('h\u00e9\ud800'); w.write(5); w.write('\ud83d'); w.write(''); w.write('\ude00'); w.write('\ud83d'); w.close();
console.log((await readAll(es.readable)).join(' | '));
const ds = new TextDecoderStream(); const dw = ds.writable.getWriter(); dw.write(new Uint8Array([0xef, 0xbb, 0xbf, 0xe2, 0x82])); dw.write(new Uint8Array([0xac, 0x41]).buffer); dw.write(new Uint8Array([0xe2])); dw.close();
console.log((await readAll(ds.readable)).join(' | '));
const bad = new TextDecoderStream(); bad.writable.getWriter().write('str').catch((e) => console.log('write', e.constructor.name + ': ' + e.message));
const fatal = new TextDecoderStream('utf-8', { fatal: true }); fatal.writable.getWriter().write(new Uint8Array([0xff])).catch((e) => console.log('fatal', e.constructor.name + ': ' + e.message));
await new Promise((r) => setTimeout(r, 5));
