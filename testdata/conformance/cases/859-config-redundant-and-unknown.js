// config: date=2025-08-15 flags=bogus_flag,expose_global_message_channel
console.log('never runs');
