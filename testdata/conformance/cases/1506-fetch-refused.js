    const t = async (label, f) => { try { console.log(label, String(await f())); } catch (e) { console.log(label, e.constructor.name + ": " + e.message); } };
    // mcrepl refuses the network without --allow-net (its own message); workerd
    // has the network. Only what both do the same is printed.
    await t('relative', () => fetch('/x'));
    await t('scheme', () => fetch('ftp://x/'));
    await t('no arg', () => fetch().then(() => 'ok', (e) => e.constructor.name));
    await t('GET body', () => fetch('http://a/', { body: 'x' }));
    await t('aborted', () => fetch('http://a/', { signal: AbortSignal.abort() }).then(() => 'ok', (e) => e.name));
