// config: date=2026-11-23 flags=nodejs_compat
// node:dns's edges: lookup's options null or undefined (family 0), family '4' refused, family null ignored; resolve4's ttl option read for truthiness (a non-object option is no ttl); extra arguments to a callback form; a global fetch that is not a function (EBADQUERY); a fetch that resolves to no Response; a name with spaces and non-ASCII letters in the query.
const m = await import('node:dns');
const p = await import('node:dns/promises');
const urls = [];
let mode = 'ok';
const fake = async (url) => {
  urls.push(url.search);
  if (mode === 'nothing') return undefined;
  if (mode === 'text') return new Response('1.2.3.4');
  const type = url.searchParams.get('type'), t = type === 'A' ? 1 : 28;
  return Response.json({ Status: 0, Question: [{ name: 'q', type: t }], Answer: [{ name: 'q', type: t, TTL: 9, data: type === 'A' ? '192.0.2.3' : '2001:db8::3' }] });
};
globalThis.fetch = fake;
const cb = (...args) => new Promise((res) => { try { m.lookup(...args, (...r) => res(JSON.stringify(r))); } catch (e) { res(e.code + ' ' + e.message); } });
console.log(await cb('h.test', null));
console.log(await cb('h.test', undefined));
console.log(await cb('h.test', { family: '4' }));
console.log(await cb('h.test', { family: null, all: null, order: null, verbatim: null, hints: null }));
console.log(await cb('h.test', { family: 'IPv4', all: false }));
for (const o of [5, 'ttl', { ttl: 'yes' }, { ttl: 0 }, [], null]) console.log(JSON.stringify(o), JSON.stringify(await p.resolve4('h.test', o)));
console.log(await new Promise((res) => m.resolve4('h.test', { ttl: true }, 'extra', (...r) => res(JSON.stringify(r)))));
console.log(await new Promise((res) => m.resolveTxt('h.test', 'extra', (...r) => res(r.length + ' ' + (r[0] && r[0].code)))));
for (mode of ['nothing', 'text']) {
  try { console.log(await p.resolve4('h.test')); } catch (e) { console.log(mode, e.code, e.message); }
}
mode = 'ok';
globalThis.fetch = undefined;
try { console.log(await p.resolve4('h.test')); } catch (e) { console.log('no fetch', e.code, e.message); }
try { console.log(await p.lookup('h.test')); } catch (e) { console.log('no fetch lookup', e.code, e.message); }
globalThis.fetch = fake;
await p.resolve4('a b.test');
await p.resolve4('ünï.test');
await p.resolve4('x&type=MX');
await p.resolve4('');
console.log(urls.join('\n'));
