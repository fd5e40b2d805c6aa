// config: date=2022-11-29 flags=
// Before 2022-11-30 (streams_enable_constructors, transformstream_enable_standard_constructor): new ReadableStream() and new WritableStream() throw workerd's Error, the controllers are not globals, and a TransformStream is an identity byte stream that ignores its transformer (with a warning, once).
const t = async (n, f) => { try { console.log(n, String(await f())); } catch (e) { console.log(n, e.constructor.name + ': ' + e.message); } };
await t('readable', () => new ReadableStream({ start(c) { c.enqueue(1); } }));
await t('readable bare', () => new ReadableStream());
await t('writable', () => new WritableStream());
await t('error class', () => { try { new WritableStream(); } catch (e) { return e.constructor === Error; } });
await t('subclass', () => { class R extends ReadableStream {} return new R(); });
await t('call', () => ReadableStream());
await t('controllers', () => ['ReadableStreamBYOBRequest', 'ReadableStreamDefaultController', 'ReadableByteStreamController', 'WritableStreamDefaultController', 'TransformStreamDefaultController'].map(n => typeof globalThis[n]).join());
await t('readers', () => [typeof ReadableStreamDefaultReader, typeof ReadableStreamBYOBReader, typeof WritableStreamDefaultWriter, typeof ReadableStream.from].join());
await t('transform shape', () => { const ts = new TransformStream(); return [Object.getPrototypeOf(ts) === TransformStream.prototype, ts instanceof IdentityTransformStream, ts.constructor.name].join(); });
await t('transform ignored', async () => {
  const ts = new TransformStream({ transform(c, ctl) { ctl.enqueue('never'); } });
  const w = ts.writable.getWriter();
  w.write(new TextEncoder().encode('ab'));
  w.close();
  const r = ts.readable.getReader();
  const x = await r.read();
  return Object.prototype.toString.call(x.value) + ' ' + new TextDecoder().decode(x.value) + ' ' + (await r.read()).done;
});
await t('second transformer', () => { new TransformStream({}); return 'no second warning'; });
await t('string chunk', async () => { const ts = new TransformStream(); const w = ts.writable.getWriter(); w.write('str'); w.close(); return new TextDecoder().decode((await ts.readable.getReader().read()).value); });
await t('object chunk', async () => { const ts = new TransformStream(); const w = ts.writable.getWriter(); return await w.write({}); });
await t('response body', async () => await new Response('hi').text());
await t('response stream', async () => { const r = new Response('abc').body.getReader(); return JSON.stringify(await r.read()); });
await t('identity', () => Object.getPrototypeOf(new IdentityTransformStream()) === IdentityTransformStream.prototype);
