// config: date=2026-11-23 flags=nodejs_compat
// node:dns/promises: its named exports (with the getaddrinfo flags), its default (without them), names and lengths; node:dns's promises is a Module-tagged null-prototype namespace with a default of its own whose functions are node:dns/promises'.
const m = await import('node:dns');
const p = await import('node:dns/promises');
console.log(Object.keys(p).join());
console.log(Object.keys(p.default).join());
for (const k of Object.keys(p.default)) {
  const v = p.default[k];
  if (typeof v === 'function') console.log(k, JSON.stringify(v.name), v.length, p[k] === v, m[k] === v);
  else console.log(k, JSON.stringify(v), p[k] === v);
}
console.log(p.ADDRCONFIG, p.ALL, p.V4MAPPED, 'ADDRCONFIG' in p.default);
const ns = m.promises;
console.log(Object.keys(ns).join());
console.log(Object.getPrototypeOf(ns), Object.prototype.toString.call(ns), Object.isExtensible(ns), ns === p, ns.default === p.default);
console.log(ns.lookup === p.lookup, ns.Resolver === p.Resolver, ns.default.lookup === p.lookup, Object.keys(ns.default).join());
console.log(m.default.promises === ns, p.getServers());
