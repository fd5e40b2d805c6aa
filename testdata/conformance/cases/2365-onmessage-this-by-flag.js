// config: date=2025-08-15 flags=no_set_event_target_this
// onmessage is called with a listener's this since workerd 2026-11-23: globalThis without set_event_target_this, as for addEventListener listeners; onclose and onmessageerror (plain on<type> properties) get globalThis.
const { port1, port2 } = new MessageChannel();
port2.onmessage = function () { console.log('onmessage this', this === port2 ? 'port2' : this === globalThis ? 'globalThis' : typeof this); };
port2.addEventListener('message', function () { console.log('listener this', this === port2 ? 'port2' : this === globalThis ? 'globalThis' : typeof this); });
port2.onclose = function () { console.log('onclose this', this === port2 ? 'port2' : this === globalThis ? 'globalThis' : typeof this); };
port1.postMessage('m');
await new Promise((r) => setTimeout(r, 1));
port2.dispatchEvent(new MessageEvent('message', { data: 1 }));
port1.close();
