const { port1, port2 } = new MessageChannel();
port1.addEventListener('close', () => console.log('port1 close (never: caller loses its event)'));
port2.addEventListener('close', () => { console.log('port2 listener 1 throws'); throw new Error('close boom'); });
port2.addEventListener('close', () => console.log('port2 listener 2 (never)'));
try { port1.close(); console.log('no throw'); } catch (e) { console.log('close() threw', e.constructor.name + ': ' + e.message); }
port2.onmessage = (e) => console.log('never', e.data);
port1.onmessage = (e) => console.log('never', e.data);
port1.postMessage('dropped');
port2.postMessage('dropped');
port1.close();
port2.close();
console.log('both closed; second close() calls fire nothing');
