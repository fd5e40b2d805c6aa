// config: date=2025-08-15
// postMessage's second argument through proxies since workerd 2026-11-23: a proxy of an array is a transfer list (length and elements are read), a proxy of an object is an options bag, a revoked proxy throws.
const E = (e) => e.constructor.name + ': ' + e.message;
const { port1, port2 } = new MessageChannel();
port2.onmessage = () => {};
const mk = (t) => new Proxy(t, { get(t, k) { console.log('  get', String(k)); return Reflect.get(t, k); } });
for (const [l, v] of [['proxy []', mk([])], ['proxy [1,2]', mk([1, 2])], ['proxy {}', mk({})], ['proxy {transfer:[1]}', mk({ transfer: [1] })], ['proxy {transfer: proxy [1]}', mk({ transfer: mk([1]) })], ['{transfer: proxy []}', { transfer: mk([]) }], ['proxy of proxy []', new Proxy(mk([]), {})], ['{transfer: proxy {}}', { transfer: mk({}) }]]) {
  console.log(l);
  try { port1.postMessage('x', v); console.log('  ok'); } catch (e) { console.log('  ' + E(e)); }
}
const r = Proxy.revocable([], {}); r.revoke();
try { port1.postMessage(1, r.proxy); console.log('revoked ok'); } catch (e) { console.log('revoked', E(e)); }
try { port1.postMessage(1, { transfer: r.proxy }); console.log('revoked ok'); } catch (e) { console.log('revoked in options', E(e)); }
port1.close();
