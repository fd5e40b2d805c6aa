const { port1, port2 } = new MessageChannel();
port1.postMessage('q1');
port1.postMessage('q2');
port2.onmessage = (e) => { console.log('got', e.data); port2.onmessage = null; };
await new Promise((r) => setTimeout(r, 5));
console.log('reassigning');
port2.onmessage = (e) => console.log('later got', e.data);
