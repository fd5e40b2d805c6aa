// config: date=2025-08-15 flags=set_tostring_tag,expose_global_message_channel,no_expose_global_message_channel
console.log('never runs');
