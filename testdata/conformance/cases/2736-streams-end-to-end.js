// config: date=2026-11-23
// Streams end to end: readers, async iteration, tee, cancel, errors, locks, pipes, writers,
// aborts, BYOB reads, controller misuse, queuing strategies, ReadableStream.from, flush,
// compression and the text coding streams, as workerd 2026-12-01 runs them.
const out = [];
const t = async (label, f) => { try { const r = await f(); out.push(label + ' ' + JSON.stringify(r)); } catch (e) { out.push(label + ' ' + (e && e.constructor && e.constructor.name) + ': ' + (e && e.message)); } };
const rs = (chunks, opts) => new ReadableStream({ start(c) { for (const x of chunks) c.enqueue(x); c.close(); } }, opts);
await t('read all', async () => { const r = rs([1, 2]).getReader(); const a = []; for (;;) { const { done, value } = await r.read(); if (done) break; a.push(value); } return a; });
await t('async iter', async () => { const a = []; for await (const x of rs(['a', 'b'])) a.push(x); return a; });
await t('tee', async () => { const [a, b] = rs([1]).tee(); return [(await a.getReader().read()).value, (await b.getReader().read()).value]; });
await t('cancel reason', async () => { let got; const s = new ReadableStream({ cancel(r) { got = r; } }); await s.cancel('why'); return got; });
await t('error then read', async () => { const s = new ReadableStream({ start(c) { c.error(new TypeError('boom')); } }); return s.getReader().read(); });
await t('locked', () => { const s = rs([]); s.getReader(); return s.locked; });
await t('releaseLock then getReader', () => { const s = rs([]); s.getReader().releaseLock(); s.getReader(); return s.locked; });
await t('pipeTo', async () => { const got = []; await rs([1, 2]).pipeTo(new WritableStream({ write(c) { got.push(c); } })); return got; });
await t('pipeThrough', async () => { const ts = new TransformStream({ transform(c, ctl) { ctl.enqueue(c * 2); } }); const r = rs([1, 2]).pipeThrough(ts).getReader(); return [(await r.read()).value, (await r.read()).value, (await r.read()).done]; });
await t('writer ready/desiredSize', async () => { const w = new WritableStream({}, { highWaterMark: 2 }).getWriter(); return [w.desiredSize, typeof (await w.ready)]; });
await t('writer close twice', async () => { const w = new WritableStream().getWriter(); await w.close(); return w.close(); });
await t('abort writable', async () => { let got; const w = new WritableStream({ abort(r) { got = r; } }); await w.abort('x'); return got; });
await t('write after abort', async () => { const w = new WritableStream().getWriter(); await w.abort('x'); return w.write(1); });
await t('byob read', async () => { const s = new ReadableStream({ type: 'bytes', pull(c) { c.enqueue(new Uint8Array([1, 2, 3])); c.close(); } }); const r = s.getReader({ mode: 'byob' }); const { value } = await r.read(new Uint8Array(2)); return Array.from(value); });
await t('byob zero view', async () => { const s = new ReadableStream({ type: 'bytes' }); return s.getReader({ mode: 'byob' }).read(new Uint8Array(0)); });
await t('enqueue after close', () => { let ctl; new ReadableStream({ start(c) { ctl = c; } }); ctl.close(); ctl.enqueue(1); });
await t('close twice', () => { let ctl; new ReadableStream({ start(c) { ctl = c; } }); ctl.close(); ctl.close(); });
await t('hwm size', async () => { let ctl; new ReadableStream({ start(c) { ctl = c; } }, { highWaterMark: 3, size: (x) => x.length }); ctl.enqueue('ab'); return ctl.desiredSize; });
await t('CountQueuingStrategy', () => { const q = new CountQueuingStrategy({ highWaterMark: 4 }); return [q.highWaterMark, q.size(), q.size.length]; });
await t('ByteLength', () => { const q = new ByteLengthQueuingStrategy({ highWaterMark: 4 }); return [q.highWaterMark, q.size(new Uint8Array(5))]; });
await t('from iterable', async () => { if (!ReadableStream.from) return 'none'; const a = []; for await (const x of ReadableStream.from([1, 2])) a.push(x); return a; });
await t('transform flush', async () => { const ts = new TransformStream({ flush(c) { c.enqueue('end'); } }); const w = ts.writable.getWriter(); w.close(); return (await ts.readable.getReader().read()).value; });
await t('compression roundtrip', async () => { const c = rs([new TextEncoder().encode('hello')]).pipeThrough(new CompressionStream('gzip')).pipeThrough(new DecompressionStream('gzip')); return new Response(c).text(); });
await t('text decoder stream', async () => { const d = rs([new Uint8Array([0xe2, 0x82]), new Uint8Array([0xac])]).pipeThrough(new TextDecoderStream()); return new Response(d.pipeThrough(new TextEncoderStream())).text(); });
console.log(out.join('\n'));
