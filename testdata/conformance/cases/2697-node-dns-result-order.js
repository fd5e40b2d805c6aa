// config: date=2026-11-23 flags=nodejs_compat
// node:dns's getDefaultResultOrder and setDefaultResultOrder: 'verbatim' at first, one of 'verbatim', 'ipv4first', 'ipv6first' (ERR_INVALID_ARG_VALUE named dnsOrder otherwise), shared by node:dns and node:dns/promises.
const m = await import('node:dns');
const p = await import('node:dns/promises');
console.log(m.getDefaultResultOrder(), p.getDefaultResultOrder());
for (const v of ['ipv4first', 'ipv6first', 'verbatim', 'IPV4FIRST', '', undefined, 4, null, {}]) {
  try { console.log(JSON.stringify(v), m.setDefaultResultOrder(v), m.getDefaultResultOrder(), p.getDefaultResultOrder()); }
  catch (e) { console.log(JSON.stringify(v), e.name, e.code, e.message); }
}
p.setDefaultResultOrder('ipv6first');
console.log(m.getDefaultResultOrder(), m.default.getDefaultResultOrder(), p.default.getDefaultResultOrder());
m.setDefaultResultOrder('verbatim');
console.log(p.getDefaultResultOrder());
