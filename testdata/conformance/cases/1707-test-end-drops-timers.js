// Once test() has settled and no ctx.waitUntil promise is pending, workerd ends the test:
// timers still armed never fire. A waitUntil promise keeps timers running until it settles.
setTimeout(() => console.log('timer 5ms'), 5);
setTimeout(() => console.log('timer 100ms: never printed'), 100);
setInterval(() => {}, 1000);
queueMicrotask(() => console.log('microtask'));
ctx.waitUntil(new Promise((r) => setTimeout(() => { console.log('waitUntil settles at 50ms'); r(); }, 50)));
setTimeout(() => console.log('timer 70ms: never printed'), 70);
