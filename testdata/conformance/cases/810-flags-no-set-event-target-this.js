// config: date=2025-08-15 flags=no_set_event_target_this
const { port1, port2 } = new MessageChannel();
port2.addEventListener('message', function () { console.log('listener this === globalThis', this === globalThis, 'this === port2', this === port2); });
port1.postMessage('m');
