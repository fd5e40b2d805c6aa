// config: date=2021-11-03 flags=no_expose_global_message_channel
console.log(typeof MessageChannel, typeof MessagePort, 'MessageChannel' in globalThis);
