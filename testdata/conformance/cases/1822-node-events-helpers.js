// config: date=2026-09-15 flags=nodejs_compat
// node:events' helpers: addAbortListener (checks, an aborted signal, Symbol.dispose), EventEmitterAsyncResource's shape, getMaxListeners/listenerCount on other objects, listeners added from newListener, symbol events, function lengths.
const events = process.getBuiltinModule('node:events');
const show = (f) => { try { const v = f(); console.log(typeof v === 'string' ? JSON.stringify(v) : String(v)); } catch (e) { console.log(e.constructor.name + ': ' + e.message, e.code); } };
show(() => events.addAbortListener());
show(() => events.addAbortListener(new AbortController().signal));
show(() => typeof events.addAbortListener(new AbortController().signal, () => {})[Symbol.dispose]);
const ac = new AbortController();
events.addAbortListener(ac.signal, () => console.log('abort listener'));
ac.abort();
const ac2 = new AbortController(); ac2.abort();
events.addAbortListener(ac2.signal, () => console.log('already aborted listener'));
await new Promise((r) => setTimeout(r, 1));
const ear = new events.EventEmitterAsyncResource({ name: 'X' });
show(() => [ear instanceof events, typeof ear.asyncResource, ear.asyncId, ear.triggerAsyncId, typeof ear.emitDestroy].join());
show(() => new events.EventEmitterAsyncResource().asyncResource.constructor.name);
show(() => events.getMaxListeners(new EventTarget()));
show(() => events.getMaxListeners({}));
show(() => events.listenerCount({ listenerCount: () => 7 }, 'x'));
show(() => events.init === events.prototype.init);
show(() => new events().emit('newListener'));
const e = new events();
e.on('newListener', function (n) { if (n === 'z') this.on('z', () => console.log('inner z')); });
e.on('z', () => console.log('outer z'));
e.emit('z');
show(() => e.listeners('z').length);
show(() => e.setMaxListeners(0) === e);
const sym = Symbol('ev'); e.once(sym, (v) => console.log('sym once', v)); e.emit(sym, 1); e.emit(sym, 2);
show(() => events.once.length + ',' + events.on.length + ',' + e.on.length + ',' + e.emit.length);
