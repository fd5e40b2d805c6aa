    // Missing and wrong arguments and this values across Headers, FormData, URLSearchParams, URL, encoding,
    // crypto; global functions (fetch, reportError) refuse a this that is not the global.
    const t = async (label, f) => { try { console.log(label, String(await f())); } catch (e) { console.log(label, e.constructor.name + ": " + e.message); } };
    const h = new Headers(), fd = new FormData(), sp = new URLSearchParams(), u = new URL('http://a/');
    for (const m of ['append', 'delete', 'get', 'getAll', 'has', 'set', 'forEach']) { await t('Headers.' + m + '()', () => h[m]()); await t('Headers.' + m + '(1 arg)', () => h[m]('a')); }
    for (const m of ['append', 'delete', 'get', 'getAll', 'has', 'set', 'forEach']) { await t('FormData.' + m + '()', () => fd[m]()); await t('FormData.' + m + '(1 arg)', () => fd[m]('a')); }
    for (const m of ['append', 'delete', 'get', 'getAll', 'has', 'set', 'forEach']) { await t('USP.' + m + '()', () => sp[m]()); await t('USP.' + m + '(1 arg)', () => sp[m]('a')); }
    await t('forEach null', () => h.forEach(null));
    await t('fd forEach null', () => fd.forEach(null));
    await t('sp forEach null', () => sp.forEach(null));
    await t('fd append blob with filename undefined', () => { fd.append('b', new Blob(['x']), undefined); return fd.get('b').name; });
    await t('fd set 3 args string', () => { fd.set('c', 'v', 'name'); return fd.get('c'); });
    await t('fd append obj as blob-like', () => { fd.append('d', { size: 1, type: 'x' }); return fd.get('d'); });
    await t('fd append File subclass', () => { class F extends File {} fd.append('e', new F(['x'], 'f')); return fd.get('e').constructor.name; });
    await t('new Blob().slice.call', () => Blob.prototype.slice.call(new File([], 'x')).constructor.name);
    await t('URL.canParse()', () => URL.canParse());
    await t('URL.parse()', () => URL.parse());
    await t('URL.createObjectURL(blob)', () => URL.createObjectURL(new Blob()));
    await t('URL.revokeObjectURL()', () => URL.revokeObjectURL());
    await t('url toJSON this', () => URL.prototype.toJSON.call({}));
    await t('url toString this', () => URL.prototype.toString.call({}));
    await t('Request.clone this', () => Request.prototype.clone.call(new Response()));
    await t('Headers.prototype.get.call(resp)', () => Headers.prototype.get.call(new Response(), 'a'));
    await t('TextEncoder.prototype.encode.call(null)', () => TextEncoder.prototype.encode.call(null, 'a'));
    await t('TextDecoder decode this', () => TextDecoder.prototype.decode.call(new TextEncoder()));
    await t('encoding getter this', () => Object.getOwnPropertyDescriptor(TextEncoder.prototype, 'encoding').get.call({}));
    await t('crypto.getRandomValues.call(crypto.subtle)', () => crypto.getRandomValues.call(crypto.subtle, new Uint8Array(1)));
    await t('subtle.digest 3 args', async () => (await crypto.subtle.digest('SHA-1', new Uint8Array(), 5)).byteLength);
    await t('digest alg obj getter throws', () => crypto.subtle.digest({ get name() { throw new Error('g'); } }, new Uint8Array()));
    await t('digest alg obj name num', async () => crypto.subtle.digest({ name: 1 }, new Uint8Array()));
    await t('digest lower', async () => (await crypto.subtle.digest('sha-256', new Uint8Array())).byteLength);
    await t('digest sha-224', async () => crypto.subtle.digest('SHA-224', new Uint8Array()));
    await t('digest length', () => [crypto.subtle.digest.length, crypto.getRandomValues.length, crypto.randomUUID.length].join());
    for (const [n, fn, args] of [['fetch', fetch, ['ftp://x']]]) {
      for (const [tn, th] of [['{}', {}], ['undefined', undefined], ['null', null], ['globalThis', globalThis], ['1', 1], ['crypto', crypto]]) await t(n + '.call(' + tn + ')', async () => { const r = fn.apply(th, args); if (r instanceof Promise) return r.then(() => 'resolved', (e) => 'rejected ' + e.message); return r; });
    }
    await t('fetch.call({}) sync', () => { try { fetch.call({}, 'http://a/'); return 'no throw'; } catch (e) { return 'sync ' + e.name; } });
    await t('reportError.call({})', () => reportError.call({}, 1));
    await t('reportError.call(1)', () => reportError.call(1, 1));
    await t('URL.revokeObjectURL()', () => URL.revokeObjectURL());
    await t('URL.createObjectURL()', () => URL.createObjectURL());
    await t('URL.createObjectURL(1)', () => URL.createObjectURL(1));
