// config: date=2026-11-23 flags=nodejs_compat
// node:dns's lookup answers without a request for an IP address (its family, or all: [{ address, family }]) and for an empty or null hostname (null and family 4, or 6 when asked; all: []), after the current task, in call order.
const m = await import('node:dns');
const p = await import('node:dns/promises');
const calls = [
  ['1.2.3.4'], ['::1'], ['1.2.3.4', { all: true }], ['::ffff:1.2.3.4', { all: true }], ['fe80::1%eth0'],
  ['::1', { family: 4 }], ['1.2.3.4', 6], [''], ['', 6], ['', { family: 'IPv6' }], [null, { all: true }],
  [undefined, 4], ['', { all: true, family: 6 }], [0], [false, { family: 6 }],
];
const order = [];
for (const args of calls) {
  m.lookup(...args, (...r) => { order.push(JSON.stringify(args) + ' -> ' + JSON.stringify(r)); });
}
order.push('sync end');
await new Promise((r) => setTimeout(r, 10));
console.log(order.join('\n'));
for (const args of calls) console.log(JSON.stringify(args), JSON.stringify(await p.lookup(...args)));
