const E = (e) => e.constructor.name + ': ' + e.message;
const { port1, port2 } = new MessageChannel();
port2.onmessage = (e) => console.log('got', e.data);
for (const [label, v] of [['null', null], ['"x"', 'x'], ['0', 0], ['{}', {}], ['array-like', { length: 0 }], ['Set', new Set()], ['Uint8Array', new Uint8Array(0)]]) {
  try { port1.postMessage('m', { transfer: v }); console.log(label, 'no throw'); } catch (e) { console.log(label, E(e)); }
}
