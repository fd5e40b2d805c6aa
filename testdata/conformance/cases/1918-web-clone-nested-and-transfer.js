    // structuredClone and postMessage of Fetch, URL and Blob objects nested in maps, sets and errors, and as transfers.
    const t = async (label, f) => { try { console.log(label, String(await f())); } catch (e) { console.log(label, e.constructor.name + ": " + e.message); } };
    await t('transfer blob', () => structuredClone(new Blob(['x']), { transfer: [new Blob(['x'])] }));
    await t('transfer headers', () => structuredClone(1, { transfer: [new Headers()] }));
    await t('transfer url', () => structuredClone(1, { transfer: [new URL('http://a/')] }));
    await t('transfer request', () => structuredClone(1, { transfer: [new Request('http://a/')] }));
    await t('clone blob in map', async () => { const m = structuredClone(new Map([['b', new Blob(['q'], { type: 'a/b' })]])); return m.get('b').type + await m.get('b').text(); });
    await t('clone headers in map/set', () => { const h = new Headers({ a: '1' }); const c = structuredClone(new Set([h, h])); return c.size + ' ' + [...c][0].get('a'); });
    await t('clone error with headers prop', () => { const e = new Error('x'); e.h = new Headers({ a: '1' }); const c = structuredClone(e); return typeof c.h; });
    await t('clone response in error', () => { const c = structuredClone({ r: Response.error() }); return c.r.type; });
    await t('clone request headers guard', () => { const c = structuredClone(new Request('http://a/', { headers: { 'x-y': 'z' } })); return c.headers.get('x-y'); });
    await t('headers with own symbol', () => { const h = new Headers(); h[Symbol('s')] = 1; return structuredClone(h) instanceof Headers; });
    await t('postMessage formdata', async () => { const mc = new MessageChannel(); try { mc.port1.postMessage(new FormData()); return 'sent'; } catch (e) { return e.name + ': ' + e.message; } finally { mc.port1.close(); } });
    await t('postMessage response', async () => { const mc = new MessageChannel(); const p = new Promise((r) => { mc.port2.onmessage = (e) => r(e.data); }); mc.port1.postMessage(new Response(null, { status: 418 })); const d = await p; mc.port1.close(); return d.status + ' ' + (d instanceof Response); });
    await t('postMessage response body', async () => { const mc = new MessageChannel(); try { mc.port1.postMessage(new Response('x')); return 'sent'; } catch (e) { return e.name + ': ' + e.message; } finally { mc.port1.close(); } });
