// Every global function and constructor, and every method of an instance of each, called
// with a typed array, a DataView and an ArrayBuffer whose buffers were transferred: each call
// returns or throws a JavaScript error, never an internal error (goja panics when it exports
// a typed array over a detached buffer; gojaprops.Export and Exports keep mcrepl from asking).
const b = new ArrayBuffer(8); const u = new Uint8Array(b); b.transfer();
const dv = new DataView(new ArrayBuffer(4)); const b2 = dv.buffer; b2.transfer();
const skip = new Set(['setInterval', 'setTimeout', 'queueMicrotask', 'fetch', 'addEventListener', 'dispatchEvent', 'reportError', 'close']);
let n = 0;
for (const arg of [u, dv, b]) {
  for (const name of Object.getOwnPropertyNames(globalThis).concat(Object.getOwnPropertyNames(Object.getPrototypeOf(globalThis)))) {
    if (skip.has(name)) continue;
    let f; try { f = globalThis[name]; } catch { continue; }
    if (typeof f !== 'function') continue;
    for (const call of [() => f(arg), () => f(arg, arg), () => new f(arg), () => new f('x', arg), () => new f(arg, arg)]) {
      try { const r = call(); n++; if (r && typeof r.then === 'function') r.catch(() => {}); } catch {}
    }
    let inst; try { inst = new f(); } catch { try { inst = new f('x'); } catch {} }
    if (inst && typeof inst === 'object') {
      const proto = Object.getPrototypeOf(inst);
      for (const m of Object.getOwnPropertyNames(proto)) {
        let g; try { g = inst[m]; } catch { continue; }
        if (typeof g !== 'function' || m === 'constructor') continue;
        for (const call of [() => g.call(inst, arg), () => g.call(inst, 0, arg), () => g.call(inst, arg, arg), () => g.call(inst, 'x', arg)]) {
          try { const r = call(); n++; if (r && typeof r.then === 'function') r.catch(() => {}); } catch {}
        }
      }
    }
  }
}
console.log('calls', n);
