// config: date=2026-11-23 flags=nodejs_compat
// node:dns: its named exports, the default's keys in order, and each export's name, length and value (callbackified functions are "bound XCallbackified", the constants are strings and the getaddrinfo flags numbers).
const m = await import('node:dns');
console.log(Object.keys(m).join());
console.log(Object.keys(m.default).join());
for (const k of Object.keys(m.default)) {
  const v = m.default[k];
  if (typeof v === 'function') console.log(k, JSON.stringify(v.name), v.length, m[k] === v);
  else if (typeof v !== 'object') console.log(k, JSON.stringify(v), m[k] === v);
  else console.log(k, typeof v, m[k] === v);
}
console.log(m.getServers(), m.getDefaultResultOrder());
