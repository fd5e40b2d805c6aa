// config: date=2026-11-23 flags=nodejs_compat
// Dictionaries (zlib and raw, Sync and stream, Buffer, typed array and ArrayBuffer), info: true results, _processChunk, bytesWritten and _closed of the engine.
const z = await import('node:zlib');
const dict = Buffer.from('the dictionary of common words: hello world compression');
const text = 'hello world, hello compression, common words';
const dd = z.deflateSync(text, { dictionary: dict });
console.log(z.inflateSync(dd, { dictionary: dict }).toString());
console.log(z.inflateSync(dd, { dictionary: new Uint8Array(dict) }).toString(), z.inflateSync(dd, { dictionary: dict.buffer.slice(dict.byteOffset, dict.byteOffset + dict.length) }).toString());
console.log(z.inflateRawSync(z.deflateRawSync(text, { dictionary: dict }), { dictionary: dict }).toString());
console.log(dd.subarray(0, 2).toString('hex'), dd.readUInt32BE(2) === Buffer.from('0d0c1495', 'hex').readUInt32BE(0) || dd.readUInt32BE(2));
const s = z.createDeflate({ dictionary: dict });
const i = z.createInflate({ dictionary: dict });
s.pipe(i);
const got = [];
i.on('data', (c) => got.push(String(c)));
s.write('hello world ');
await new Promise((r) => s.flush(z.constants.Z_FULL_FLUSH, r));
s.end('common words after a full flush');
await new Promise((r) => i.on('end', r));
console.log(got.join(''));
const missing = z.createInflate();
missing.on('error', (e) => console.log('stream', e.code, e.errno, e.message));
missing.end(dd);
await new Promise((r) => setTimeout(r, 5));
const r1 = z.deflateSync(text, { info: true });
console.log(Object.keys(r1).join(), r1.engine.constructor.name, r1.engine.bytesWritten, r1.engine._closed, z.inflateSync(r1.buffer).toString() === text);
const r2 = z.inflateSync(Buffer.from('789ccb48cdc9c957c8402701680308b1', 'hex'), { info: true });
console.log(r2.buffer.toString(), r2.engine.constructor.name, r2.engine.bytesWritten, r2.engine.bytesRead);
const r3 = z.gunzipSync(z.gzipSync('gz info'), { info: true });
console.log(r3.buffer.toString(), r3.engine.constructor.name);
const r4 = z.brotliDecompressSync(z.brotliCompressSync('br info'), { info: true });
console.log(r4.buffer.toString(), r4.engine.constructor.name);
const eng = z.createInflate();
console.log(eng._processChunk(Buffer.from('789ccb48cdc9c957c8402701680308b1', 'hex'), z.constants.Z_FINISH).toString(), eng._closed, eng.bytesWritten);
try { z.inflateSync(Buffer.from('bad'), { info: true }); } catch (e) { console.log('info error', e.constructor.name, e.code, e.errno, e.message); }
