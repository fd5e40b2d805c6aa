// config: date=2024-01-01 flags=
// Without nodejs_compat there is no node:dns nor node:dns/promises.
for (const name of ['node:dns', 'node:dns/promises']) {
  try { const m = await import(name); console.log(name, Object.keys(m).length); }
  catch (e) { console.log(name, e.name, e.message.split(';')[0]); }
}
