// config: date=2026-11-23 flags=nodejs_compat
// gzip members with FEXTRA, FNAME, FCOMMENT and FHCRC (built by hand), a bad header CRC, reserved flags; unzip and gunzip streams fed one byte at a time.
const z = await import('node:zlib');
const body = z.deflateRawSync('payload with a full gzip header');
function member({ extra, name, comment, hcrc, badHcrc, flags = 0 }) {
  let flg = flags;
  const parts = [];
  if (extra) { flg |= 4; const x = Buffer.alloc(2); x.writeUInt16LE(extra.length); parts.push(x, extra); }
  if (name) { flg |= 8; parts.push(Buffer.from(name + '\0', 'latin1')); }
  if (comment) { flg |= 16; parts.push(Buffer.from(comment + '\0', 'latin1')); }
  if (hcrc) flg |= 2;
  let head = Buffer.concat([Buffer.from([0x1f, 0x8b, 8, flg, 1, 2, 3, 4, 0, 3]), ...parts]);
  if (hcrc) { const c = Buffer.alloc(2); c.writeUInt16LE((z.crc32(head) & 0xffff) ^ (badHcrc ? 1 : 0)); head = Buffer.concat([head, c]); }
  const tail = Buffer.alloc(8);
  tail.writeUInt32LE(z.crc32('payload with a full gzip header'), 0);
  tail.writeUInt32LE(31, 4);
  return Buffer.concat([head, body, tail]);
}
const show = (label, f) => { try { console.log(label, 'ok', f().toString()); } catch (e) { console.log(label, e.code, e.errno, e.message); } };
show('plain', () => z.gunzipSync(member({})));
show('extra', () => z.gunzipSync(member({ extra: Buffer.from('xtra') })));
show('name', () => z.gunzipSync(member({ name: 'file.txt' })));
show('comment', () => z.gunzipSync(member({ comment: 'a comment' })));
show('all', () => z.gunzipSync(member({ extra: Buffer.from('x'), name: 'n', comment: 'c', hcrc: true })));
show('header crc', () => z.gunzipSync(member({ hcrc: true })));
show('bad header crc', () => z.gunzipSync(member({ hcrc: true, badHcrc: true })));
show('reserved flag', () => z.gunzipSync(member({ flags: 0x20 })));
show('unzip all', () => z.unzipSync(member({ name: 'n', hcrc: true })));
const bytewise = async (label, s, data) => {
  let out = '';
  s.on('data', (c) => { out += c; });
  const done = new Promise((resolve) => { s.on('end', () => resolve('end')); s.on('error', (e) => resolve('error ' + e.message)); });
  for (const b of data) s.write(Buffer.from([b]));
  s.end();
  console.log(label, await done, JSON.stringify(out));
};
await bytewise('gunzip bytewise', z.createGunzip(), member({ extra: Buffer.from('x'), name: 'n', comment: 'c', hcrc: true }));
await bytewise('unzip bytewise gzip', z.createUnzip(), member({ name: 'name' }));
await bytewise('unzip bytewise zlib', z.createUnzip(), Buffer.from('789ccb48cdc9c957c8402701680308b1', 'hex'));
await bytewise('inflate bytewise', z.createInflate(), Buffer.from('789ccb48cdc9c957c8402701680308b1', 'hex'));
await bytewise('inflateRaw bytewise', z.createInflateRaw(), Buffer.from('cb48cdc9c957c8402701', 'hex'));
await bytewise('brotli bytewise', z.createBrotliDecompress(), Buffer.from('1b1600f88d946ede445586966c206f214f1ce038', 'hex'));
await bytewise('zstd bytewise', z.createZstdDecompress(), Buffer.from('28b52ffd20176500003068656c6c6f200100994b11', 'hex'));
await bytewise('gunzip bytewise bad', z.createGunzip(), member({ hcrc: true, badHcrc: true }));
