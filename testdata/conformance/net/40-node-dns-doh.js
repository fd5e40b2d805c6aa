// date=2026-11-23
// node:dns over a real DNS-over-HTTPS exchange: the Worker's fetch sends workerd's request (cloudflare-dns.com's URL, its Accept header) on to a local DoH server (/dns-query), and lookup, resolve4/6 (with ttl), resolveMx, resolveTxt, resolveNs, resolveCaa, resolveCname and the callback forms read its JSON answers; a CNAME chain is cut to the records asked for.
const dns = await import('node:dns');
const p = await import('node:dns/promises');
const realFetch = globalThis.fetch;
const asked = [];
globalThis.fetch = (url, init) => {
  const u = new URL(url);
  asked.push(u.host + u.pathname + ' ' + u.searchParams.get('type'));
  return realFetch(HTTP + '/dns-query' + u.search, init);
};
console.log(await p.resolve4('example.test'));
console.log(await p.resolve4('example.test', { ttl: true }));
console.log(await p.resolve6('example.test'));
console.log(await p.resolve4('www.example.test'));
console.log(await p.resolveCname('www.example.test'));
console.log(await p.resolveMx('example.test'));
console.log(await p.resolveTxt('example.test'));
console.log(await p.resolveNs('example.test'));
console.log(await p.resolveCaa('example.test'));
console.log(await p.lookup('example.test'));
console.log(await p.lookup('example.test', { all: true }));
console.log(await p.lookup('example.test', { all: true, order: 'ipv6first' }));
console.log(await p.lookup('v6.example.test'));
console.log(await p.lookup('v6.example.test', 6));
console.log(await new Promise((res) => dns.lookup('www.example.test', (...a) => res(a))));
console.log(await new Promise((res) => dns.resolveMx('example.test', (...a) => res(a))));
console.log(await new Promise((res) => new dns.Resolver().resolve('example.test', 'TXT', (...a) => res(a))));
console.log(asked.join('\n'));
