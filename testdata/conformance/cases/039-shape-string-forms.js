const mc = new MessageChannel();
const p = mc.port1;
console.log(Object.prototype.toString.call(p));
console.log(String(p));
console.log(`${p}`);
console.log(p + '');
console.log(Object.prototype.toString.call(mc), String(mc));
console.log(p[Symbol.toStringTag], Object.prototype.hasOwnProperty.call(p, Symbol.toStringTag));
