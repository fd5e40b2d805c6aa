const { port1, port2 } = new MessageChannel();
port2.onmessage = (e) => console.log('got', JSON.stringify(e.data));
const log = [];
const data = { get b() { log.push('b'); return 2; }, a: 1, get c() { log.push('c'); return 3; } };
port1.postMessage(data);
console.log('after post', log.join(','));
const boom = new RangeError('getter boom');
try { port1.postMessage({ get x() { throw boom; } }); } catch (e) { console.log('same', e === boom, e.constructor.name, e.message); }
try { port1.postMessage({ nested: { get y() { throw 42; } } }); } catch (e) { console.log('thrown', e); }
