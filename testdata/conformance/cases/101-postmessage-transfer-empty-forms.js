const { port1, port2 } = new MessageChannel();
port2.onmessage = (e) => console.log('got', e.data);
const forms = [['undefined', undefined], ['null', null], ['[]', []], ['{}', {}], ['{transfer:[]}', { transfer: [] }], ['{transfer:undefined}', { transfer: undefined }], ['function', function f() {}], ['new Set()', new Set([1])], ['Uint8Array', new Uint8Array(2)], ['array-like', { length: 1, 0: 1 }]];
for (const [label, arg] of forms) {
  try { console.log(label, port1.postMessage(label, arg)); } catch (e) { console.log(label, e.constructor.name + ': ' + e.message); }
}
