// config: date=2025-08-15
// structuredClone's refusal of a transfer-list entry since workerd 2026-11-23: a DataCloneError for an object that is no buffer, a TypeError for a primitive, checked in list order.
const E = (e) => e.constructor.name + ' ' + e.name + ' ' + JSON.stringify(e.message) + ' code=' + e.code + ' DOMException=' + (e instanceof DOMException);
const { port1 } = new MessageChannel();
for (const [l, x] of [['{}', {}], ['function', () => {}], ['array', []], ['port', port1], ['proxy of a buffer', new Proxy(new ArrayBuffer(1), {})], ['null', null], ['undefined', undefined], ['symbol', Symbol('s')], ['1n', 1n], ['true', true], ['"ab"', 'ab']]) {
  try { structuredClone(1, { transfer: [x] }); console.log(l, 'ok'); } catch (e) { console.log(l, E(e)); }
}
const b = new ArrayBuffer(2);
try { structuredClone(1, { transfer: [b, {}] }); } catch (e) { console.log('buffer then object', E(e), 'buffer kept', b.byteLength); }
try { structuredClone(Symbol('v'), { transfer: [{}] }); } catch (e) { console.log('the list first', E(e)); }
try { structuredClone(1, { transfer: [{}, 1] }); } catch (e) { console.log('first refusal wins', E(e)); }
