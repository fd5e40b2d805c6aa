// config: date=2025-08-14 flags=expose_global_message_channel,no_expose_global_message_channel
console.log('never runs');
