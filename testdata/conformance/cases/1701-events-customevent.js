// CustomEvent exists at every date; detail defaults to undefined (the DOM says null); there is
// no initCustomEvent.
const c = new CustomEvent('x', { detail: { a: 1 }, bubbles: true });
console.log(c.detail.a, c.bubbles, CustomEvent.length, Object.getOwnPropertyNames(CustomEvent.prototype).join(), Object.getPrototypeOf(CustomEvent.prototype) === Event.prototype);
console.log(Object.keys(Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail')).join(), typeof c.initCustomEvent, new CustomEvent('y').detail, new CustomEvent('y', { detail: null }).detail);
try { new CustomEvent(); } catch (e) { console.log(e.constructor.name, e.message); }
try { CustomEvent('x'); } catch (e) { console.log(e.constructor.name, e.message); }
try { Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get.call(new Event('x')); } catch (e) { console.log(e.constructor.name, e.message.split(':')[0]); }
const t = new EventTarget();
t.addEventListener('x', (e) => console.log('got', e.type, e.detail, e instanceof CustomEvent));
t.dispatchEvent(new CustomEvent('x', { detail: 42 }));
try { new PromiseRejectionEvent('unhandledrejection', { promise: Promise.resolve(), reason: 1 }); } catch (e) { console.log('PromiseRejectionEvent:', e.constructor.name, e.message); }
