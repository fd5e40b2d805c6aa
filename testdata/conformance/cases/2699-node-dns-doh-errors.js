// config: date=2026-11-23 flags=nodejs_compat
// node:dns's DnsError: a failed or refused fetch is EBADQUERY (syscall query + the type as asked: queryAAAA), a non-OK response or an error JSON or one without Question EBADRESP, no records of the type (or Status 3) ENOTFOUND (syscall queryAaaa, queryTxt), an empty answer name ENOTFOUND; the error's own keys, toString, class and how console.log shows it.
const p = await import('node:dns/promises');
let reply;
globalThis.fetch = async (url) => reply(url);
const answer = (Answer, type = 1) => Response.json({ Status: 0, Question: [{ name: 'x.test.', type }], ...(Answer ? { Answer } : {}) });
const cases = [
  ['fetch throws', () => { throw new TypeError('refused'); }],
  ['fetch rejects with undefined', () => Promise.reject(undefined)],
  ['status 500', () => new Response('no', { status: 500 })],
  ['status 404 json', () => Response.json({ Status: 0, Question: [{ name: 'x.', type: 1 }] }, { status: 404 })],
  ['not JSON', () => new Response('<html>')],
  ['error JSON', () => Response.json({ error: 'bad name' })],
  ['no Question', () => Response.json({ Status: 0, Question: [] })],
  ['NXDOMAIN', () => Response.json({ Status: 3, Question: [{ name: 'x.test.', type: 1 }] })],
  ['no Answer', () => answer(undefined)],
  ['empty Answer', () => answer([])],
  ['only CNAME', () => answer([{ name: 'x.test.', type: 5, TTL: 1, data: 'y.test.' }])],
  ['empty name', () => answer([{ name: '', type: 1, TTL: 1, data: '1.2.3.4' }])],
];
for (const [label, f] of cases) {
  reply = f;
  for (const [fn, t] of [['resolve4', 1], ['resolve6', 28], ['resolveTxt', 16], ['reverse', 12], ['resolveSoa', 6]]) {
    try { console.log(label, fn, await p[fn]('x.test')); }
    catch (e) { console.log(label, fn, e.code, e.syscall, e.hostname, e.message); }
  }
}
reply = cases[0][1];
try { await p.resolve4('x.test'); } catch (e) {
  console.log(Object.keys(e).join(), e.errno, 'errno' in e, e.name, e.constructor.name, Object.getPrototypeOf(e.constructor).name, String(e), e instanceof Error, e.stack.split('\n')[0]);
  // The stack's frames differ (workerd's internal module names): inspect the error without them.
  e.stack = e.stack.split('\n')[0];
  console.log(e);
}
reply = () => answer([{ name: 'x.test.', type: 15, TTL: 1, data: '10' }], 15);
try { await p.resolveMx('x.test'); } catch (e) { console.log('mx', e.code, e.message); }
reply = () => answer([{ name: 'x.test.', type: 6, TTL: 1, data: 'ns1.test. host.test. 1 2' }], 6);
try { await p.resolveSoa('x.test'); } catch (e) { console.log('soa', e.code, e.message); }
reply = () => answer([{ name: 'x.test.', type: 33, TTL: 1, data: '5 0 80' }], 33);
try { await p.resolveSrv('x.test'); } catch (e) { console.log('srv', e.code, e.message); }
