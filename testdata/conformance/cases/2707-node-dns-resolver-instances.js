// config: date=2026-11-23 flags=nodejs_compat
// node:dns's Resolver classes: options to the constructor are accepted and ignored, a call without new is a TypeError, a subclass inherits the methods, and a method taken off its instance still works (it uses no this).
const m = await import('node:dns');
const p = await import('node:dns/promises');
globalThis.fetch = async (url) => Response.json({ Status: 0, Question: [{ name: 'q', type: 1 }], Answer: [{ name: 'q', type: 1, TTL: 1, data: '192.0.2.4' }] });
for (const R of [m.Resolver, p.Resolver]) {
  const r = new R({ timeout: 100, tries: 2 });
  console.log(Object.keys(r).length, Object.getPrototypeOf(r) === R.prototype);
  try { R(); } catch (e) { console.log(e.constructor.name); }
  class Sub extends R { extra() { return 'extra'; } }
  const s = new Sub();
  console.log(s instanceof R, s.extra(), s.getServers().length);
  const { resolve4, getServers } = r;
  console.log(getServers().length);
  if (R === p.Resolver) console.log(await resolve4('d.test'));
  else console.log(await new Promise((res) => resolve4('d.test', (...a) => res(a))));
}
console.log(typeof m.Resolver.prototype.resolve4.call(undefined, 'd.test', () => {}));
