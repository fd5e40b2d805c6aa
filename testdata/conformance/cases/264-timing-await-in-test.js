const { port1, port2 } = new MessageChannel();
port2.onmessage = (e) => console.log('got', e.data);
port1.postMessage('m1');
console.log('before await');
await null;
console.log('after one await');
port1.postMessage('m2');
await Promise.resolve();
console.log('after second await');
