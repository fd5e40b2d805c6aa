// config: date=2025-05-04 flags=
// WeakRef and FinalizationRegistry are globals from 2025-05-05 (enable_weak_ref); the day before, they are not.
console.log(typeof WeakRef, typeof FinalizationRegistry, 'WeakRef' in globalThis, Object.getOwnPropertyNames(globalThis).includes('FinalizationRegistry'));
try { new WeakRef({}); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
console.log(typeof WeakMap, typeof WeakSet);
