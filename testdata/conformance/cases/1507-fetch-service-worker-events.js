    const t = async (label, f) => { try { console.log(label, String(await f())); } catch (e) { console.log(label, e.constructor.name + ": " + e.message); } };
    for (const C of [ExtendableEvent, FetchEvent, ScheduledEvent]) {
      await t(C.name + ' proto', () => Object.getOwnPropertyNames(C.prototype).join());
      await t(C.name + ' new', () => new C('x'));
      await t(C.name + ' call', () => C());
      await t(C.name + ' tag', () => Object.prototype.toString.call(C.prototype));
    }
    await t('chain', () => [Object.getPrototypeOf(FetchEvent.prototype) === ExtendableEvent.prototype, Object.getPrototypeOf(ScheduledEvent.prototype) === ExtendableEvent.prototype, Object.getPrototypeOf(ExtendableEvent.prototype) === Event.prototype].join());
    await t('illegal', () => FetchEvent.prototype.respondWith.call({}, null));
