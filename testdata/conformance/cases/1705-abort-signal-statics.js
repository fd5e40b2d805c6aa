// AbortSignal.abort, timeout and any, the onabort attribute, and the reasons workerd gives
// (a DOMException with an own retryable: true).
const s = AbortSignal.timeout(10); const order = [];
s.onabort = (e) => { order.push('onabort:' + e.type + ':' + e.isTrusted + ':' + (e.target === s)); };
s.addEventListener('abort', () => { order.push('listener'); });
await new Promise((r) => setTimeout(r, 50));
console.log(order.join(), s.aborted, s.reason.constructor.name, s.reason.name, s.reason.message, s.reason.code, Object.getOwnPropertyNames(s.reason).join());
const a = new AbortController(), b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]); const any2 = AbortSignal.any([any]);
order.length = 0;
any.onabort = () => { order.push('any:' + a.signal.aborted); };
any2.onabort = () => { order.push('any2'); };
a.signal.onabort = () => { order.push('a:' + any.aborted); };
a.abort('r1'); b.abort('r2');
console.log(order.join(), any.aborted, any.reason, any2.aborted, any2.reason);
const pre = AbortSignal.any([AbortSignal.abort('pre')]); console.log(pre.aborted, pre.reason, AbortSignal.any([]).aborted);
const c = new AbortController(); console.log(c.signal.onabort); c.signal.onabort = 5; console.log(c.signal.onabort); c.signal.onabort = {}; console.log(typeof c.signal.onabort);
c.abort(); console.log(c.signal.reason.message, c.signal.reason.retryable, JSON.stringify(Object.getOwnPropertyDescriptor(c.signal.reason, 'retryable')));
const ab = AbortSignal.abort(); console.log(ab.aborted, ab.reason.name, ab.reason.retryable, AbortSignal.abort(undefined).reason.name, AbortSignal.abort(null).reason);
console.log(Object.getOwnPropertyNames(AbortSignal).join(), AbortSignal.abort.length, AbortSignal.timeout.length, AbortSignal.any.length);
console.log(Object.getOwnPropertyNames(AbortSignal.prototype).join(), '|', Object.getOwnPropertyNames(AbortController.prototype).join());
for (const f of [() => AbortSignal.timeout(), () => AbortSignal.any(), () => AbortSignal.any([1]), () => AbortSignal.any({}), () => AbortSignal.any(new Set()), () => new AbortSignal()]) {
  try { f(); console.log('ok'); } catch (e) { console.log(e.constructor.name, e.message); }
}
try { c.signal.throwIfAborted(); } catch (e) { console.log('throwIfAborted', e === c.signal.reason); }
