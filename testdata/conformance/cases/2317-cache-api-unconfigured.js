// The Cache API without a configured cache, as workerd test has it: shapes, workerd's argument checks in its order, 'No Cache was configured', the unimplemented methods, the order in which the rejections arrive.
console.log(typeof caches.default, Object.prototype.toString.call(caches), Object.prototype.toString.call(caches.default));
const c = await caches.open('mine');
console.log(Object.prototype.toString.call(c), c === caches.default);
try { await caches.default.put('http://x/a', new Response('hi', { headers: { 'cache-control': 'max-age=60' } })); console.log('put ok'); } catch (e) { console.log('put', e.constructor.name, e.message); }
try { const r = await caches.default.match('http://x/a'); console.log('match', r === undefined ? 'undefined' : await r.text()); } catch (e) { console.log('match', e.constructor.name, e.message); }
try { console.log('delete', await caches.default.delete('http://x/a')); } catch (e) { console.log('delete', e.constructor.name, e.message); }
try { await caches.default.put(new Request('http://x/b', { method: 'POST' }), new Response('x')); } catch (e) { console.log('post', e.constructor.name, e.message); }
try { await caches.default.put('http://x/c', new Response('x', { status: 206 })); } catch (e) { console.log('206', e.constructor.name, e.message); }
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(caches.default)).join(), Object.getOwnPropertyNames(Object.getPrototypeOf(caches)).join());
const d = caches.default;
const show2 = async (k, f) => { try { const v = await f(); console.log(k, 'ok', v === undefined ? 'undefined' : Object.prototype.toString.call(v), typeof v === 'boolean' ? v : ''); } catch (e) { console.log(k, e.constructor.name, JSON.stringify(e.message)); } };

await show2('new Cache', () => new Cache());
await show2('new CacheStorage', () => new CacheStorage());
await show2('open no arg', () => caches.open());
await show2('open num', () => caches.open(5));
await show2('open long', () => caches.open('x'.repeat(2000)));
await show2('storage.match', () => caches.match('http://x/'));
await show2('storage.has', () => caches.has('x'));
await show2('storage.delete', () => caches.delete('x'));
await show2('storage.keys', () => caches.keys());
await show2('add', () => d.add('http://x/'));
await show2('addAll', () => d.addAll(['http://x/']));
await show2('matchAll', () => d.matchAll());
await show2('keys', () => d.keys());
await show2('match post', () => d.match(new Request('http://x/', { method: 'POST' })));
await show2('match ignoreMethod', () => d.match(new Request('http://x/', { method: 'POST' }), { ignoreMethod: true }));
await show2('match bad url', () => d.match('not a url'));
await show2('match no arg', () => d.match());
await show2('put no args', () => d.put());
await show2('put no resp', () => d.put('http://x/'));
await show2('put not resp', () => d.put('http://x/', 'str'));
await show2('put vary', () => d.put('http://x/', new Response('x', { headers: { vary: '*' } })));
await show2('put 101?', () => d.put('http://x/', new Response(null, { status: 204 })));
await show2('put used', async () => { const r = new Response('x'); await r.text(); return d.put('http://x/', r); });
await show2('put bad url', () => d.put('ftp://x/', new Response('x')));
await show2('put rel url', () => d.put('/rel', new Response('x')));
await show2('delete post', () => d.delete(new Request('http://x/', { method: 'POST' })));
await show2('delete bad', () => d.delete('nope'));
console.log(Cache.name, Cache.length, CacheStorage.name, typeof d.put, d.put.length, d.match.length, caches.open.length, String(d.put));

const t = (k, f) => { try { const p = f(); console.log(k, 'returned', p instanceof Promise); p.catch((e) => console.log(k, 'rejected', e.message)); } catch (e) { console.log(k, 'threw', e.message); } };
t('put none', () => d.put());
t('put used', () => { const r = new Response('x'); r.body.getReader(); return d.put('http://x/', r); });
t('match none', () => d.match());
t('match bad', () => d.match('nope'));
t('open none', () => caches.open());
t('add', () => d.add('http://x/'));
t('storage.match', () => caches.match('http://x/'));
t('put vary', () => d.put('http://x/', new Response('x', { headers: { vary: 'Accept, *' } })));
t('put post', () => d.put(new Request('http://x/', { method: 'POST' }), new Response('x')));
t('put head', () => d.put(new Request('http://x/', { method: 'HEAD' }), new Response('x')));
t('match head', () => d.match(new Request('http://x/', { method: 'HEAD' })));
t('delete head', () => d.delete(new Request('http://x/', { method: 'HEAD' })));
await new Promise((r) => setTimeout(r, 5));
await caches.default.put('http://x/', new Response(null, { status: 304 })).then(() => console.log('put 304 resolved'));
const r = new Response('abc'); await caches.default.put('http://x/', r).catch((e) => console.log(e.message)); console.log('bodyUsed', r.bodyUsed);
