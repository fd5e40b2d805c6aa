// config: date=2026-11-23 flags=nodejs_compat
// node:dns's lookup of a name over DoH: family 0 asks for A and AAAA at once and answers with the first of verbatim/ipv4first (IPv4) or ipv6first order, all: true with every address; family 4 or 6 asks once; a failed request counts as no answer for family 0 (ENOTFOUND queryA) but fails family 4/6 with its own error; the callback's arguments and node:dns/promises' { address, family }.
const m = await import('node:dns');
const p = await import('node:dns/promises');
const zones = {
  both: { A: ['192.0.2.1', '192.0.2.2'], AAAA: ['2001:db8::1', '2001:db8::2'] },
  v4: { A: ['192.0.2.9'] },
  v6: { AAAA: ['2001:db8::9'] },
  none: {},
  fail6: { A: ['192.0.2.5'], AAAA: 'fail' },
  fail: { A: 'fail', AAAA: 'fail' },
};
const asked = [];
globalThis.fetch = async (url) => {
  const name = url.searchParams.get('name'), type = url.searchParams.get('type');
  asked.push(type);
  const z = zones[name.split('.')[0]][type];
  if (z === 'fail') throw new TypeError('network down');
  return Response.json({ Status: 0, Question: [{ name, type: type === 'A' ? 1 : 28 }], ...(z ? { Answer: z.map((data) => ({ name, type: type === 'A' ? 1 : 28, TTL: 5, data })) } : {}) });
};
const cb = (args) => new Promise((res) => m.lookup(...args, (...r) => { res(r.length + ' ' + (r[0] ? r[0].code + ' ' + r[0].message : JSON.stringify(r))); }));
const opts = [undefined, 4, 6, { all: true }, { order: 'ipv6first' }, { all: true, order: 'ipv6first' }, { verbatim: false }, { family: 'IPv6', all: true }, { family: 4, all: true }];
for (const z of Object.keys(zones)) {
  for (const o of opts) {
    asked.length = 0;
    const args = o === undefined ? [z + '.test'] : [z + '.test', o];
    const a = await cb(args);
    let b;
    try { b = JSON.stringify(await p.lookup(...args)); } catch (e) { b = e.code + ' ' + e.message; }
    console.log(z, JSON.stringify(o), '|', a, '|', b, '|', asked.join());
  }
}
m.setDefaultResultOrder('ipv6first');
console.log(await cb(['both.test']), await cb(['both.test', { all: true }]), await cb(['both.test', { order: 'verbatim' }]), await cb(['both.test', { verbatim: true }]));
m.setDefaultResultOrder('verbatim');
