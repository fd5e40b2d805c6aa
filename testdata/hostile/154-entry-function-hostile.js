const enter = Object.getPrototypeOf(globalThis).__mcrepl_enter;
enter(1, 2, 3); enter.call(null, {}); Reflect.apply(enter, undefined, [Symbol()]);
try { new enter(); } catch (e) { console.log(e.constructor.name); }
const o = { get x() { return enter(enter); } }; o.x;
const rec = (n) => n ? (enter(), rec(n - 1)) : 'done'; console.log(rec(1000));
setTimeout(() => { enter(); console.log('timer'); }, 0);
queueMicrotask(() => enter());
Promise.resolve().then(enter);
addEventListener('unhandledrejection', enter);
Promise.reject(1);
