// config: date=2026-11-17
// snapshot, bind, exit, AsyncResource, and what is not implemented.
const { AsyncLocalStorage, AsyncResource } = process.getBuiltinModule('node:async_hooks');
const als = new AsyncLocalStorage();
const snap = als.run('S', () => AsyncLocalStorage.snapshot());
console.log(snap(() => als.getStore()), snap((a) => als.getStore() + a, '!'));
const bound = als.run('B', () => AsyncLocalStorage.bind(() => als.getStore()));
console.log(bound());
console.log(als.run('E', () => als.exit(() => als.getStore())), als.run('E', () => [als.exit(() => 1), als.getStore()].join()));
const res = als.run('R', () => new AsyncResource('thing'));
console.log(res.runInAsyncScope(() => als.getStore()), res.runInAsyncScope(function (x) { return this.v + x; }, { v: 'this' }, '+x'));
const rb = als.run('RB', () => res.bind(() => als.getStore()));
console.log(rb(), typeof rb.asyncResource);
try { als.enterWith('x'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
try { als.run('x'); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(Object.getOwnPropertyNames(AsyncLocalStorage.prototype).join(','), Object.getOwnPropertyNames(AsyncLocalStorage).join(','));
console.log(new AsyncLocalStorage({ name: 'n' }).name, JSON.stringify(new AsyncLocalStorage().name));
console.log(Object.keys(process.getBuiltinModule('node:async_hooks')).join(','));
