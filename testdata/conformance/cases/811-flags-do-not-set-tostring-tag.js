// config: date=2025-08-15 flags=do_not_set_tostring_tag
const mc = new MessageChannel();
console.log(Object.prototype.toString.call(mc.port1), String(mc));
