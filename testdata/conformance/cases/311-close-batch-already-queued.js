const { port1, port2 } = new MessageChannel();
port1.postMessage('q1');
port1.postMessage('q2');
port2.onmessage = (e) => console.log('got', e.data);
port2.close();
console.log('closed after batch microtask was queued');
