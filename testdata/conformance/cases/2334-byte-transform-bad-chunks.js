// config: date=2026-01-01 flags=
// The byte transforms (IdentityTransformStream, FixedLengthStream, CompressionStream, DecompressionStream) refuse a chunk that is not bytes, a string or undefined at once, and the stream goes on; a decompression stream fails on a bad gzip or zlib header as soon as it has two bytes.
const later = (p) => Promise.race([p.then(v => 'ok ' + v, e => 'err ' + e.constructor.name + ': ' + e.message.slice(0, 40)), new Promise(r => setTimeout(() => r('pending'), 20))]);
const kinds = [['identity', () => new IdentityTransformStream()], ['fixed', () => new FixedLengthStream(64)], ['gzip', () => new CompressionStream('gzip')], ['gunzip', () => new DecompressionStream('gzip')], ['inflate-raw', () => new DecompressionStream('deflate-raw')]];
for (const [name, mk] of kinds) {
  const out = [];
  for (const [cn, c] of [['null', null], ['undefined', undefined], ['number', 1], ['boolean', true], ['string', 'ab'], ['array', [1]], ['object', {}], ['ArrayBuffer', new ArrayBuffer(1)], ['DataView', new DataView(new ArrayBuffer(1))], ['symbol', Symbol()]]) {
    const ts = mk(); const w = ts.writable.getWriter();
    const r = ts.readable.getReader(); r.read().catch(() => {});
    out.push(cn + ': ' + await later(w.write(c)));
  }
  console.log(name + '\n  ' + out.join('\n  '));
}
for (const [name, mk] of kinds.slice(0, 3)) {
  const ts = mk(); const w = ts.writable.getWriter();
  console.log(name, 'bad', await later(w.write({})));
  console.log(name, 'closed', await later(w.closed.then(() => 'closed', e => e.message)), 'desiredSize', w.desiredSize);
  const p = w.write(new Uint8Array([1, 2]));
  console.log(name, 'read after', await later(ts.readable.getReader().read().then(v => v.value.length)));
  console.log(name, 'write after', await later(p));
}
for (const fmt of ['gzip', 'deflate', 'deflate-raw']) {
  const out = [];
  for (const bytes of [[0x61], [0x61, 0x62], [0x1f], [0x1f, 0x8b], [0x78, 0x9c], [0x78, 0x01], [0x78, 0x00], [0x08, 0x1d], [0x88, 0x1d]]) {
    const ds = new DecompressionStream(fmt); const w = ds.writable.getWriter(); const r = ds.readable.getReader(); r.read().catch(() => {});
    out.push(bytes.map(b => b.toString(16)).join(' ') + ': ' + await later(w.write(new Uint8Array(bytes))));
  }
  console.log(fmt + '\n  ' + out.join('\n  '));
}
{
  const ds = new DecompressionStream('gzip'); const w = ds.writable.getWriter(); const r = ds.readable.getReader(); const rp = later(r.read());
  await w.write(new Uint8Array([0x1f]));
  console.log('split header', await later(w.write(new Uint8Array([0x8c]))), await rp);
}
