const { port1, port2 } = new MessageChannel();
const fn = (e) => console.log('got', e.data);
for (const v of [5, 'str', true, Symbol('s'), undefined, null]) {
  port2.onmessage = fn;
  port2.onmessage = v;
  console.log(typeof v, 'getter is null', port2.onmessage === null);
}
port1.postMessage('queued: port went back to pending');
await new Promise((r) => setTimeout(r, 5));
console.log('assigning function');
port2.onmessage = fn;
console.log(port2.onmessage === fn);
