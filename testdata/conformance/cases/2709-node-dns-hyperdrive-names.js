// config: date=2026-11-23 flags=nodejs_compat
// node:dns's Hyperdrive names (*.hyperdrive.local, *.workers.alt) in a Worker without a Hyperdrive binding: no override, they are asked of the DoH service like any other name.
const p = await import('node:dns/promises');
globalThis.fetch = async (url) => { console.log('fetch', url.searchParams.get('name'), url.searchParams.get('type')); return Response.json({ Status: 3, Question: [{ name: 'q', type: 1 }] }); };
for (const n of ['db.hyperdrive.local', 'x.workers.alt']) {
  try { console.log(await p.lookup(n)); } catch (e) { console.log(e.code, e.message); }
  try { console.log(await p.resolve4(n)); } catch (e) { console.log(e.code, e.message); }
  try { console.log(await p.resolve6(n, { ttl: true })); } catch (e) { console.log(e.code, e.message); }
}
