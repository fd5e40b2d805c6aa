// config: date=2026-11-17
// enable_nodejs_global_timers (implied by nodejs_compat from 2026-02-10): the global
// setTimeout and setInterval are node:timers', own properties of globalThis, returning Timeouts.
const t = setTimeout(() => {}, 1);
console.log(typeof t, t && t.constructor.name, typeof +t, Object.hasOwn(globalThis, 'setTimeout'), Object.hasOwn(globalThis, 'clearInterval'));
clearTimeout(t);
const i = setInterval(() => {}, 1);
console.log(typeof i, typeof i.refresh);
clearInterval(i);
