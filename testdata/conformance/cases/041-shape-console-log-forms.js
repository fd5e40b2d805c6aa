const mc = new MessageChannel();
console.log(mc.port1);
mc.port1.onmessage = () => {};
console.log(mc.port1);
console.log(mc);
