const { port1, port2 } = new MessageChannel();
port2.addEventListener('close', () => console.log('port2 (peer) close runs first'));
port1.addEventListener('close', () => { console.log('port1 own close throws'); throw new Error('own boom'); });
port1.addEventListener('close', () => console.log('port1 second listener (never)'));
try { port1.close(); console.log('no throw'); } catch (e) { console.log('escaped', e.message); }
