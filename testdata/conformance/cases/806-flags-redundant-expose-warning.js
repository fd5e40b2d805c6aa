// config: date=2025-08-15 flags=expose_global_message_channel
console.log(typeof MessageChannel, typeof MessagePort, 'MessageChannel' in globalThis);
