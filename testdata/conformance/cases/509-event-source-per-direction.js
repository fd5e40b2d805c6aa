const { port1, port2 } = new MessageChannel();
port1.onmessage = (e) => console.log('port1 received; source is port1:', e.source === port1, 'target is port1:', e.target === port1);
port2.onmessage = (e) => console.log('port2 received; source is port2:', e.source === port2, 'target is port2:', e.target === port2);
port1.postMessage('to port2');
port2.postMessage('to port1');
