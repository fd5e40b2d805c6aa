// config: date=2026-09-15
// In spec mode, the global ErrorEvent of a value that is no Error thrown by a listener of a port's delivery (message, onmessage, messageerror) points into workerd's event-target internals since workerd 2026-11-23; an Error points where it was created.
globalThis.addEventListener('error', (ev) => { console.log(JSON.stringify(ev.message), JSON.stringify(ev.filename), ev.lineno, ev.colno); ev.preventDefault(); });
const { port1, port2 } = new MessageChannel();
port2.addEventListener('message', () => { throw 'listener'; });
port2.onmessage = () => { throw 42; };
port2.onmessageerror = () => { throw { plain: 1 }; };
port2.addEventListener('messageerror', () => { throw new Error('an Error in messageerror'); });
port1.postMessage('m');
await new Promise((r) => setTimeout(r, 1));
const q = new MessageChannel();
q.port2.onmessage = () => { throw undefined; };
q.port1.postMessage(1);
q.port1.postMessage(2);
await new Promise((r) => setTimeout(r, 1));
port1.close(); q.port1.close();
