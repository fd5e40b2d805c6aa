globalThis.addEventListener('unhandledrejection', (ev) => {
  console.log(ev.constructor.name, ev.type, ev.reason, ev.promise instanceof Promise, ev.cancelable, ev.isTrusted);
  ev.preventDefault();
});
Promise.reject('plain rejection');
await new Promise((r) => setTimeout(r, 5));
