// badglobals.mjs: every global function, plain and with new, and every method
// and accessor of its prototype on three receivers (undefined, {}, the
// prototype itself), each with a bad value (TestBadArgumentsNeverCrash).
// setInterval on the global scope leaves a 0 ms interval running: the later
// timer must still fire (it once never did).
const bad = [undefined, null, -1, NaN, '', 'x'.repeat(5000), {}, () => {}, Symbol('s'), 10n, new Uint8Array(3), new Proxy({}, { get() { throw new Error('trap'); } }), Object.create(null)];
let calls = 0;
const skip = new Set(['close', 'queueMicrotask', 'scheduler', 'console', 'reportError', 'dispatchEvent', 'process', 'setTimeout', 'setImmediate']);
export default { async test() {
  const names = new Set();
  for (let o = globalThis; o && o !== Object.prototype; o = Object.getPrototypeOf(o)) for (const k of Object.getOwnPropertyNames(o)) names.add(k);
  for (const k of names) {
    if (skip.has(k)) continue;
    let v; try { v = globalThis[k]; } catch { continue; }
    if (typeof v !== 'function') continue;
    
    const proto = v.prototype;
    if (proto && typeof proto === 'object') {
      for (const pk of Object.getOwnPropertyNames(proto)) {
        const d = Object.getOwnPropertyDescriptor(proto, pk);
        for (const f of [d.value, d.get, d.set]) {
          if (typeof f !== 'function' || pk === 'constructor') continue;
          for (const self of [undefined, {}, proto]) { 
            calls++;
            try { const r = f.call(self, bad[calls % bad.length]); if (r && typeof r.then === 'function') r.then(() => {}, () => {}); } catch {}
          }
        }
      }
    }
    for (const a of bad) {
      calls++;
      try { const r = v(a); if (r && typeof r.then === 'function') r.then(() => {}, () => {}); } catch {}
      try { const r = new v(a); if (r && typeof r.then === 'function') r.then(() => {}, () => {}); } catch {}
    }
  }
  await new Promise((r) => setTimeout(r, 100));
  console.log('calls', calls);
} };
