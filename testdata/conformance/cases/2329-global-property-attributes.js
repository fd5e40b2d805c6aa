// config: date=2026-11-17 flags=
// Where each global lives (the global object or its ServiceWorkerGlobalScope prototype) and its attributes, once read: the JavaScript builtins are non-enumerable, workerd's globals enumerable, all configurable; origin is read-only, console non-enumerable; queueMicrotask and the timers are on the prototype.
const P = Object.getPrototypeOf(globalThis);
const names = ['Array', 'Intl', 'WeakRef', 'FinalizationRegistry', 'Iterator', 'DisposableStack', 'SuppressedError', 'JSON', 'Math',
  'console', 'origin', 'self', 'crypto', 'caches', 'navigator', 'performance', 'scheduler', 'Cloudflare', 'process', 'Buffer', 'global',
  'queueMicrotask', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'structuredClone', 'reportError', 'atob', 'btoa', 'fetch',
  'Blob', 'URL', 'Request', 'Response', 'Headers', 'ReadableStream', 'TextEncoder', 'CryptoKey', 'WebSocketPair', 'Event', 'EventTarget',
  'MessageChannel', 'AbortController', 'DOMException', 'Performance', 'Navigator', 'CompressionStream', 'setImmediate'];
for (const n of names) {
  const row = [n];
  for (const [where, o] of [['own', globalThis], ['proto', P]]) {
    if (!Object.hasOwn(o, n)) continue;
    void o[n];
    const d = Object.getOwnPropertyDescriptor(o, n);
    row.push(where + ('value' in d ? ' data' : ' accessor') + ' w=' + d.writable + ' e=' + d.enumerable + ' c=' + d.configurable);
  }
  console.log(row.join(' | '));
}
console.log(Object.keys(globalThis).includes('console'), Object.keys(globalThis).includes('Intl'));
for (const n of ['Intl', 'WeakRef', 'Blob', 'crypto']) {
  const o = Object.hasOwn(globalThis, n) ? globalThis : P;
  const v = o[n];
  console.log(n, delete o[n], n in globalThis);
  Object.defineProperty(o, n, { value: v, writable: true, enumerable: false, configurable: true });
}
try { (() => { 'use strict'; globalThis.origin = 'x'; })(); } catch (e) { console.log(e.constructor.name); }
console.log(origin);
