// config: date=2026-11-23
// Every static method of every Worker API class called with no argument, a Symbol, and (1, 1).
const skipClass = /^(Array|ArrayBuffer|AsyncDisposableStack|BigInt|BigInt64Array|BigUint64Array|Boolean|DataView|Date|DisposableStack|Error|EvalError|FinalizationRegistry|Float16Array|Float32Array|Float64Array|Function|Int8Array|Int16Array|Int32Array|Iterator|Map|Number|Object|Promise|Proxy|RangeError|ReferenceError|RegExp|Set|SharedArrayBuffer|String|SuppressedError|Symbol|SyntaxError|TypeError|URIError|Uint8Array|Uint8ClampedArray|Uint16Array|Uint32Array|WeakMap|WeakRef|WeakSet|AggregateError|ServiceWorkerGlobalScope|WorkerGlobalScope)$/;
const all = new Set(); for (let o = globalThis; o && o !== Object.prototype; o = Object.getPrototypeOf(o)) for (const n of Object.getOwnPropertyNames(o)) all.add(n);
const out = []; const settle = [];
const fmt = (e) => e && (e.constructor && e.constructor.name) + ': ' + String(e.message).slice(0, 90);
for (const n of [...all].sort()) {
  if (skipClass.test(n)) continue;
  let C; try { C = globalThis[n]; } catch { continue; }
  if (typeof C !== 'function') continue;
  for (const k of Object.getOwnPropertyNames(C).sort()) {
    if (['length', 'name', 'prototype'].includes(k)) continue;
    const d = Object.getOwnPropertyDescriptor(C, k);
    if (typeof d.value !== 'function') continue;
    for (const [label, args] of [['()', []], ['(sym)', [Symbol('s')]], ['(1, 1)', [1, 1]]]) {
      try {
        const r = d.value.apply(C, args);
        if (r && typeof r.then === 'function') settle.push(Promise.race([r.then(() => `${n}.${k}${label} resolves`, (e) => `${n}.${k}${label} rejects ${fmt(e)}`), new Promise((res) => setTimeout(() => res(`${n}.${k}${label} pending`), 30))]));
        else out.push(`${n}.${k}${label} ok ${r === null ? 'null' : typeof r}`);
      } catch (e) { out.push(`${n}.${k}${label} ${fmt(e)}`); }
    }
  }
}
console.log(out.join('\n'));
console.log((await Promise.all(settle)).join('\n'));
