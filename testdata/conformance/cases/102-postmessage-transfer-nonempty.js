const E = (e) => e.constructor.name + ': ' + e.message;
const { port1, port2 } = new MessageChannel();
port2.onmessage = (e) => console.log('got', e.data);
const lists = [['[1]', [1]], ['[undefined]', [undefined]], ['[ArrayBuffer]', [new ArrayBuffer(4)]], ['[port2]', [port2]], ['[port1]', [port1]], ['{transfer:[1]}', { transfer: [1] }], ['[,]', new Array(1)]];
for (const [label, list] of lists) {
  try { port1.postMessage('m', list); console.log(label, 'no throw'); } catch (e) { console.log(label, E(e), e instanceof TypeError, e.name); }
}
