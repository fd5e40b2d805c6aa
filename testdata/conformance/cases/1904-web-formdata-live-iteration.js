    // FormData iterators and forEach walk the live list by index (Headers' iterators a snapshot);
    // a File renamed by append/set is a new File made now.
    const t = async (label, f) => { try { console.log(label, String(await f())); } catch (e) { console.log(label, e.constructor.name + ": " + e.message); } };
    const fd = (...kv) => { const f = new FormData(); for (let i = 0; i < kv.length; i += 2) f.append(kv[i], kv[i + 1]); return f; };
    await t('append during', () => { const f = fd('a', '1', 'b', '2'); const out = []; for (const [k] of f) { out.push(k); if (k === 'a') f.append('c', '3'); } return out.join(); });
    await t('delete during', () => { const f = fd('a', '1', 'b', '2', 'c', '3'); const out = []; for (const [k] of f) { out.push(k); if (k === 'a') f.delete('a'); } return out.join(); });
    await t('set during', () => { const f = fd('a', '1', 'b', '2', 'a', '3', 'c', '4'); const out = []; for (const [k, v] of f) { out.push(k + v); if (k === 'b') f.set('a', 'x'); } return out.join(); });
    await t('keys live', () => { const f = fd('a', '1'); const it = f.keys(); f.append('b', '2'); return [...it].join(); });
    await t('values live', () => { const f = fd('a', '1'); const it = f.values(); f.delete('a'); return JSON.stringify(it.next()); });
    await t('done stays', () => { const f = fd('a', '1'); const it = f.keys(); it.next(); it.next(); f.append('b', '2'); return JSON.stringify(it.next()); });
    await t('forEach append', () => { const f = fd('a', '1'); const out = []; f.forEach((v, k) => { out.push(k); if (out.length < 3) f.append('x' + out.length, '1'); }); return out.join(); });
    await t('headers snapshot', () => { const h = new Headers({ a: '1' }); const it = h.keys(); h.append('b', '2'); return [...it].join(); });
    await t('rename file lastModified', () => { const f = new FormData(); const o = new File(['x'], 'orig.txt', { lastModified: 5, type: 'T/X' }); f.append('a', o, 'new.txt'); const v = f.get('a'); return [v.name, v.lastModified === 5, v.lastModified > 1e12, v === o, v.type].join(); });
    await t('file kept', () => { const f = new FormData(); const o = new File(['x'], 'orig.txt', { lastModified: 5 }); f.append('a', o); const v = f.get('a'); return [v.name, v.lastModified, v === o].join(); });
    await t('file undefined name', () => { const f = new FormData(); const o = new File(['x'], 'orig.txt', { lastModified: 5 }); f.append('a', o, undefined); const v = f.get('a'); return [v.name, v.lastModified, v === o].join(); });
    await t('blob named', () => { const f = new FormData(); f.set('a', new Blob(['x'], { type: 'Q/R' }), 'b.bin'); const v = f.get('a'); return [v.constructor.name, v.name, v.type, v.lastModified > 1e12].join(); });
