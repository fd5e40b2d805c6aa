// config: date=2026-11-17 flags=
// The Fetch API as workerd 2026-12-01 has it: the redirect message (any value but follow/manual, in any ASCII case), formData() reads the body before it asks for a Content-Type, text() on application/x-www-form-urlencoded warns no more.
for (const r of ['error', 'foo', 'FOLLOW', '', 'manual']) { try { console.log(r, new Request('http://a/', {redirect: r}).redirect); } catch (e) { console.log(r, e.constructor.name, e.message); } }
for (const [k, v] of [['redirect', 'Manual'], ['cache', 'NO-STORE'], ['method', 'get'], ['mode', 'CORS'], ['credentials', 'Include']]) { try { const r = new Request('http://a/', {[k]: v}); console.log(k, r[k]); } catch (e) { console.log(k, e.constructor.name, e.message); } }
try { console.log((await fetch('http://a/', {redirect: 'FOO'})).status); } catch (e) { console.log('fetch', e.message); }
async function t(l, f) { try { const r = await f(); console.log(l, 'ok', JSON.stringify(r && [...r])); } catch (e) { console.log(l, e.constructor.name + ': ' + e.message); } }
const rs = (chunks, err) => new ReadableStream({ start(c) { for (const x of chunks) c.enqueue(new TextEncoder().encode(x)); if (err) c.error(err); else c.close(); } });
await t('stream ok', () => new Response(rs(['a=1'])).formData());
await t('stream err', () => new Response(rs(['a=1'], new Error('E'))).formData());
await t('bytes', () => new Response(new Uint8Array([97, 61, 49])).formData());
await t('null', () => new Response(null).formData());
await t('empty', () => new Response('').formData());
await t('string', () => new Response('a=1').formData());
await t('string ct removed', () => { const r = new Response('a=1'); r.headers.delete('content-type'); return r.formData(); });
await t('req stream', () => new Request('http://a/', {method: 'POST', body: rs(['a=1'])}).formData());
await t('req stream err', () => new Request('http://a/', {method: 'POST', body: rs([], new Error('E2'))}).formData());
await t('req none', () => new Request('http://a/').formData());
await t('bad ct stream err', () => new Response(rs([], new Error('E3')), {headers: {'content-type': 'text/plain'}}).formData());
await t('used', async () => { const r = new Response(rs(['a=1'])); await r.text(); return r.formData(); });
const r = new Response(rs(['a=1'])); try { await r.formData(); } catch (e) { console.log('after', e.message, r.bodyUsed); }
await t('mp no boundary', () => new Response('x', {headers: {'content-type': 'multipart/form-data'}}).formData());
await t('mp no boundary err', () => new Response(rs([], new Error('E4')), {headers: {'content-type': 'multipart/form-data'}}).formData());
for (const ct of ['application/x-www-form-urlencoded', 'APPLICATION/X-WWW-FORM-URLENCODED; a=b', 'multipart/form-data; boundary=x', 'application/json', 'application/ld+json', 'application/xml', 'image/svg+xml', 'application/javascript', 'text/x', 'application/x-www-form-urlencodedx', 'application/octet-stream', 'application/ecmascript', 'application/x-javascript', 'message/rfc822', 'application/xhtml+xml', 'application/manifest+json', 'application/x-www-form-urlencoded;charset=latin1'])
  { console.log(ct); await new Response('x', {headers: {'content-type': ct}}).text(); }
