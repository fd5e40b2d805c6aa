class X extends MessageChannel {
  hello() { return 'hello from X'; }
}
const x = new X();
console.log(x instanceof X, x instanceof MessageChannel, x.constructor === X);
console.log(x.hello());
console.log(x.port1 instanceof MessagePort, x.port2 instanceof MessagePort);
x.port2.onmessage = (e) => console.log('got', e.data);
x.port1.postMessage('via subclass');
await null;
await null;
