// config: date=2025-08-01 flags=expose_global_message_channel
const { port1, port2 } = new MessageChannel();
port2.addEventListener('message', function () { console.log('listener this === port2', this === port2); });
port1.postMessage('m');
