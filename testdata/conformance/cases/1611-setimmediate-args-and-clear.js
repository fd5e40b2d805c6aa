// config: date=2026-11-17
// Extra arguments reach the callback; clearImmediate cancels; an immediate awaited in a promise.
const log = [];
setImmediate((...a) => log.push('a:' + a.length));
setImmediate((x, y) => log.push('b:' + x + y), 1, 2);
const c = setImmediate(() => log.push('c'));
clearImmediate(c);
clearImmediate(c);
setImmediate(function () { log.push('this:' + (this === undefined ? 'undefined' : typeof this)); });
await new Promise((r) => setImmediate(r));
log.push('after');
console.log(log.join(' '));
const im = setImmediate(() => console.log('immediate survives clearTimeout'));
clearTimeout(im);
clearInterval(im);
await new Promise((r) => setTimeout(r, 1));
