const a = new MessageChannel();
const b = new MessageChannel();
for (const [label, p] of [['a1', a.port1], ['a2', a.port2], ['b1', b.port1], ['b2', b.port2]]) {
  p.onmessage = (e) => console.log(label, 'got', e.data);
}
a.port1.postMessage('from a1');
a.port2.postMessage('from a2');
b.port1.postMessage('from b1');
