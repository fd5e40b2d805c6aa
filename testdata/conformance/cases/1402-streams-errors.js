const t = async (name, f) => {
  try { const v = await f(); console.log(name, 'ok', typeof v === 'object' ? JSON.stringify(v) : String(v)); }
  catch (e) { console.log(name, 'ERR', e.constructor.name, e.message); }
};
await t('type', () => new ReadableStream({ type: 'foo' }));
await t('pull type', () => new ReadableStream({ pull: 5 }));
await t('hwm NaN', () => new ReadableStream({}, { highWaterMark: NaN }));
await t('hwm -1', () => new ReadableStream({}, { highWaterMark: -1 }));
await t('size type', () => new ReadableStream({}, { size: 5 }));
await t('locked', () => { const rs = new ReadableStream(); rs.getReader(); rs.getReader(); });
await t('locked cancel', () => { const rs = new ReadableStream(); rs.getReader(); return rs.cancel(); });
await t('released', () => { const r = new ReadableStream().getReader(); r.releaseLock(); return r.read(); });
await t('enqueue closed', () => new ReadableStream({ start(c) { c.close(); c.enqueue(1); } }).getReader().read());
await t('error no arg', () => { let cc; new ReadableStream({ start(c) { cc = c; } }); cc.error(); });
await t('start throws', () => new ReadableStream({ start() { throw new Error('boom'); } }).getReader().read());
await t('size throws', () => { let cc; const rs = new ReadableStream({ start(c) { cc = c; } }, { size() { throw new Error('s'); } }); cc.enqueue(1); return rs.getReader().read(); });
await t('mode', () => new ReadableStream().getReader({ mode: 'x' }));
await t('byob on default', () => new ReadableStream().getReader({ mode: 'byob' }));
await t('byob zero', () => new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' }).read(new Uint8Array(0)));
await t('bytes chunk', () => { let cc; new ReadableStream({ type: 'bytes', start(c) { cc = c; } }); cc.enqueue('x'); });
await t('ws locked', () => { const ws = new WritableStream(); ws.getWriter(); ws.getWriter(); });
await t('ws closed write', () => { const w = new WritableStream().getWriter(); w.close(); return w.write(1); });
await t('ws released', () => { const w = new WritableStream().getWriter(); w.releaseLock(); return w.write(1); });
await t('pipeTo bad', () => new ReadableStream().pipeTo({}));
await t('pipeThrough bad', () => new ReadableStream().pipeThrough({ readable: 1, writable: 2 }));
await t('illegal', () => ReadableStream.prototype.getReader.call({}));
await t('ctor', () => new ReadableStreamDefaultController());
await t('no new', () => WritableStream());
await t('from', () => ReadableStream.from(5));
await t('format', () => new CompressionStream('brotli'));
await t('fixed', () => { const f = new FixedLengthStream(1); const w = f.writable.getWriter(); w.write(new Uint8Array(2)).catch(() => {}); return f.readable.getReader().read(); });
