// config: date=2025-08-15 flags=no_expose_global_message_channel,expose_global_message_channel
console.log('never runs');
