// config: date=2026-04-21
const { port1, port2 } = new MessageChannel();
port2.onmessage = (e) => console.log('got', e.data.constructor.name, e.data.name, e.data.message, e.data.code, JSON.stringify(e.data.details));
const err = new TypeError('with props');
err.code = 'E_X';
err.details = { a: 1 };
port1.postMessage(err);
const bad = new Error('x');
bad.message = 42;
try { port1.postMessage(bad); console.log('no throw'); } catch (e) { console.log('postMessage threw', e.name, e.message); }
