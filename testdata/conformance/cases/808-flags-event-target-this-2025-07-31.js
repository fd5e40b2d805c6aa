// config: date=2025-07-31 flags=expose_global_message_channel
const { port1, port2 } = new MessageChannel();
port2.addEventListener('message', function () { console.log('listener this === globalThis', this === globalThis, 'this === port2', this === port2); });
port2.addEventListener('close', function () { console.log('close listener this === globalThis', this === globalThis); });
port1.postMessage('m');
await new Promise((r) => setTimeout(r, 5));
port1.close();
const t = new EventTarget();
t.addEventListener('x', function () { console.log('plain EventTarget this === t', this === t, 'this === globalThis', this === globalThis); });
t.dispatchEvent(new Event('x'));
