// config: date=2024-01-01 flags=nodejs_compat,no_global_navigator
// Cloudflare.compatibilityFlags: every flag workerd knows, in its order, on or off by date and by flag (flags mcrepl implements: the others, by flag, in flags' TestWorkerdStates); the global's shape.
const p = Object.getPrototypeOf(Cloudflare); console.log(p.constructor.name, String(p.constructor), Object.getPrototypeOf(p) === Object.prototype, Object.getOwnPropertySymbols(p).map(String), JSON.stringify(Object.getOwnPropertyDescriptor(p, Symbol.toStringTag)));
try { new p.constructor() } catch (e) { console.log(e.message) }
console.log(Object.keys(globalThis).includes('Cloudflare'), Object.isFrozen(Cloudflare));
const f = Cloudflare.compatibilityFlags; console.log(Object.getPrototypeOf(f), Object.isFrozen(f), f === Cloudflare.compatibilityFlags);
console.log(String(Object.keys(Cloudflare)));
const keys = Object.keys(f);
console.log(keys.length, keys.filter((k) => f[k]).length);
console.log(keys.map((k) => (f[k] ? '1' : '0')).join(''));
console.log(keys.slice(0, 3).join(), keys.slice(-3).join());
