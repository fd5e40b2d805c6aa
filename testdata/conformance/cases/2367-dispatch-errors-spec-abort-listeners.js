// config: date=2026-09-15
// In spec mode, an abort listener's exception is reported (global error event) and the other listeners run, for abort(), AbortSignal.any's dependents and AbortSignal.timeout; abort() returns.
globalThis.addEventListener('error', (ev) => { console.log('global error', JSON.stringify(ev.message)); ev.preventDefault(); });
const ac = new AbortController();
ac.signal.addEventListener('abort', () => { console.log('l1'); throw 'first'; });
ac.signal.addEventListener('abort', () => { console.log('l2'); });
ac.signal.onabort = () => { console.log('onabort'); throw new Error('from onabort'); };
const dep = AbortSignal.any([ac.signal]);
dep.addEventListener('abort', () => { console.log('dependent'); throw 'dependent throw'; });
try { ac.abort(); console.log('abort returned', ac.signal.aborted, dep.aborted); } catch (e) { console.log('abort threw', String(e)); }
const t = AbortSignal.timeout(1);
t.addEventListener('abort', () => { console.log('t1'); throw 'timeout throw'; });
t.addEventListener('abort', () => { console.log('t2', t.reason.name); });
await new Promise((r) => setTimeout(r, 20));
