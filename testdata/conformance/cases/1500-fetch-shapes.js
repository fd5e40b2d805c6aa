    const t = async (label, f) => { try { console.log(label, String(await f())); } catch (e) { console.log(label, e.constructor.name + ": " + e.message); } };
    for (const C of [Headers, Request, Response, FormData, Body]) {
      await t(C.name + ' proto', () => Object.getOwnPropertyNames(C.prototype).join());
      await t(C.name + ' length', () => C.length);
      await t(C.name + ' call', () => C());
    }
    await t('Body new', () => new Body());
    await t('Request parent', () => Object.getPrototypeOf(Request.prototype) === Body.prototype);
    await t('Response parent', () => Object.getPrototypeOf(Response.prototype) === Body.prototype);
    await t('Response statics', () => Object.getOwnPropertyNames(Response).join());
    await t('tags', () => [new Headers(), new Request('http://a/'), new Response(), new FormData()].map((o) => Object.prototype.toString.call(o)).join());
    await t('iterators', () => [new Headers().entries(), new Headers().keys(), new Headers().values()].map((o) => Object.prototype.toString.call(o)).join());
    await t('iterator next', () => Object.getOwnPropertyNames(Object.getPrototypeOf(new Headers().entries())).join());
    await t('Symbol.iterator', () => JSON.stringify(Object.getOwnPropertyDescriptor(Headers.prototype, Symbol.iterator)) + Headers.prototype[Symbol.iterator].name);
    await t('accessor', () => JSON.stringify(Object.getOwnPropertyDescriptor(Request.prototype, 'url')));
    await t('method', () => JSON.stringify(Object.getOwnPropertyDescriptor(Headers.prototype, 'get')));
    await t('illegal', () => Headers.prototype.get.call({}, 'a'));
    await t('fetch', () => typeof fetch + ' ' + fetch.name + ' ' + fetch.length);
