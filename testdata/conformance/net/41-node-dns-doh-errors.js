// date=2026-11-23
// node:dns's errors from a real DNS-over-HTTPS exchange with a local server: NXDOMAIN (ENOTFOUND, and lookup's queryA), a name the server knows without records of the type, a 500 (EBADRESP), an error object (EBADRESP), a request without workerd's Accept header (415: EBADRESP), and a server that is not there (EBADQUERY).
const dns = await import('node:dns');
const p = await import('node:dns/promises');
const realFetch = globalThis.fetch;
let base = HTTP, dropAccept = false;
globalThis.fetch = (url, init) => realFetch(base + '/dns-query' + new URL(url).search, dropAccept ? { method: init.method } : init);
const show = async (label, f) => {
  try { console.log(label, await f()); } catch (e) { console.log(label, e.code, e.syscall, e.hostname, e.message); }
};
await show('nxdomain resolve4', () => p.resolve4('nowhere.test'));
await show('nxdomain resolveTxt', () => p.resolveTxt('nowhere.test'));
await show('nxdomain lookup', () => p.lookup('nowhere.test'));
await show('nxdomain lookup 6', () => p.lookup('nowhere.test', 6));
await show('no MX', () => p.resolveMx('v6.example.test'));
await show('no A lookup 4', () => p.lookup('v6.example.test', 4));
await show('servfail', () => p.resolve4('servfail.test'));
await show('servfail lookup', () => p.lookup('servfail.test'));
await show('servfail lookup 4', () => p.lookup('servfail.test', { family: 4 }));
await show('error object', () => p.resolveNs('bad.test'));
dropAccept = true;
await show('no Accept', () => p.resolve4('example.test'));
dropAccept = false;
base = 'http://' + REFUSED;
await show('refused', () => p.resolve4('example.test'));
await show('refused lookup', () => p.lookup('example.test'));
await show('refused callback', () => new Promise((res, rej) => dns.resolve6('example.test', (e, r) => (e ? rej(e) : res(r)))));
