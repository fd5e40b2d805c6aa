    // Response's InitializerDict in workerd's order (status, statusText, headers, cf,
    // webSocket, encodeBody), the body converted first, status as a checked int32.
    const t = async (label, f) => { try { console.log(label, String(await f())); } catch (e) { console.log(label, e.constructor.name + ": " + e.message); } };
    const spy = (log) => new Proxy({}, { get(_, k) { if (typeof k === 'string') log.push(k); return undefined; } });
    await t('order', () => { const log = []; new Response(null, spy(log)); return log.join(); });
    await t('json order', () => { const log = []; Response.json(1, spy(log)); return log.join(); });
    const P = (init) => new Response('x', init);
    for (const status of [199, 200.9, 599.99, -0, -1, 1e10, -1e10, 2 ** 31, 2 ** 31 - 1, 2 ** 31 - 0.5, 65736, Infinity, -Infinity, NaN, '201', null, true, 101]) await t('status ' + String(status), () => P({ status }).status);
    await t('status symbol', () => P({ status: Symbol() }));
    await t('status bigint', () => P({ status: 200n }));
    await t('status+statusText', () => P({ status: 99, statusText: '\n' }));
    await t('status+headers', () => P({ status: 99, headers: 5 }));
    await t('status+cf', () => P({ status: 99, cf: 5 }));
    await t('status+encodeBody', () => P({ status: 99, encodeBody: 'x' }));
    await t('statusText+encodeBody', () => P({ statusText: '\n', encodeBody: 'x' }));
    await t('big status+headers', () => P({ status: 1e10, headers: 5 }));
    await t('encodeBody 5', () => P({ encodeBody: 5 }));
    await t('encodeBody empty', () => P({ encodeBody: '' }));
    await t('webSocket 5', () => P({ webSocket: 5 }));
    await t('webSocket {}', () => P({ webSocket: {} }));
    await t('webSocket null', () => P({ webSocket: null }).webSocket);
    await t('statusText DEL', () => P({ statusText: 'a\x7f' }).statusText.length);
    await t('statusText latin1', () => P({ statusText: 'ÿĀ' }).statusText);
    await t('symbol body first', () => new Response(Symbol(), { status: 99 }));
    await t('bigint json first', () => Response.json(1n, { status: 99 }));
    await t('init 5', () => new Response(null, 5));
    await t('json init 5', () => Response.json(1, 5));
    await t('json no args', () => Response.json());
    await t('json undefined', async () => await Response.json(undefined).text());
    await t('cf', () => { const o = { a: 1 }; const r = new Response(null, { cf: o }); const c = r.clone(); return [r.cf === o, r.cf === r.cf, c.cf === r.cf, JSON.stringify(c.cf)].join(); });
    await t('cf 5', () => new Response(null, { cf: 5 }));
    await t('cf null', () => new Response(null, { cf: null }));
    await t('init Response', () => { const src = new Response(null, { status: 201, statusText: 'X', headers: { a: '1' } }); const r = new Response('b', src); return [r.status, r.statusText, r.headers.get('a')].join(); });
    for (const s of [204, 205, 304]) {
      for (const [n, b] of [['""', ''], ['u8', new Uint8Array(0)], ['blob', new Blob([])], ['params', new URLSearchParams()]]) await t(s + ' empty ' + n, () => { const r = new Response(b, { status: s }); return [r.body, r.headers.get('content-type'), r.status].join('|'); });
    }
    await t('204 empty stream', () => new Response(new ReadableStream(), { status: 204 }));
    await t('204 one byte', () => new Response('x', { status: 204 }));
    await t('redirect no args', () => Response.redirect());
    await t('redirect symbol', () => Response.redirect(Symbol()));
    for (const st of [301.9, -301.9, Infinity, NaN, 'abc', null, {}, 2 ** 31, -(2 ** 31), -(2 ** 31) - 1, 65837, 1e10]) await t('redirect ' + String(st), () => Response.redirect('http://a/', st).status);
    await t('redirect bad url and status', () => Response.redirect('nope', 1e10));
    await t('redirect bad url and range', () => Response.redirect('nope', 200));
