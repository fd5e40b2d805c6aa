// config: date=2025-08-15 flags=NO_EXPOSE_GLOBAL_MESSAGE_CHANNEL
console.log('never runs');
