    // A buffered body's stream delivers 4096-byte chunks (a BYOB read fills its view), as Blob.stream() does.
    const t = async (label, f) => { try { console.log(label, String(await f())); } catch (e) { console.log(label, e.constructor.name + ": " + e.message); } };
    const chunks = async (rs) => { const r = rs.getReader(); const out = []; for (;;) { const { value, done } = await r.read(); if (done) break; out.push(value.length); } return out.join(','); };
    await t('resp 100k', () => chunks(new Response('x'.repeat(100000)).body));
    await t('resp 70k u8', () => chunks(new Response(new Uint8Array(70000)).body));
    await t('blob 100k', () => chunks(new Blob(['x'.repeat(100000)]).stream()));
    await t('blob parts', () => chunks(new Blob(['a', 'b', new Uint8Array(3)]).stream()));
    await t('resp blob 100k', () => chunks(new Response(new Blob(['x'.repeat(100000)])).body));
    await t('resp fd', async () => (await chunks(new Response((() => { const f = new FormData(); f.append('a', 'x'.repeat(70000)); return f; })()).body)).split(',').length);
    await t('byob 100k', async () => { const r = new Response('x'.repeat(100000)).body.getReader({ mode: 'byob' }); const out = []; for (;;) { const { value, done } = await r.read(new Uint8Array(50000)); if (done) break; out.push(value.length); } return out.join(','); });
    await t('tee chunks', async () => { const [a, b] = new Response('x'.repeat(100000)).body.tee(); return (await chunks(a)) + ' | ' + (await chunks(b)); });
