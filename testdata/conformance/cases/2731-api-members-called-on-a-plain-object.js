// config: date=2026-11-23
// Every method and getter of every Worker API class's prototype called on a plain object: each
// checks its this first (Illegal invocation), before its arguments or a missing implementation.
// The JavaScript builtins (goja's messages, docs/differences.md) and the global scope's classes
// (built on first use) are left out.
const all = new Set(); for (let o = globalThis; o && o !== Object.prototype; o = Object.getPrototypeOf(o)) for (const n of Object.getOwnPropertyNames(o)) all.add(n);
const out = [];
for (const n of [...all].sort()) {
  let C; try { C = globalThis[n]; } catch { continue; }
  if (n === 'ServiceWorkerGlobalScope' || n === 'WorkerGlobalScope') continue;
  if (typeof C !== 'function' || !C.prototype || !/^[A-Z]/.test(n) || /^(Array|ArrayBuffer|AsyncDisposableStack|BigInt|BigInt64Array|BigUint64Array|Boolean|DataView|Date|DisposableStack|Error|EvalError|FinalizationRegistry|Float16Array|Float32Array|Float64Array|Function|Int8Array|Int16Array|Int32Array|Iterator|Map|Number|Object|Promise|Proxy|RangeError|ReferenceError|RegExp|Set|SharedArrayBuffer|String|SuppressedError|Symbol|SyntaxError|TypeError|URIError|Uint8Array|Uint8ClampedArray|Uint16Array|Uint32Array|WeakMap|WeakRef|WeakSet|AggregateError|Buffer)$/.test(n)) continue;
  for (const k of Object.getOwnPropertyNames(C.prototype).sort()) {
    const d = Object.getOwnPropertyDescriptor(C.prototype, k);
    if (d.get) {
      try { const v = d.get.call({}); out.push(`${n}.${k} get ok ${typeof v}`); } catch (e) { out.push(`${n}.${k} get ${e.constructor.name}: ${e.message.slice(0, 80)}`); }
    } else if (typeof d.value === 'function' && k !== 'constructor') {
      try { const r = d.value.call({}); if (r && typeof r.then === 'function') r.catch(() => {}); out.push(`${n}.${k}() ok`); } catch (e) { out.push(`${n}.${k}() ${e.constructor.name}: ${e.message.slice(0, 80)}`); }
    }
  }
}
console.log(out.join('\n'));
