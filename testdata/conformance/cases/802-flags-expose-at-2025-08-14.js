// config: date=2025-08-14 flags=expose_global_message_channel
console.log(typeof MessageChannel, typeof MessagePort, 'MessageChannel' in globalThis, 'MessagePort' in globalThis);
const { port1, port2 } = new MessageChannel();
port2.onmessage = (e) => console.log('got', e.data, String(port2));
port1.postMessage('works');
