    // Immutable Headers (a redirect's): the guard is checked once the arguments are there, before the name or
    // value is validated; copies are mutable.
    const t = async (label, f) => { try { console.log(label, String(await f())); } catch (e) { console.log(label, e.constructor.name + ": " + e.message); } };
    const im = () => Response.redirect('http://a/').headers;
    for (const m of [['set', 'a', 'b'], ['append', 'a', 'b'], ['delete', 'location'], ['delete', 'nope'], ['set', 'a b', 'c'], ['append', 'a', '\n'], ['delete', 'a b']]) await t('immutable ' + m.join(','), () => im()[m[0]](...m.slice(1)));
    await t('copy of immutable mutable', () => { const h = new Headers(im()); h.set('a', 'b'); return h.get('a'); });
    await t('getters on immutable', () => { const h = im(); return [h.get('location'), h.has('location'), [...h.keys()].join()].join('|'); });
    await t('resp from immutable headers', () => { const r = new Response(null, { headers: im() }); r.headers.set('a', 'b'); return r.headers.get('a') + r.headers.get('location'); });
    await t('request headers mutable', () => { const r = new Request('http://a/'); r.headers.append('x', 'y'); return r.headers.get('x'); });
    await t('immutable forEach', () => { const out = []; im().forEach((v, k) => out.push(k + '=' + v)); return out.join(); });
    for (const m of [['append', 'a b', 'c'], ['append', 'a', 'x\ry'], ['set', 'a', 'x\ry'], ['set'], ['set', 'a'], ['append'], ['delete']]) await t('immutable2 ' + m.join(','), () => im()[m[0]](...m.slice(1)));
    for (const m of [['append', 'a b', 'c'], ['set', 'a', 'x\ry'], ['set'], ['set', 'a'], ['delete']]) await t('mutable ' + m.join(','), () => new Headers()[m[0]](...m.slice(1)));
