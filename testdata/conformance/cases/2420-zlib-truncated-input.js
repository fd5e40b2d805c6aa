// config: date=2026-11-23 flags=nodejs_compat
// A stream cut short: with finishFlush Z_SYNC_FLUSH the Sync forms and streams give what arrived (zlib, gzip, raw), with Z_FINISH a stream gives it before its unexpected end of file.
const z = await import('node:zlib');
const good = Buffer.from('789ccb48cdc9c957c8402701680308b1', 'hex');
const gz = Buffer.from('1f8b0800000000000003cb48cdc9c957c8402701e3513d8d17000000', 'hex');
const show = (label, f) => { try { const r = f(); console.log(label, 'ok', JSON.stringify(r.toString())); } catch (e) { console.log(label, e.code, e.message); } };
show('finishFlush sync, truncated', () => z.inflateSync(good.subarray(0, 8), { finishFlush: z.constants.Z_SYNC_FLUSH }));
show('finishFlush sync, truncated gzip', () => z.gunzipSync(gz.subarray(0, 16), { finishFlush: z.constants.Z_SYNC_FLUSH }));
show('finishFlush sync, header only', () => z.inflateSync(good.subarray(0, 2), { finishFlush: z.constants.Z_SYNC_FLUSH }));
show('finishFlush sync, nothing', () => z.inflateSync(Buffer.alloc(0), { finishFlush: z.constants.Z_SYNC_FLUSH }));
show('finishFlush sync, complete', () => z.inflateSync(good, { finishFlush: z.constants.Z_SYNC_FLUSH }));
show('raw truncated', () => z.inflateRawSync(good.subarray(2, 9), { finishFlush: z.constants.Z_SYNC_FLUSH }));
show('brotli truncated sync', () => z.brotliDecompressSync(z.brotliCompressSync('hello hello hello hello').subarray(0, 9), { finishFlush: z.constants.BROTLI_OPERATION_FLUSH }));
const run = (label, s, chunks) => new Promise((resolve) => {
  const ev = []; let data = '';
  s.on('data', (c) => { data += c; });
  s.on('error', (e) => ev.push('error ' + e.code + ' ' + e.message));
  s.on('end', () => ev.push('end'));
  s.on('close', () => { console.log(label, JSON.stringify(data), ev.join(' | ')); resolve(); });
  for (const c of chunks.slice(0, -1)) s.write(c);
  s.end(chunks[chunks.length - 1]);
});
await run('stream truncated', z.createInflate(), [good.subarray(0, 8)]);
await run('stream truncated finishFlush sync', z.createInflate({ finishFlush: z.constants.Z_SYNC_FLUSH }), [good.subarray(0, 5), good.subarray(5, 9)]);
await run('stream gunzip truncated', z.createGunzip(), [gz.subarray(0, 16)]);
