// config: date=2026-11-23
// caches.default.match/delete with option objects that lack ignoreMethod, holes, null prototypes and throwing getters
for (const b of [undefined, {}, [,], Object.create(null), { ignoreMethod: true }, new Proxy({}, { get() { throw new Error('trap'); } })]) {
  try { const r = await caches.default.match('https://example.com/', b); console.log('ok', r); } catch (e) { console.log('err', e.name, e.message); }
}
try { const r = await caches.default.match(undefined); console.log('ok', r); } catch (e) { console.log('err', e.name, e.message); }
try { const r = caches.default.match(null); r.then(() => {}, (e) => console.log('rej', e.message)); } catch (e) { console.log('threw', e.name, e.message); }
await new Promise((r) => setTimeout(r, 10));
console.log('end');
