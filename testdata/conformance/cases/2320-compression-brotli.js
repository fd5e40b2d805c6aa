// CompressionStream and DecompressionStream take 'brotli' (at every date, as workerd 2026-11-23): a round trip, workerd's errors for truncated, garbage and trailing input, the format message.
for (const f of ['gzip', 'deflate', 'deflate-raw', 'brotli', 'zstd', 'br']) { try { new CompressionStream(f); console.log('C', f, 'ok'); } catch (e) { console.log('C', f, e.constructor.name, e.message); } try { new DecompressionStream(f); console.log('D', f, 'ok'); } catch (e) { console.log('D', f, e.constructor.name, e.message); } }
const data = new TextEncoder().encode('hello '.repeat(100));
const round = async (f) => { const c = new Response(new Blob([data]).stream().pipeThrough(new CompressionStream(f))); const comp = new Uint8Array(await c.arrayBuffer()); const d = await new Response(new Blob([comp]).stream().pipeThrough(new DecompressionStream(f))).text(); return [comp.length < data.length, d.length]; };
for (const f of ['gzip', 'deflate', 'deflate-raw']) console.log(f, await round(f));
const data2 = new TextEncoder().encode('hello brotli '.repeat(200));
const comp2 = new Uint8Array(await new Response(new Blob([data2]).stream().pipeThrough(new CompressionStream('brotli'))).arrayBuffer());
console.log('compressed smaller', comp2.length < data2.length);
const back = await new Response(new Blob([comp2]).stream().pipeThrough(new DecompressionStream('brotli'))).text();
console.log('round trip', back.length, back.slice(0, 13));
const tryD = async (label, bytes) => { try { const t = await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('brotli'))).arrayBuffer(); console.log(label, 'ok', t.byteLength); } catch (e) { console.log(label, e.constructor.name, e.message); } };
await tryD('truncated', comp2.slice(0, comp2.length - 3));
await tryD('garbage', new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]));
await tryD('trailing', new Uint8Array([...comp2, 1, 2, 3]));
await tryD('empty', new Uint8Array([]));
