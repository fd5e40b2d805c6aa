// config: date=2026-09-15
const { port1, port2 } = new MessageChannel();
globalThis.addEventListener('error', (ev) => ev.preventDefault());
port2.onmessageerror = function (e) { console.log('onmessageerror this === globalThis', this === globalThis, 'first in order'); };
port2.addEventListener('messageerror', function (e) { console.log('listener this === port2', this === port2); });
port2.addEventListener('message', () => { throw 1; });
port1.postMessage('m');
