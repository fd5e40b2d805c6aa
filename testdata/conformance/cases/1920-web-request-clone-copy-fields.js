    // Request.clone() and new Request(request): what each keeps (a given signal shared, a default one not).
    const t = async (label, f) => { try { console.log(label, String(await f())); } catch (e) { console.log(label, e.constructor.name + ": " + e.message); } };
    const ac = new AbortController();
    const r = new Request('http://a/x', { method: 'PUT', body: 'b', headers: { h: '1' }, redirect: 'manual', cache: 'no-cache', cf: { c: 1 }, signal: ac.signal });
    const c = r.clone();
    await t('clone fields', () => [c.url, c.method, c.redirect, c.cache, JSON.stringify(c.cf), c.signal === ac.signal, c.signal === r.signal, c.headers === r.headers, c.headers.get('h')].join('|'));
    await t('clone default signal', () => { const q = new Request('http://a/'); const s1 = q.signal; const k = q.clone(); return (k.signal === s1) + ' ' + (q.signal === s1); });
    await t('clone default signal unread', () => { const q = new Request('http://a/'); const k = q.clone(); return (k.signal === q.signal) + ''; });
    await t('new Request(req) default signal', () => { const q = new Request('http://a/'); const s1 = q.signal; const k = new Request(q); return (k.signal === s1) + ''; });
    await t('new Request(req, {signal:null})', () => { const k = new Request(r, { signal: null }); return (k.signal === ac.signal) + ' ' + k.signal.aborted; });
    await t('resp clone fields', () => { const p = new Response(null, { status: 299, statusText: 'S', headers: { a: '1' }, cf: { z: 1 } }); const k = p.clone(); return [k.status, k.statusText, k.headers.get('a'), JSON.stringify(k.cf), k.headers === p.headers, k.type, k.url].join('|'); });
    await t('resp clone immutable headers', () => { const k = Response.redirect('http://a/').clone(); try { k.headers.set('a', 'b'); return 'mutable'; } catch (e) { return e.message; } });
    await t('req headers after body text', async () => { const q = new Request('http://a/', { method: 'POST', body: 'x' }); await q.text(); return q.headers.get('content-type') + ' ' + q.bodyUsed; });
    await t('req url getter of new Request(URL)', () => new Request(new URL('http://a/b?c#d')).url);
    await t('req method case', () => ['get', 'Get', 'gEt', 'options', 'query', 'ban', 'Purge'].map((m) => new Request('http://a/', { method: m }).method).join());
