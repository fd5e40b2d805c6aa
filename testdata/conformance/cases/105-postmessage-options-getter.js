const { port1, port2 } = new MessageChannel();
port2.onmessage = (e) => console.log('got', e.data);
let reads = 0;
port1.postMessage('a', { get transfer() { reads++; return []; } });
console.log('reads', reads);
const boom = new Error('from getter');
try { port1.postMessage('b', { get transfer() { throw boom; } }); } catch (e) { console.log('same object', e === boom, e.message); }
try { port1.postMessage('c', { get transfer() { throw 'str'; } }); } catch (e) { console.log('thrown', typeof e, e); }
