// config: date=2024-01-01 flags=nodejs_compat
// node:dns and node:dns/promises come with nodejs_compat alone (workerd has no flag of its own for them); before nodejs_compat_v2 the bare names are not modules.
for (const name of ['node:dns', 'node:dns/promises', 'dns', 'dns/promises']) {
  try { const m = await import(name); console.log(name, Object.keys(m).length, typeof m.lookup, typeof m.default.resolve4); }
  catch (e) { console.log(name, e.name, e.message); }
}
