// config: date=2025-08-15 flags=expose_global_message_channel,set_tostring_tag,do_not_set_tostring_tag
console.log('never runs');
