const { port1, port2 } = new MessageChannel();
port1.onclose = () => console.log('port1 onclose (never)');
port2.onclose = () => { throw new TypeError('onclose boom'); };
port2.addEventListener('close', () => console.log('port2 listener (never)'));
try { port1.close(); } catch (e) { console.log('escaped', e.constructor.name + ': ' + e.message); }
