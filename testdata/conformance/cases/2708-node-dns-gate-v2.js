// config: date=2024-01-01 flags=nodejs_compat_v2
// node:dns and node:dns/promises with nodejs_compat_v2 alone: there, with and without the prefix.
for (const name of ['node:dns', 'dns', 'node:dns/promises']) {
  try { const m = await import(name); console.log(name, Object.keys(m).length); } catch (e) { console.log(name, e.message.split(';')[0]); }
}
try { const m = await import('dns/promises'); console.log('dns/promises', Object.keys(m).length); } catch (e) { console.log(e.message); }
