// config: date=2026-11-17 flags=
// Headers' names converted as strings (a Symbol throws, in every method and in a sequence init), and a survey of Request, Response, Headers and FormData argument errors at workerd 2026-12-01.
async function t(l, f) { try { const r = await f(); console.log(l, 'ok', JSON.stringify(r)); } catch (e) { console.log(l, e.constructor.name + ': ' + e.message); } }
const h = new Headers();
await t('append sym name', () => h.append(Symbol(), 'x'));
await t('append sym value', () => h.append('a', Symbol()));
await t('set sym name', () => h.set(Symbol(), 'x'));
await t('set sym value', () => h.set('a', Symbol()));
await t('get sym', () => h.get(Symbol()));
await t('has sym', () => h.has(Symbol()));
await t('delete sym', () => h.delete(Symbol()));
await t('init sym', () => new Headers({a: Symbol()}));
await t('init pair sym', () => new Headers([[Symbol(), 'x']]));
await t('append obj', () => { h.append({toString() { return 'k'; }}, {toString() { return 'v'; }}); return h.get('k'); });
await t('append 1 arg', () => h.append('a'));
await t('append 0 arg', () => h.append());
{
async function t2(l, f) { try { const r = await f(); console.log(l, 'ok', typeof r === 'object' && r !== null && !Array.isArray(r) ? Object.prototype.toString.call(r) : JSON.stringify(r)); } catch (e) { console.log(l, e.constructor.name + ': ' + e.message); } }
await t2('req no url', () => new Request());
await t2('req bad url', () => new Request('x'));
await t2('req method', () => new Request('http://a/', {method: 'FOO BAR'}));
await t2('req method connect', () => new Request('http://a/', {method: 'CONNECT'}));
await t2('req mode', () => new Request('http://a/', {mode: 'no-cors'}).mode);
await t2('req credentials', () => new Request('http://a/', {credentials: 'omit'}).credentials);
await t2('req signal bad', () => new Request('http://a/', {signal: 5}));
await t2('req body obj', async () => new Request('http://a/', {method: 'POST', body: {}}).text());
await t2('req duplex', () => new Request('http://a/', {method: 'POST', body: new ReadableStream(), duplex: 'foo'}));
await t2('req priority', () => new Request('http://a/', {priority: 'high'}));
await t2('req referrer', () => new Request('http://a/', {referrer: 'http://b/'}).referrer);
await t2('req keepalive', () => new Request('http://a/', {keepalive: true}).keepalive);
await t2('req cache no-cache', () => new Request('http://a/', {cache: 'no-cache'}).cache);
await t2('res status 99', () => new Response('', {status: 99}));
await t2('res status 600', () => new Response('', {status: 600}));
await t2('res status 204 body', () => new Response('x', {status: 204}));
await t2('res statusText bad', () => new Response('', {statusText: '\n'}));
await t2('res redirect bad', () => Response.redirect('http://a/', 200));
await t2('res redirect rel', () => Response.redirect('/x'));
await t2('res json bad', () => Response.json(1n));
await t2('res error', () => Response.error().type);
await t2('res clone used', async () => { const r = new Response('x'); await r.text(); return r.clone(); });
await t2('headers bad name', () => new Headers({'a b': 'c'}));
await t2('headers bad value', () => new Headers({'a': 'c\n'}));
await t2('headers seq', () => new Headers([['a']]));
await t2('headers getSetCookie', () => new Headers([['set-cookie', 'a'], ['set-cookie', 'b']]).getSetCookie());
await t2('headers append sym', () => new Headers().append(Symbol(), 'x'));
await t2('formdata append blob name', () => { const f = new FormData(); f.append('a', new Blob(['x'])); return f.get('a').name; });
await t2('formdata append blob type', () => { const f = new FormData(); f.append('a', new Blob(['x'])); return [f.get('a').type, f.get('a') instanceof File, f.get('a').lastModified > 0]; });
await t2('formdata append file name', () => { const f = new FormData(); f.append('a', new File(['x'], 'n.txt', {type: 'text/x'}), 'other'); return [f.get('a').name, f.get('a').type]; });
await t2('formdata append 2 args str', () => { const f = new FormData(); f.append('a', 'x', 'fn'); return f.get('a'); });
await t2('formdata set blob', () => { const f = new FormData(); f.set('a', new Blob(['x'], {type: 'A/B'})); return [f.get('a').name, f.get('a').type]; });
await t2('formdata roundtrip blob', async () => { const f = new FormData(); f.append('a', new Blob(['x'])); const r = new Response(f); const ct = r.headers.get('content-type'); const txt = new TextDecoder().decode(await r.arrayBuffer()); return txt.replace(/-+[0-9a-zA-Z]+/g, 'B').replace(/\r\n/g, '|'); });
await t2('formdata roundtrip typed', async () => { const f = new FormData(); f.append('a', new Blob(['x'], {type: 'text/q'})); const r = new Response(f); const txt = new TextDecoder().decode(await r.arrayBuffer()); return txt.replace(/-+[0-9a-zA-Z]+/g, 'B').replace(/\r\n/g, '|'); });
await t2('formdata parse file no type', async () => { const fd = await new Response('--B\r\nContent-Disposition: form-data; name="x"; filename="f"\r\n\r\nval\r\n--B--\r\n', { headers: { 'content-type': 'multipart/form-data; boundary=B' } }).formData(); const v = fd.get('x'); return [typeof v, v.name, v.type, v.size]; });
await t2('formdata parse no name', async () => { const fd = await new Response('--B\r\nContent-Disposition: form-data\r\n\r\nval\r\n--B--\r\n', { headers: { 'content-type': 'multipart/form-data; boundary=B' } }).formData(); return [...fd]; });
await t2('body blob type', async () => (await new Response('x', {headers: {'content-type': 'Text/Plain;A=B'}}).blob()).type);
await t2('body json bad', async () => new Response('{').json());
await t2('body arrayBuffer used', async () => { const r = new Response('x'); r.body.getReader(); return r.arrayBuffer(); });
}
