// A getter that shadows mcrepl's internal entry (where a script could once
// reach it) and calls the real one: timers, messages and microtasks are
// still entered as in workerd, where no such global exists.
const real = Object.getPrototypeOf(globalThis).__mcrepl_enter;
Object.defineProperty(globalThis, '__mcrepl_enter', {
  get() { if (typeof real === 'function') real(); return 1; },
  configurable: true,
});
console.log(typeof real);
setTimeout(() => console.log('timer'), 0);
setTimeout(() => console.log('timer 2'), 1);
const mc = new MessageChannel();
mc.port1.onmessage = (e) => { console.log('message', e.data); mc.port1.close(); };
mc.port2.postMessage('hi');
queueMicrotask(() => console.log('microtask'));
