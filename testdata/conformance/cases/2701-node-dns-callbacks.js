// config: date=2026-11-23 flags=nodejs_compat
// node:dns's callback forms: a callbackified function calls back after its promise settles (error first, one result), returns undefined, and rethrows a synchronous argument error; the Resolver's methods pass their arguments on; lookup's callback runs in the request's reaction, and one that throws is called again with its error (workerd's .catch); util.promisify of them.
const m = await import('node:dns');
const util = await import('node:util');
globalThis.fetch = async (url) => {
  const name = url.searchParams.get('name');
  if (name === 'missing.test') return Response.json({ Status: 3, Question: [{ name, type: 1 }] });
  return Response.json({ Status: 0, Question: [{ name, type: 1 }], Answer: [{ name, type: 1, TTL: 7, data: '192.0.2.7' }] });
};
const order = [];
await new Promise((res) => {
  const r = m.resolve4('ok.test', (...args) => { order.push('resolve4 ' + JSON.stringify(args)); res(); });
  order.push('returned ' + r);
  Promise.resolve().then(() => order.push('microtask'));
});
await new Promise((res) => m.resolve4('ok.test', { ttl: true }, (...args) => { order.push('ttl ' + JSON.stringify(args)); res(); }));
await new Promise((res) => m.resolve4('missing.test', (...args) => { order.push('missing ' + args.length + ' ' + args[0].code + ' ' + args[0].message); res(); }));
await new Promise((res) => m.resolve('ok.test', 'A', (...args) => { order.push('resolve A ' + JSON.stringify(args)); res(); }));
const r = new m.Resolver();
await new Promise((res) => { const v = r.resolve4('ok.test', (...args) => { order.push('Resolver ' + JSON.stringify(args)); res(); }); order.push('Resolver returned ' + v); });
await new Promise((res) => r.resolve('ok.test', 'A', (...args) => { order.push('Resolver resolve ' + JSON.stringify(args)); res(); }));
console.log(order.join('\n'));
let calls = 0;
await new Promise((res) => m.lookup('ok.test', 4, (...args) => {
  calls++;
  console.log('lookup call', calls, args.length, args[0] ? args[0].message : JSON.stringify(args));
  if (calls === 1) throw new Error('from the callback');
  res();
}));
console.log(await util.promisify(m.resolve4)('ok.test'));
console.log(await util.promisify(m.lookup)('ok.test', 4));
console.log(await util.promisify(m.lookup)('ok.test', { family: 4, all: true }));
try { await util.promisify(m.resolveAny)('ok.test'); } catch (e) { console.log(e.message); }
for (const k of ['lookup', 'lookupService']) {
  const s = Symbol.for('nodejs.util.promisify.custom.args');
  console.log(k, m[k][s], JSON.stringify(Object.getOwnPropertyDescriptor(m[k], s)));
}
