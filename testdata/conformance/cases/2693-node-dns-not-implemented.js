// config: date=2026-11-23 flags=nodejs_compat
// What workerd's node:dns does not implement: setServers, lookupService, resolveAny and Resolver's cancel, setLocalAddress and setServers throw (or reject, or call back with) a plain Error('Not implemented'), no code.
const m = await import('node:dns');
const p = await import('node:dns/promises');
const show = (label, e) => console.log(label, e.constructor.name, e.name, JSON.stringify(e.message), e.code, Object.keys(e).join('/'));
const sync = (label, f) => { try { console.log(label, 'returned', f()); } catch (e) { show(label, e); } };
sync('setServers', () => m.setServers(['8.8.8.8']));
sync('promises setServers', () => p.setServers());
sync('cancel', () => new m.Resolver().cancel());
sync('setLocalAddress', () => new m.Resolver().setLocalAddress('0.0.0.0'));
sync('promises cancel', () => new p.Resolver().cancel());
sync('promises setLocalAddress', () => new p.Resolver().setLocalAddress());
sync('Resolver setServers', () => new m.Resolver().setServers([]));
sync('promises Resolver setServers', () => new p.Resolver().setServers([]));
for (const [label, f] of [['lookupService', () => p.lookupService('1.1.1.1', 53)], ['resolveAny', () => p.resolveAny('example.com')], ['resolve ANY', () => p.resolve('example.com', 'ANY')], ['Resolver resolveAny', () => new p.Resolver().resolveAny()]]) {
  const r = f();
  console.log(label, r instanceof Promise);
  try { await r; } catch (e) { show(label, e); }
}
for (const [label, f] of [['cb lookupService', (cb) => m.lookupService('1.1.1.1', 53, cb)], ['cb resolveAny', (cb) => m.resolveAny('x', cb)], ['cb resolve ANY', (cb) => m.resolve('x', 'ANY', cb)], ['cb Resolver resolveAny', (cb) => new m.Resolver().resolveAny('x', cb)]]) {
  await new Promise((res) => { const ret = f((...args) => { console.log(label, args.length); show(label, args[0]); res(); }); console.log(label, 'returned', ret); });
}
