// config: date=2026-11-23 flags=nodejs_compat
// node:dns asks DNS-over-HTTPS with the global fetch() (a Worker's replacement is used): a GET of https://cloudflare-dns.com/dns-query?name=N&type=T with Accept: application/dns-json; the answers of each record type as node:dns/promises returns them (trailing dots cut, TXT strings unquoted, MX/SOA/SRV split, CAA and NAPTR in RFC 3597 generic and presentation form), and only records of the type asked.
const p = await import('node:dns/promises');
const zone = {
  A: [{ name: 'x.test.', type: 5, TTL: 60, data: 'alias.test.' }, { name: 'alias.test.', type: 1, TTL: 30, data: '192.0.2.1' }, { name: 'alias.test.', type: 1, TTL: 31, data: '192.0.2.2' }],
  AAAA: [{ name: 'x.test.', type: 28, TTL: 40, data: '2001:db8::1' }],
  CNAME: [{ name: 'x.test.', type: 5, TTL: 1, data: 'alias.test.' }],
  MX: [{ name: 'x.test.', type: 15, TTL: 1, data: '10 mx1.test.' }, { name: 'x.test.', type: 15, TTL: 1, data: '20 mx2.test' }],
  NS: [{ name: 'x.test.', type: 2, TTL: 1, data: 'ns1.test.' }, { name: 'x.test.', type: 2, TTL: 1, data: 'ns2.test' }],
  PTR: [{ name: '1.2.0.192.in-addr.arpa.', type: 12, TTL: 1, data: 'host.test.' }],
  SOA: [{ name: 'x.test.', type: 6, TTL: 1, data: 'ns1.test. hostmaster.test. 2026120701 10000 2400 604800 1800' }],
  SRV: [{ name: '_sip._udp.x.test.', type: 33, TTL: 1, data: '5 0 5060 sip.test.' }],
  TXT: [{ name: 'x.test.', type: 16, TTL: 1, data: '"v=spf1 -all"' }, { name: 'x.test.', type: 16, TTL: 1, data: '"a""b c""d " e"' }, { name: 'x.test.', type: 16, TTL: 1, data: 'bare text' }, { name: 'x.test.', type: 16, TTL: 1, data: '""' }],
  CAA: [{ name: 'x.test.', type: 257, TTL: 1, data: '\\# 15 00 05 69 73 73 75 65 70 6b 69 2e 67 6f 6f 67' }, { name: 'x.test.', type: 257, TTL: 1, data: '128 issuewild "ca.test; policy=ev"' }, { name: 'x.test.', type: 257, TTL: 1, data: '0 iodef "mailto:sec\\064x.test"' }],
  NAPTR: [{ name: 'x.test.', type: 35, TTL: 1, data: '\\# 37 15 b3 08 ae 01 73 0a 6d 79 2d 73 65 72 76 69 63 65 06 72 65 67 65 78 70 0b 72 65 70 6c 61 63 65 6d 65 6e 74 00' }, { name: 'x.test.', type: 35, TTL: 1, data: '20 100 "s" "SIP+D2U" "" _sip._udp.x.test.' }, { name: 'x.test.', type: 35, TTL: 1, data: '10 50 "u" "E2U+sip" "!^.*$!sip:a@x.test!" .' }],
};
const types = { A: 1, AAAA: 28, CNAME: 5, MX: 15, NS: 2, PTR: 12, SOA: 6, SRV: 33, TXT: 16, CAA: 257, NAPTR: 35 };
globalThis.fetch = async (url, init) => {
  console.log('fetch', url instanceof URL, String(url), init.method, JSON.stringify(init.headers), Object.keys(init).join());
  const type = url.searchParams.get('type');
  return Response.json({ Status: 0, TC: false, RD: true, RA: true, AD: false, CD: false, Question: [{ name: url.searchParams.get('name') + '.', type: types[type] }], Answer: zone[type] });
};
console.log(await p.resolve4('x.test'));
console.log(await p.resolve4('x.test', { ttl: true }));
console.log(await p.resolve6('x.test', { ttl: 1 }));
console.log(await p.resolveCname('x.test'));
console.log(await p.resolveMx('x.test'));
console.log(await p.resolveNs('x.test'));
console.log(await p.resolvePtr('1.2.0.192.in-addr.arpa'));
console.log(await p.reverse('1.2.0.192.in-addr.arpa'));
console.log(await p.resolveSoa('x.test'));
console.log(await p.resolveSrv('_sip._udp.x.test'));
console.log(await p.resolveTxt('x.test'));
console.log(await p.resolveCaa('x.test'));
console.log(await p.resolveNaptr('x.test'));
for (const t of ['A', 'AAAA', 'CNAME', 'MX', 'NS', 'PTR', 'SOA', 'SRV', 'TXT', 'CAA', 'NAPTR']) console.log(t, JSON.stringify(await p.resolve('x.test', t)));
console.log(await new p.Resolver().resolve4('x.test'));
console.log(await p.resolve4('ünï.test'));
