    // A JS string workerd keeps as bytes (Blob parts, File names, string bodies, FormData entries) is
    // V8's UTF-8 with a lone surrogate encoded as WTF-8 (ED A0 80), read back as three U+FFFD.
    const t = async (label, f) => { try { console.log(label, String(await f())); } catch (e) { console.log(label, e.constructor.name + ": " + e.message); } };
    const hex = (u) => [...new Uint8Array(u)].map((b) => b.toString(16)).join(' ');
    const esc = (s) => JSON.stringify(s).replace(/[^\x20-\x7e]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
    await t('blob size', () => new Blob(['\ud800x']).size);
    await t('blob bytes', async () => hex(await new Blob(['\ud800x\udc00\ud83d\ude00', '\udbff']).arrayBuffer()));
    await t('blob text', async () => esc(await new Blob(['\ud800x']).text()));
    await t('blob split pair', async () => hex(await new Blob(['\ud83d', '\ude00']).arrayBuffer()));
    await t('blob object part', async () => hex(await new Blob([{ toString() { return '\udc00'; } }]).arrayBuffer()));
    await t('resp bytes', async () => hex(await new Response('\ud800x\udc00').arrayBuffer()));
    await t('resp text', async () => esc(await new Response('a\udfffb').text()));
    await t('req bytes', async () => hex(await new Request('http://a/', { method: 'POST', body: '\ud800x' }).arrayBuffer()));
    await t('file bytes', async () => hex(await new File(['\ud800'], 'n').arrayBuffer()));
    await t('file name', () => esc(new File([], 'a\ud800b').name));
    await t('file name pair', () => esc(new File([], '\ud83d\ude00').name));
    await t('fd value', () => { const f = new FormData(); f.append('a', '\udc00'); return esc(f.get('a')); });
    await t('fd name', () => { const f = new FormData(); f.append('\ud800', '1'); return esc([...f.keys()][0]) + ' ' + f.has('\ud800') + ' ' + f.has('\ufffd\ufffd\ufffd'); });
    await t('fd filename', () => { const f = new FormData(); f.append('a', new Blob([]), '\ud800.txt'); return esc(f.get('a').name); });
    await t('fd body', async () => { const f = new FormData(); f.append('\ud800', '\udc00'); const txt = await new Response(f).arrayBuffer(); return hex(txt).includes('ed a0 80') + ' ' + hex(txt).includes('ed b0 80'); });
    await t('params body', async () => hex(await new Response(new URLSearchParams([['\ud800', '1']])).arrayBuffer()));
    await t('json body', async () => hex(await Response.json('\ud800').arrayBuffer()));
    await t('te', () => hex(new TextEncoder().encode('\ud800')));
    await t('url', () => new URL('http://a/\ud800?\udc00#\ud800').href);
    await t('blob type', () => esc(new Blob([], { type: '\ud800' }).type));
