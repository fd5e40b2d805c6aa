// config: date=2025-8-15 flags=zzz_unknown,expose_global_message_channel,no_expose_global_message_channel,expose_global_message_channel,aaa_unknown
console.log('never runs');
