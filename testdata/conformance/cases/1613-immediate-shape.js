// config: date=2026-11-17
// The Immediate object setImmediate returns.
const im = setImmediate(() => {});
const proto = Object.getPrototypeOf(im);
console.log(typeof im, Object.prototype.toString.call(im), im.constructor.name, String(im));
console.log(Object.getOwnPropertyNames(proto).join(','), Object.keys(im).length);
console.log(im.hasRef(), im.ref() === im, im.unref() === im, typeof im.ref, proto.ref.length);
console.log(im);
console.log(Object.getPrototypeOf(proto) === Object.prototype);
try { new im.constructor(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
clearImmediate(im);
