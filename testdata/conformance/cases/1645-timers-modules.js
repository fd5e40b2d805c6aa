// config: date=2026-11-17
// node:timers' Timeout objects and node:timers/promises.
const timers = process.getBuiltinModule('node:timers');
const tp = process.getBuiltinModule('node:timers/promises');
const log = [];
const t = timers.setTimeout((a) => log.push('timeout ' + a), 1, 'x');
console.log(typeof t, t.constructor.name, Object.getOwnPropertyNames(Object.getPrototypeOf(t)).join(','), t.hasRef(), t.ref() === t, t.unref() === t);
const c = timers.setTimeout(() => log.push('cleared'), 1);
timers.clearTimeout(c);
let n = 0;
const iv = timers.setInterval(() => { log.push('interval ' + ++n); if (n === 2) timers.clearInterval(iv); }, 1);
const im = timers.setImmediate(() => log.push('immediate'));
console.log(Object.prototype.toString.call(im), timers.setImmediate === setImmediate, timers.clearImmediate === clearImmediate);
console.log(await tp.setTimeout(1, 'value'), await tp.setImmediate('imm'));
const ac = new AbortController();
const pending = tp.setTimeout(1000, 'never', { signal: ac.signal });
ac.abort();
try { await pending; } catch (e) { console.log(e.name, e.code, e.message); }
let k = 0;
for await (const v of tp.setInterval(1, 'tick')) { log.push(v + ++k); if (k === 2) break; }
await tp.scheduler.wait(1);
await new Promise((r) => setTimeout(r, 5));
console.log(log.join(' | '));
console.log(Object.keys(timers).join(','), Object.keys(tp).join(','));
