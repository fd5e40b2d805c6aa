// config: date=2026-11-23 flags=nodejs_compat
// node:dns's Resolver classes: the callback one's methods take (...args) (length 0), node:dns/promises' take their parameters; both have cancel and setLocalAddress, and getServers is the fixed list.
const m = await import('node:dns');
const p = await import('node:dns/promises');
for (const R of [m.Resolver, p.Resolver]) {
  console.log(R.name, R.length, Object.getOwnPropertyNames(R.prototype).join());
  console.log(Object.getOwnPropertyNames(R.prototype).map((k) => k + ':' + R.prototype[k].length).join(' '));
  const r = new R();
  console.log(Object.keys(r).length, r.getServers(), r instanceof R);
}
console.log(m.Resolver === p.Resolver);
