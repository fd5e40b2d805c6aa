const { port1, port2 } = new MessageChannel();
port1.postMessage('q1');
port1.postMessage('q2');
await new Promise((r) => setTimeout(r, 5));
console.log('nothing delivered yet');
port2.onmessage = (e) => console.log('got', e.data);
console.log('after assigning onmessage');
await new Promise((r) => setTimeout(r, 5));
port1.postMessage('live');
