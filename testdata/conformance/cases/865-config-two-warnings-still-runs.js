// config: date=2025-08-15 flags=expose_global_message_channel,set_tostring_tag
console.log('runs despite warnings', typeof MessageChannel, String(new MessageChannel().port1));
