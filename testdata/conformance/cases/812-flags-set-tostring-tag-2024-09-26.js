// config: date=2024-09-26 flags=expose_global_message_channel
const mc = new MessageChannel();
console.log(Object.prototype.toString.call(mc.port1), String(mc));
