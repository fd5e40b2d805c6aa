// config: date=2025-08-15 flags=expose_global_message_channels
console.log('never runs');
