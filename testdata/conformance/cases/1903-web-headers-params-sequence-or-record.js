    // Headers and URLSearchParams init: a sequence only when @@iterator is callable (else a record);
    // each inner item must be an iterable object.
    const t = async (label, f) => { try { console.log(label, String(await f())); } catch (e) { console.log(label, e.constructor.name + ": " + e.message); } };
    for (const init of [['ab'], [5], [{}], [null], [[1, 2], 'x'], [new Set(['a', 'b'])], [{ length: 2, 0: 'a', 1: 'b' }], [{ [Symbol.iterator]: 5 }], { [Symbol.iterator]: 5 }, { [Symbol.iterator]: null, a: 'b' }]) {
      await t('headers', () => JSON.stringify([...new Headers(init)]));
      await t('params', () => new URLSearchParams(init).toString());
    }
    await t('req headers', () => new Request('http://a/', { headers: ['ab'] }));
    await t('resp headers', () => new Response(null, { headers: [5] }));
